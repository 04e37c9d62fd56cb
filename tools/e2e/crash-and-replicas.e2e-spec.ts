import { knex } from '@mikro-orm/postgresql';
import { financialQuarterOf, londonDate } from '@redress/policy';
import { waitForHttp } from '../processes';
import { isolate, startPrivatePostgres } from '@redress/platform/testing';
import { eventually, freePort, gql, seededStaffTokens, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

/*
 * Resilience, as a council running Redress would notice it: a short mixed load (residents complaining and tracking,
 * officers taking and acknowledging cases, analysts reading the figures) through the gateway, first as it is, then
 * with the casework worker, the reporting worker and the casework subgraph killed with `kill -9` under the supervisor
 * `npm start` uses, then with a second copy of every subgraph and worker on the same schemas and queues. Whatever
 * happens, every complaint accepted has exactly one case, the figures count each case once, no deadline is recorded
 * as missed twice, and no resident gets the same email twice.
 */
jest.setTimeout(180_000);

const STAFF = [
  'hart-officer',
  'hart-analyst',
  'hart-contact-centre',
  'hampshire-officer',
  'hampshire-analyst',
  'hampshire-contact-centre',
] as const;
type Staff = (typeof STAFF)[number];
let tokens: Record<string, string> = {};
let platform: RunningPlatform;
let replica: RunningPlatform | null = null;
let db: ReturnType<typeof knex>;
const table = (service: string, name: string) => `"${platform.isolation.schemaPrefix}${service}"."${name}"`;

let postgres: Awaited<ReturnType<typeof startPrivatePostgres>>;
// Two platforms' pools (18 processes) on a PostgreSQL of the suite's own: on the shared one they would take the
// connections other suites running meanwhile need ("too many clients").
let onOwnPostgres: NodeJS.ProcessEnv;

beforeAll(async () => {
  postgres = await startPrivatePostgres({ port: await freePort() });
  onOwnPostgres = { DATABASE_URL: postgres.url };
  const isolation = isolate('resilience');
  isolation.env.DATABASE_URL = postgres.url;
  // Timers re-planned every few seconds by every casework worker: the duplicate a second replica could cause, if any.
  platform = await startPlatform('resilience', { SLA_RECONCILE_EVERY_MS: '3000', ...onOwnPostgres }, { isolation, supervised: true });
  tokens = await seededStaffTokens(STAFF);
  db = knex({ client: 'pg', connection: platform.isolation.config('casework').databaseUrl, pool: { min: 0, max: 2 } });
});
afterAll(async () => {
  await db?.destroy();
  await replica?.halt();
  await platform?.stop();
  await postgres?.stop();
});

const { year: YEAR, quarter: QUARTER } = financialQuarterOf(londonDate(new Date()));
const DAY = 86_400_000;
const TODAY = new Date().toISOString().slice(0, 10);
/** The figures asked for: the year to today, which every contact of this suite falls in. */
const YEAR_AGO = new Date(Date.now() - 365 * DAY).toISOString().slice(0, 10);
/** Within both councils' time limits (6 and 12 months), and long enough ago for both first deadlines to have passed. */
const LATE_LETTER_RECEIVED = new Date(Date.now() - 60 * DAY).toISOString();

const SUBMIT = 'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference outcome } }';
const CASE = 'query C($r: String!) { case(reference: $r) { id status } }';
const ASSIGN = 'mutation A($id: ID!, $to: ID!) { assignCase(caseId: $id, assigneeId: $to) { id assigneeId } }';
const ACKNOWLEDGE = 'mutation K($id: ID!) { acknowledgeCase(caseId: $id) { id stage { acknowledgedAt } } }';
const TRACK = 'query T($r: String!, $e: String!) { trackCase(reference: $r, email: $e) { reference status stage } }';
const STATISTICS = 'query S($c: ID!, $f: Date!, $t: Date!) { statistics(councilId: $c, from: $f, to: $t, groupBy: KIND) { key received } }';
const QUARTERLY = 'query Q($c: ID!, $y: Int!, $q: Int!) { quarterlyReport(councilId: $c, year: $y, quarter: $q) { complaints } }';

type Council = 'hart' | 'hampshire';
interface Accepted {
  reference: string;
  email: string;
  council: Council;
  /** A letter received two months ago, logged by the contact centre: both its deadlines have passed; left to breach. */
  late: boolean;
}
interface Failure {
  op: string;
  code: string | undefined;
  service: string | undefined;
  message: string;
}
type Op = 'submit' | 'casework' | 'track' | 'report';
/** What each load worker does in turn: mostly residents, then officers, then the figures. */
const ROUND: readonly Op[] = ['submit', 'track', 'submit', 'casework', 'submit', 'report', 'casework', 'track'];
const OFFICER: Record<Council, Staff> = { hart: 'hart-officer', hampshire: 'hampshire-officer' };
const AREA: Record<Council, string> = { hart: 'waste', hampshire: 'highways' };

/** The loads running: a test that fails stops its own (afterEach), so it never runs on into the next. */
const loads = new Set<{ stop(): Promise<unknown> }>();
afterEach(async () => {
  await Promise.all([...loads].map((l) => l.stop()));
});

/** Every complaint accepted in this suite, whichever phase: each must end up with exactly one case. */
const everyAccepted: Accepted[] = [];
const everyAcknowledged = new Set<string>();

/**
 * A mixed load through one or more gateways (each request to the next in turn) by a few concurrent callers, until
 * stopped. Every error is kept, with its code and the service it names; nothing is retried.
 */
class Load {
  readonly accepted: Accepted[] = [];
  readonly failures: Failure[] = [];
  readonly done: Record<Op, number> = { submit: 0, casework: 0, track: 0, report: 0 };
  private readonly toWork: Accepted[] = [];
  private running = true;
  private sent = 0;
  private submitted = 0;
  private readonly workers: Promise<void>[];

  constructor(
    private readonly gateways: string[],
    private readonly tag: string,
    callers = 6,
  ) {
    this.workers = Array.from({ length: callers }, (_, i) => this.worker(i));
    loads.add(this);
  }

  /** Stops after the requests under way, and says what was done. */
  async stop(): Promise<Record<Op, number>> {
    this.running = false;
    loads.delete(this);
    await Promise.all(this.workers);
    return this.done;
  }

  private async worker(i: number): Promise<void> {
    for (let n = i; this.running; n++) {
      const op = ROUND[n % ROUND.length];
      await this[op]();
      this.done[op] += 1;
    }
  }

  /** One GraphQL call; its data, or null with each error kept (a partial answer is a failure too). */
  private async call<T>(op: string, query: string, variables: Record<string, unknown>, who?: Staff): Promise<T | null> {
    const url = this.gateways[this.sent++ % this.gateways.length];
    try {
      const res = await gql<T>(url, query, variables, who ? tokens[who] : undefined);
      if (!res.errors?.length) return res.data ?? null;
      // The gateway names the part of Redress that is down in its message (the extensions carry the code only).
      for (const e of res.errors)
        this.failures.push({
          op,
          code: e.extensions?.code,
          service: /^Part of Redress \((\w+)\)/.exec(e.message)?.[1],
          message: e.message,
        });
    } catch (err) {
      this.failures.push({ op, code: 'NO_ANSWER', service: undefined, message: (err as Error).message });
    }
    return null;
  }

  private async submit(): Promise<void> {
    const n = this.submitted++;
    const council: Council = n % 2 ? 'hampshire' : 'hart';
    const late = n % 5 === 4;
    const email = `${this.tag}.${n}.${Math.random().toString(36).slice(2, 8)}@example.org`;
    const data = await this.call<{ submitFeedback: { reference: string; outcome: string } }>(
      'submitFeedback',
      SUBMIT,
      {
        i: {
          councilId: council,
          kind: 'COMPLAINT',
          channel: late ? 'LETTER' : 'WEB_FORM',
          ...(late ? { receivedAt: LATE_LETTER_RECEIVED } : {}),
          serviceArea: AREA[council],
          summary: `Resilience ${this.tag} ${n}`,
          details: 'Reported under load.',
          complainant: { type: 'RESIDENT', name: `Resident ${n}`, email },
        },
      },
      late ? (`${council}-contact-centre` as Staff) : undefined,
    );
    const reference = data?.submitFeedback.reference;
    if (!reference) return;
    if (data.submitFeedback.outcome !== 'ACCEPTED')
      this.failures.push({ op: 'submitFeedback', code: data.submitFeedback.outcome, service: undefined, message: reference });
    const accepted = { reference, email, council, late };
    this.accepted.push(accepted);
    everyAccepted.push(accepted);
    if (!late) this.toWork.push(accepted);
  }

  /** The officer takes the oldest case not yet worked and acknowledges it; one not opened yet waits its turn. */
  private async casework(): Promise<void> {
    const next = this.toWork.shift();
    if (!next) return;
    const officer = OFFICER[next.council];
    const found = await this.call<{ case: { id: string } | null }>('case', CASE, { r: next.reference }, officer);
    if (found && !found.case) this.toWork.push(next);
    if (!found?.case) return;
    if (!(await this.call('assignCase', ASSIGN, { id: found.case.id, to: officer }, officer))) return;
    if (await this.call('acknowledgeCase', ACKNOWLEDGE, { id: found.case.id }, officer)) everyAcknowledged.add(next.reference);
  }

  private async track(): Promise<void> {
    const some = this.accepted[Math.floor(Math.random() * this.accepted.length)];
    if (some) await this.call('trackCase', TRACK, { r: some.reference, e: some.email });
  }

  private async report(): Promise<void> {
    const council: Council = this.done.report % 2 ? 'hampshire' : 'hart';
    const analyst = `${council}-analyst` as Staff;
    if (this.done.report % 4 < 2) await this.call('statistics', STATISTICS, { c: council, f: YEAR_AGO, t: TODAY }, analyst);
    else await this.call('quarterlyReport', QUARTERLY, { c: council, y: YEAR, q: QUARTER }, analyst);
  }
}

/**
 * `eventually`, bounded, and on timeout says what was still missing (`missing()`), not just that something was: a
 * lost complaint or email is named.
 */
async function settled<T>(what: string, probe: () => Promise<T | null>, missing: () => Promise<unknown>, timeoutMs = 60_000): Promise<T> {
  try {
    return await eventually(probe, timeoutMs, 250);
  } catch (err) {
    throw new Error(`${what}: ${(err as Error).message}; still missing: ${JSON.stringify(await missing(), null, 1).slice(0, 4000)}`);
  }
}

/** Waits (bounded) until `count` accepted submissions of this load have come back. */
const acceptedAtLeast = (load: Load, count: number) => eventually(async () => (load.accepted.length >= count ? true : null), 60_000, 50);

/** Cases in casework's own table, by reference. */
async function casesByReference(): Promise<Map<string, { n: number; council: string }>> {
  const { rows } = (await db.raw(
    `select reference, council_id as council, count(*)::int as n from ${table('casework', 'case')} group by reference, council_id`,
  )) as { rows: { reference: string; council: string; n: number }[] };
  return new Map(rows.map((r) => [r.reference, { n: r.n, council: r.council }]));
}

/**
 * Every complaint accepted so far has exactly one case, and there is no other: eventually (the queues carry them). A
 * case.open job the killed worker held is taken up again only once BullMQ sees it stalled (its 10 s lock lapsed, then
 * the next 5 s stall check: createWorker's settings): up to about 15 s after the kill and the restart's own start.
 */
async function expectOneCaseEach(): Promise<Map<string, { n: number; council: string }>> {
  const cases = await settled(
    'every accepted complaint has a case',
    async () => {
      const byRef = await casesByReference();
      return everyAccepted.every((a) => byRef.has(a.reference)) ? byRef : null;
    },
    async () => {
      const byRef = await casesByReference();
      return everyAccepted.filter((a) => !byRef.has(a.reference));
    },
    90_000,
  );
  expect([...cases.values()].filter((c) => c.n !== 1)).toEqual([]);
  expect([...cases.keys()].sort()).toEqual(everyAccepted.map((a) => a.reference).sort());
  return cases;
}

/** The figures (statistics through the gateway) count every case of each council, once. */
async function expectFiguresMatch(cases: Map<string, { n: number; council: string }>): Promise<void> {
  for (const council of ['hart', 'hampshire'] as const) {
    const expected = [...cases.values()].filter((c) => c.council === council).length;
    let last: unknown = null;
    await eventually(
      async () => {
        const res = await gql<{ statistics: { key: string; received: number }[] }>(
          platform.gatewayUrl,
          STATISTICS,
          { c: council, f: YEAR_AGO, t: TODAY },
          tokens[`${council}-analyst`],
        );
        last = res.errors ?? res.data?.statistics;
        return res.data?.statistics.find((r) => r.key === 'COMPLAINT')?.received === expected ? true : null;
      },
      60_000,
      250,
    ).catch((err: Error) => {
      throw new Error(`${council}: the figures did not come to ${expected} cases (${err.message}); last answer: ${JSON.stringify(last)}`);
    });
  }
}

/**
 * Each resident's email arrives once: the receipt for each web form, the acknowledgement for each case acknowledged,
 * and no subject twice; the communications records agree (one message of each kind per case).
 */
async function expectEachMailOnce(): Promise<void> {
  const mail = platform.mail!;
  // A letter logged by the contact centre gets no emailed receipt (the reference is given there and then).
  const expected = (a: Accepted) => (a.late ? 0 : 1) + (everyAcknowledged.has(a.reference) ? 1 : 0);
  const short = () => everyAccepted.filter((a) => mail.messagesTo(a.email).length < expected(a));
  await settled(
    'every resident has their emails',
    async () => (short().length ? null : true),
    async () => {
      const { rows } = (await db.raw(
        `select reference, kind, status, failure, attempts from ${table('communications', 'message')} where reference = any(?)`,
        [short().map((a) => a.reference)],
      )) as { rows: unknown[] };
      const residents = short().map((a) => ({
        ...a,
        acknowledged: everyAcknowledged.has(a.reference),
        got: mail.messagesTo(a.email).map((m) => m.subject),
      }));
      return { residents, messages: rows };
    },
  );
  const repeated = everyAccepted.flatMap((a) => {
    const subjects = mail.messagesTo(a.email).map((m) => m.subject ?? '');
    return subjects.filter((s, i) => subjects.indexOf(s) !== i).map((s) => `${a.email}: ${s}`);
  });
  expect(repeated).toEqual([]);
  const { rows } = (await db.raw(
    `select reference, kind, count(*)::int as n from ${table('communications', 'message')} group by reference, kind having count(*) > 1`,
  )) as { rows: unknown[] };
  expect(rows).toEqual([]);
}

/**
 * Each late letter's two deadlines are each recorded as missed once: one breach, one timeline line, one alert; and no
 * reminder is given twice.
 */
async function expectEachBreachOnce(): Promise<void> {
  const late = everyAccepted.filter((a) => a.late).map((a) => a.reference);
  expect(late.length).toBeGreaterThan(0);
  const breaches = await eventually(
    async () => {
      const { rows } = (await db.raw(
        `select c.reference, b.kind, count(*)::int as n from ${table('casework', 'case')} c ` +
          `join ${table('casework', 'case_stage')} s on s.case_id = c.id join ${table('casework', 'sla_breach')} b on b.stage_id = s.id ` +
          'group by c.reference, b.kind',
      )) as { rows: { reference: string; kind: string; n: number }[] };
      return rows.length >= late.length * 2 ? rows : null;
    },
    60_000,
    250,
  );
  expect(breaches.filter((b) => b.n !== 1 || !late.includes(b.reference))).toEqual([]);
  expect(breaches).toHaveLength(late.length * 2);
  const { rows: events } = (await db.raw(
    `select c.reference, count(*)::int as n from ${table('casework', 'case_event')} e ` +
      `join ${table('casework', 'case')} c on c.id = e.case_id where e.type = 'SLA_BREACHED' group by c.reference`,
  )) as { rows: { reference: string; n: number }[] };
  expect(events.filter((e) => e.n !== 2)).toEqual([]);
  expect(events.map((e) => e.reference).sort()).toEqual([...late].sort());
  // Nor is any reminder given twice (they have no unique row to stop a second: only the planning does).
  const { rows: reminders } = (await db.raw(
    `select e.case_id, e.detail, count(*)::int as n from ${table('casework', 'case_event')} e ` +
      "where e.type = 'SLA_REMINDER' group by e.case_id, e.detail having count(*) > 1",
  )) as { rows: unknown[] };
  expect(reminders).toEqual([]);
  // The coordinator hears of each missed deadline once.
  const alerts = await eventually(
    async () => {
      const { rows } = (await db.raw(
        `select reference, recipient_id, deadline, count(*)::int as n from ${table('casework', 'staff_alert')} ` +
          "where kind = 'BREACH' group by reference, recipient_id, deadline",
      )) as { rows: { reference: string; recipient_id: string; deadline: string; n: number }[] };
      return rows.length >= late.length * 2 ? rows : null;
    },
    60_000,
    250,
  );
  expect(alerts.filter((a) => a.n !== 1)).toEqual([]);
}

const restarted = async (name: string, oldPid: number, from: number) => {
  const line = await eventually(
    async () => {
      const lines = platform.logs.slice(from).join('');
      const died = new RegExp(`\\[supervisor\\] ${name} killed by SIGKILL after [\\d.]+ m?s; restarting in 1 s\\.`).test(lines);
      const started = new RegExp(`\\[supervisor\\] ${name} started \\(pid (\\d+)\\) \\(restart 1\\)`).exec(lines);
      return died && started ? started : null;
    },
    30_000,
    100,
  );
  expect(Number(line[1])).not.toBe(oldPid);
  await waitForHttp(platform.readyUrl(name), 60_000);
};

describe('a short mixed load', () => {
  it('is served without a single error: submissions, case work, tracking and reports', async () => {
    const load = new Load([platform.gatewayUrl], 'steady');
    await acceptedAtLeast(load, 30);
    const done = await load.stop();
    expect(load.failures).toEqual([]);
    expect(done.casework).toBeGreaterThan(0);
    expect(done.track).toBeGreaterThan(0);
    expect(done.report).toBeGreaterThan(0);
    const cases = await expectOneCaseEach();
    await expectFiguresMatch(cases);
  });
});

describe('kill -9 under load, under the supervisor', () => {
  it('restarts the casework worker, the reporting worker and the casework subgraph, and loses no accepted complaint', async () => {
    const load = new Load([platform.gatewayUrl], 'crash');
    await acceptedAtLeast(load, 15);
    const mark = platform.logs.length;
    const killed = (['casework-worker', 'reporting-worker', 'casework'] as const).map((name) => ({ name, pid: platform.kill(name) }));
    // The casework subgraph is down for its restart delay at least: the gateway says so, coded, and answers the rest.
    const first = load.accepted[0];
    const meanwhile = await gql(platform.gatewayUrl, CASE, { r: first.reference }, tokens[OFFICER[first.council]]);
    expect(meanwhile.errors?.[0]).toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      message: expect.stringMatching(/\(casework\)/),
    });
    const during = load.accepted.length;
    for (const { name, pid } of killed) await restarted(name, pid, mark);
    // Complaints keep coming in while casework is down and after it is back.
    await acceptedAtLeast(load, Math.max(during, load.accepted.length) + 10);
    await load.stop();

    // Only what casework holds failed, and each failure said so with its code: never an internal error.
    expect(load.failures.filter((f) => f.code !== 'SERVICE_UNAVAILABLE' || f.service !== 'casework')).toEqual([]);
    expect(load.failures.filter((f) => f.op === 'submitFeedback')).toEqual([]);
    const cases = await expectOneCaseEach();
    await expectFiguresMatch(cases);
    await expectEachMailOnce();
  });
});

