import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { doubleCsrf } from 'csrf-csrf';
import nunjucks from 'nunjucks';

/** The hidden form field every form posts its token in (`csrfField()` in the views). */
export const CSRF_FIELD = '_csrf';

export interface CsrfOptions {
  /** The app's cookie name (`redress.portal`): each app keeps its own token, so two apps on one host never overwrite it. */
  name: string;
  secret: string;
  production: boolean;
}

/**
 * CSRF protection for every POST (and any other unsafe method): the double-submit pattern of csrf-csrf, the token tied
 * to the session id and signed with the session secret, sent back in a hidden form field: views put `{{ csrfField() }}`
 * in every form. Asking for a token marks the session as started, so that its id (and the token bound to it) lasts.
 */
export function csrfProtection(options: CsrfOptions): { protect: RequestHandler; refused: ErrorRequestHandler } {
  const { doubleCsrfProtection, invalidCsrfTokenError } = doubleCsrf({
    getSecret: () => options.secret,
    getSessionIdentifier: (req: Request) => req.session.id,
    // The __Host- prefix needs a Secure cookie, which plain HTTP (development, tests) cannot set.
    cookieName: `${options.production ? '__Host-' : ''}${options.name}.csrf`,
    cookieOptions: { sameSite: 'lax', secure: options.production, httpOnly: true, path: '/' },
    getCsrfTokenFromRequest: (req: Request) => (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD] as string | undefined,
  });
  const protect: RequestHandler = (req, res, next) => {
    doubleCsrfProtection(req, res, (err?: unknown) => {
      // One token per response: a page with several forms (a search box, a sign-out button) sets one cookie that
      // matches them all, even when the browser's cookie was stale (made for another session) and a new one is made.
      let made: string | undefined;
      const token = () => {
        req.session.started = true;
        made ??= req.csrfToken!();
        return made;
      };
      res.locals.csrfToken = token;
      res.locals.csrfField = () => new nunjucks.runtime.SafeString(`<input type="hidden" name="${CSRF_FIELD}" value="${token()}">`);
      next(err);
    });
  };
  const refused: ErrorRequestHandler = (err, _req, res, next) => {
    if (err !== invalidCsrfTokenError) return next(err);
    // The form's session has gone (idle too long): its answers were cleared, and that is what the person is told.
    res.status(403).render(res.locals.sessionExpired ? 'pages/session-expired' : 'pages/csrf-refused', { startAgain: '/' });
  };
  return { protect, refused };
}
