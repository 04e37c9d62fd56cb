import { createServer } from 'node:net';
import { concurrently } from 'concurrently';
import { DEFAULT_PORTS, smtpFromEnv } from '@redress/platform';
import { DEV_MAIL, NODE_ARGS, PLATFORM_PROCESSES, ROOT, processEnv, waitForHttp } from './processes';
import type { Ports } from './processes';

const env = process.env;
const port = (key: string, fallback: number) => Number(env[`${key}_PORT`] ?? fallback);
const ports: Ports = {
  GATEWAY: port('GATEWAY', DEFAULT_PORTS.gateway),
  INTAKE: port('INTAKE', DEFAULT_PORTS.intake),
  CASEWORK: port('CASEWORK', DEFAULT_PORTS.casework),
  REPORTING: port('REPORTING', DEFAULT_PORTS.reporting),
  COMMUNICATIONS: port('COMMUNICATIONS', DEFAULT_PORTS.communications),
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
  const { result, commands } = concurrently(
    [
      ...PLATFORM_PROCESSES.map((p) => ({
        name: p.name,
        command: `node ${NODE_ARGS.join(' ')} ${p.entry}`,
        cwd: ROOT,
        env: processEnv(p, ports, env),
      })),
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
    ...(mailFree ? [DEV_MAIL.healthUrl] : []),
  ];
  // A bad SMTP_URL stops the communications worker at start, with the reason; here it only has to be shown safely.
  const mailLine = localMail ? `Mail residents receive: ${DEV_MAIL.inboxUrl}` : `Mail is sent through ${safeSmtp(env.SMTP_URL)}`;
  Promise.all(readyUrls.map((u) => waitForHttp(u, 120_000)))
    .then(() => {
      console.log(
        `\n  Redress is up. GraphQL gateway: http://localhost:${ports.GATEWAY}/graphql\n  ${mailLine}\n` +
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