describe('two replicas of every subgraph and worker', () => {
  it('open one case per complaint, record each missed deadline once and send each email once', async () => {
    // The same schemas and queues, its own gateway in front of its own subgraphs, and the one mail server.
    // Supervised too, for its workers' probes: their job counts show the second copy took its share.
    replica = await startPlatform(
      'resilience',
      { SLA_RECONCILE_EVERY_MS: '3000', SMTP_URL: platform.mail!.url, ...onOwnPostgres },
      { isolation: platform.isolation, supervised: true },
    );
    const load = new Load([platform.gatewayUrl, replica.gatewayUrl], 'replicas', 8);
    await acceptedAtLeast(load, 30);
    await load.stop();
    expect(load.failures).toEqual([]);
    const cases = await expectOneCaseEach();
    await expectFiguresMatch(cases);
    await expectEachBreachOnce();
    await expectEachMailOnce();
    for (const worker of ['casework-worker', 'reporting-worker', 'communications-worker'])
      expect([worker, await jobsDone(replica, worker)]).toEqual([worker, expect.any(Number)]);
  });
});

/** How many jobs a worker has finished (its /metrics), or null when it has done none. */
async function jobsDone(on: RunningPlatform, worker: string): Promise<number | null> {
  const text = await (await fetch(on.readyUrl(worker).replace(/\/ready$/, '/metrics'))).text();
  const done = text
    .split('\n')
    .filter((l) => l.startsWith('redress_job_duration_seconds_count{') && /outcome="done"/.test(l))
    .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
  return done > 0 ? done : null;
}
