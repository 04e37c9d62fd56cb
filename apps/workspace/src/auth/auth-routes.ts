import express from 'express';
import type { Request, Response, Router } from 'express';
import { createTokenVerifier } from '@redress/platform';
import type { StaffIdentity } from '@redress/platform';
import { isGatewayError } from '@redress/web';
import type { GatewayClient } from '@redress/web';
import type { Logger } from '@redress/platform';
import type { SignInSettings } from '../workspace-config';
import { COUNCIL, STAFF_DIRECTORY } from '../data/operations';
import type { SignInClient } from './sign-in-client';
import type { SignedInStaff } from './staff-context';
import { staffGateway } from './staff-context';
import { homeOf } from './staff-pages';

export interface AuthDependencies {
  signIn: SignInClient;
  settings: SignInSettings;
  gateway: GatewayClient;
  logger: Logger;
  /** The session cookie's name, cleared at sign-out. */
  cookieName: string;
}

/** A path on this site to go back to after signing in: never another site (`//evil.example`), never a sign-in page. */
export const safeReturnTo = (path: unknown): string | null =>
  typeof path === 'string' && /^\/(?!\/|\\)/.test(path) && !/^\/(sign-in|auth|sign-out|signed-out)\b/.test(path) ? path : null;

const regenerate = (req: Request): Promise<void> =>
  new Promise((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve())));
const save = (req: Request): Promise<void> => new Promise((resolve, reject) => req.session.save((e) => (e ? reject(e) : resolve())));
const destroy = (req: Request): Promise<void> => new Promise((resolve, reject) => req.session.destroy((e) => (e ? reject(e) : resolve())));

/** Who the access token says the person is, verified against the issuer's keys with the claim names the gateway uses. */
function tokenReader(deps: AuthDependencies): (token: string) => Promise<StaffIdentity> {
  let verify: Promise<(authorization: string) => Promise<{ staff: StaffIdentity | null }>> | null = null;
  return async (token) => {
    verify ??= deps.signIn.issuer().then(({ issuer, jwksUri }) =>
      createTokenVerifier({
        jwtSecret: '',
        jwtJwksUrl: jwksUri,
        jwtIssuer: issuer,
        jwtAudience: deps.settings.resource || null,
        jwtClaims: deps.settings.claims,
      }),
    );
    verify.catch(() => {
      verify = null;
    });
    const { staff } = await (await verify)(`Bearer ${token}`);
    if (!staff) throw new Error('the access token names nobody');
    return staff;
  };
}

/** The service areas a person works in (or heads), from the council's directory: their team's queue. */
async function serviceAreasOf(deps: AuthDependencies, staff: SignedInStaff, token: string): Promise<string[]> {
  try {
    const { staff: directory } = await staffGateway(deps.gateway, token).request(STAFF_DIRECTORY, { councilId: staff.councilId });
    return directory.find((m) => m.id === staff.id)?.serviceAreas ?? [];
  } catch (err) {
    // A role that does not read the directory (the Member Responsible) has no team queue either.
    if (isGatewayError(err) && err.code === 'FORBIDDEN') return [];
    throw err;
  }
}

function signInPage(res: Response, status: number, problem: string | null, reason: 'idle' | 'expired' | undefined): void {
  res.status(status).render('pages/auth/sign-in', {
    pageTitle: 'Sign in to the staff workspace',
    problem,
    reason,
    errors: problem ? { errorList: [{ text: problem, href: '#sign-in' }] } : undefined,
  });
}

/**
 * Sign-in by OpenID Connect (authorization code with PKCE, the API as the token's resource), and sign-out, which ends
 * the workspace's session and then the provider's. The tokens stay in the server-side session; the browser holds only
 * the session cookie.
 */
export function authRoutes(deps: AuthDependencies): Router {
  const router = express.Router();
  const readToken = tokenReader(deps);

  router.get('/sign-in', (req, res) => {
    if (req.session.signedIn) return res.redirect(303, homeOf(req.session.signedIn.staff));
    const reason = req.session.signInReason ?? (res.locals.sessionExpired ? 'idle' : undefined);
    signInPage(res, 200, null, reason);
  });

  router.get('/sign-in/start', async (req, res) => {
    let begun;
    try {
      begun = await deps.signIn.begin();
    } catch (err) {
      deps.logger.error({ err: (err as Error).message }, 'the sign-in service did not answer');
      return signInPage(res, 503, 'The sign-in service is not answering. Try again in a few minutes.', undefined);
    }
    const returnTo = safeReturnTo(req.session.returnTo) ?? '/';
    delete req.session.returnTo;
    req.session.pendingSignIn = { ...begun.pending, returnTo };
    await save(req);
    res.redirect(302, begun.url);
  });

  router.get('/auth/callback', async (req, res) => {
    const pending = req.session.pendingSignIn;
    // No sign-in was started in this browser (or it was too long ago): start again.
    if (!pending?.state) return res.redirect(303, '/sign-in');
    if (typeof req.query.error === 'string') {
      delete req.session.pendingSignIn;
      return signInPage(res, 401, 'You were not signed in. Try again, or ask your council’s IT service desk for help.', undefined);
    }
    let staff: SignedInStaff;
    let tokens;
    try {
      tokens = await deps.signIn.finish(`${deps.settings.publicUrl}${req.originalUrl}`, pending);
      const who = await readToken(tokens.accessToken);
      staff = { id: who.sub, name: who.name, roles: [...who.roles], councilId: who.council };
    } catch (err) {
      deps.logger.warn({ err: (err as Error).message }, 'sign-in refused at the callback');
      delete req.session.pendingSignIn;
      return signInPage(res, 401, 'Your sign-in could not be completed. Try again.', undefined);
    }
    const [serviceAreas, { council }] = await Promise.all([
      serviceAreasOf(deps, staff, tokens.accessToken),
      staffGateway(deps.gateway, tokens.accessToken).request(COUNCIL, { id: staff.councilId }),
    ]);
    // A new session id at sign-in, so that an id known before it (session fixation) is worth nothing after.
    await regenerate(req);
    req.session.signedIn = {
      staff,
      councilName: council?.name ?? staff.councilId,
      serviceAreas,
      accessToken: tokens.accessToken,
      idToken: tokens.idToken,
      expiresAt: tokens.expiresAt,
    };
    await save(req);
    res.redirect(303, pending.returnTo === '/' ? homeOf(staff) : pending.returnTo);
  });

  router.post('/sign-out', async (req, res) => {
    const idToken = req.session.signedIn?.idToken ?? null;
    await destroy(req);
    res.clearCookie(deps.cookieName, { path: '/' });
    let providerSignOut: string | null = null;
    try {
      providerSignOut = await deps.signIn.endSessionUrl(idToken);
    } catch (err) {
      deps.logger.warn({ err: (err as Error).message }, 'the sign-in service did not answer at sign-out');
    }
    res.redirect(303, providerSignOut ?? '/signed-out');
  });

  router.get('/signed-out', (_req, res) => {
    res.render('pages/auth/signed-out', { pageTitle: 'You have signed out' });
  });

  return router;
}
