import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import {
  BACKGROUND_NICENESS,
  NODE_ARGS,
  PLATFORM_PROCESSES,
  PRODUCTION_NODE_ARGS,
  ROOT,
  compiledEntry,
  isBackground,
  metricsPortKey,
  processEnv,
  waitForHttp,
} from '../processes';
import type { PlatformProcess, Ports } from '../processes';
import { lowerPriority, supervise } from '../supervisor';
import { isolate, startTestSmtp } from '@redress/platform/testing';
import { startSignIn } from './sign-in';
import type { RunningSignIn } from './sign-in';
import type { Isolation, TestSmtp } from '@redress/platform/testing';

export interface RunningPlatform {
  gatewayUrl: string;
  /** The resident portal's address, when started with `portal: true`. */
  portalUrl: string | null;
  /** The staff workspace's address (http://localhost:<port>, as its sign-in redirects expect), with `workspace: true`. */
  workspaceUrl: string | null;
  /** The local OpenID provider started for the workspace (`workspace: true`): staff sign in there. */
  signIn: RunningSignIn | null;
  ports: Ports;
  isolation: Isolation;
  /**
   * The suite's own mail server (smtp-server on a free port; SMTP_URL points at it): every email the platform sent, to
   * read back. Null when the suite passed an SMTP_URL of its own.
   */
  mail: TestSmtp | null;
  /** What the processes printed (shown when start-up fails). */
  logs: string[];
  stop(): Promise<void>;
  /** Stops the processes and keeps the schemas and queues, for `startPlatform(…, { isolation })` to start again on them. */
  halt(): Promise<void>;
  /**
   * Stops one process of the platform by its name in PLATFORM_PROCESSES (`communications`, say), the others running on.
   * Not under the supervisor (`supervised: true`), which would start it again: use `kill` there.
   */
  stopOne(name: string): Promise<void>;
  /**
   * Sends one process a signal (`kill -9` by default) and returns the pid it had. Under the supervisor the process is
   * started again, saying so in `logs`; otherwise it stays down.
   */
  kill(name: string, signal?: NodeJS.Signals): number;
  /** Where a process answers /ready: a subgraph's or the gateway's port, a worker's probe port (METRICS_PORT) where it has one. */
  readyUrl(name: string): string;
  /** The pid of the process now running by that name (PLATFORM_PROCESSES), if one is. */
  pid(name: string): number | undefined;
}

