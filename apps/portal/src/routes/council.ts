import type { Request, RequestHandler, Response } from 'express';
import type { GatewayClient } from '@redress/web';
import { COUNCIL } from '../data/operations';
import type { CouncilView } from '../data/operations';

/** What every request sends the gateway: the resident's own address, so its rate limit counts residents, not the portal. */
export const asResident = (req: Request) => ({ forwardedFor: req.ip });

/** Loads the council named in the path (its published policy, from the gateway) into res.locals.council; 404 when unknown. */
export function loadCouncil(gateway: GatewayClient): RequestHandler {
  return async (req, res, next) => {
    const id = String(req.params.councilId ?? '');
    if (!/^[a-z0-9-]{1,64}$/.test(id)) return next('route');
    const { council } = await gateway.request(COUNCIL, { id }, asResident(req));
    if (!council) return res.status(404).render('pages/not-found');
    res.locals.council = council;
    res.locals.headerName = council.name;
    next();
  };
}

export const councilOf = (res: Response): CouncilView => res.locals.council as CouncilView;

/** Pages that hold answers in the session: the GOV.UK timeout warning before they are forgotten (with JavaScript). */
export const warnBeforeTimeout: RequestHandler = (_req, res, next) => {
  res.locals.timeoutWarning = true;
  next();
};

/**
 * No answers in the session. When the session they were kept in has expired (idle too long), the page says the answers
 * were cleared, with a link to start again; otherwise (none were ever given) the start page.
 */
export function answersCleared(res: Response, startPage: string): void {
  if (res.locals.sessionExpired) return res.render('pages/session-expired', { startAgain: startPage });
  res.redirect(303, startPage);
}
