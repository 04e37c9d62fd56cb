import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { NODE_ARGS, NODE_ENV_FOR_TS, ROOT, waitForHttp } from '../processes';
import { SIGN_IN } from '../sign-in/sign-in-settings';
import { freePort } from './platform';

export interface RunningSignIn {
  issuer: string;
  port: number;
  /** What the platform needs to trust it: JWT_JWKS_URL, JWT_ISSUER, JWT_AUDIENCE. */
  platformEnv: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** The local OpenID provider (tools/sign-in) as a process of its own on a free port, the workspace at `workspaceUrl`. */
export async function startSignIn(workspaceUrl: string = SIGN_IN.workspaceUrl): Promise<RunningSignIn> {
  const port = await freePort();
  const issuer = `http://localhost:${port}`;
  const logs: string[] = [];
  const child = spawn('node', [...NODE_ARGS, 'tools/sign-in/sign-in-provider.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...NODE_ENV_FOR_TS, SIGN_IN_PORT: String(port), SIGN_IN_ISSUER: issuer, WORKSPACE_URL: workspaceUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d: Buffer) => logs.push(d.toString()));
  child.stderr.on('data', (d: Buffer) => logs.push(d.toString()));
  try {
    await waitForHttp(`${issuer}/health`, 30_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`the local sign-in did not start: ${(e as Error).message}\n${logs.join('')}`);
  }
  return {
    issuer,
    port,
    platformEnv: { JWT_JWKS_URL: `${issuer}/jwks`, JWT_ISSUER: issuer, JWT_AUDIENCE: SIGN_IN.audience },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Cookies as a browser keeps them, for one host: enough for the provider's login and session cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface SignInResult {
  accessToken: string;
  idToken: string;
  /** The page the provider showed at the login step (to check what a person would see). */
  loginPage: string;
}

/**
 * The authorization-code flow with PKCE, as the workspace runs it, by plain HTTP: asks to sign in, posts the staff id
 * and password to the provider's own page, follows the redirects back and exchanges the code for tokens.
 */
export async function signInAs(
  issuer: string,
  staffId: string,
  password: string = SIGN_IN.password,
  redirectUri = `${SIGN_IN.workspaceUrl}/auth/callback`,
): Promise<SignInResult> {
  const jar = new CookieJar();
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const auth = new URL(`${issuer}/auth`);
  for (const [k, v] of Object.entries({
    client_id: SIGN_IN.workspaceClientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid profile email redress',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
    resource: SIGN_IN.audience,
  }))
    auth.searchParams.set(k, v);

  const step = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie: jar.header() } });
    jar.take(res);
    return res;
  };
  const follow = async (res: Response): Promise<Response> => {
    let current = res;
    for (let hops = 0; current.status >= 300 && current.status < 400; hops++) {
      const to = new URL(current.headers.get('location')!, issuer).toString();
      if (to.startsWith(redirectUri) || hops > 10) return current;
      current = await step(to);
    }
    return current;
  };

  const loginPageRes = await follow(await step(auth.toString()));
  const loginPage = await loginPageRes.text();
  const action = /action="([^"]+\/login)"/.exec(loginPage)?.[1];
  if (!action) throw new Error(`the provider showed no sign-in form:\n${loginPage.slice(0, 500)}`);
  const posted = await step(new URL(action, issuer).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ login: staffId, password }).toString(),
  });
  if (posted.status === 200) throw new Error(`sign-in refused: ${/role="alert"[^>]*>([^<]+)/.exec(await posted.text())?.[1]}`);
  const back = await follow(posted);
  const code = new URL(back.headers.get('location') ?? '', issuer).searchParams.get('code');
  if (!code) throw new Error(`no code came back (status ${back.status}, location ${back.headers.get('location')})`);
  const tokenRes = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${SIGN_IN.workspaceClientId}:${SIGN_IN.workspaceClientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
      resource: SIGN_IN.audience,
    }).toString(),
  });
  const tokens = (await tokenRes.json()) as { access_token?: string; id_token?: string; error_description?: string };
  if (!tokens.access_token) throw new Error(`no access token: ${JSON.stringify(tokens)}`);
  return { accessToken: tokens.access_token, idToken: tokens.id_token ?? '', loginPage };
}
