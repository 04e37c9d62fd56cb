import { randomBytes } from 'node:crypto';
import type { Request, Response, RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers (helmet) with a strict content security policy: scripts, styles, fonts and images from this origin
 * only; the one inline script (GOV.UK Frontend's `js-enabled` class and its initialisation) carries a nonce made
 * fresh for each response. Forms post to this origin only; no page may be framed.
 */
export function webSecurity(production: boolean, formActionOrigins: readonly string[] = []): RequestHandler[] {
  const nonce: RequestHandler = (_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  };
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce as string}'`],
        styleSrc: ["'self'"],
        fontSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // Browsers hold a form's redirects to form-action too: an app whose form sends the browser on (signing out at
        // the identity provider) names that origin.
        formAction: ["'self'", ...formActionOrigins],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        // Over plain HTTP (development, tests) an upgrade would break every stylesheet.
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: production ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  const noStore: RequestHandler = (req: Request, res, next) => {
    // Pages hold a person's answers: never kept by a shared cache or the browser's back-forward cache.
    if (!req.path.startsWith('/assets/')) res.setHeader('cache-control', 'no-store');
    next();
  };
  return [nonce, headers, noStore];
}
