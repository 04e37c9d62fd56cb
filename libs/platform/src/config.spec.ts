import { DEV_JWT_SECRET, clockFrom, loadConfig } from './config';
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

describe('mail settings (communications sends with them; a bad value stops a process at start)', () => {
  it('defaults to the local development mail server that npm start runs', () => {
    expect(loadConfig('communications', {}).smtp).toMatchObject({
      url: 'smtp://127.0.0.1:1025',
      host: '127.0.0.1',
      port: 1025,
      secure: false,
    });
  });

  it('reads smtp:// and smtps:// URLs, and never shows the password', () => {
    expect(loadConfig('communications', { SMTP_URL: 'smtp://mailer:s3cret@mail.example.gov.uk:2525' }).smtp).toMatchObject({
      host: 'mail.example.gov.uk',
      port: 2525,
      secure: false,
      display: 'smtp://mailer:***@mail.example.gov.uk:2525',
    });
    expect(loadConfig('communications', { SMTP_URL: 'smtps://mail.example.gov.uk' }).smtp).toMatchObject({ port: 465, secure: true });
    expect(loadConfig('communications', { SMTP_URL: 'smtp://mail.example.gov.uk' }).smtp).toMatchObject({ port: 587, secure: false });
  });

  it.each([
    ['http://mail.example.gov.uk', /the scheme must be smtp or smtps, not "http:"/],
    ['smtp://', /it names no host/],
    ['not a url at all', /the value given is not a URL/],
    ['smtp://mailer:s3cret@mail.example.gov.uk/inbox', /it has a path/],
  ])('refuses SMTP_URL=%s with a message saying what would do', (value, why) => {
    const start = () => loadConfig('communications', { SMTP_URL: value });
    expect(start).toThrow(/^SMTP_URL must look like smtp:\/\/user:pass@host:port/);
    expect(start).toThrow(why);
    expect(start).not.toThrow(/s3cret/);
  });

  it('needs SMTP_URL in production', () => {
    expect(() => loadConfig('communications', { NODE_ENV: 'production', JWT_SECRET: realSecret })).toThrow(/SMTP_URL must be set/);
    expect(
      loadConfig('communications', { NODE_ENV: 'production', JWT_SECRET: realSecret, SMTP_URL: 'smtps://mail.example.gov.uk' }).smtp.secure,
    ).toBe(true);
  });

  it('reads MAIL_FROM per council and refuses what is not an address', () => {
    expect(loadConfig('communications', { MAIL_FROM: 'hart=complaints@hart.gov.uk, hampshire=complaints@hants.gov.uk' }).mailFrom).toEqual({
      hart: 'complaints@hart.gov.uk',
      hampshire: 'complaints@hants.gov.uk',
    });
    expect(loadConfig('communications', {}).mailFrom).toEqual({});
    for (const bad of ['hart', 'hart=complaints', 'complaints@hart.gov.uk', 'hart=a@b.uk=c'])
      expect(() => loadConfig('communications', { MAIL_FROM: bad })).toThrow(/MAIL_FROM must look like "hart=complaints@hart.gov.uk/);
  });
});

describe('staff alert mail settings (communications worker)', () => {
  it('sweeps every minute unless STAFF_ALERT_SWEEP_MS says otherwise', () => {
    expect(loadConfig('communications', {}).staffAlertSweepMs).toBe(60_000);
    expect(loadConfig('communications', { STAFF_ALERT_SWEEP_MS: '250' }).staffAlertSweepMs).toBe(250);
    expect(() => loadConfig('communications', { STAFF_ALERT_SWEEP_MS: 'soon' })).toThrow(/STAFF_ALERT_SWEEP_MS must be a whole number/);
  });

  it('CLOCK_STARTS_AT starts a test clock that runs on; refused when not an instant, and in production', () => {
    expect(loadConfig('communications', {}).clockStartsAt).toBeNull();
    const config = loadConfig('communications', { CLOCK_STARTS_AT: '2027-01-11T09:00:00Z' });
    expect(config.clockStartsAt?.toISOString()).toBe('2027-01-11T09:00:00.000Z');
    let real = 1_000_000;
    const now = clockFrom(config, () => real);
    expect(now().toISOString()).toBe('2027-01-11T09:00:00.000Z');
    real += 90_000;
    expect(now().toISOString()).toBe('2027-01-11T09:01:30.000Z');
    expect(clockFrom({ clockStartsAt: null }, () => real)().getTime()).toBe(real);
    expect(() => loadConfig('communications', { CLOCK_STARTS_AT: 'Monday' })).toThrow(/CLOCK_STARTS_AT must be an ISO 8601 instant/);
    expect(() =>
      loadConfig('communications', {
        NODE_ENV: 'production',
        JWT_SECRET: 'a-real-production-secret-4f9c1e7a2b8d6035e1c9',
        SMTP_URL: 'smtp://m',
        CLOCK_STARTS_AT: '2027-01-11T09:00:00Z',
      }),
    ).toThrow(/CLOCK_STARTS_AT is for tests only/);
  });
});
