import { randomBytes } from 'node:crypto';
import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { eventually, freePort, gql, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

jest.setTimeout(180_000);

/**
 * Health, readiness, metrics and trace context on the real processes, then one subgraph stopped: the gateway says
 * SERVICE_UNAVAILABLE, answers what the other subgraphs hold, and its readiness names the one that is down.
 */
let platform: RunningPlatform;
let workerProbes = 0;
const url = (port: number, path: string) => `http://127.0.0.1:${port}${path}`;

beforeAll(async () => {
  workerProbes = await freePort();
  // Info: the request lines (with their trace ids) are what this suite reads.
  platform = await startPlatform(
    'observability',
    { LOG_LEVEL: 'info', CASEWORK_WORKER_METRICS_PORT: String(workerProbes) },
    { portal: true },
  );
});
afterAll(async () => {
  await platform?.stop();
});

const SUBMIT = `mutation ObservedSubmission($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { reference outcome } }`;
const complaint = {
  councilId: 'hart',
  kind: 'COMPLAINT',
  channel: 'WEB_FORM',
  serviceArea: 'waste',
  summary: 'Bin not collected three weeks running',
  details: 'The green bin at our address has been missed on three consecutive collection days.',
  complainant: { type: 'RESIDENT', name: 'Jo Bloggs', email: 'jo.observed@example.org' },
};
const officer = () =>
  signDevToken({ sub: 'hart-officer', name: 'Amy Clarke', council: 'hart', roles: ['OFFICER'] as never }, DEV_JWT_SECRET);

/** The JSON log lines a process of the platform wrote. */
function logLines(process: string): Record<string, unknown>[] {
  const text = platform.logs
    .filter((l) => l.startsWith(`[${process}] `))
    .map((l) => l.slice(process.length + 3))
    .join('');
  return text.split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}

/** The value of the first sample of `name` whose labels include every one given. */
function sample(metrics: string, name: string, labels: Record<string, string>): number | null {
  for (const line of metrics.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const body = line.slice(name.length + 1, line.lastIndexOf('}'));
    if (Object.entries(labels).every(([k, v]) => body.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return null;
}

const text = async (u: string) => (await fetch(u)).text();

let reference = '';
const traceId = randomBytes(16).toString('hex');
const callerSpan = randomBytes(8).toString('hex');
const requestId = `obs-${randomBytes(4).toString('hex')}`;

describe('every service: alive, ready, metrics', () => {
  it('answers /health and /ready on every subgraph, the gateway and a worker', async () => {
    const { ports } = platform;
    for (const port of [ports.INTAKE, ports.CASEWORK, ports.REPORTING, ports.COMMUNICATIONS, ports.GATEWAY, workerProbes]) {
      expect((await fetch(url(port, '/health'))).status).toBe(200);
      const ready = await fetch(url(port, '/ready'));
      expect({ port, status: ready.status }).toEqual({ port, status: 200 });
    }
  });

  it('carries the request id and W3C trace from the gateway into the subgraph and into both logs', async () => {
    const res = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${callerSpan}-01`, 'x-request-id': requestId },
      body: JSON.stringify({ query: SUBMIT, variables: { input: complaint } }),
    });
    expect(res.headers.get('x-request-id')).toBe(requestId);
    // It holds a resident's reference: no cache along the way keeps it.
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { data?: { submitFeedback: { reference: string; outcome: string } } };
    expect(body.data?.submitFeedback.outcome).toBe('ACCEPTED');
    reference = body.data!.submitFeedback.reference;

    const traced = (process: string) => logLines(process).filter((l) => l.traceId === traceId && l.reqId === requestId);
    const gatewayLine = await eventually(async () => traced('gateway').find((l) => l.operation === 'ObservedSubmission'));
    const intakeLine = await eventually(async () => traced('intake').find((l) => String(l.operation).startsWith('ObservedSubmission')));
    // Each service its own span of the one trace.
    expect(gatewayLine.spanId).not.toEqual(intakeLine.spanId);
    expect(gatewayLine.spanId).not.toEqual(callerSpan);
    expect(intakeLine.msg).toBe('POST /graphql 200');
  });

  it('the portal too: its probes and metrics, and a page and the gateway call made for it are one trace', async () => {
    const portal = platform.portalUrl!;
    expect(await (await fetch(`${portal}/health`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${portal}/ready`)).json()).toEqual({ status: 'ready' });
    const pageTrace = randomBytes(16).toString('hex');
    const pageRequest = `obs-page-${randomBytes(4).toString('hex')}`;
    const page = await fetch(`${portal}/`, { headers: { traceparent: `00-${pageTrace}-${callerSpan}-01`, 'x-request-id': pageRequest } });
    expect(page.status).toBe(200);
    expect(page.headers.get('x-request-id')).toBe(pageRequest);
    const portalLine = await eventually(async () =>
      logLines('portal').find((l) => l.traceId === pageTrace && l.reqId === pageRequest && l.msg === 'GET / 200'),
    );
    const gatewayLine = await eventually(async () =>
      logLines('gateway').find((l) => l.traceId === pageTrace && l.reqId === pageRequest && l.operation === 'PortalCouncils'),
    );
    expect(gatewayLine.spanId).not.toEqual(portalLine.spanId);
    const metrics = await text(`${portal}/metrics`);
    expect(
      sample(metrics, 'redress_page_request_duration_seconds_count', { service: 'portal', method: 'GET', status: '200' }),
    ).toBeGreaterThan(0);
    expect(sample(metrics, 'process_resident_memory_bytes', { service: 'portal' })).toBeGreaterThan(0);
  });

  it('counts requests by operation, and jobs, queue depths and the outbox in the worker', async () => {
    // The case opens in casework (a case-intake job), which plans its SLA timers (delayed jobs).
    await eventually(async () => {
      const res = await gql<{ case: { reference: string } | null }>(
        platform.gatewayUrl,
        'query C($r: String!) { case(reference: $r) { reference } }',
        { r: reference },
        await officer(),
      );
      return res.data?.case;
    }, 30_000);

    const gateway = await text(url(platform.ports.GATEWAY, '/metrics'));
    expect(sample(gateway, 'redress_graphql_request_duration_seconds_count', { operation: 'ObservedSubmission', outcome: 'ok' })).toBe(1);
    expect(sample(gateway, 'process_resident_memory_bytes', { service: 'gateway' })).toBeGreaterThan(0);

    const worker = await eventually(async () => {
      const m = await text(url(workerProbes, '/metrics'));
      return (sample(m, 'redress_job_duration_seconds_count', { queue: 'case-intake', job: 'case.open', outcome: 'done' }) ?? 0) >= 1
        ? m
        : null;
    });
    expect(sample(worker, 'redress_queue_depth', { queue: 'sla-timers', state: 'delayed', service: 'casework-worker' })).toBeGreaterThan(0);
    expect(sample(worker, 'redress_outbox_backlog', {})).not.toBeNull();
    expect(worker).toContain('# TYPE redress_timer_lag_seconds histogram');
    expect(worker).toContain('# TYPE redress_breaches_detected_total counter');
  });
});

describe('a subgraph down', () => {
  beforeAll(async () => {
    await platform.stopOne('communications');
  });

  it('makes the gateway not ready, naming it', async () => {
    const ready = await fetch(url(platform.ports.GATEWAY, '/ready'));
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { reason: string }).reason).toContain('communications');
  });

  it('answers what the other subgraphs hold, the missing part null, with SERVICE_UNAVAILABLE (not an internal error)', async () => {
    const res = await gql<{ case: { reference: string; status: string; messages: unknown } | null }>(
      platform.gatewayUrl,
      'query CaseAndMessages($r: String!) { case(reference: $r) { reference status messages { subject } } }',
      { r: reference },
      await officer(),
    );
    expect(res.data?.case).toEqual({ reference, status: 'OPEN', messages: null });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(res.errors?.[0].message).toContain('communications');

    const councils = await gql<{ councils: { id: string }[] }>(platform.gatewayUrl, '{ councils { id } }');
    expect(councils.errors).toBeUndefined();
    expect(councils.data?.councils.length).toBeGreaterThanOrEqual(2);
  });
});
