/**
 * The supervisor `npm start` runs the platform under: every process is started, its output prefixed with its name, and
 * a process that dies (a crash, `kill -9`, an out-of-memory kill) is started again after a backoff (1 s, doubling to
 * 30 s while it keeps dying within 30 s of its start), with a log line saying what happened. The others keep serving.
 * Ctrl-C (SIGINT) or SIGTERM stops everything: each process is asked to stop (SIGTERM: it closes its servers, workers
 * and pools) and is killed if it has not after 10 s; a second Ctrl-C kills at once.
 *
 * In production each process runs on its own under the platform's supervisor (systemd, a container orchestrator):
 * see the README. This one is for a development machine or a single host.
 *
 * Also a command, for tests: `node -r @swc-node/register tools/supervisor.ts SPEC.json`, where SPEC.json is a list of
 * `{ name, command, args, cwd?, env? }`.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { createInterface } from 'node:readline';

export interface SupervisedProcess {
  name: string;
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** A lower CPU priority for it (nice), each time it is started: background work. */
  niceness?: number;
}

export interface SupervisorOptions {
  /** First restart delay; doubled for each death in a row. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A process that ran at least this long before dying starts again from the first delay. */
  resetAfterMs?: number;
  /** Time a process is given to stop on SIGTERM before it is killed. */
  stopTimeoutMs?: number;
  /** Where lines go (each already prefixed); stdout by default. */
  write?: (line: string) => void;
}

export interface Supervisor {
  /** The pid of each process now running (absent while it waits to be restarted). */
  pids(): Record<string, number | undefined>;
  /** Stops everything; resolves when every process has exited. */
  stop(): Promise<void>;
  /** Resolves once stop() has finished. */
  stopped: Promise<void>;
}

const COLOURS = [36, 35, 33, 34, 32, 96, 95, 93, 94, 92, 90, 37];

/** Runs the process at a lower CPU priority; where that is not allowed, it simply runs at the usual one. */
export function lowerPriority(pid: number, niceness: number): void {
  try {
    setPriority(pid, niceness);
  } catch {
    // Not permitted here (a container without the capability): no harm, only no preference.
  }
}

/** How the exit reads in the log line. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `killed by ${signal}`;
  return code === 0 ? 'exited (code 0)' : `exited with code ${code}`;
}

/** The delay before the next start, after `deaths` deaths in a row. */
export function backoffMs(deaths: number, initialMs: number, maxMs: number): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, deaths - 1));
}

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

interface Slot {
  spec: SupervisedProcess;
  child: ChildProcess | null;
  startedAt: number;
  deaths: number;
  restarts: number;
  pending: NodeJS.Timeout | null;
}

export function supervise(processes: readonly SupervisedProcess[], options: SupervisorOptions = {}): Supervisor {
  const initial = options.initialBackoffMs ?? 1000;
  const max = options.maxBackoffMs ?? 30_000;
  const resetAfter = options.resetAfterMs ?? 30_000;
  const stopTimeout = options.stopTimeoutMs ?? 10_000;
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const colour = process.stdout.isTTY && !options.write;
  const width = Math.max(10, ...processes.map((p) => p.name.length));
  const prefix = (name: string, i: number) => {
    const text = `[${name}]`.padEnd(width + 2);
    return colour ? `\u001b[${COLOURS[i % COLOURS.length]}m${text}\u001b[0m` : text;
  };
  const say = (line: string) => write(`${colour ? '\u001b[1m[supervisor]\u001b[0m' : '[supervisor]'} ${line}`);
  let stopping = false;
  const slots: Slot[] = processes.map((spec) => ({ spec, child: null, startedAt: 0, deaths: 0, restarts: 0, pending: null }));

  const start = (slot: Slot, index: number) => {
    slot.pending = null;
    if (stopping) return;
    const child = spawn(slot.spec.command, [...slot.spec.args], {
      cwd: slot.spec.cwd,
      env: slot.spec.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    slot.child = child;
    slot.startedAt = Date.now();
    if (slot.spec.niceness && child.pid) lowerPriority(child.pid, slot.spec.niceness);
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) createInterface({ input: stream }).on('line', (line) => write(`${prefix(slot.spec.name, index)} ${line}`));
    }
    child.once('error', (err) => say(`${slot.spec.name} could not be started: ${err.message}`));
    child.once('spawn', () => say(`${slot.spec.name} started (pid ${child.pid})${slot.restarts ? ` (restart ${slot.restarts})` : ''}`));
    child.once('exit', (code, signal) => {
      slot.child = null;
      if (stopping) return;
      const ran = Date.now() - slot.startedAt;
      slot.deaths = ran >= resetAfter ? 1 : slot.deaths + 1;
      slot.restarts += 1;
      const wait = backoffMs(slot.deaths, initial, max);
      say(
        `${slot.spec.name} ${describeExit(code, signal)} after ${seconds(ran)}; restarting in ${seconds(wait)}` +
          `${slot.deaths > 1 ? ` (${slot.deaths} deaths in a row)` : ''}. The other processes keep running.`,
      );
      slot.pending = setTimeout(() => start(slot, index), wait);
    });
  };

  const exited = (child: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
    });

  let resolveStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  let stopAll: Promise<void> | null = null;
  const stop = () => {
    stopAll ??= (async () => {
      stopping = true;
      for (const slot of slots) if (slot.pending) clearTimeout(slot.pending);
      const running = slots.filter((s) => s.child).map((s) => s.child!);
      for (const child of running) child.kill('SIGTERM');
      const killer = setTimeout(() => {
        for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }, stopTimeout);
      await Promise.all(running.map(exited));
      clearTimeout(killer);
      resolveStopped();
    })();
    return stopAll;
  };

  slots.forEach(start);
  return {
    pids: () => Object.fromEntries(slots.map((s) => [s.spec.name, s.child?.pid])),
    stop,
    stopped,
  };
}

/**
 * Ctrl-C and SIGTERM stop the supervised processes (the terminal's Ctrl-C reaches them too: they stop by themselves,
 * and none is restarted); a second Ctrl-C kills what is left at once.
 */
export function stopOnSignals(supervisor: Supervisor, say: (line: string) => void = console.log): void {
  let asked = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    asked += 1;
    if (asked === 1) {
      say(`\n[supervisor] ${signal}: stopping every process…`);
      void supervisor.stop().then(() => {
        say('[supervisor] everything stopped.');
        process.exit(0);
      });
      return;
    }
    for (const pid of Object.values(supervisor.pids())) if (pid) process.kill(pid, 'SIGKILL');
    process.exit(1);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: supervisor.ts SPEC.json   (a list of { name, command, args, cwd?, env? })');
    process.exit(2);
  }
  const specs = JSON.parse(readFileSync(file, 'utf8')) as SupervisedProcess[];
  const backoff = Number(process.env.SUPERVISOR_BACKOFF_MS ?? '') || undefined;
  stopOnSignals(supervise(specs, { initialBackoffMs: backoff }));
}
