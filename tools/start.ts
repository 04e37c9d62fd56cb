import { concurrently } from 'concurrently';
import { DEFAULT_PORTS } from '@redress/platform';
import { NODE_ARGS, PLATFORM_PROCESSES, ROOT, processEnv, waitForHttp } from './processes';
import type { Ports } from './processes';

const env = process.env;
const port = (key: string, fallback: number) => Number(env[`${key}_PORT`] ?? fallback);
const ports: Ports = {
  GATEWAY: port('GATEWAY', DEFAULT_PORTS.gateway),
  INTAKE: port('INTAKE', DEFAULT_PORTS.intake),
  CASEWORK: port('CASEWORK', DEFAULT_PORTS.casework),
  REPORTING: port('REPORTING', DEFAULT_PORTS.reporting),
};

const { result, commands } = concurrently(
  PLATFORM_PROCESSES.map((p) => ({
    name: p.name,
    command: `node ${NODE_ARGS.join(' ')} ${p.entry}`,
    cwd: ROOT,
    env: processEnv(p, ports, env),
  })),
  {
    prefix: 'name',
    prefixColors: ['cyan', 'cyan.dim', 'magenta', 'magenta.dim', 'yellow', 'yellow.dim', 'green'],
    killOthersOn: ['failure'],
    handleInput: false,
  },
);

const readyUrls = [
  `http://localhost:${ports.INTAKE}/ready`,
  `http://localhost:${ports.CASEWORK}/ready`,
  `http://localhost:${ports.REPORTING}/ready`,
  `http://localhost:${ports.GATEWAY}/health`,
];
Promise.all(readyUrls.map((u) => waitForHttp(u, 120_000)))
  .then(() => {
    console.log(
      `\n  Redress is up. GraphQL gateway: http://localhost:${ports.GATEWAY}/graphql\n  Development tokens: npm run token -- hart-officer   (see README)\n  Ctrl-C stops everything.\n`,
    );
  })
  .catch((err: Error) => {
    console.error(`\n  The platform did not come up: ${err.message}\n`);
    for (const c of commands) c.kill();
  });

result.then(
  () => process.exit(0),
  () => process.exit(0),
);
