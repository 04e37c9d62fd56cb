import type { RequestHandler } from 'express';
import { answerProbe, labelMetrics, pageRequestDuration, requestLogger, runWithTrace, traceFromHeaders } from '@redress/platform';
import type { Logger } from '@redress/platform';

/**
 * Each request in its trace context, as in every other process of the platform (the caller's W3C traceparent continued,
 * or a new trace): it answers with its `x-request-id`, is logged once (method, path, status: never a query string or
 * a body), is timed, and the gateway calls made for it carry the trace on (data/gateway-client.ts).
 */
export function requestTracing(service: string, logger: Logger): RequestHandler {
  labelMetrics(service);
  const log = requestLogger(logger);
  return (req, res, next) => {
    const trace = traceFromHeaders(req.headers);
    runWithTrace(trace, () => {
      res.setHeader('x-request-id', trace.requestId);
      const started = process.hrtime.bigint();
      res.once('finish', () =>
        pageRequestDuration().observe(
          { method: req.method, status: String(res.statusCode) },
          Number(process.hrtime.bigint() - started) / 1e9,
        ),
      );
      log(req, res);
      next();
    });
  };
}

/** /health (the process is up), /ready (`ready` answers) and /metrics (Prometheus), as every process answers them. */
export function probes(ready: () => Promise<unknown>): RequestHandler {
  return (req, res, next) => {
    answerProbe(req.path, res, async () => {
      await ready();
    })
      .then((answered) => (answered ? undefined : next()))
      .catch(next);
  };
}
