import { knex } from '@mikro-orm/postgresql';
import { isolate, startPrivatePostgres } from '@redress/platform/testing';
import { eventually, freePort, gql, seededStaffTokens, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

// PostgreSQL restarted under a steady stream of complaints: every process rides it out by itself (no restart), says
// so on /ready (red while it is down, green after), refuses what it cannot record with a coded error rather than a
// hang, and every complaint it accepted becomes exactly one case.
jest.setTimeout(150_000);

const SUITE = 'pg-restart';
const WORKERS = ['intake-worker', 'casework-worker', 'reporting-worker', 'communications-worker'] as const;

let postgres: Awaited<ReturnType<typeof startPrivatePostgres>>;
let platform: RunningPlatform;
const workerPorts: Record<string, number> = {};

beforeAll(async () => {
  // A cluster of this suite's own (the shared PostgreSQL on 5432 is never stopped), on a port from this Jest worker's
  // own range, so that no other suite's platform takes it while the cluster is down.
  postgres = await startPrivatePostgres({ port: await freePort() });
  const isolation = isolate(SUITE);
  // Cleanup drops the suite's schemas where they are: in the private cluster.
  isolation.env.DATABASE_URL = postgres.url;
  // The workers serve /health, /ready and /metrics only when given a port: each gets one, to be watched too.
  const metricsEnv: NodeJS.ProcessEnv = {};
  for (const name of WORKERS) {
    workerPorts[name] = await freePort();
    metricsEnv[`${name.toUpperCase().replace(/-/g, '_')}_METRICS_PORT`] = String(workerPorts[name]);
  }
  platform = await startPlatform(SUITE, { DATABASE_URL: postgres.url, ...metricsEnv }, { isolation });
});
afterAll(async () => {
  await platform?.stop();
  await postgres?.stop();
});

const SUBMIT = `mutation Submit($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { reference outcome } }`;

const complaint = (serviceArea: string, n: number) => ({
  councilId: 'hart',
  kind: 'COMPLAINT',
  channel: 'WEB_FORM',
  serviceArea,
  summary: `Bin not collected (complaint ${n})`,
  details: 'The green bin at our address has been missed on three consecutive collection days.',
  complainant: { type: 'RESIDENT', name: 'Jo Bloggs', email: `resident${n}@example.org` },
  // As the portal sends it: a resident who tries again after an error records one complaint, not two.
  idempotencyKey: `${SUITE}-${n}`,
});

type Answer = { reference: string } | { refused: string; message: string } | { failed: string };

/** One submission as a resident's browser makes it, never waiting longer than a person would. */
async function submit(serviceArea: string, n: number): Promise<Answer> {
  try {
    const res = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SUBMIT, variables: { input: complaint(serviceArea, n) } }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await res.json()) as {
      data?: { submitFeedback: { reference: string; outcome: string } | null };
      errors?: { message?: string; extensions?: { code?: unknown } }[];
    };
    const accepted = body.data?.submitFeedback;
    if (accepted?.outcome === 'ACCEPTED') return { reference: accepted.reference };
    const error = body.errors?.[0];
    const code = error?.extensions?.code;
    return typeof code === 'string'
      ? { refused: code, message: error?.message ?? '' }
      : { failed: `HTTP ${res.status} without a code: ${JSON.stringify(body)}` };
  } catch (err) {
    return { failed: (err as Error).message };
  }
}

/** The HTTP status of a probe, or 0 when it did not answer within 2 s (a probe that hangs is not ready either). */
async function status(url: string): Promise<number> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).status;
  } catch {
    return 0;
  }
}

/** When each process started (prom-client's process_start_time_seconds): changes if it is restarted. */
async function startedAt(port: number): Promise<string> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(5000) })).text();
  const line = text.split('\n').find((l) => /^process_start_time_seconds[ {]/.test(l));
  if (!line) throw new Error(`no process_start_time_seconds on :${port}/metrics`);
  return line;
}

