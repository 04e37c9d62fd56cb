import type * as OpenIdClient from 'openid-client';
import type { SignInSettings } from '../workspace-config';
import type { IssuerDetails, PendingSignIn, SignInClient, SignInTokens } from './sign-in-client';

/*
 * OpenID Connect sign-in on openid-client 6, the only module that touches it. openid-client is an ES module package:
 * it is loaded with a real dynamic import (written so that no compiler turns it into require()), in the running process
 * only (sign-in-client.ts loads this file lazily; nothing Jest runs imports it).
 */
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** Staff sign in again after this long without the access token saying when it ends. */
const DEFAULT_TOKEN_SECONDS = 10 * 60;

export function createOpenIdSignIn(settings: SignInSettings): SignInClient {
  const callbackUrl = `${settings.publicUrl}/auth/callback`;
  let loaded: Promise<{ oidc: typeof OpenIdClient; config: OpenIdClient.Configuration }> | null = null;
  // Discovery is done at the first sign-in, and again after a failure (the issuer may start after the workspace).
  const client = () => {
    loaded ??= (async () => {
      const oidc = (await importModule('openid-client')) as typeof OpenIdClient;
      const config = await oidc.discovery(
        new URL(settings.issuerUrl),
        settings.clientId,
        settings.clientSecret,
        undefined,
        settings.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
      );
      return { oidc, config };
    })();
    loaded.catch(() => {
      loaded = null;
    });
    return loaded;
  };
  const resource: Record<string, string> = settings.resource ? { resource: settings.resource } : {};

  return {
    async begin() {
      const { oidc, config } = await client();
      const pending: PendingSignIn = { state: oidc.randomState(), codeVerifier: oidc.randomPKCECodeVerifier() };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: callbackUrl,
        scope: settings.scope,
        state: pending.state,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        ...resource,
      });
      return { url: url.href, pending };
    },

    async finish(currentUrl, pending): Promise<SignInTokens> {
      const { oidc, config } = await client();
      const tokens = await oidc.authorizationCodeGrant(
        config,
        new URL(currentUrl),
        { pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state },
        resource,
      );
      return {
        accessToken: tokens.access_token,
        idToken: tokens.id_token ?? null,
        expiresAt: Date.now() + (tokens.expiresIn() ?? DEFAULT_TOKEN_SECONDS) * 1000,
      };
    },

    async endSessionUrl(idToken) {
      const { oidc, config } = await client();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(config, {
        post_logout_redirect_uri: `${settings.publicUrl}/signed-out`,
        client_id: settings.clientId,
        ...(idToken ? { id_token_hint: idToken } : {}),
      }).href;
    },

    async issuer(): Promise<IssuerDetails> {
      const { config } = await client();
      const metadata = config.serverMetadata();
      if (!metadata.jwks_uri) throw new Error(`the issuer ${metadata.issuer} publishes no jwks_uri`);
      return { issuer: metadata.issuer, jwksUri: metadata.jwks_uri };
    },
  };
}
