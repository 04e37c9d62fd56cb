import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { operationLabels } from './metrics';
import { subgraphsReady } from './health';
import { currentTrace, outgoingTraceHeaders, parseTraceparent, runWithTrace, traceFromHeaders, traceLogFields } from './trace-context';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN = '00f067aa0ba902b7';

describe('W3C trace context', () => {
  it('continues a caller’s trace with a span of its own, and passes it on as the parent', () => {
    const t = traceFromHeaders({ traceparent: `00-${TRACE}-${SPAN}-01`, 'x-request-id': 'req-1' });
    expect(t).toMatchObject({ traceId: TRACE, parentSpanId: SPAN, requestId: 'req-1', flags: '01' });
    expect(t.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(t.spanId).not.toBe(SPAN);
    expect(outgoingTraceHeaders(t)).toEqual({ traceparent: `00-${TRACE}-${t.spanId}-01`, 'x-request-id': 'req-1' });
  });

  it('starts a new trace and request id when the caller sent none, or nonsense', () => {
    for (const headers of [{}, { traceparent: 'garbage', 'x-request-id': 'has spaces and\nnewlines' }]) {
      const t = traceFromHeaders(headers);
      expect(t.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(t.parentSpanId).toBeNull();
      expect(t.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('refuses the ids the specification forbids', () => {
    expect(parseTraceparent(`00-${'0'.repeat(32)}-${SPAN}-01`)).toBeNull();
    expect(parseTraceparent(`00-${TRACE}-${'0'.repeat(16)}-01`)).toBeNull();
    expect(parseTraceparent(`ff-${TRACE}-${SPAN}-01`)).toBeNull();
    expect(parseTraceparent(`00-${TRACE.toUpperCase()}-${SPAN}-00`)).toEqual({ traceId: TRACE, parentSpanId: SPAN, flags: '00' });
  });

  it('is the current trace (and on log lines) only while a request is handled, through what it awaits', async () => {
    const t = traceFromHeaders({ 'x-request-id': 'req-2' });
    expect(traceLogFields()).toEqual({});
    await runWithTrace(t, async () => {
      await new Promise((r) => setTimeout(r, 1));
      expect(currentTrace()).toBe(t);
      expect(traceLogFields()).toEqual({ reqId: 'req-2', traceId: t.traceId, spanId: t.spanId });
    });
    expect(currentTrace()).toBeUndefined();
  });
});

describe('the operation a request is counted under', () => {
  it('is the operation name, else the first root field, with its type', () => {
    expect(operationLabels({ query: 'mutation Submit($i: X) { submitFeedback(input: $i) { reference } }' })).toEqual({
      operation: 'Submit',
      type: 'mutation',
    });
    expect(operationLabels({ query: '{ case(reference: "HDC-2026-000001") { status } }' })).toEqual({ operation: 'case', type: 'query' });
    expect(operationLabels({ query: 'query { alias: councils { id } }' })).toEqual({ operation: 'councils', type: 'query' });
    expect(operationLabels({ query: 'query A { a } query B { b }', operationName: 'B' })).toEqual({ operation: 'B', type: 'query' });
    expect(operationLabels('not json')).toEqual({ operation: 'unknown', type: 'none' });
  });

  it('keeps at most 200 distinct names (clients choose them); the rest are "other"', () => {
    for (let i = 0; i < 250; i++) operationLabels({ query: `query Op${i} { a }` });
    expect(operationLabels({ query: 'query Op249 { a }' }).operation).toBe('other');
    expect(operationLabels({ query: 'query Op0 { a }' }).operation).toBe('Op0');
  });
});

describe('subgraphs ready', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.writeHead(req.url === '/ready' ? 200 : 404);
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('asks each subgraph’s /ready, next to its /graphql, and names every one that did not answer', async () => {
    await expect(subgraphsReady(new Map([['intake', `http://127.0.0.1:${port}/graphql`]]))).resolves.toBeUndefined();
    await expect(
      subgraphsReady(
        new Map([
          ['intake', `http://127.0.0.1:${port}/graphql`],
          ['casework', 'http://127.0.0.1:9/graphql'],
        ]),
      ),
    ).rejects.toThrow(/subgraphs not ready: casework \(/);
  });
});