/** The cases in casework's schema (read straight from the private cluster): how many in all, and their references. */
async function casesInCasework(): Promise<{ total: number; references: Set<string> }> {
  const db = knex({ client: 'pg', connection: postgres.url, pool: { min: 0, max: 1 } });
  try {
    const rows: { reference: string }[] = await db
      .withSchema(`${platform.isolation.schemaPrefix}casework`)
      .select('reference')
      .from('case');
    return { total: rows.length, references: new Set(rows.map((r) => r.reference)) };
  } finally {
    await db.destroy();
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PostgreSQL restarted under a steady stream of complaints', () => {
  let area: string;
  let processPorts: Record<string, number>;
  let startedBefore: Record<string, string>;
  /** What each watched process said on /ready, each change in order, from before the restart to well after it. */
  const seen: Record<string, number[]> = {};
  /** Every submission's answer, by its number (the n of its idempotency key and email). */
  let results: Answer[];
  /** The submissions answered before PostgreSQL was stopped (those in flight then may be refused). */
  let answeredBeforeRestart: number[];
  let sentWhenGreen: number;

  beforeAll(async () => {
    const council = await gql<{ council: { serviceAreas: { code: string; providedBy: string | null }[] } }>(
      platform.gatewayUrl,
      '{ council(id: "hart") { serviceAreas { code providedBy } } }',
    );
    area = council.data!.council.serviceAreas.find((a) => a.providedBy === null)!.code;
    processPorts = {
      gateway: platform.ports.GATEWAY,
      intake: platform.ports.INTAKE,
      casework: platform.ports.CASEWORK,
      reporting: platform.ports.REPORTING,
      communications: platform.ports.COMMUNICATIONS,
      ...workerPorts,
    };
    startedBefore = Object.fromEntries(
      await Promise.all(Object.entries(processPorts).map(async ([name, port]) => [name, await startedAt(port)] as const)),
    );

    const watched: Record<string, number> = {
      intake: platform.ports.INTAKE,
      casework: platform.ports.CASEWORK,
      'intake-worker': workerPorts['intake-worker'],
      'casework-worker': workerPorts['casework-worker'],
    };
    let watching = true;
    const polls: Record<string, number> = {};
    const watchers = Object.entries(watched).map(async ([name, port]) => {
      const list: number[] = [];
      seen[name] = list;
      polls[name] = 0;
      while (watching) {
        const s = await status(`http://127.0.0.1:${port}/ready`);
        if (list[list.length - 1] !== s) list.push(s);
        polls[name] += 1;
        await pause(100);
      }
    });

    // A complaint every 100 ms, each on its own: a slow or refused one holds up none of the others.
    const answers: Promise<Answer>[] = [];
    const answered = new Set<number>();
    let streaming = true;
    const stream = (async () => {
      while (streaming) {
        const n = answers.length;
        answers.push(submit(area, n).finally(() => answered.add(n)));
        await pause(100);
      }
    })();

    await pause(2000);
    answeredBeforeRestart = [...answered];
    await postgres.restart(2500);
    // Back when every watched process, asked since PostgreSQL came back, says ready again (by itself, or the test fails).
    const restartedAt = { ...polls };
    const green = (name: string) => polls[name] > restartedAt[name] && seen[name][seen[name].length - 1] === 200;
    await eventually(async () => Object.keys(watched).every(green) || null, 30_000);
    sentWhenGreen = answers.length;
    // Well after: the stream goes on a while longer, nothing restarted.
    await pause(4000);
    streaming = false;
    await stream;
    watching = false;
    await Promise.all(watchers);
    results = await Promise.all(answers);
  });

  const refusedOnes = () => results.flatMap((r, n) => ('refused' in r ? [{ n, code: r.refused, message: r.message }] : []));

  it('says so on /ready: red (an error, or no answer) while PostgreSQL is down, green again after, by itself', () => {
    expect(Object.keys(seen)).toEqual(['intake', 'casework', 'intake-worker', 'casework-worker']);
    for (const [name, list] of Object.entries(seen)) {
      expect({ name, first: list[0], redMeanwhile: list.some((s) => s !== 200), last: list[list.length - 1] }).toEqual({
        name,
        first: 200,
        redMeanwhile: true,
        last: 200,
      });
    }
  });

  it('answers every submission in time, with a reference or a coded error telling the resident to try again', () => {
    // Nothing hung past 10 s, nothing came back without a code.
    expect(results.filter((r) => 'failed' in r)).toEqual([]);
    const refused = refusedOnes();
    expect(refused.length).toBeGreaterThan(0);
    // Our fault, try again: no detail of the database given away. Anything else is shown with what the services logged
    // of it (the driver's own words), to say which failure the error mapping does not know yet.
    const answers = [...new Set(refused.map(({ code, message }) => `${code}: ${message}`))];
    const internal = answers.some((a) => a.startsWith('INTERNAL_SERVER_ERROR'));
    const logged = platform.logs.join('').match(/"err":\{[^}]*\}[^\n]*"msg":"unexpected error"/g) ?? [];
    expect({ answers, logged: internal ? logged : [] }).toEqual({
      answers: [
        'SERVICE_UNAVAILABLE: Redress cannot reach its database just now, so this was not done. Please try again in a few minutes.',
      ],
      logged: [],
    });
    // Every complaint answered before the restart, and every one sent once /ready was green again, was accepted.
    const accepted = (ns: number[]) => ns.length > 0 && ns.every((n) => 'reference' in results[n]);
    const sentOnceGreen = results.map((_, n) => n).filter((n) => n >= sentWhenGreen);
    expect({ beforeRestart: accepted(answeredBeforeRestart), onceGreen: accepted(sentOnceGreen) }).toEqual({
      beforeRestart: true,
      onceGreen: true,
    });
  });

  it('turns every accepted complaint into exactly one case, those refused too once the resident tries again', async () => {
    // Trying again as the portal does (the same idempotency key): accepted now.
    const refused = refusedOnes();
    const retried = await Promise.all(refused.map(({ n }) => submit(area, n)));
    expect(retried.filter((r) => !('reference' in r))).toEqual([]);
    const accepted = [...results.entries(), ...refused.map(({ n }, i) => [n, retried[i]] as const)].flatMap(([n, r]) =>
      'reference' in r ? [{ n, reference: r.reference }] : [],
    );
    const references = new Set(accepted.map((a) => a.reference));
    expect(references.size).toBe(results.length);

    const cases = await eventually(async () => {
      const found = await casesInCasework();
      return [...references].every((ref) => found.references.has(ref)) ? found : null;
    }, 60_000);
    expect(cases.total).toBe(references.size);

    // Each resident has the receipt naming their reference: the notifications that failed meanwhile were sent after. A
    // receipt whose sending was being recorded as the database went down is sent again (at least once, never lost); a
    // second copy is the same message (one Message-ID), which mail systems recognise as such.
    const receiptsOf = ({ n, reference }: { n: number; reference: string }) =>
      platform.mail!.messagesTo(`resident${n}@example.org`).filter((m) => (m.text ?? '').includes(reference));
    await eventually(async () => accepted.every((a) => receiptsOf(a).length > 0) || null, 60_000);
    expect(accepted.filter((a) => new Set(receiptsOf(a).map((m) => m.messageId)).size !== 1)).toEqual([]);

    // And staff open the last one through the gateway.
    const { 'hart-officer': officer } = await seededStaffTokens(['hart-officer']);
    const last = accepted[accepted.length - 1].reference;
    const opened = await gql<{ case: { reference: string } | null }>(
      platform.gatewayUrl,
      'query Case($ref: String!) { case(reference: $ref) { reference } }',
      { ref: last },
      officer,
    );
    expect(opened.data?.case).toEqual({ reference: last });
  });

  it('restarts no process: each still answers, started when it was before', async () => {
    const startedAfter = Object.fromEntries(
      await Promise.all(Object.entries(processPorts).map(async ([name, port]) => [name, await startedAt(port)] as const)),
    );
    expect(startedAfter).toEqual(startedBefore);
  });
});
