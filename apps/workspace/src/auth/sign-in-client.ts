import type { SignInSettings } from '../workspace-config';

/**
 * The workspace's view of OpenID Connect sign-in: what the routes need, and nothing of the library behind it. The one
 * implementation (openid-adapter.ts, on openid-client) is an ES module package loaded inside the running process only;
 * this file imports nothing of it, so the rest of the app (and every test Jest loads) never does either.
 */

/** What is kept in the session between sending the browser to the provider and its return: the checks of the answer. */
export interface PendingSignIn {
  state: string;
  /** PKCE: the secret whose hash went with the request; only the workspace's server knows it. */
  codeVerifier: string;
}

/** What the provider's token endpoint gave: kept in the server-side session only, never sent to the browser. */
export interface SignInTokens {
  accessToken: string;
  /** For ending the provider's session at sign-out (id_token_hint). */
  idToken: string | null;
  /** When the access token stops being accepted (ms since the epoch). */
  expiresAt: number;
}

export interface IssuerDetails {
  issuer: string;
  jwksUri: string;
}

export interface SignInClient {
  /** Where to send the browser to sign in (authorization code with PKCE), and what to keep to check its return. */
  begin(): Promise<{ url: string; pending: PendingSignIn }>;
  /** The provider's answer (the callback URL as the browser asked for it), checked and exchanged for tokens. */
  finish(callbackUrl: string, pending: PendingSignIn): Promise<SignInTokens>;
  /** Where to send the browser so that the provider's own session ends too; null when the provider offers none. */
  endSessionUrl(idToken: string | null): Promise<string | null>;
  /** The issuer's identifier and keys, to verify the access token it gave. */
  issuer(): Promise<IssuerDetails>;
}

/**
 * The real client, loaded when the process starts (main.ts): the adapter module is required lazily, and it imports
 * openid-client with a true dynamic import.
 */
export async function loadSignInClient(settings: SignInSettings): Promise<SignInClient> {
  const { createOpenIdSignIn } = await import('./openid-adapter');
  return createOpenIdSignIn(settings);
}
