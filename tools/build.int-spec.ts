import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isolate } from '@redress/platform/testing';
import type { Isolation } from '@redress/platform/testing';
import { buildAll, buildEntries } from './build';
import { PRODUCTION_NODE_ARGS, ROOT, waitForHttp } from './processes';
import { freePort } from './testing/platform';

jest.setTimeout(120_000);

/**
 * The production build, as production runs it: the compiled files by plain `node` (no transpiler hook, NODE_OPTIONS
 * cleared), NODE_ENV=production. Built once for the suite into a directory of its own (about 1.5 s).
 */
const OUT = join(ROOT, 'tmp', `build-spec-${process.pid}`);
const PRODUCTION_SECRET = 'a-production-secret-for-the-build-test-0123456789';

let isolation: Isolation;
const children: ChildProcess[] = [];
const output: string[] = [];

function run(entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [...PRODUCTION_NODE_ARGS, join(OUT, entry)], {
    cwd: ROOT,
    env: { ...isolation.env, NODE_OPTIONS: '', NODE_ENV: 'production', JWT_SECRET: PRODUCTION_SECRET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => output.push(c.toString()));
  child.stderr?.on('data', (c: Buffer) => output.push(c.toString()));
  children.push(child);
  return child;
}

async function ready(url: string): Promise<void> {
  try {
    await waitForHttp(url, 60_000);
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${output.join('').slice(-3000)}`);
  }
}

beforeAll(async () => {
  isolation = isolate('build');
  await buildAll({ outDir: OUT, apps: ['intake', 'portal'] });
});

afterAll(async () => {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once('exit', () => resolve());
          c.kill('SIGTERM');
        }),
    ),
  );
  await isolation?.cleanup();
  const { rmSync } = await import('node:fs');
  rmSync(OUT, { recursive: true, force: true });
});

describe('the production build', () => {
  it('finds every app with a main.ts, and its worker', () => {
    const entries = buildEntries().map((e) => `${e.app}/${e.name}`);
    expect(entries).toEqual(expect.arrayContaining(['intake/main', 'intake/worker', 'casework/worker', 'gateway/main', 'portal/main']));
    expect(entries).not.toContain('gateway/worker');
  });

  it('bundles the workspace into plain JavaScript that needs only npm packages', () => {
    const js = readFileSync(join(OUT, 'apps/intake/main.js'), 'utf8');
    const required = [...js.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(required).toContain('@apollo/server');
    expect(required.filter((r) => r.startsWith('@redress/') || r.startsWith('.') || r.endsWith('.ts'))).toEqual([]);
  });

  it('runs a compiled subgraph under NODE_ENV=production: alive, ready, and its decorated schema answers', async () => {
    const port = await freePort();
    run('apps/intake/main.js', { PORT: String(port) });
    await ready(`http://127.0.0.1:${port}/ready`);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    // type-graphql builds the schema from decorator metadata: a missing `design:type` would fail the start or this.
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ councils { id name referencePrefix } }' }),
    });
    const body = (await res.json()) as { data?: { councils: { id: string; name: string }[] } };
    expect(body.data?.councils.map((c) => c.name)).toEqual(expect.arrayContaining(['Hart District Council', 'Hampshire County Council']));
  });

  it('runs the compiled portal: its Nunjucks views and static assets are found from the build', async () => {
    const port = await freePort();
    run('apps/portal/main.js', {
      PORT: String(port),
      GATEWAY_URL: 'http://127.0.0.1:9/graphql',
      SESSION_SECRET: 'a-session-secret-for-the-build-test-0123456789',
    });
    await ready(`http://127.0.0.1:${port}/health`);
    const page = await fetch(`http://127.0.0.1:${port}/accessibility`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Accessibility statement');
    const css = await fetch(`http://127.0.0.1:${port}/assets/web/web.css`);
    expect(css.status).toBe(200);
    const govuk = await fetch(`http://127.0.0.1:${port}/assets/govuk/govuk-frontend.min.css`);
    expect(govuk.status).toBe(200);
  });
});
