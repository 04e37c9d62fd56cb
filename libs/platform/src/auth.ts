import { createRemoteJWKSet, jwtVerify, SignJWT } from 'jose';
import type { JWTPayload } from 'jose';
import { Role } from '@redress/policy';
import type { PlatformConfig } from './config';
import { forbidden, isCodedError, unauthenticated } from './errors';

/** Who is calling. `null` staff = a member of the public (no token). */
export interface StaffIdentity {
  sub: string;
  name: string;
  roles: readonly Role[];
  council: string;
}

export interface AuthContext {
  staff: StaffIdentity | null;
}

const ROLES: ReadonlySet<string> = new Set(Object.values(Role));

function toIdentity(payload: JWTPayload): StaffIdentity {
  const { sub, name, roles, council } = payload as JWTPayload & { name?: unknown; roles?: unknown; council?: unknown };
  if (typeof sub !== 'string' || typeof name !== 'string' || typeof council !== 'string' || !Array.isArray(roles)) {
    throw unauthenticated('Your token is missing one of the claims sub, name, roles or council. Ask for a new token.');
  }
  const known = roles.filter((r): r is Role => typeof r === 'string' && ROLES.has(r));
  return { sub, name, roles: known, council };
}

export type TokenVerifier = (authorization: string | undefined) => Promise<AuthContext>;

/** Bearer-JWT verification: HS256 with JWT_SECRET, or an OIDC issuer's JWKS (issuer and audience checked). */
export function createTokenVerifier(config: Pick<PlatformConfig, 'jwtSecret' | 'jwtJwksUrl' | 'jwtIssuer' | 'jwtAudience'>): TokenVerifier {
  const options = {
    algorithms: config.jwtJwksUrl ? ['RS256', 'ES256', 'PS256'] : ['HS256'],
    ...(config.jwtIssuer ? { issuer: config.jwtIssuer } : {}),
    ...(config.jwtAudience ? { audience: config.jwtAudience } : {}),
  };
  const jwks = config.jwtJwksUrl ? createRemoteJWKSet(new URL(config.jwtJwksUrl)) : null;
  const secret = new TextEncoder().encode(config.jwtSecret);
  const verify = (token: string) => (jwks ? jwtVerify(token, jwks, options) : jwtVerify(token, secret, options));
  return async (authorization) => {
    if (!authorization) return { staff: null };
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    try {
      const { payload } = await verify(match[1]);
      return { staff: toIdentity(payload) };
    } catch (e) {
      if (isCodedError(e)) throw e;
      const expired = e instanceof Error && (e as { code?: string }).code === 'ERR_JWT_EXPIRED';
      throw unauthenticated(expired ? 'Your token has expired. Sign in again.' : 'Your token could not be verified. Sign in again.');
    }
  };
}

/** Signs a development token (HS256). For local use, tests and the README. */
export async function signDevToken(identity: StaffIdentity, secret: string, expiresIn = '8h'): Promise<string> {
  return new SignJWT({ name: identity.name, roles: [...identity.roles], council: identity.council })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

/** The signed-in member of staff (the subgraph's access rules have already checked their roles). */
export function signedInStaff(auth: AuthContext): StaffIdentity {
  if (!auth.staff) throw unauthenticated('Sign in as a member of staff to do this.');
  return auth.staff;
}

/** Staff of the given council holding at least one of the roles. */
export function requireStaff(auth: AuthContext, councilId: string | null, roles: readonly Role[]): StaffIdentity {
  const staff = signedInStaff(auth);
  if (councilId !== null && staff.council !== councilId) throw forbidden('You can only act on records of your own council.');
  if (!staff.roles.some((r) => roles.includes(r) || r === Role.ADMIN)) {
    throw forbidden(`This needs one of the roles ${roles.join(', ')}.`);
  }
  return staff;
}
