import { join } from 'node:path';
import { SIGN_IN } from './sign-in/sign-in-settings';

export const ROOT = join(__dirname, '..');

/** Every process of the platform: one place, used by `npm start` and by the end-to-end harness. */
export interface PlatformProcess {
  name: string;
  entry: string;
  /** Which PORT it listens on, if it serves HTTP. */
  portEnv?: 'INTAKE' | 'CASEWORK' | 'REPORTING' | 'COMMUNICATIONS' | 'GATEWAY' | 'PORTAL' | 'WORKSPACE';
}

export const PLATFORM_PROCESSES: readonly PlatformProcess[] = [
  { name: 'intake', entry: 'apps/intake/src/main.ts', portEnv: 'INTAKE' },
  { name: 'intake-worker', entry: 'apps/intake/src/worker.ts' },
  { name: 'casework', entry: 'apps/casework/src/main.ts', portEnv: 'CASEWORK' },
  { name: 'casework-worker', entry: 'apps/casework/src/worker.ts' },
  { name: 'reporting', entry: 'apps/reporting/src/main.ts', portEnv: 'REPORTING' },
  { name: 'reporting-worker', entry: 'apps/reporting/src/worker.ts' },
  { name: 'communications', entry: 'apps/communications/src/main.ts', portEnv: 'COMMUNICATIONS' },
  { name: 'communications-worker', entry: 'apps/communications/src/worker.ts' },
  { name: 'gateway', entry: 'apps/gateway/src/main.ts', portEnv: 'GATEWAY' },
  // The resident portal: a web app, a client of the gateway only (GATEWAY_URL).
  { name: 'portal', entry: 'apps/portal/src/main.ts', portEnv: 'PORTAL' },
  // The staff workspace: a web app, a client of the gateway only; staff sign in through the OpenID issuer (OIDC_ISSUER_URL).
  { name: 'workspace', entry: 'apps/workspace/src/main.ts', portEnv: 'WORKSPACE' },
];

/**
 * The development mail server (`npm start` only, when SMTP_URL is not set): MailDev catches every email the platform
 * sends and shows it in a web inbox. An ES module: run as a process of its own, never imported.
 */
export const DEV_MAIL = {
  name: 'maildev',
  entry: 'node_modules/maildev/dist/bin/maildev.js',
  args: ['--smtp', '1025', '--web', '1080', '--ip', '127.0.0.1', '--web-ip', '127.0.0.1'],
  inboxUrl: 'http://localhost:1080',
  /** Answers 200 once MailDev is up (its web root serves the inbox to browsers only). */
  healthUrl: 'http://127.0.0.1:1080/api/healthz',
} as const;

/**
 * The local sign-in (`npm start` only, when no issuer is configured by JWT_JWKS_URL): an OpenID provider whose
 * accounts are the seeded staff (tools/sign-in). The platform then trusts its tokens, and development tokens too.
 */
export const DEV_SIGN_IN = {
  name: 'sign-in',
  entry: 'tools/sign-in/sign-in-provider.ts',
  port: SIGN_IN.port,
  issuer: `http://localhost:${SIGN_IN.port}`,
  healthUrl: `http://127.0.0.1:${SIGN_IN.port}/health`,
  /** What every process is told, so that the local sign-in's access tokens are accepted. */
  platformEnv: {
    JWT_JWKS_URL: `http://localhost:${SIGN_IN.port}/jwks`,
    JWT_ISSUER: `http://localhost:${SIGN_IN.port}`,
    JWT_AUDIENCE: SIGN_IN.audience,
  },
} as const;

/**
 * Workers do the work nobody is waiting on at that moment (opening cases, report rows, emails): on one host they run
 * at a lower CPU priority (nice 10), so that under a burst of submissions the gateway and the subgraphs answer first and
 * the workers catch up after. Production gives them the same standing (systemd `Nice=10`, or a lower CPU share).
 */
export const BACKGROUND_NICENESS = 10;
export const isBackground = (p: Pick<PlatformProcess, 'name' | 'portEnv'>): boolean => !p.portEnv && p.name.endsWith('-worker');

/** Node runs TypeScript through SWC (decorator metadata included), with the workspace path aliases. */
export const NODE_ARGS = ['-r', '@swc-node/register'];

/**
 * V8's heap for a production process. Left to itself V8 lets the old space fill with garbage long before it collects
 * (the gateway reached 216 MB resident with 56 MB live); capped at about twice the largest live heap measured, it
 * collects sooner and each process stays under 160 MB. A smaller young generation does the same for short-lived garbage.
 */
export const PRODUCTION_NODE_ARGS = ['--max-old-space-size=128', '--max-semi-space-size=4'];

/** The production build's file for a process (`npm run build`): apps/intake/src/main.ts → <dist>/apps/intake/main.js. */
export const compiledEntry = (p: Pick<PlatformProcess, 'entry'>, distDir: string): string =>
  join(distDir, p.entry.replace(/^apps\/([^/]+)\/src\/(\w+)\.ts$/, 'apps/$1/$2.js'));
export const NODE_ENV_FOR_TS = { SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json'), TZ: 'UTC' };

export interface Ports {
  GATEWAY: number;
  INTAKE: number;
  CASEWORK: number;
  REPORTING: number;
  COMMUNICATIONS: number;
  /** The resident portal (web); only where it is started (npm start; startPlatform with `portal: true`). */
  PORTAL?: number;
  /** The staff workspace (web); only where it is started (npm start; startPlatform with `workspace: true`). */
  WORKSPACE?: number;
}

/** The staff workspace's address as the browser sees it: where the sign-in sends people back to. */
export const workspaceUrl = (ports: Ports): string => (ports.WORKSPACE ? `http://localhost:${ports.WORKSPACE}` : SIGN_IN.workspaceUrl);

/** `CASEWORK_WORKER_METRICS_PORT` for `casework-worker`: where that worker serves /health, /ready and /metrics. */
export const metricsPortKey = (p: Pick<PlatformProcess, 'name'>): string => `${p.name.toUpperCase().replace(/-/g, '_')}_METRICS_PORT`;

/** Environment for one process: its own PORT, and the gateway told where the subgraphs are. */
export function processEnv(p: PlatformProcess, ports: Ports, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...base,
    ...NODE_ENV_FOR_TS,
    ...(p.portEnv ? { PORT: String(ports[p.portEnv]) } : {}),
    // A worker (no PORT of its own) serves its probes when given METRICS_PORT, by its own key.
    ...(!p.portEnv && base[metricsPortKey(p)] ? { METRICS_PORT: base[metricsPortKey(p)] } : {}),
    ...(p.portEnv === 'WORKSPACE' ? { WORKSPACE_URL: base.WORKSPACE_URL ?? workspaceUrl(ports) } : {}),
    INTAKE_URL: base.INTAKE_URL ?? `http://localhost:${ports.INTAKE}/graphql`,
    CASEWORK_URL: base.CASEWORK_URL ?? `http://localhost:${ports.CASEWORK}/graphql`,
    REPORTING_URL: base.REPORTING_URL ?? `http://localhost:${ports.REPORTING}/graphql`,
    COMMUNICATIONS_URL: base.COMMUNICATIONS_URL ?? `http://localhost:${ports.COMMUNICATIONS}/graphql`,
    GATEWAY_URL: base.GATEWAY_URL ?? `http://localhost:${ports.GATEWAY}/graphql`,
  };
}

/** Polls a URL until it answers 200, or throws after the timeout with what it last saw. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} was not ready after ${timeoutMs} ms (${last})`);
}