export interface StartOptions {
  /** Start on the schemas and queues of a platform halted before (a restart with other settings). */
  isolation?: Isolation;
  /** Also start the resident portal (a web app, against this platform's gateway); the other suites do without it. */
  portal?: boolean;
  /**
   * Also start the staff workspace, and the local OpenID provider it signs staff in through (the platform trusting its
   * tokens, development tokens too). A suite passing its own issuer (OIDC_ISSUER_URL in extraEnv) gets no provider.
   */
  workspace?: boolean;
  /** Run the production build in this directory (`npm run build`: plain node, no transpiler) rather than the sources. */
  compiled?: string;
  /**
   * Run the workers at nice 10 (BACKGROUND_NICENESS), as `npm start` does on one host: the bench does. Suites do not:
   * beside other suites' platforms on the same machine, workers at a lower priority would wait on them.
   */
  niceWorkers?: boolean;
  /**
   * Run the processes under the supervisor `npm start` uses (tools/supervisor.ts `supervise()`, in this process): one
   * that dies is started again after its backoff (1 s, doubling), the supervisor's lines going to `logs`. Each worker
   * then serves its probes on a port of its own (unless extraEnv names one), so `readyUrl` can tell when it is back.
   */
  supervised?: boolean;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

// Ports are free when picked and taken a moment later by the spawned process. Two suites running at once (Jest
// workers) could pick the same one and one platform would then answer the other's tests: each worker picks from a
// range of its own, in turn, so that never happens.
const WORKER = Number(process.env.JEST_WORKER_ID ?? '0');
const RANGE = { first: 21000 + (WORKER % 20) * 1000, size: 1000 };
let nextPort = RANGE.first + (process.pid % RANGE.size);

export async function freePort(): Promise<number> {
  for (let tries = 0; tries < RANGE.size; tries++) {
    const port = nextPort;
    nextPort = RANGE.first + ((nextPort - RANGE.first + 1) % RANGE.size);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in ${RANGE.first}-${RANGE.first + RANGE.size - 1}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the whole platform (gateway, four subgraphs, their workers) as real processes on free ports, in
 * schemas and queues of its own, and waits until every service says it is ready.
 */
export async function startPlatform(suite: string, extraEnv: NodeJS.ProcessEnv = {}, options: StartOptions = {}): Promise<RunningPlatform> {
  const isolation = options.isolation ?? isolate(suite);
  const ports: Ports = {
    GATEWAY: await freePort(),
    INTAKE: await freePort(),
    CASEWORK: await freePort(),
    REPORTING: await freePort(),
    COMMUNICATIONS: await freePort(),
    ...(options.portal ? { PORTAL: await freePort() } : {}),
    ...(options.workspace ? { WORKSPACE: await freePort() } : {}),
  };
  const processes = PLATFORM_PROCESSES.filter(
    (p) => (p.portEnv !== 'PORTAL' || options.portal) && (p.portEnv !== 'WORKSPACE' || options.workspace),
  );
  const workspaceUrl = ports.WORKSPACE ? `http://localhost:${ports.WORKSPACE}` : null;
  const signIn = workspaceUrl && !extraEnv.OIDC_ISSUER_URL ? await startSignIn(workspaceUrl) : null;
  const signInEnv: NodeJS.ProcessEnv = signIn ? { ...signIn.platformEnv, OIDC_ISSUER_URL: signIn.issuer } : {};
  // Never a developer's MailDev (1025): each platform sends to a mail server of its own, unless told otherwise.
  const mail = extraEnv.SMTP_URL ? null : await startTestSmtp();
  const workerProbes = await workerProbePorts(processes, extraEnv, options.supervised ?? false);
  const env = (p: PlatformProcess) =>
    processEnv(p, ports, {
      ...isolation.env,
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
      ...(mail ? { SMTP_URL: mail.url } : {}),
      ...signInEnv,
      ...Object.fromEntries(Object.entries(workerProbes).map(([name, port]) => [metricsPortKey({ name }), String(port)])),
      ...extraEnv,
    });
  const args = (p: PlatformProcess) => {
    // PLATFORM_CPU_PROF_DIR: each process writes a V8 CPU profile there when it stops (to see where a figure's time goes).
    const profile = process.env.PLATFORM_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PLATFORM_CPU_PROF_DIR}`] : [];
    return [...profile, ...(options.compiled ? [...PRODUCTION_NODE_ARGS, compiledEntry(p, options.compiled)] : [...NODE_ARGS, p.entry])];
  };
  const logs: string[] = [];
  const nice = options.niceWorkers ?? false;
  const running = options.supervised ? runSupervised(processes, env, args, logs, nice) : runChildren(processes, env, args, logs, nice);
  const halt = async () => {
    await running.stopAll();
    await mail?.close();
    await signIn?.stop();
  };
  const stop = async () => {
    await halt();
    await isolation.cleanup();
  };
  const readyUrl = (name: string) => probeUrl(processes, ports, workerProbes, name);
  try {
    await Promise.race([
      running.exited,
      Promise.all([
        waitForHttp(`http://127.0.0.1:${ports.INTAKE}/ready`, 90_000),
        waitForHttp(`http://127.0.0.1:${ports.CASEWORK}/ready`, 90_000),
        waitForHttp(`http://127.0.0.1:${ports.REPORTING}/ready`, 90_000),
        waitForHttp(`http://127.0.0.1:${ports.COMMUNICATIONS}/ready`, 90_000),
        waitForHttp(`http://127.0.0.1:${ports.GATEWAY}/health`, 90_000),
        ...(ports.PORTAL ? [waitForHttp(`http://127.0.0.1:${ports.PORTAL}/health`, 90_000)] : []),
        ...(ports.WORKSPACE ? [waitForHttp(`http://127.0.0.1:${ports.WORKSPACE}/health`, 90_000)] : []),
        // Every worker given a probe port, ready too (a worker at nice 10 may start after the subgraphs).
        ...Object.keys(workerProbes).map((name) => waitForHttp(readyUrl(name), 90_000)),
      ]),
    ]);
    running.ready();
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n--- platform output ---\n${logs.join('').slice(-6000)}`);
  }
  return {
    gatewayUrl: `http://127.0.0.1:${ports.GATEWAY}/graphql`,
    portalUrl: ports.PORTAL ? `http://127.0.0.1:${ports.PORTAL}` : null,
    workspaceUrl,
    signIn,
    ports,
    isolation,
    mail,
    logs,
    stop,
    halt,
    stopOne: (name: string) => running.stopOne(name),
    kill: (name: string, signal: NodeJS.Signals = 'SIGKILL') => {
      const pid = running.pid(name);
      if (pid === undefined) throw new Error(`${name} is not running (no such process, or waiting to be started again)`);
      process.kill(pid, signal);
      return pid;
    },
    readyUrl,
    pid: (name: string) => running.pid(name),
  };
}

/**
 * Each worker's probe port (METRICS_PORT): the one the suite gave, else under the supervisor one of its own, so that a
 * worker killed can be seen coming back.
 */
async function workerProbePorts(processes: readonly PlatformProcess[], extraEnv: NodeJS.ProcessEnv, supervised: boolean) {
  const probes: Record<string, number> = {};
  for (const p of processes.filter((q) => !q.portEnv)) {
    const given = extraEnv[metricsPortKey(p)];
    if (given) probes[p.name] = Number(given);
    else if (supervised) probes[p.name] = await freePort();
  }
  return probes;
}

