import express from 'express';
import type { Express, Router } from 'express';
import cookieParser from 'cookie-parser';
import type { Redis } from 'ioredis';
import type { Logger } from '@redress/platform';
import { sessionCookieName } from './web-config';
import type { WebConfig } from './web-config';
import { webSecurity } from './middleware/web-security';
import { setUpNunjucks } from './middleware/nunjucks';
import { staticResources } from './middleware/static-resources';
import { sessionExpiry, sessions } from './middleware/session';
import { csrfProtection } from './middleware/csrf';
import { errorPages, notFound } from './middleware/errors';
import { probes, requestTracing } from './middleware/observability';

export interface WebAppOptions {
  config: WebConfig;
  redis: Redis;
  logger: Logger;
  /** The app's own views folder (pages/, partials/). */
  views: string;
  /** Shown in the header, e.g. "Complaints, comments and compliments". */
  serviceName: string;
  /** The app's pages. */
  routes: Router;
  /** Other origins a form's answer may send the browser to (the identity provider's, at sign-out). */
  formActionOrigins?: readonly string[];
  /** Checks for /ready (the gateway answers, say); /health only says the process is up. */
  readiness?: () => Promise<void>;
}

/**
 * A web app as the staff workspace and the resident portal share it (after hmpps-template-typescript's `app.ts`: a
 * list of small set-ups, then the routes): security headers with a strict CSP, GOV.UK Frontend's assets and Nunjucks
 * macros, form bodies, sessions in Redis, CSRF on every POST, then the app's pages, the 404 page and the 500 page. Each
 * request is traced, logged and timed, and /health, /ready and /metrics answer as in every other process.
 */
export function createWebApp(options: WebAppOptions): Express {
  const { config } = options;
  const app = express();
  app.disable('x-powered-by');
  app.use(requestTracing(config.app, options.logger));
  // Production runs behind a TLS-terminating proxy: it says the request was HTTPS, so Secure cookies are sent.
  if (config.production) app.set('trust proxy', 1);
  app.use(webSecurity(config.production, options.formActionOrigins));
  setUpNunjucks(app, {
    views: options.views,
    serviceName: options.serviceName,
    production: config.production,
    reloadTemplates: config.reloadTemplates,
  });
  app.use(probes(() => Promise.all([options.redis.ping(), options.readiness?.()])));
  app.use(staticResources());
  app.use(express.urlencoded({ extended: false, limit: '100kb', parameterLimit: 200 }));
  app.use(cookieParser());
  app.use(
    sessions({
      redis: options.redis,
      secret: config.sessionSecret,
      name: sessionCookieName(config.app),
      keyPrefix: `${config.keyPrefix}:${config.app}:session:`,
      idleMinutes: config.sessionIdleMinutes,
      production: config.production,
    }),
  );
  app.use(sessionExpiry(`redress.${config.app}`));
  app.use((_req, res, next) => {
    res.locals.sessionIdleMinutes = config.sessionIdleMinutes;
    next();
  });
  const csrf = csrfProtection({ name: sessionCookieName(config.app), secret: config.sessionSecret, production: config.production });
  app.use(csrf.protect);
  // The timeout warning's two requests (views/partials/timeout-warning.njk): "keep my answers" renews the session's
  // expiry (any request does); when the time runs out, the answers are deleted and the person told so.
  app.get('/session/keep-alive', (_req, res) => {
    res.status(204).end();
  });
  app.get('/session/expired', (req, res, next) => {
    req.session.destroy((err) => (err ? next(err) : res.render('pages/session-expired', { startAgain: '/' })));
  });
  app.use(options.routes);
  app.use(notFound);
  app.use(csrf.refused);
  app.use(errorPages(options.logger));
  return app;
}
