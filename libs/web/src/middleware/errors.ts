import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '@redress/platform';
import { isGatewayError } from '../data/gateway-client';

/** A page that is not there: the 404 page, never a stack trace. */
export const notFound: RequestHandler = (_req, res) => {
  res.status(404).render('pages/not-found');
};

/**
 * The last handler: the gateway's rate limit becomes "try again in a minute"; an unknown page 404; anything else the
 * 500 page, which shows no internals. What is logged is the error's name and message and the route, never the form.
 */
export function errorPages(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (isGatewayError(err) && err.code === 'RATE_LIMITED') return res.status(429).render('pages/rate-limited');
    const status = (err as { status?: unknown; statusCode?: unknown }).status ?? (err as { statusCode?: unknown }).statusCode;
    if (status === 404) return res.status(404).render('pages/not-found');
    logger.error({ err: (err as Error).message, name: (err as Error).name, method: req.method, route: req.route?.path }, 'page failed');
    if (res.headersSent) return;
    res.status(isGatewayError(err) && err.code === 'SERVICE_UNAVAILABLE' ? 503 : 500).render('pages/error');
  };
}
