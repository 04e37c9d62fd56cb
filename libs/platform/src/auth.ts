import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
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

type ClaimNames = PlatformConfig['jwtClaims'];
const DEV_CLAIMS: ClaimNames = { name: 'name', roles: 'roles', council: 'council' };

function toIdentity(payload: JWTPayload, claims: ClaimNames): StaffIdentity {
  const { sub } = payload;
  const [name, roles, council] = [payload[claims.name], payload[claims.roles], payload[claims.council]];
  if (typeof sub !== 'string' || typeof name !== 'string' || typeof council !== 'string' || !Array.isArray(roles)) {
    throw unauthenticated(
      `Your token is missing one of the claims sub, ${claims.name}, ${claims.roles} or ${claims.council}. Ask for a new token.`,
    );
  }
  const known = roles.filter((r): r is Role => typeof r === 'string' && ROLES.has(r));
  return { sub, name, roles: known, council };
}

export type TokenVerifier = (authorization: string | undefined) => Promise<AuthContext>;

export type TokenVerifierConfig = Pick<PlatformConfig, 'jwtSecret' | 'jwtJwksUrl' | 'jwtIssuer' | 'jwtAudience'> &
  Partial<Pick<PlatformConfig, 'jwtAcceptDevTokens' | 'jwtClaims'>>;

const isHs256 = (token: string): boolean => {
  try {
    return decodeProtectedHeader(token).alg === 'HS256';
  } catch {
    return false;
  }
};

/**
 * Bearer-JWT verification: an OIDC issuer's JWKS (issuer and audience checked), or HS256 with JWT_SECRET. In
 * development both: a development token (HS256, `npm run token`) beside the local sign-in's.
 */
export function createTokenVerifier(config: TokenVerifierConfig): TokenVerifier {
  const checks = {
    ...(config.jwtIssuer ? { issuer: config.jwtIssuer } : {}),
    ...(config.jwtAudience ? { audience: config.jwtAudience } : {}),
  };
  const jwks = config.jwtJwksUrl ? createRemoteJWKSet(new URL(config.jwtJwksUrl)) : null;
  const secret = new TextEncoder().encode(config.jwtSecret);
  const claims = config.jwtClaims ?? DEV_CLAIMS;
  const verify = async (token: string): Promise<StaffIdentity> => {
    if (!jwks) return toIdentity((await jwtVerify(token, secret, { algorithms: ['HS256'], ...checks })).payload, claims);
    // A development token carries no issuer or audience: it is the development secret that vouches for it.
    if (config.jwtAcceptDevTokens && isHs256(token))
      return toIdentity((await jwtVerify(token, secret, { algorithms: ['HS256'] })).payload, DEV_CLAIMS);
    return toIdentity((await jwtVerify(token, jwks, { algorithms: ['RS256', 'ES256', 'PS256'], ...checks })).payload, claims);
  };
  // A signed-in session sends the same token with every request: its signature is checked once, and the identity kept
  // until the token expires (never longer), so that each request does not pay for the cryptography again.
  const verified = new LRUCache<string, StaffIdentity>({ max: 10_000 });
  const verifyOnce = async (token: string): Promise<StaffIdentity> => {
    const known = verified.get(token);
    if (known) return known;
    const identity = await verify(token);
    const exp = decodeJwt(token).exp;
    const ttl = typeof exp === 'number' ? exp * 1000 - Date.now() : 0;
    if (ttl > 0) verified.set(token, identity, { ttl });
    return identity;
  };
  return async (authorization) => {
    if (!authorization) return { staff: null };
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    try {
      return { staff: await verifyOnce(match[1]) };
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
