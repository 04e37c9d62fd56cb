import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { OutboxJobName } from '@redress/contracts';
import { NODE_ARGS, NODE_ENV_FOR_TS } from '../processes';
import type { StoryRef } from './services';
import { hash32 } from './prng';
import type { ConsumedQueue, Consumers } from './relay';

/** What a history worker is told at start: the present and the first year of the history. */
export interface WorkerInit {
  horizon: string;
  firstYear: number;
}

export type ToWorker =
  | { t: 'init'; init: WorkerInit }
  | { t: 'job'; id: number; queue: ConsumedQueue; type: OutboxJobName; payload: Record<string, unknown>; story?: StoryRef }
  | { t: 'stop' };

export interface TallyData {
  actions: Record<string, number>;
  breaches: number;
  enquiriesOverdue: number;
  unplannedLate: number;
}

export type FromWorker =
  | { t: 'ready' }
  | { t: 'done'; id: number; error?: string }
  | { t: 'stopped'; tally: TallyData; refusals: string[] }
  | { t: 'failed'; error: string };

interface Pending {
  resolve: () => void;
  reject: (err: Error) => void;
}

/**
 * Processes that run the consumers (history-worker.ts), as the platform runs several casework and reporting workers:
 * Node runs JavaScript on one core, and the services' application functions are what the time goes on. Each event
 * goes to the worker its case is hashed to, so the events of one case are worked by one process, in order.
 */
export class WorkerPool {
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  private constructor(private readonly children: ChildProcess[]) {}

  static async start(size: number, init: WorkerInit, env: NodeJS.ProcessEnv): Promise<WorkerPool> {
    const children = Array.from({ length: size }, () =>
      fork(join(__dirname, 'history-worker.ts'), [], { execArgv: [...NODE_ARGS], env: { ...env, ...NODE_ENV_FOR_TS }, stdio: 'inherit' }),
    );
    const pool = new WorkerPool(children);
    await Promise.all(children.map((child) => pool.ready(child, init)));
    return pool;
  }

  private ready(child: ChildProcess, init: WorkerInit): Promise<void> {
    return new Promise((resolve, reject) => {
      child.on('message', (m: FromWorker) => {
        if (m.t === 'ready') resolve();
        else if (m.t === 'failed') reject(new Error(`history worker failed: ${m.error}`));
        else if (m.t === 'done') this.settle(m);
      });
      child.on('exit', (code) => {
        const err = new Error(`a history worker stopped (exit code ${code})`);
        reject(err);
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
      });
      child.send({ t: 'init', init } satisfies ToWorker);
    });
  }

  private settle(m: Extract<FromWorker, { t: 'done' }>): void {
    const p = this.pending.get(m.id);
    this.pending.delete(m.id);
    if (m.error) p?.reject(new Error(m.error));
    else p?.resolve();
  }

  /** Consumers that hand each event to its case's worker (a case.open with its story) and wait until it is worked. */
  consumers(storyOf: (reference: string) => Promise<StoryRef>): Consumers {
    const via =
      (queue: ConsumedQueue) =>
      async (type: OutboxJobName, payload: Record<string, unknown>, key: string): Promise<void> => {
        const reference = (payload.submission as { reference?: string } | undefined)?.reference;
        const story = queue === 'case-intake' && reference ? await storyOf(reference) : undefined;
        await new Promise<void>((resolve, reject) => {
          const id = this.next++;
          this.pending.set(id, { resolve, reject });
          this.children[hash32(key) % this.children.length].send({ t: 'job', id, queue, type, payload, story } satisfies ToWorker);
        });
      };
    return {
      'case-intake': via('case-intake'),
      'reporting-events': via('reporting-events'),
      'intake-case-status': via('intake-case-status'),
    };
  }

  /** Stops every worker once its work is done, waits for it to exit, and returns what they did. */
  async stop(): Promise<{ tally: TallyData; refusals: string[] }[]> {
    const one = (child: ChildProcess) =>
      new Promise<{ tally: TallyData; refusals: string[] }>((resolve, reject) => {
        let work: { tally: TallyData; refusals: string[] } | null = null;
        child.on('message', (m: FromWorker) => {
          if (m.t === 'stopped') work = { tally: m.tally, refusals: m.refusals };
        });
        child.once('exit', (code) => (work ? resolve(work) : reject(new Error(`a history worker stopped (exit code ${code})`))));
        child.send({ t: 'stop' } satisfies ToWorker);
      });
    return Promise.all(this.children.map(one));
  }

  /** Ends every worker at once (after a failure). */
  kill(): void {
    for (const child of this.children) if (child.exitCode === null) child.kill('SIGTERM');
  }
}
