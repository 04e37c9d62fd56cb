import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import type { KeyLike } from 'jose';
import { Role } from '@redress/policy';
import { createTokenVerifier, requireStaff, signDevToken } from './auth';
import type { TokenVerifier } from './auth';
import { DEV_JWT_SECRET } from './config';

const secret = 'test-secret-of-reasonable-length-123456';
const verify = createTokenVerifier({ jwtSecret: secret, jwtJwksUrl: null, jwtIssuer: null, jwtAudience: null });
const officer = { sub: 'hart-officer', name: 'Amy Clarke', roles: [Role.OFFICER], council: 'hart' };

describe('bearer token verification', () => {
  it('treats a request without a token as the public', async () => {
    await expect(verify(undefined)).resolves.toEqual({ staff: null });
  });

  it('reads sub, name, roles and council from a valid HS256 token', async () => {
    const token = await signDevToken(officer, secret);
    await expect(verify(`Bearer ${token}`)).resolves.toEqual({ staff: officer });
  });

  it.each([
    [
      'a token signed with another secret',
      async () => `Bearer ${await signDevToken(officer, 'another-secret-entirely-0000000000')}`,
      /could not be verified/,
    ],
    ['an expired token', async () => `Bearer ${await signDevToken(officer, secret, '-1m')}`, /expired/],
    ['a header that is not Bearer', async () => 'Basic abc', /must be "Bearer <token>"/],
    [
      'a token missing the council claim',
      async () => {
        const noCouncil = await new SignJWT({ name: 'x', roles: [] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .sign(new TextEncoder().encode(secret));
        return `Bearer ${noCouncil}`;
      },
      /missing one of the claims/,
    ],
  ])('refuses %s as UNAUTHENTICATED', async (_label, header, message) => {
    await expect(verify(await header())).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(message) });
  });

  it('keeps a verified token only until it expires: a second later the same token is refused as expired', async () => {
    const token = `Bearer ${await signDevToken(officer, secret, '1s')}`;
    expect((await verify(token)).staff?.sub).toBe(officer.sub);
    expect((await verify(token)).staff?.sub).toBe(officer.sub);
    await new Promise((r) => setTimeout(r, 2100));
    await expect(verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/expired/) });
  });

  it('ignores roles it does not know', async () => {
    const token = await signDevToken({ ...officer, roles: [Role.OFFICER, 'SUPERUSER' as Role] }, secret);
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ staff: { roles: [Role.OFFICER] } });
  });
});

