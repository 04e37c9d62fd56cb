import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { STAFF_SEED } from '@redress/casework';
import type { StaffSeed } from '@redress/casework';
import { SIGN_IN } from './sign-in-settings';

/*
 * The local OpenID provider for development and the tests (oidc-provider): its accounts are the seeded staff of both
 * councils, so the workspace signs in by the same authorization-code flow that production runs against the council's
 * own provider (e.g. Microsoft Entra ID). Access tokens are JWTs for the Redress API (resource indicators) carrying
 * `sub`, `name`, `roles` and `council`, verified by the gateway and subgraphs through this issuer's JWKS.
 * An ES module package: loaded with import(), in a process of its own, never under Jest.
 */

const env = process.env;
const port = Number(env.SIGN_IN_PORT ?? SIGN_IN.port);
const issuer = env.SIGN_IN_ISSUER ?? `http://localhost:${port}`;
const workspaceUrl = (env.WORKSPACE_URL ?? SIGN_IN.workspaceUrl).replace(/\/$/, '');
const password = env.SIGN_IN_PASSWORD ?? SIGN_IN.password;

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const accountOf = (id: string): StaffSeed | undefined => STAFF_SEED.find((s) => s.id === id);

const STYLE = [
  'body{font-family:Arial,sans-serif;margin:1rem;max-width:60rem;line-height:1.4}',
  'label{display:block;font-weight:bold;margin-top:1rem}',
  'input{font-size:1.1rem;padding:.3rem;width:20rem;max-width:100%}',
  'button{margin-top:1rem;font-size:1.1rem;padding:.4rem 1rem;background:#00703c;color:#fff;border:0}',
  '.error{border:4px solid #d4351c;padding:.5rem 1rem;color:#d4351c;font-weight:bold}',
  'table{border-collapse:collapse;margin-top:2rem}td,th{border-bottom:1px solid #b1b4b6;padding:.3rem .6rem;text-align:left}',
].join('');

const page = (title: string, body: string): string =>
  [
    '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`,
  ].join('');

const cells = (s: StaffSeed): string =>
  [s.id, s.name, s.council, s.roles.join(', ')]
    .map((v, i) => (i === 0 ? `<td><code>${escape(v)}</code></td>` : `<td>${escape(v)}</td>`))
    .join('');

function signInPage(uid: string, problem: string | null, login = ''): string {
  const rows = STAFF_SEED.map((s) => `<tr>${cells(s)}</tr>`).join('');
  const head = ['Staff id', 'Name', 'Council', 'Roles'].map((h) => `<th scope="col">${h}</th>`).join('');
  return page(
    `${problem ? 'Error: ' : ''}Sign in – Redress local sign-in`,
    [
      '<h1>Sign in to Redress</h1>',
      "<p>This is the local sign-in for development and tests. In production, staff sign in with their council's account.</p>",
      problem ? `<div class="error" role="alert" id="error-summary">${escape(problem)}</div>` : '',
      `<form method="post" action="/interaction/${escape(uid)}/login">`,
      `<label for="login">Staff id</label><input id="login" name="login" autocomplete="username" value="${escape(login)}">`,
      '<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">',
      '<button type="submit">Sign in</button></form>',
      '<table><caption>Seeded staff (the password of each is in the README)</caption>',
      `<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`,
    ].join('\n'),
  );
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 10_000) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function main(): Promise<void> {
  const { default: Provider, errors } = await import('oidc-provider');
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'redress-local-sign-in', alg: 'RS256', use: 'sig' };

  const configuration: Configuration = {
    clients: [
      {
        client_id: SIGN_IN.workspaceClientId,
        client_secret: env.SIGN_IN_CLIENT_SECRET ?? SIGN_IN.workspaceClientSecret,
        redirect_uris: [`${workspaceUrl}/auth/callback`],
        post_logout_redirect_uris: [`${workspaceUrl}/signed-out`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: [env.SIGN_IN_COOKIE_KEY ?? 'redress-local-sign-in-cookie-key'] },
    scopes: ['openid', 'profile', 'email', 'offline_access', 'redress'],
    claims: { openid: ['sub'], profile: ['name'], email: ['email'], redress: ['roles', 'council'] },
    pkce: { required: () => true },
    ttl: { AccessToken: 60 * 60, IdToken: 60 * 60, Session: 8 * 60 * 60, Grant: 8 * 60 * 60, Interaction: 15 * 60 },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => SIGN_IN.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'redress',
          audience: SIGN_IN.audience,
          accessTokenTTL: 60 * 60,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    // The API reads who is calling from the access token itself.
    extraTokenClaims: (_ctx: KoaContextWithOIDC, token) => {
      const s = 'accountId' in token && token.accountId ? accountOf(token.accountId) : undefined;
      return s ? { name: s.name, roles: [...s.roles], council: s.council } : undefined;
    },
    findAccount: (_ctx: KoaContextWithOIDC, id: string) => {
      const s = accountOf(id);
      if (!s) return undefined;
      return { accountId: s.id, claims: () => ({ sub: s.id, name: s.name, email: s.email, roles: [...s.roles], council: s.council }) };
    },
    // Staff do not consent to their own employer's system: the workspace is granted what it asks for.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid profile email offline_access redress');
      grant.addOIDCClaims(['sub', 'name', 'email', 'roles', 'council']);
      grant.addResourceScope(SIGN_IN.audience, 'redress');
      await grant.save();
      return grant;
    },
    renderError: (ctx: KoaContextWithOIDC, out) => {
      ctx.type = 'html';
      const why = String(out.error_description ?? out.error ?? 'Something went wrong');
      ctx.body = page('Sign-in problem', `<h1>Sign-in problem</h1><p>${escape(why)}</p>`);
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.proxy = true;

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new errors.SessionNotFound('interaction session mismatch');
    if (!action && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(signInPage(uid, null));
      return;
    }
    if (action === 'login' && req.method === 'POST') {
      const form = await readForm(req);
      const login = (form.get('login') ?? '').trim();
      if (!accountOf(login) || form.get('password') !== password) {
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
          .end(signInPage(uid, 'Enter a seeded staff id and the development password (see the README).', login));
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
      return;
    }
    res.writeHead(404).end();
  }

  const callback = provider.callback();
  const server = createServer((req, res) => {
    const m = /^\/interaction\/([\w-]+)(?:\/(\w+))?$/.exec(new URL(req.url ?? '/', issuer).pathname);
    if (m) {
      interaction(req, res, m[1], m[2]).catch((e: Error) => {
        if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Sign-in could not go on: ${e.message}. Start again from the workspace.`);
      });
      return;
    }
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    void callback(req, res);
  });
  server.listen(port, '127.0.0.1', () => console.log(`local sign-in (OpenID provider) at ${issuer}`));
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((e: Error) => {
  console.error(`The local sign-in could not start: ${e.message}`);
  process.exit(1);
});
