import { loadWebConfig } from '@redress/web';
import type { WebConfig } from '@redress/web';

/**
 * The local sign-in's registration of the workspace (tools/sign-in, `npm start` and the tests): what the workspace
 * signs in with when no issuer is configured. Production refuses to start on these.
 */
export const LOCAL_SIGN_IN = {
  issuerUrl: 'http://localhost:4010',
  clientId: 'redress-workspace',
  clientSecret: 'redress-workspace-local-secret',
  resource: 'urn:redress:api',
} as const;

/** How the workspace signs staff in: the council's OpenID issuer, the workspace's client there, and its claims. */
export interface SignInSettings {
  /** OIDC_ISSUER_URL: the issuer (its /.well-known/openid-configuration is read at the first sign-in). */
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** The workspace's own address as the browser sees it: the redirect and post-logout URLs are made from it. */
  publicUrl: string;
  /** The API as a resource server (RFC 8707 `resource`), whose access tokens the gateway accepts; '' sends none. */
  resource: string;
  /** The scopes asked for (Entra ID, say, wants `openid profile api://…/.default`). */
  scope: string;
  /** Which claims of the access token say who the person is (as the gateway reads them: JWT_*_CLAIM). */
  claims: { name: string; roles: string; council: string };
  /** Plain http to the issuer: the local sign-in only, never in production. */
  allowHttp: boolean;
}

export interface WorkspaceConfig extends WebConfig {
  signIn: SignInSettings;
}

const trimmed = (v: string | undefined): string | undefined => (v?.trim() ? v.trim() : undefined);

function url(key: string, value: string): string {
  try {
    return new URL(value).toString().replace(/\/$/, '');
  } catch {
    throw new Error(`${key} must be a URL, e.g. https://login.example.gov.uk, got "${value}"`);
  }
}

/**
 * The workspace's settings: the web app's (PORT / WORKSPACE_PORT, GATEWAY_URL, REDIS_URL, SESSION_SECRET,
 * SESSION_IDLE_MINUTES) and the sign-in's. Development defaults to the local sign-in; production must name its issuer
 * and client secret.
 */
export function loadWorkspaceConfig(env: NodeJS.ProcessEnv = process.env): WorkspaceConfig {
  const web = loadWebConfig('workspace', env);
  const issuer = trimmed(env.OIDC_ISSUER_URL);
  const secret = trimmed(env.OIDC_CLIENT_SECRET);
  if (web.production && (!issuer || !secret))
    throw new Error('OIDC_ISSUER_URL and OIDC_CLIENT_SECRET must be set when NODE_ENV=production (the council’s identity provider)');
  if (web.production && secret === LOCAL_SIGN_IN.clientSecret) throw new Error('OIDC_CLIENT_SECRET is the development secret');
  const issuerUrl = url('OIDC_ISSUER_URL', issuer ?? LOCAL_SIGN_IN.issuerUrl);
  const publicUrl = url('WORKSPACE_URL', trimmed(env.WORKSPACE_URL) ?? `http://localhost:${web.port}`);
  if (web.production && !publicUrl.startsWith('https:')) throw new Error('WORKSPACE_URL must be https when NODE_ENV=production');
  return {
    ...web,
    signIn: {
      issuerUrl,
      clientId: trimmed(env.OIDC_CLIENT_ID) ?? LOCAL_SIGN_IN.clientId,
      clientSecret: secret ?? LOCAL_SIGN_IN.clientSecret,
      publicUrl,
      resource: env.OIDC_RESOURCE === undefined ? LOCAL_SIGN_IN.resource : env.OIDC_RESOURCE.trim(),
      scope: trimmed(env.OIDC_SCOPE) ?? 'openid profile email redress',
      claims: {
        name: trimmed(env.JWT_NAME_CLAIM) ?? 'name',
        roles: trimmed(env.JWT_ROLES_CLAIM) ?? 'roles',
        council: trimmed(env.JWT_COUNCIL_CLAIM) ?? 'council',
      },
      allowHttp: !web.production && issuerUrl.startsWith('http:'),
    },
  };
}
