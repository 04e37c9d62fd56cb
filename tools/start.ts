import { createServer } from 'node:net';
import { DEFAULT_PORTS, smtpFromEnv } from '@redress/platform';
import { DEFAULT_WEB_PORTS } from '@redress/web';
import {
  BACKGROUND_NICENESS,
  DEV_MAIL,
  DEV_SIGN_IN,
  NODE_ARGS,
  NODE_ENV_FOR_TS,
  PLATFORM_PROCESSES,
  ROOT,
  isBackground,
  metricsPortKey,
  processEnv,
  waitForHttp,
  workspaceUrl,
} from './processes';
import { SIGN_IN } from './sign-in/sign-in-settings';
import type { Ports } from './processes';
import { stopOnSignals, supervise } from './supervisor';
import type { SupervisedProcess } from './supervisor';

const env = process.env;
const port = (key: string, fallback: number) => Number(env[`${key}_PORT`] ?? fallback);
const ports: Ports = {
  GATEWAY: port('GATEWAY', DEFAULT_PORTS.gateway),
  INTAKE: port('INTAKE', DEFAULT_PORTS.intake),
  CASEWORK: port('CASEWORK', DEFAULT_PORTS.casework),
  REPORTING: port('REPORTING', DEFAULT_PORTS.reporting),
  COMMUNICATIONS: port('COMMUNICATIONS', DEFAULT_PORTS.communications),
  PORTAL: port('PORTAL', DEFAULT_WEB_PORTS.portal),
  WORKSPACE: port('WORKSPACE', DEFAULT_WEB_PORTS.workspace),
};

const isFree = (p: number): Promise<boolean> =>
  new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(p, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

function safeSmtp(url: string | undefined): string {
  try {
    return smtpFromEnv(url).display;
  } catch {
    return 'SMTP_URL (not shown: it could not be read)';
  }
}

async function main(): Promise<void> {
  // Mail: delivered to SMTP_URL when it is set; otherwise to MailDev, run here, whose web inbox shows what residents receive.
  const localMail = !env.SMTP_URL?.trim();
  const mailFree = localMail && (await isFree(1025));
  if (localMail && !mailFree)
    console.log('  Port 1025 is taken: sending mail to the SMTP server already listening there (MailDev not started).');
  // Sign-in: the council's issuer when JWT_JWKS_URL names one; otherwise the local OpenID provider, run here.
  const localSignIn = !env.JWT_JWKS_URL?.trim();
  const platformEnv = localSignIn ? { ...env, ...DEV_SIGN_IN.platformEnv } : env;
  const node = (name: string, args: readonly string[], processEnvironment: NodeJS.ProcessEnv): SupervisedProcess => ({
    name,
    command: process.execPath,
    args,
    cwd: ROOT,
    env: processEnvironment,
  });
  // Each worker serves /health, /ready and /metrics on its subgraph's port + 100 (casework-worker: 4102), unless told otherwise.
  const workerProbes = PLATFORM_PROCESSES.flatMap((p) => {
    const service = (ports as unknown as Record<string, number | undefined>)[p.name.replace(/-worker$/, '').toUpperCase()];
    if (p.portEnv || !p.name.endsWith('-worker') || !service) return [];
    return [{ key: metricsPortKey(p), port: Number(env[metricsPortKey(p)] ?? service + 100) }];
  });
  const workerEnv = { ...platformEnv, ...Object.fromEntries(workerProbes.map((w) => [w.key, String(w.port)])) };
  // A process that dies is started again (with backoff, and a line saying so) while the others keep serving.
  const supervisor = supervise([
    ...PLATFORM_PROCESSES.map((p) => ({
      ...node(p.name, [...NODE_ARGS, p.entry], processEnv(p, ports, workerEnv)),
      ...(isBackground(p) ? { niceness: BACKGROUND_NICENESS } : {}),
    })),
    ...(localSignIn
      ? [
          node(DEV_SIGN_IN.name, [...NODE_ARGS, DEV_SIGN_IN.entry], {
            ...env,
            ...NODE_ENV_FOR_TS,
            WORKSPACE_URL: env.WORKSPACE_URL ?? workspaceUrl(ports),
          }),
        ]
      : []),
    ...(mailFree ? [node(DEV_MAIL.name, [DEV_MAIL.entry, ...DEV_MAIL.args], env)] : []),
  ]);
  stopOnSignals(supervisor);

  const readyUrls = [
    `http://localhost:${ports.INTAKE}/ready`,
    `http://localhost:${ports.CASEWORK}/ready`,
    `http://localhost:${ports.REPORTING}/ready`,
    `http://localhost:${ports.COMMUNICATIONS}/ready`,
    `http://localhost:${ports.GATEWAY}/ready`,
    ...workerProbes.map((w) => `http://localhost:${w.port}/ready`),
    `http://localhost:${ports.PORTAL}/health`,
    `http://localhost:${ports.WORKSPACE}/health`,
    ...(mailFree ? [DEV_MAIL.healthUrl] : []),
    ...(localSignIn ? [DEV_SIGN_IN.healthUrl] : []),
  ];
  const signInLine = localSignIn
    ? `Staff sign in at ${DEV_SIGN_IN.issuer} (local OpenID provider: any seeded staff id, password "${SIGN_IN.password}")`
    : `Staff sign in through ${env.JWT_ISSUER ?? env.JWT_JWKS_URL}`;
  // A bad SMTP_URL stops the communications worker at start, with the reason; here it only has to be shown safely.
  const mailLine = localMail ? `Mail residents receive: ${DEV_MAIL.inboxUrl}` : `Mail is sent through ${safeSmtp(env.SMTP_URL)}`;
  Promise.all(readyUrls.map((u) => waitForHttp(u, 120_000)))
    .then(() => {
      console.log(
        `\n  Redress is up. GraphQL gateway: http://localhost:${ports.GATEWAY}/graphql\n` +
          `  Resident portal: http://localhost:${ports.PORTAL}\n  Staff workspace: ${env.WORKSPACE_URL ?? workspaceUrl(ports)}\n` +
          `  ${mailLine}\n  ${signInLine}\n` +
          '  Development tokens: npm run token -- hart-officer   (see README)\n  Ctrl-C stops everything.\n',
      );
    })
    .catch((err: Error) => {
      console.error(`\n  The platform did not come up: ${err.message}\n`);
      void supervisor.stop().then(() => process.exit(1));
    });
}

void main();
