import { SignJWT } from 'jose';
import { Role } from '@redress/policy';
import { createTokenVerifier, requireStaff, signDevToken } from './auth';

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
    ['a token signed with another secret', async () => `Bearer ${await signDevToken(officer, 'another-secret-entirely-0000000000')}`, /could not be verified/],
    ['an expired token', async () => `Bearer ${await signDevToken(officer, secret, '-1m')}`, /expired/],
    ['a header that is not Bearer', async () => 'Basic abc', /must be "Bearer <token>"/],
    ['a token missing the council claim', async () => `Bearer ${await new SignJWT({ name: 'x', roles: [] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').sign(new TextEncoder().encode(secret))}`, /missing one of the claims/],
  ])('refuses %s as UNAUTHENTICATED', async (_label, header, message) => {
    await expect(verify(await header())).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(message) });
  });

  it('ignores roles it does not know', async () => {
    const token = await signDevToken({ ...officer, roles: [Role.OFFICER, 'SUPERUSER' as Role] }, secret);
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ staff: { roles: [Role.OFFICER] } });
  });
});

describe('requireStaff', () => {
  it('lets staff of the council with a listed role through', () => {
    expect(requireStaff({ staff: officer }, 'hart', [Role.OFFICER])).toBe(officer);
  });
  it('refuses the public, another council and a missing role with the right code', () => {
    expect(() => requireStaff({ staff: null }, 'hart', [Role.OFFICER])).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => requireStaff({ staff: officer }, 'hampshire', [Role.OFFICER])).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireStaff({ staff: officer }, 'hart', [Role.ANALYST])).toThrow(expect.objectContaining({ code: 'FORBIDDEN', message: 'This needs one of the roles ANALYST.' }));
  });
  it('lets an ADMIN of the council do anything there', () => {
    const admin = { ...officer, roles: [Role.ADMIN] };
    expect(requireStaff({ staff: admin }, 'hart', [Role.ANALYST])).toBe(admin);
  });
});