function probeUrl(processes: readonly PlatformProcess[], ports: Ports, workerProbes: Record<string, number>, name: string): string {
  const p = processes.find((q) => q.name === name);
  if (!p) throw new Error(`no process named ${name} in this platform`);
  // The web apps' /ready asks the gateway too; /health is what the harness waits for.
  if (p.portEnv) return `http://127.0.0.1:${ports[p.portEnv]}/${p.portEnv === 'PORTAL' || p.portEnv === 'WORKSPACE' ? 'health' : 'ready'}`;
  if (workerProbes[name]) return `http://127.0.0.1:${workerProbes[name]}/ready`;
  throw new Error(`${name} serves no probes here: start the platform with supervised: true, or give it ${metricsPortKey(p)}`);
}

/** The platform's processes, however they were started. */
interface Running {
  /** Rejects when a process ends before the platform is ready (a port taken, a bad setting), with its name. */
  exited: Promise<never>;
  /** The platform is ready: from now on a process that ends is the suite's doing. */
  ready(): void;
  /** The pid of the process now running by that name, if one is. */
  pid(name: string): number | undefined;
  stopOne(name: string): Promise<void>;
  stopAll(): Promise<void>;
}
type EnvOf = (p: PlatformProcess) => NodeJS.ProcessEnv;
type ArgsOf = (p: PlatformProcess) => string[];

/** Each process a child of this one, stopped for good when it ends. */
function runChildren(processes: readonly PlatformProcess[], env: EnvOf, args: ArgsOf, logs: string[], nice: boolean): Running {
  const children = processes.map((p) => {
    const child = spawn(process.execPath, args(p), { cwd: ROOT, env: env(p), stdio: ['ignore', 'pipe', 'pipe'] });
    if (nice && isBackground(p) && child.pid) lowerPriority(child.pid, BACKGROUND_NICENESS);
    const keep = (chunk: Buffer) => logs.push(`[${p.name}] ${chunk.toString()}`);
    child.stdout?.on('data', keep);
    if (process.env.E2E_ECHO) child.stdout?.on('data', (c: Buffer) => process.stderr.write(`[${p.name}] ${c.toString()}`));
    child.stderr?.on('data', keep);
    return child;
  });
  const exited = new Promise<never>((_, reject) => {
    for (const [i, child] of children.entries())
      child.once('exit', (code) => reject(new Error(`${processes[i].name} exited (code ${code}) before the platform was ready`)));
  });
  exited.catch(() => undefined);
  const indexOf = (name: string) => {
    const i = processes.findIndex((p) => p.name === name);
    if (i < 0) throw new Error(`no process named ${name} in this platform`);
    return i;
  };
  return {
    exited,
    ready: () => undefined,
    pid: (name) => {
      const child = children[indexOf(name)];
      return child.exitCode === null && child.signalCode === null ? child.pid : undefined;
    },
    stopOne: (name) => stopProcess(children[indexOf(name)]),
    stopAll: async () => {
      await Promise.all(children.map(stopProcess));
    },
  };
}

/** Every process under the supervisor, in this process: one that dies is started again, its lines in `logs`. */
function runSupervised(processes: readonly PlatformProcess[], env: EnvOf, args: ArgsOf, logs: string[], nice: boolean): Running {
  let starting = true;
  let fail: (err: Error) => void = () => undefined;
  const exited = new Promise<never>((_, reject) => (fail = reject));
  exited.catch(() => undefined);
  const supervisor = supervise(
    processes.map((p) => ({
      name: p.name,
      command: process.execPath,
      args: args(p),
      cwd: ROOT,
      env: env(p),
      ...(nice && isBackground(p) ? { niceness: BACKGROUND_NICENESS } : {}),
    })),
    {
      write: (line) => {
        logs.push(`${line}\n`);
        if (process.env.E2E_ECHO) process.stderr.write(`${line}\n`);
        // While starting, a death is a failed start (a port taken, a bad setting), not something to wait out.
        const died = starting && /^\[supervisor\] (\S+) (exited|killed by|could not be started)/.exec(line);
        if (died) fail(new Error(`${died[1]} ${died[2] === 'exited' ? 'exited' : 'failed'} before the platform was ready: ${line}`));
      },
    },
  );
  return {
    exited,
    ready: () => {
      starting = false;
    },
    pid: (name) => {
      if (!processes.some((p) => p.name === name)) throw new Error(`no process named ${name} in this platform`);
      return supervisor.pids()[name];
    },
    stopOne: (name) =>
      Promise.reject(new Error(`${name} runs under the supervisor, which would start it again: kill(${JSON.stringify(name)}) it instead`)),
    stopAll: () => supervisor.stop(),
  };
}
