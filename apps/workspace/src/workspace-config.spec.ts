import { LOCAL_SIGN_IN, loadWorkspaceConfig } from './workspace-config';

describe('the workspace’s settings', () => {
  it('signs in with the local OpenID provider in development, back at the workspace’s own address', () => {
    const config = loadWorkspaceConfig({ WORKSPACE_PORT: '3101' });
    expect(config.port).toBe(3101);
    expect(config.signIn).toEqual({
      issuerUrl: LOCAL_SIGN_IN.issuerUrl,
      clientId: 'redress-workspace',
      clientSecret: LOCAL_SIGN_IN.clientSecret,
      publicUrl: 'http://localhost:3101',
      resource: 'urn:redress:api',
      scope: 'openid profile email redress',
      claims: { name: 'name', roles: 'roles', council: 'council' },
      allowHttp: true,
    });
  });

  it('takes the council’s issuer, client, scope, resource and claim names from the environment', () => {
    const { signIn } = loadWorkspaceConfig({
      OIDC_ISSUER_URL: 'https://login.microsoftonline.com/tenant/v2.0',
      OIDC_CLIENT_ID: 'app-id',
      OIDC_CLIENT_SECRET: 'a-real-secret',
      OIDC_RESOURCE: '',
      OIDC_SCOPE: 'openid profile api://redress/.default',
      WORKSPACE_URL: 'https://complaints.hart.gov.uk/',
      JWT_ROLES_CLAIM: 'groups',
      JWT_COUNCIL_CLAIM: 'extn.council',
    });
    expect(signIn).toMatchObject({
      issuerUrl: 'https://login.microsoftonline.com/tenant/v2.0',
      clientId: 'app-id',
      resource: '',
      publicUrl: 'https://complaints.hart.gov.uk',
      claims: { name: 'name', roles: 'groups', council: 'extn.council' },
      allowHttp: false,
    });
  });

  it('refuses to start in production without the council’s issuer and a real secret, or over plain http', () => {
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), WORKSPACE_URL: 'https://w.example' };
    expect(() => loadWorkspaceConfig(production)).toThrow(/OIDC_ISSUER_URL and OIDC_CLIENT_SECRET must be set/);
    const issuer = { ...production, OIDC_ISSUER_URL: 'https://login.example', OIDC_CLIENT_SECRET: LOCAL_SIGN_IN.clientSecret };
    expect(() => loadWorkspaceConfig(issuer)).toThrow(/development secret/);
    expect(() => loadWorkspaceConfig({ ...issuer, OIDC_CLIENT_SECRET: 's3cret', WORKSPACE_URL: 'http://w.example' })).toThrow(/https/);
    expect(loadWorkspaceConfig({ ...issuer, OIDC_CLIENT_SECRET: 's3cret' }).signIn.allowHttp).toBe(false);
    expect(() => loadWorkspaceConfig({ OIDC_ISSUER_URL: 'not a url' })).toThrow(/OIDC_ISSUER_URL must be a URL/);
  });
});
