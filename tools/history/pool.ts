import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { OutboxJobName } from '@redress/contracts';
import { NODE_ARGS, NODE_ENV_FOR_TS } from '../processes';
import type { StoryRef } from './services';
import { hash32 } from './prng';
import type { ConsumedQueue, Consumers } from './relay';

/** What a history worker is told at start: the present, the first year, and each reference's story. */
export interface WorkerInit {
  horizon: string;
  firstYear: number;
  stories: [string, StoryRef][];
}

export type ToWorker =
  | { t: 'init'; init: WorkerInit }
  | { t: 'job'; id: number; queue: ConsumedQueue; type: OutboxJobName; payload: Record<string, unknown> }
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
  private readonly stopped: Promise<{ tally: TallyData; refusals: string[] }>[] = [];

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

  /** Consumers that hand each event to its case's worker and wait until it is worked. */
  consumers(): Consumers {
    const via =
      (queue: ConsumedQueue) =>
      (type: OutboxJobName, payload: Record<string, unknown>, key: string): Promise<void> =>
        new Promise((resolve, reject) => {
          const id = this.next++;
          this.pending.set(id, { resolve, reject });
          this.children[hash32(key) % this.children.length].send({ t: 'job', id, queue, type, payload } satisfies ToWorker);
        });
    return {
      'case-intake': via('case-intake'),
      'reporting-events': via('reporting-events'),
      'intake-case-status': via('intake-case-status'),
    };
  }

  /** Stops every worker once its work is done, and returns what they did. */
  async stop(): Promise<{ tally: TallyData; refusals: string[] }[]> {
    for (const child of this.children) {
      this.stopped.push(
        new Promise((resolve, reject) => {
          child.on('message', (m: FromWorker) => m.t === 'stopped' && resolve({ tally: m.tally, refusals: m.refusals }));
          child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`a history worker stopped (exit code ${code})`))));
          child.send({ t: 'stop' } satisfies ToWorker);
        }),
      );
    }
    return Promise.all(this.stopped);
  }

  /** Ends every worker at once (after a failure). */
  kill(): void {
    for (const child of this.children) if (child.exitCode === null) child.kill('SIGTERM');
  }
}
