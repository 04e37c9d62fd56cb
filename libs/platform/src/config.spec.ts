import { DEV_JWT_SECRET, loadConfig } from './config';
import type { ServiceName } from './config';

const SERVICES: ServiceName[] = ['gateway', 'intake', 'casework', 'reporting'];
const REFUSAL = /JWT_SECRET must be set to a real secret \(or JWT_JWKS_URL to an issuer\) when NODE_ENV=production/;
const realSecret = 'a-real-production-secret-4f9c1e7a2b8d6035e1c9';

describe('JWT secret at production start (every service and worker loads its config through loadConfig)', () => {
  it.each([
    ['no JWT_SECRET at all', {}],
    ['the development default as JWT_SECRET', { JWT_SECRET: DEV_JWT_SECRET }],
    ['an empty JWT_SECRET', { JWT_SECRET: '' }],
    ['a blank JWT_SECRET', { JWT_SECRET: '   ' }],
    ['an empty JWT_JWKS_URL and no JWT_SECRET', { JWT_JWKS_URL: '' }],
  ])('refuses to start with %s', (_label, env: NodeJS.ProcessEnv) => {
    for (const service of SERVICES) expect(() => loadConfig(service, { ...env, NODE_ENV: 'production' })).toThrow(REFUSAL);
  });

  it('starts with a real JWT_SECRET and keeps exactly that secret', () => {
    for (const service of SERVICES) {
      expect(loadConfig(service, { NODE_ENV: 'production', JWT_SECRET: realSecret })).toMatchObject({
        env: 'production',
        jwtSecret: realSecret,
        jwtJwksUrl: null,
      });
    }
  });

  it('starts with an OIDC issuer (JWT_JWKS_URL) instead of a secret', () => {
    expect(
      loadConfig('gateway', {
        NODE_ENV: 'production',
        JWT_JWKS_URL: 'https://login.example.gov.uk/jwks',
        JWT_ISSUER: 'https://login.example.gov.uk/',
        JWT_AUDIENCE: 'redress',
      }),
    ).toMatchObject({
      jwtJwksUrl: 'https://login.example.gov.uk/jwks',
      jwtIssuer: 'https://login.example.gov.uk/',
      jwtAudience: 'redress',
    });
  });

  it.each([
    ['no issuer', { JWT_AUDIENCE: 'redress' }],
    ['no audience', { JWT_ISSUER: 'https://login.example.gov.uk/' }],
  ])('refuses an OIDC issuer in production with %s', (_label, env: NodeJS.ProcessEnv) => {
    expect(() => loadConfig('gateway', { ...env, NODE_ENV: 'production', JWT_JWKS_URL: 'https://login.example.gov.uk/jwks' })).toThrow(
      /JWT_ISSUER and JWT_AUDIENCE must be set/,
    );
  });

  it('falls back to the development secret outside production only', () => {
    expect(loadConfig('gateway', {})).toMatchObject({ env: 'development', jwtSecret: DEV_JWT_SECRET });
    expect(loadConfig('gateway', { NODE_ENV: 'test', JWT_SECRET: '' })).toMatchObject({ jwtSecret: DEV_JWT_SECRET });
    expect(loadConfig('gateway', { NODE_ENV: 'development', JWT_SECRET: realSecret })).toMatchObject({ jwtSecret: realSecret });
  });
});

describe('SLA reconcile interval (the casework worker reads it through loadConfig only)', () => {
  it('defaults to five minutes and takes SLA_RECONCILE_EVERY_MS', () => {
    expect(loadConfig('casework', {}).slaReconcileEveryMs).toBe(300_000);
    expect(loadConfig('casework', { SLA_RECONCILE_EVERY_MS: '' }).slaReconcileEveryMs).toBe(300_000);
    expect(loadConfig('casework', { SLA_RECONCILE_EVERY_MS: '1500' }).slaReconcileEveryMs).toBe(1500);
  });

  it('refuses a value that is not a whole number of milliseconds', () => {
    expect(() => loadConfig('casework', { SLA_RECONCILE_EVERY_MS: '5m' })).toThrow(/SLA_RECONCILE_EVERY_MS must be a whole number/);
  });
});
