import { createServer } from 'node:net';
import { concurrently } from 'concurrently';
import { DEFAULT_PORTS, smtpFromEnv } from '@redress/platform';
import { DEFAULT_WEB_PORTS } from '@redress/web';
import { DEV_MAIL, DEV_SIGN_IN, NODE_ARGS, NODE_ENV_FOR_TS, PLATFORM_PROCESSES, ROOT, processEnv, waitForHttp } from './processes';
import { SIGN_IN } from './sign-in/sign-in-settings';
import type { Ports } from './processes';

const env = process.env;
const port = (key: string, fallback: number) => Number(env[`${key}_PORT`] ?? fallback);
const ports: Ports = {
  GATEWAY: port('GATEWAY', DEFAULT_PORTS.gateway),
  INTAKE: port('INTAKE', DEFAULT_PORTS.intake),
  CASEWORK: port('CASEWORK', DEFAULT_PORTS.casework),
  REPORTING: port('REPORTING', DEFAULT_PORTS.reporting),
  COMMUNICATIONS: port('COMMUNICATIONS', DEFAULT_PORTS.communications),
  PORTAL: port('PORTAL', DEFAULT_WEB_PORTS.portal),
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
  const { result, commands } = concurrently(
    [
      ...PLATFORM_PROCESSES.map((p) => ({
        name: p.name,
        command: `node ${NODE_ARGS.join(' ')} ${p.entry}`,
        cwd: ROOT,
        env: processEnv(p, ports, platformEnv),
      })),
      ...(localSignIn
        ? [
            {
              name: DEV_SIGN_IN.name,
              command: `node ${NODE_ARGS.join(' ')} ${DEV_SIGN_IN.entry}`,
              cwd: ROOT,
              env: { ...env, ...NODE_ENV_FOR_TS },
            },
          ]
        : []),
      ...(mailFree ? [{ name: DEV_MAIL.name, command: `node ${DEV_MAIL.entry} ${DEV_MAIL.args.join(' ')}`, cwd: ROOT, env }] : []),
    ],
    {
      prefix: 'name',
      prefixColors: ['cyan', 'cyan.dim', 'magenta', 'magenta.dim', 'yellow', 'yellow.dim', 'blue', 'blue.dim', 'green', 'gray'],
      killOthersOn: ['failure'],
      handleInput: false,
    },
  );

  const readyUrls = [
    `http://localhost:${ports.INTAKE}/ready`,
    `http://localhost:${ports.CASEWORK}/ready`,
    `http://localhost:${ports.REPORTING}/ready`,
    `http://localhost:${ports.COMMUNICATIONS}/ready`,
    `http://localhost:${ports.GATEWAY}/health`,
    `http://localhost:${ports.PORTAL}/health`,
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
          `  Resident portal: http://localhost:${ports.PORTAL}\n  ${mailLine}\n  ${signInLine}\n` +
          '  Development tokens: npm run token -- hart-officer   (see README)\n  Ctrl-C stops everything.\n',
      );
    })
    .catch((err: Error) => {
      console.error(`\n  The platform did not come up: ${err.message}\n`);
      for (const c of commands) c.kill();
    });

  await result.then(
    () => undefined,
    () => undefined,
  );
  process.exit(0);
}

void main();
