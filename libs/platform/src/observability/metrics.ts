import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics (prom-client), one registry per process, served at /metrics by every subgraph and the gateway,
 * and by a worker given METRICS_PORT. Names are `redress_…` plus Node's standard process metrics
 * (`process_resident_memory_bytes`, `nodejs_eventloop_lag_seconds`, …). Every series carries `service`.
 *
 * - `redress_graphql_request_duration_seconds{operation,type,outcome}`: each GraphQL request over HTTP
 * - `redress_page_request_duration_seconds{method,status}`: each request to a web app (the portal, the workspace)
 * - `redress_job_duration_seconds{queue,job,outcome}`: each job a worker finished (done, skipped, refused, failed)
 * - `redress_timer_lag_seconds{queue,job}`: a delayed job's start after the moment it was due (SLA timers, alerts)
 * - `redress_queue_depth{queue,state}`: jobs waiting, delayed, active, failed, per queue the worker consumes
 * - `redress_outbox_backlog`: events written and not yet published by this service's outbox relay
 * - `redress_breaches_detected_total{kind}`: SLA breaches recorded (casework worker)
 */
let registry: Registry | null = null;

export function metricsRegistry(): Registry {
  if (!registry) {
    registry = new Registry();
    collectDefaultMetrics({ register: registry });
  }
  return registry;
}

/** Labels every series of this process with its service (call once, at start). */
export const labelMetrics = (service: string): void => metricsRegistry().setDefaultLabels({ service });

/** The metric named `name`, registered by the first caller (so a module may be loaded by several services in a test). */
function metric<M>(name: string, make: (registers: Registry[]) => M): M {
  const reg = metricsRegistry();
  return (reg.getSingleMetric(name) as M | undefined) ?? make([reg]);
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const graphqlRequestDuration = () =>
  metric(
    'redress_graphql_request_duration_seconds',
    (registers) =>
      new Histogram({
        name: 'redress_graphql_request_duration_seconds',
        help: 'GraphQL requests over HTTP, by operation (its name, or its first field when unnamed) and outcome',
        labelNames: ['operation', 'type', 'outcome'],
        buckets: LATENCY_BUCKETS,
        registers,
      }),
  );

export const pageRequestDuration = () =>
  metric(
    'redress_page_request_duration_seconds',
    (registers) =>
      new Histogram({
        name: 'redress_page_request_duration_seconds',
        help: 'Requests to a web app (pages, forms, downloads), by method and status',
        labelNames: ['method', 'status'],
        buckets: LATENCY_BUCKETS,
        registers,
      }),
  );

export const jobDuration = () =>
  metric(
    'redress_job_duration_seconds',
    (registers) =>
      new Histogram({
        name: 'redress_job_duration_seconds',
        help: 'Jobs processed by this worker, by queue, job name and outcome (done, skipped, refused, failed)',
        labelNames: ['queue', 'job', 'outcome'],
        buckets: LATENCY_BUCKETS,
        registers,
      }),
  );

export const timerLag = () =>
  metric(
    'redress_timer_lag_seconds',
    (registers) =>
      new Histogram({
        name: 'redress_timer_lag_seconds',
        help: 'How long after it was due a delayed job (an SLA timer, an alert) started',
        labelNames: ['queue', 'job'],
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 1800],
        registers,
      }),
  );

export const breachesDetected = () =>
  metric(
    'redress_breaches_detected_total',
    (registers) =>
      new Counter({
        name: 'redress_breaches_detected_total',
        help: 'SLA breaches recorded, by deadline kind',
        labelNames: ['kind'],
        registers,
      }),
  );

export interface QueueDepth {
  queue: string;
  state: string;
  count: number;
}

/** Queue depths, read when scraped. */
export function registerQueueDepth(read: () => Promise<readonly QueueDepth[]>): void {
  metric(
    'redress_queue_depth',
    (registers) =>
      new Gauge({
        name: 'redress_queue_depth',
        help: 'Jobs in each queue this worker consumes, by state (waiting, delayed, active, failed)',
        labelNames: ['queue', 'state'],
        registers,
        async collect() {
          const depths = await read();
          this.reset();
          for (const d of depths) this.set({ queue: d.queue, state: d.state }, d.count);
        },
      }),
  );
}

/** The outbox backlog, read when scraped. */
export function registerOutboxBacklog(read: () => Promise<number>): void {
  metric(
    'redress_outbox_backlog',
    (registers) =>
      new Gauge({
        name: 'redress_outbox_backlog',
        help: "Events in this service's outbox not yet published to their queues",
        registers,
        async collect() {
          this.set(await read());
        },
      }),
  );
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const FIRST_FIELD = /^\s*(?:(query|mutation|subscription)\b[^{]*)?\{\s*(?:[_A-Za-z]\w*\s*:\s*)?([_A-Za-z]\w*)/;
const MAX_OPERATIONS = 200;
const seenOperations = new Set<string>();

/**
 * The operation a request is counted under: its operationName, else its first root field (`{ case(…) }` is `case`),
 * and its type. Clients choose names, so at most 200 distinct ones are kept; any more are counted as `other`.
 */
export function operationLabels(body: unknown): { operation: string; type: string } {
  const b = (typeof body === 'object' && body !== null ? body : {}) as { query?: unknown; operationName?: unknown };
  const query = typeof b.query === 'string' ? b.query.replace(/^\s*#[^\n]*\n/gm, '') : '';
  const named = query.match(/^\s*(query|mutation|subscription)\s+([_A-Za-z]\w*)/);
  const first = query.match(FIRST_FIELD);
  const type = named?.[1] ?? first?.[1] ?? (query ? 'query' : 'none');
  const given = typeof b.operationName === 'string' && NAME.test(b.operationName) ? b.operationName : null;
  let operation = given ?? named?.[2] ?? first?.[2] ?? 'unknown';
  if (!seenOperations.has(operation)) {
    if (seenOperations.size >= MAX_OPERATIONS) operation = 'other';
    else seenOperations.add(operation);
  }
  return { operation, type };
}
