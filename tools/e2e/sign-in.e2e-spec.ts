import { decodeJwt } from 'jose';
import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { Role } from '@redress/policy';
import { gql, signInAs, startPlatform, startSignIn } from '../testing';
import type { RunningPlatform, RunningSignIn } from '../testing';

// Staff sign in through the local OpenID provider by the authorization-code flow production uses; the gateway and
// subgraphs verify its JWT access tokens through its JWKS, and in development still take `npm run token`'s tokens.
jest.setTimeout(180_000);

let signIn: RunningSignIn;
let platform: RunningPlatform;
beforeAll(async () => {
  signIn = await startSignIn();
  platform = await startPlatform('sign-in', signIn.platformEnv);
});
afterAll(async () => {
  await platform?.stop();
  await signIn?.stop();
});

const STAFF = 'query Staff($councilId: ID!) { staff(councilId: $councilId) { id name } }';

describe('signing in through the local OpenID provider', () => {
  it('signs in a seeded officer, whose access token carries who they are and opens the API', async () => {
    const { accessToken, loginPage } = await signInAs(signIn.issuer, 'hart-officer');
    // The sign-in page lists the seeded staff of both councils.
    expect(loginPage).toContain('hart-coordinator');
    expect(loginPage).toContain('hampshire-officer');
    expect(decodeJwt(accessToken)).toMatchObject({
      sub: 'hart-officer',
      name: 'Amy Clarke',
      roles: [Role.OFFICER],
      council: 'hart',
      iss: signIn.issuer,
      aud: 'urn:redress:api',
    });
    const res = await gql<{ staff: { id: string }[] }>(platform.gatewayUrl, STAFF, { councilId: 'hart' }, accessToken);
    expect(res.errors).toBeUndefined();
    expect(res.data!.staff.map((s) => s.id)).toContain('hart-head-of-service');
  });

  it('refuses a wrong password or someone who is not on the staff list, on the page, in words', async () => {
    await expect(signInAs(signIn.issuer, 'hart-officer', 'guess')).rejects.toThrow(/Enter a seeded staff id and the development password/);
    await expect(signInAs(signIn.issuer, 'mallory')).rejects.toThrow(/Enter a seeded staff id/);
  });

  it('keeps each council to its own: a Hampshire officer signed in cannot read Hart’s directory', async () => {
    const { accessToken } = await signInAs(signIn.issuer, 'hampshire-officer');
    const res = await gql(platform.gatewayUrl, STAFF, { councilId: 'hart' }, accessToken);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('still accepts a development token (npm run token) in development, and refuses a token of another issuer’s secret', async () => {
    const dev = await signDevToken({ sub: 'hart-officer', name: 'Amy Clarke', roles: [Role.OFFICER], council: 'hart' }, DEV_JWT_SECRET);
    expect((await gql(platform.gatewayUrl, STAFF, { councilId: 'hart' }, dev)).errors).toBeUndefined();
    const forged = await signDevToken(
      { sub: 'hart-officer', name: 'x', roles: [Role.ADMIN], council: 'hart' },
      'someone-elses-secret-000000000',
    );
    expect((await gql(platform.gatewayUrl, STAFF, { councilId: 'hart' }, forged)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
