import type { ErrorRequestHandler } from 'express';
import { isGatewayError } from '@redress/web';

/**
 * What the API refused, as a page in plain words rather than the 500 page: another council's case or a page the role
 * may not read (403, in the API's words), something that is not there (404), a sign-in the API no longer accepts
 * (sign in again). Anything else goes on to the shared error pages.
 */
export const gatewayRefusals: ErrorRequestHandler = (err, req, res, next) => {
  if (!isGatewayError(err) || res.headersSent) return next(err);
  switch (err.code) {
    case 'FORBIDDEN':
      return res.status(403).render('pages/forbidden', { pageTitle: 'You cannot see this page', reason: err.problems[0]?.message });
    case 'NOT_FOUND':
      return res.status(404).render('pages/not-found');
    case 'UNAUTHENTICATED':
      // The token was refused (revoked, or the issuer's keys changed): this session's sign-in is worth nothing now.
      delete req.session.signedIn;
      return res.status(401).render('pages/auth/sign-in-again');
    default:
      return next(err);
  }
};
