import type { RequestHandler } from 'express';
import type { GatewayClient } from '@redress/web';
import { staffGateway } from './staff-context';
import { navigationFor } from './staff-pages';
import { safeReturnTo } from './auth-routes';
import { ROLE_WORDS } from '../data/words';

/** An access token this close to its end is renewed before the page, rather than refused halfway through it. */
const RENEW_BEFORE_MS = 60_000;

/**
 * Every page after this checks the session: someone not signed in (or whose session ran out while idle) is sent to
 * sign in, and comes back to the page they asked for. A signed-in person's pages find `res.locals.staff` (who they are)
 * and `res.locals.gateway` (the gateway with their access token); the timeout warning is shown before an idle
 * session ends.
 */
export function requireSignIn(gateway: GatewayClient, now: () => number = Date.now): RequestHandler {
  return (req, res, next) => {
    const signedIn = req.session.signedIn;
    const reading = req.method === 'GET' || req.method === 'HEAD';
    if (!signedIn || signedIn.expiresAt - now() < RENEW_BEFORE_MS) {
      if (!reading) {
        // A form sent after the sign-in ran out: nothing was done, and the person is told so.
        return res.status(401).render('pages/auth/sign-in-again');
      }
      req.session.returnTo = safeReturnTo(req.originalUrl) ?? '/';
      if (signedIn) {
        // The session is alive but the access token is ending: the provider's own session signs them in again at once.
        return res.redirect(303, '/sign-in/start');
      }
      if (res.locals.sessionExpired) req.session.signInReason = 'idle';
      return res.redirect(303, '/sign-in');
    }
    delete req.session.signInReason;
    res.locals.staff = signedIn.staff;
    res.locals.gateway = staffGateway(gateway, signedIn.accessToken);
    res.locals.navigation = navigationFor(signedIn.staff, req.path);
    res.locals.signedInCouncil = signedIn.councilName;
    res.locals.signedInRoles = signedIn.staff.roles.map((r) => ROLE_WORDS[r] ?? r).join(', ');
    res.locals.timeoutWarning = true;
    next();
  };
}
