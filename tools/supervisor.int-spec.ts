import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isolate } from '@redress/platform/testing';
import type { Isolation } from '@redress/platform/testing';
import { getPriority } from 'node:os';
import { BACKGROUND_NICENESS, NODE_ARGS, NODE_ENV_FOR_TS, PLATFORM_PROCESSES, ROOT, waitForHttp } from './processes';
import type { SupervisedProcess } from './supervisor';
import { backoffMs, describeExit } from './supervisor';
import { freePort } from './testing/platform';

jest.setTimeout(120_000);

describe('restart backoff', () => {
  it('doubles from the first delay for each death in a row, up to the longest', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(n, 1000, 30_000))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });
  it('says how a process ended', () => {
    expect(describeExit(null, 'SIGKILL')).toBe('killed by SIGKILL');
    expect(describeExit(1, null)).toBe('exited with code 1');
  });
});

/**
 * The supervisor `npm start` uses, as a process of its own over the real casework subgraph and worker: `kill -9` of
 * the worker brings it back while the subgraph keeps serving; SIGINT (Ctrl-C) stops everything.
 */
describe('the supervisor', () => {
  let isolation: Isolation;
  let supervisor: ChildProcess;
  const lines: string[] = [];
  const specFile = join(ROOT, 'tmp', `supervisor-spec-${process.pid}.json`);
  let port = 0;

  /** Waits (bounded) for the supervisor to print a line matching `pattern` after line `from`. */
  const line = async (pattern: RegExp, from = 0, timeoutMs = 60_000): Promise<RegExpMatchArray> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      for (const l of lines.slice(from)) {
        const m = l.match(pattern);
        if (m) return m;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no line matching ${pattern} after ${timeoutMs} ms:\n${lines.slice(-40).join('\n')}`);
  };
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  beforeAll(async () => {
    isolation = isolate('supervisor');
    port = await freePort();
    const entry = (name: string) => PLATFORM_PROCESSES.find((p) => p.name === name)!.entry;
    // Info: the worker says when it is consuming its queues.
    const env = { ...isolation.env, ...NODE_ENV_FOR_TS, LOG_LEVEL: 'info' };
    const specs: SupervisedProcess[] = [
      {
        name: 'casework',
        command: process.execPath,
        args: [...NODE_ARGS, entry('casework')],
        cwd: ROOT,
        env: { ...env, PORT: String(port) },
      },
      {
        name: 'casework-worker',
        command: process.execPath,
        args: [...NODE_ARGS, entry('casework-worker')],
        cwd: ROOT,
        env,
        niceness: BACKGROUND_NICENESS,
      },
    ];
    writeFileSync(specFile, JSON.stringify(specs));
    supervisor = spawn(process.execPath, [...NODE_ARGS, join(ROOT, 'tools/supervisor.ts'), specFile], {
      cwd: ROOT,
      env: { ...process.env, ...NODE_ENV_FOR_TS, SUPERVISOR_BACKOFF_MS: '300' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let rest = '';
    const keep = (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n');
      rest = parts.pop() ?? '';
      lines.push(...parts);
    };
    supervisor.stdout?.on('data', keep);
    supervisor.stderr?.on('data', keep);
  });

  afterAll(async () => {
    if (supervisor.exitCode === null && supervisor.signalCode === null) {
      supervisor.kill('SIGTERM');
      await new Promise((r) => supervisor.once('exit', r));
    }
    rmSync(specFile, { force: true });
    await isolation.cleanup();
  });

  it('restarts a worker killed with kill -9, saying so, while the subgraph keeps serving; Ctrl-C stops everything', async () => {
    const subgraphPid = Number((await line(/\[supervisor\] casework started \(pid (\d+)\)/))[1]);
    const workerPid = Number((await line(/\[supervisor\] casework-worker started \(pid (\d+)\)/))[1]);
    await waitForHttp(`http://127.0.0.1:${port}/ready`, 60_000);
    await line(/casework workers running/);

    const mark = lines.length;
    process.kill(workerPid, 'SIGKILL');
    await line(/\[supervisor\] casework-worker killed by SIGKILL after .*; restarting in 300 ms/, mark);
    const again = Number((await line(/\[supervisor\] casework-worker started \(pid (\d+)\) \(restart 1\)/, mark))[1]);
    expect(again).not.toBe(workerPid);
    // Background work, each time it starts: the worker yields the CPU to the subgraph, which keeps the usual priority.
    expect([getPriority(again), getPriority(subgraphPid)]).toEqual([BACKGROUND_NICENESS, 0]);
    // It is the worker again, consuming its queues, not just a process with its name.
    await line(/casework workers running/, mark);
    expect(alive(again)).toBe(true);

    // The subgraph was never restarted and answered throughout.
    expect(lines.slice(mark).some((l) => /\[supervisor\] casework (started|killed|exited)/.test(l))).toBe(false);
    expect(alive(subgraphPid)).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);

    // Ctrl-C: everything stops, nothing is restarted, the supervisor ends cleanly.
    const stopMark = lines.length;
    const exit = new Promise<number | null>((r) => supervisor.once('exit', (code) => r(code)));
    supervisor.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(alive(again)).toBe(false);
    expect(alive(subgraphPid)).toBe(false);
    expect(lines.slice(stopMark).some((l) => /restarting in/.test(l))).toBe(false);
  });
});