describe('bearer token verification against an OIDC issuer (JWKS over HTTP)', () => {
  const issuer = 'https://login.example-council.gov.uk/';
  const audience = 'redress-api';
  const kid = 'issuer-key-1';
  let server: Server;
  let issuerKey: KeyLike;
  let otherKey: KeyLike;
  let issuerPublicPem: string;
  let jwksRequests = 0;
  let verifyJwks: TokenVerifier;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    issuerKey = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    issuerPublicPem = await exportSPKI(pair.publicKey);
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' }] });
    server = createServer((req, res) => {
      if (req.url !== '/.well-known/jwks.json') {
        res.writeHead(404).end();
        return;
      }
      jwksRequests += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // The dev secret is configured too: with a JWKS it must never be used.
    verifyJwks = createTokenVerifier({
      jwtSecret: DEV_JWT_SECRET,
      jwtJwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      jwtIssuer: issuer,
      jwtAudience: audience,
    });
  });
  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  });

  const claims = { name: officer.name, roles: officer.roles, council: officer.council };
  const issuerToken = (overrides: { iss?: string; aud?: string; exp?: string; key?: KeyLike; kid?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: overrides.kid ?? kid })
      .setSubject(officer.sub)
      .setIssuer(overrides.iss ?? issuer)
      .setAudience(overrides.aud ?? audience)
      .setIssuedAt()
      .setExpirationTime(overrides.exp ?? '5m')
      .sign(overrides.key ?? issuerKey);
  const hs256 = (key: Uint8Array) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid })
      .setSubject(officer.sub)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  it("accepts a token signed by the issuer's key with the right issuer and audience, fetching the key from the JWKS", async () => {
    await expect(verifyJwks(`Bearer ${await issuerToken()}`)).resolves.toEqual({ staff: officer });
    expect(jwksRequests).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['a token from another issuer', () => issuerToken({ iss: 'https://login.elsewhere.example/' }), /could not be verified/],
    ['a token for another audience', () => issuerToken({ aud: 'some-other-api' }), /could not be verified/],
    ['an expired token', () => issuerToken({ exp: '-1m' }), /expired/],
    ['a token signed by another key under the same kid', () => issuerToken({ key: otherKey }), /could not be verified/],
    [
      'a token signed by another key under an unknown kid',
      () => issuerToken({ key: otherKey, kid: 'someone-elses-key' }),
      /could not be verified/,
    ],
    [
      'an HS256 token signed with the dev secret (algorithm confusion)',
      () => hs256(new TextEncoder().encode(DEV_JWT_SECRET)),
      /could not be verified/,
    ],
    [
      "an HS256 token whose HMAC key is the issuer's public key (algorithm confusion)",
      () => hs256(new TextEncoder().encode(issuerPublicPem)),
      /could not be verified/,
    ],
    [
      'an unsigned token (alg none)',
      async () => {
        const header = Buffer.from(JSON.stringify({ alg: 'none', kid })).toString('base64url');
        const payload = { ...claims, sub: officer.sub, iss: issuer, aud: audience, exp: Math.floor(Date.now() / 1000) + 300 };
        return `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;
      },
      /could not be verified/,
    ],
  ])('refuses %s as UNAUTHENTICATED', async (_label, token, message) => {
    await expect(verifyJwks(`Bearer ${await token()}`)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(message),
    });
  });

  it('still accepts the good token after the refusals (the refusals were not a dead JWKS)', async () => {
    await expect(verifyJwks(`Bearer ${await issuerToken()}`)).resolves.toEqual({ staff: officer });
  });
});

describe('development: the local sign-in and development tokens side by side', () => {
  const issuer = 'http://localhost:4010';
  const audience = 'urn:redress:api';
  let server: Server;
  let key: KeyLike;
  let jwksUrl: string;
  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k', alg: 'RS256', use: 'sig' }] });
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const config = (over: object = {}) => ({
    jwtSecret: DEV_JWT_SECRET,
    jwtJwksUrl: jwksUrl,
    jwtIssuer: issuer,
    jwtAudience: audience,
    ...over,
  });
  const issued = (claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setSubject(officer.sub)
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime('5m')
      .sign(key);

  it('accepts both the issuer’s token and a development token when development tokens are allowed', async () => {
    const verifyBoth = createTokenVerifier(config({ jwtAcceptDevTokens: true }));
    const claims = { name: officer.name, roles: officer.roles, council: officer.council };
    await expect(verifyBoth(`Bearer ${await issued(claims)}`)).resolves.toEqual({ staff: officer });
    await expect(verifyBoth(`Bearer ${await signDevToken(officer, DEV_JWT_SECRET)}`)).resolves.toEqual({ staff: officer });
    // Another secret is still another secret.
    await expect(verifyBoth(`Bearer ${await signDevToken(officer, 'not-the-development-secret-000000')}`)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('refuses development tokens where they are not allowed (production)', async () => {
    const verifyIssuerOnly = createTokenVerifier(config({ jwtAcceptDevTokens: false }));
    await expect(verifyIssuerOnly(`Bearer ${await signDevToken(officer, DEV_JWT_SECRET)}`)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('reads the roles and council from the claims the issuer uses', async () => {
    const entra = createTokenVerifier(config({ jwtClaims: { name: 'name', roles: 'roles', council: 'extension_council' } }));
    const token = await issued({ name: officer.name, roles: officer.roles, extension_council: 'hart' });
    await expect(entra(`Bearer ${token}`)).resolves.toEqual({ staff: officer });
    await expect(entra(`Bearer ${await issued({ name: officer.name, roles: officer.roles, council: 'hart' })}`)).rejects.toMatchObject({
      message: expect.stringContaining('extension_council'),
    });
  });
});

describe('requireStaff', () => {
  it('lets staff of the council with a listed role through', () => {
    expect(requireStaff({ staff: officer }, 'hart', [Role.OFFICER])).toBe(officer);
  });
  it('refuses the public, another council and a missing role with the right code', () => {
    expect(() => requireStaff({ staff: null }, 'hart', [Role.OFFICER])).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => requireStaff({ staff: officer }, 'hampshire', [Role.OFFICER])).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireStaff({ staff: officer }, 'hart', [Role.ANALYST])).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: 'This needs one of the roles ANALYST.' }),
    );
  });
  it('lets an ADMIN of the council do anything there', () => {
    const admin = { ...officer, roles: [Role.ADMIN] };
    expect(requireStaff({ staff: admin }, 'hart', [Role.ANALYST])).toBe(admin);
  });
});
