import { DEV_SESSION_SECRET } from '@redress/platform';
import { loadWebConfig } from './web-config';

describe('web app settings', () => {
  it('works on a development machine with no settings at all', () => {
    expect(loadWebConfig('portal', {})).toMatchObject({
      port: 3000,
      gatewayUrl: 'http://localhost:4000/graphql',
      sessionSecret: DEV_SESSION_SECRET,
      sessionIdleMinutes: 30,
      production: false,
    });
    expect(loadWebConfig('portal', { PORTAL_PORT: '3100' }).port).toBe(3100);
    expect(loadWebConfig('portal', { PORTAL_PORT: '3100', PORT: '3200' }).port).toBe(3200);
  });

  it('reads templates again for every page while developing; caches them in production, or when told to', () => {
    expect(loadWebConfig('portal', {}).reloadTemplates).toBe(true);
    expect(loadWebConfig('portal', { WEB_RELOAD_TEMPLATES: 'false' }).reloadTemplates).toBe(false);
    const secret = 'a-real-session-secret-of-enough-length-7f3a';
    expect(loadWebConfig('portal', { NODE_ENV: 'production', SESSION_SECRET: secret, WEB_RELOAD_TEMPLATES: 'true' }).reloadTemplates).toBe(
      false,
    );
  });

  it.each([
    ['no SESSION_SECRET', {}],
    ['the development default', { SESSION_SECRET: DEV_SESSION_SECRET }],
    ['a blank one', { SESSION_SECRET: '   ' }],
    ['a short one', { SESSION_SECRET: 'too-short' }],
  ])('refuses to start in production with %s', (_label, env: NodeJS.ProcessEnv) => {
    expect(() => loadWebConfig('portal', { ...env, NODE_ENV: 'production' })).toThrow(/SESSION_SECRET must be set to a real secret/);
  });

  it('takes a real secret in production', () => {
    const secret = 'a-real-session-secret-of-enough-length-7f3a';
    expect(loadWebConfig('portal', { NODE_ENV: 'production', SESSION_SECRET: secret }).sessionSecret).toBe(secret);
  });

  it('refuses a GATEWAY_URL that is not a URL, saying what it should be', () => {
    expect(() => loadWebConfig('portal', { GATEWAY_URL: 'gateway:4000' })).not.toThrow();
    expect(() => loadWebConfig('portal', { GATEWAY_URL: 'not a url' })).toThrow(/GATEWAY_URL must be the gateway's GraphQL URL/);
  });
});
