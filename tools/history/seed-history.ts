import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  FeedbackKind,
  IntakeOutcome,
  addWorkingDays,
  financialQuarterOf,
  financialYear,
  londonDate,
  startOfLondonDay,
} from '@redress/policy';
import { QUEUES } from '@redress/contracts';
import { createLogger, createQueue, createRedis, loadConfig } from '@redress/platform';
import type { MikroORM } from '@redress/platform';
import { StaffAlert, StaffAlertResolver } from '@redress/casework';
import { convertToComplaint, intakeModule, submitFeedback } from '@redress/intake';
import { SERVICE_REQUEST_CONVERSION } from './catalogue';
import { HISTORY_COUNCILS, planHistory } from './plan';
import type { HistoryPlan } from './plan';
import { WorkerPool } from './pool';
import type { TallyData } from './pool';
import { hash32 } from './prng';
import { historyRouting, relayOutbox } from './relay';
import type { Consumers, RelayCounts } from './relay';
import { closeServices, consumersOf, openServices, unplannedStory } from './services';
import type { Services, StoryRef } from './services';
import { StaffBook } from './staff';

export interface SeedHistoryOptions {
  /** 1 is the demo's three years (about 1,200 contacts and 400 cases); CI uses 0.01. */
  scale?: number;
  seed?: number;
  /** The present: history runs up to it. Defaults to now. */
  now?: Date;
  env?: NodeJS.ProcessEnv;
  /** Events worked side by side (cases, and the read model's partitions). */
  concurrency?: number;
  /** Worker processes running the consumers (0: all in this process). Defaults to the cores there are, at most 4. */
  workers?: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface HistorySummary {
  from: string;
  to: string;
  seed: number;
  scale: number;
  /** Contacts intake recorded (with those passed between the councils and service requests raised as complaints). */
  submissions: number;
  byCouncil: Record<string, { submissions: number; cases: number; byKind: Record<string, number>; byOutcome: Record<string, number> }>;
  cases: number;
  actions: Record<string, number>;
  breaches: number;
  enquiriesOverdue: number;
  /** Responses meant to be on time that were late: 0 unless a story is wrong. */
  unplannedLate: number;
  /** Story steps the case machine refused (0 unless a story is wrong), with the first reasons. */
  refused: number;
  refusals: string[];
  intakeEvents: RelayCounts;
  caseworkEvents: RelayCounts;
  alertsRead: number;
  seconds: number;
  phases: Record<string, number>;
}

/** History cannot be added: it already exists, the platform is running, or the staff directory is missing. */
export class HistoryRefused extends Error {}

type Work = { tally: TallyData; refusals: string[] };

/**
 * Refuses while the platform runs: its outbox relays would publish the history's events to the real queues (and
 * email residents about complaints of 2024), and its reconciler would time cases still being written.
 */
async function refuseWhileRunning(env: NodeJS.ProcessEnv): Promise<void> {
  const config = loadConfig('casework', env);
  const redis = createRedis(config.redisUrl);
  try {
    for (const name of [QUEUES.caseIntake, QUEUES.reportingEvents, QUEUES.intakeCaseStatus, QUEUES.notifications] as const) {
      const queue = createQueue(name, { connection: redis, prefix: config.queuePrefix });
      const workers = await queue.getWorkersCount().finally(() => queue.close());
      if (workers > 0)
        throw new HistoryRefused('The platform is running: stop it first (Ctrl-C where npm start runs), then seed the history.');
    }
  } finally {
    redis.disconnect();
  }
}

/** How many contacts the councils already hold, and how many of them before the current financial year. */
export async function existingContacts(orm: MikroORM, schema: string, now: Date): Promise<{ total: number; before: number }> {
  const yearStart = startOfLondonDay(financialYear(financialQuarterOf(londonDate(now)).year).from);
  const knex = orm.em.getConnection().getKnex();
  const [row] = await knex
    .withSchema(schema)
    .from('submission')
    .whereIn('council_id', [...HISTORY_COUNCILS])
    .select(knex.raw('count(*) as total'), knex.raw('count(*) filter (where received_at < ?) as before', [yearStart]));
  return { total: Number(row.total), before: Number(row.before) };
}

async function checkStaffDirectory(s: Services, book: StaffBook): Promise<void> {
  const knex = s.casework.orm.em.getConnection().getKnex();
  const ids = HISTORY_COUNCILS.flatMap((c) => book.idsOf(c));
  const [{ n }] = await knex.withSchema(s.casework.schema).from('staff_member').whereIn('id', ids).count({ n: '*' });
  if (Number(n) < ids.length)
    throw new HistoryRefused('History is worked by the seeded staff of both councils: start once with SEED_DEMO_DATA=true to seed them.');
}

/**
 * The story of each reference a case opens under, as intake gives them out. A case.open can reach the casework
 * consumer before the submission that wrote it has returned its reference here: it waits for its story.
 */
class StoryBook {
  private readonly known = new Map<string, StoryRef>();
  private readonly waiting = new Map<string, (story: StoryRef) => void>();
  private closed = false;

  get size(): number {
    return this.known.size;
  }

  set(reference: string, story: StoryRef): void {
    this.known.set(reference, story);
    this.waiting.get(reference)?.(story);
    this.waiting.delete(reference);
  }

  of(reference: string): Promise<StoryRef> {
    const story = this.known.get(reference) ?? (this.closed ? unplannedStory(reference) : undefined);
    if (story) return Promise.resolve(story);
    return new Promise((resolve) => this.waiting.set(reference, resolve));
  }

  /** Every contact is in: a case nobody planned lives a story of its own reference. */
  close(): void {
    this.closed = true;
    for (const [reference, resolve] of this.waiting) resolve(unplannedStory(reference));
    this.waiting.clear();
  }
}

/** Every contact through intake's own submitFeedback (and convertToComplaint), one after another as they arrived. */
async function submitAll(s: Services, plan: HistoryPlan, book: StaffBook, stories: StoryBook): Promise<void> {
  const references = new Map<number, string>();
  for (const step of plan.steps) {
    const { contact } = step;
    const em = s.intake.orm.em.fork();
    if (step.kind === 'CONVERT') {
      const by = book.identity(contact.conversion!.by);
      const made = await convertToComplaint(
        em,
        s.intake.schema,
        { staff: by },
        references.get(step.order)!,
        SERVICE_REQUEST_CONVERSION,
        step.at,
      );
      stories.set(made.reference, [contact.conversion!.caseSeed, null]);
      continue;
    }
    const staff = contact.recorder ? book.identity(contact.recorder) : null;
    const result = await submitFeedback(contact.input, { em, schema: s.intake.schema, staff, now: contact.recordedAt });
    references.set(step.order, result.reference);
    if (result.outcome === IntakeOutcome.ACCEPTED) stories.set(result.reference, [contact.caseSeed, contact.showcase]);
    // Passed to the other council, which opened a case under its own reference: that case has a story too.
    if (result.referral?.reference) stories.set(result.referral.reference, [hash32(`${contact.caseSeed}-passed-on`), null]);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const emptyCounts = (): RelayCounts => ({ delivered: {}, dropped: {}, events: 0 });

function add(total: RelayCounts, more: RelayCounts): void {
  type Queue = keyof RelayCounts['delivered'];
  for (const [q, n] of Object.entries(more.delivered)) total.delivered[q as Queue] = (total.delivered[q as Queue] ?? 0) + n;
  for (const [q, n] of Object.entries(more.dropped)) total.dropped[q as Queue] = (total.dropped[q as Queue] ?? 0) + n;
  total.events += more.events;
}

/** The relay keeps publishing while its writers write, as the platform's does; it ends once they are done and it is empty. */
async function relayUntil(writing: () => boolean, round: () => Promise<RelayCounts>): Promise<RelayCounts> {
  const total = emptyCounts();
  for (;;) {
    // Read before the round: a round begun after the writers stopped sees everything they wrote.
    const stillWriting = writing();
    const counts = await round();
    add(total, counts);
    if (!stillWriting) return total;
    if (counts.events === 0) await sleep(200);
  }
}

/** Alerts raised in the past (a late complaint's decision, a Stage 2 delay) have long been read by their recipients. */
async function readOldAlerts(s: Services, book: StaffBook, now: Date): Promise<number> {
  const before = startOfLondonDay(addWorkingDays(londonDate(now), -10));
  const alerts = await s.casework.orm.em
    .fork()
    .find(StaffAlert, { readAt: null, createdAt: { $lt: before } }, { orderBy: { createdAt: 'asc' } });
  const resolver = new StaffAlertResolver();
  for (const alert of alerts) {
    const readAt = new Date(alert.createdAt.getTime() + 90 * 60_000);
    const ctx = {
      auth: { staff: book.identity(alert.recipientId) },
      em: s.casework.orm.em.fork(),
      schema: s.casework.schema,
      now: () => readAt,
    };
    await resolver.markAlertRead({ id: alert.id } as Parameters<StaffAlertResolver['markAlertRead']>[0], ctx);
  }
  return alerts.length;
}

async function countBy(s: Services): Promise<HistorySummary['byCouncil']> {
  const knex = s.intake.orm.em.getConnection().getKnex();
  const rows: { council_id: string; kind: string; outcome: string; n: string }[] = await knex
    .withSchema(s.intake.schema)
    .from('submission')
    .select('council_id', 'kind', 'outcome')
    .count({ n: '*' })
    .groupBy('council_id', 'kind', 'outcome');
  const cases: { council_id: string; n: string }[] = await s.casework.orm.em
    .getConnection()
    .getKnex()
    .withSchema(s.casework.schema)
    .from('case')
    .select('council_id')
    .count({ n: '*' })
    .groupBy('council_id');
  const out: HistorySummary['byCouncil'] = {};
  for (const r of rows) {
    const c = (out[r.council_id] ??= { submissions: 0, cases: 0, byKind: {}, byOutcome: {} });
    c.submissions += Number(r.n);
    c.byKind[r.kind] = (c.byKind[r.kind] ?? 0) + Number(r.n);
    c.byOutcome[r.outcome] = (c.byOutcome[r.outcome] ?? 0) + Number(r.n);
  }
  for (const r of cases) (out[r.council_id] ??= { submissions: 0, cases: 0, byKind: {}, byOutcome: {} }).cases = Number(r.n);
  return out;
}

const timed = async <T>(phases: Record<string, number>, name: string, fn: () => Promise<T>): Promise<T> => {
  const t = performance.now();
  try {
    return await fn();
  } finally {
    phases[name] = Math.round((performance.now() - t) / 100) / 10;
  }
};

/**
 * Three financial years of both councils' complaints, compliments, comments and service requests, created through
 * the services' own application functions with the clock set to each moment: intake's submitFeedback, casework's
 * case commands and SLA timer processor, and the events they write relayed from each outbox to reporting's and
 * intake's consumers, so the read model is built from real events. Refuses when history already exists.
 */
export async function seedHistory(options: SeedHistoryOptions = {}): Promise<HistorySummary> {
  const started = performance.now();
  const env = options.env ?? process.env;
  const scale = options.scale ?? 1;
  const seed = options.seed ?? 1;
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);
  const book = new StaffBook();
  await refuseWhileRunning(env);
  const s = await openServices(env);
  let pool: WorkerPool | null = null;
  try {
    const existing = await existingContacts(s.intake.orm, s.intake.schema, now);
    if (existing.before > 0)
      throw new HistoryRefused(`History already exists: ${existing.before} contacts before this financial year. Nothing was added.`);
    await checkStaffDirectory(s, book);
    const phases: Record<string, number> = {};
    const plan = planHistory({ seed, scale, now, staff: book });
    log(`${plan.steps.length} contacts from ${plan.from} to ${londonDate(now)} (scale ${scale}, seed ${seed})`);
    const stories = new StoryBook();
    const init = { horizon: now.toISOString(), firstYear: Number(plan.from.slice(0, 4)) };
    const workers = options.workers ?? Math.min(4, availableParallelism());
    const local = workers > 0 ? null : consumersOf(s, { ...init, horizon: now, storyOf: (r) => stories.of(r) });
    pool = local ? null : await WorkerPool.start(workers, init, env);
    const consumers: Consumers = local?.consumers ?? pool!.consumers((r) => stories.of(r));
    const concurrency = options.concurrency ?? 4 * Math.max(1, workers);
    // As on the platform, each stage runs while the one before it is still writing: intake records the contacts, the
    // relay hands each case.open to casework as it is written, and casework's events go on to reporting and intake.
    const busy = { intake: true, casework: true };
    const intakeDone = timed(phases, 'intake', () => submitAll(s, plan, book, stories)).finally(() => {
      busy.intake = false;
      stories.close();
    });
    const relayIntake = () => relayOutbox(s.intake.orm, s.intake.schema, historyRouting(consumers), { concurrency });
    const relayCasework = () => relayOutbox(s.casework.orm, s.casework.schema, historyRouting(consumers), { concurrency });
    const intakeRelayed = timed(phases, 'casework', () => relayUntil(() => busy.intake, relayIntake)).finally(() => {
      busy.casework = false;
    });
    const caseworkRelayed = timed(phases, 'reporting', () => relayUntil(() => busy.casework, relayCasework));
    await intakeDone;
    log(`intake recorded them in ${phases.intake} s; ${stories.size} cases opened (${workers || 'no'} worker processes)`);
    const intakeEvents = await intakeRelayed;
    log(`casework worked them by ${phases.casework} s`);
    const caseworkEvents = await caseworkRelayed;
    const work: Work[] = local ? [{ tally: local.done.tally, refusals: local.done.refusals }] : await pool!.stop();
    const alertsRead = await timed(phases, 'alerts', () => readOldAlerts(s, book, now));
    return summarise({
      plan,
      seed,
      scale,
      now,
      started,
      phases,
      work,
      intakeEvents,
      caseworkEvents,
      alertsRead,
      byCouncil: await countBy(s),
    });
  } finally {
    pool?.kill();
    await closeServices(s);
  }
}

function summarise(r: {
  plan: HistoryPlan;
  seed: number;
  scale: number;
  now: Date;
  started: number;
  phases: Record<string, number>;
  work: Work[];
  intakeEvents: RelayCounts;
  caseworkEvents: RelayCounts;
  alertsRead: number;
  byCouncil: HistorySummary['byCouncil'];
}): HistorySummary {
  const actions: Record<string, number> = {};
  for (const w of r.work) for (const [k, n] of Object.entries(w.tally.actions)) actions[k] = (actions[k] ?? 0) + n;
  const sum = (f: (t: TallyData) => number) => r.work.reduce((n, w) => n + f(w.tally), 0);
  const refusals = r.work.flatMap((w) => w.refusals);
  return {
    from: r.plan.from,
    to: londonDate(r.now),
    seed: r.seed,
    scale: r.scale,
    submissions: Object.values(r.byCouncil).reduce((n, c) => n + c.submissions, 0),
    byCouncil: r.byCouncil,
    cases: Object.values(r.byCouncil).reduce((n, c) => n + c.cases, 0),
    actions,
    breaches: sum((t) => t.breaches),
    enquiriesOverdue: sum((t) => t.enquiriesOverdue),
    unplannedLate: sum((t) => t.unplannedLate),
    refused: refusals.length,
    refusals: refusals.slice(0, 10),
    intakeEvents: r.intakeEvents,
    caseworkEvents: r.caseworkEvents,
    alertsRead: r.alertsRead,
    seconds: Math.round((performance.now() - r.started) / 100) / 10,
    phases: r.phases,
  };
}

/** The summary in a few lines, for a person. */
export function describe(s: HistorySummary): string[] {
  const kinds = Object.values(FeedbackKind);
  const plural = (k: string) => `${k.toLowerCase().replace('_', ' ')}s`;
  const councils = Object.entries(s.byCouncil).map(
    ([id, c]) => `${id}: ${c.submissions} contacts (${kinds.map((k) => `${c.byKind[k] ?? 0} ${plural(k)}`).join(', ')}), ${c.cases} cases`,
  );
  const a = s.actions;
  const phases = Object.entries(s.phases).map(([k, v]) => `${k} ${v} s`);
  const total = Object.values(a).reduce((n, x) => n + x, 0);
  const toReporting = (s.intakeEvents.delivered['reporting-events'] ?? 0) + (s.caseworkEvents.delivered['reporting-events'] ?? 0);
  return [
    `${s.submissions} contacts and ${s.cases} cases, ${s.from} to ${s.to}, in ${s.seconds} s (${phases.join(', ')})`,
    ...councils,
    `${total} case actions: escalations ${a.ESCALATE ?? 0}, extensions ${a.EXTEND ?? 0}, holds ${a.HOLD ?? 0}, ` +
      `delay notices ${a.NOTIFY_DELAY ?? 0}, Ombudsman referrals ${a.REFER_TO_OMBUDSMAN ?? 0} and decisions ` +
      `${a.RECORD_OMBUDSMAN_DECISION ?? 0}, breaches ${s.breaches}, remedies done ${a.COMPLETE_REMEDY_ACTION ?? 0}`,
    `events: ${s.intakeEvents.events} from intake, ${s.caseworkEvents.events} from casework; ${toReporting} to reporting`,
    ...(s.refused ? [`${s.refused} story steps refused, e.g. ${s.refusals[0]}`] : []),
    ...(s.unplannedLate ? [`${s.unplannedLate} responses meant to be on time were late`] : []),
  ];
}

/**
 * The demo start's hook (tools/migrate.ts): with SEED_DEMO_DATA on and no contact recorded yet, three years of
 * history (SEED_HISTORY_SCALE, default 1). Never stops the start: a refusal or a fault is said and skipped.
 */
export async function seedHistoryAtStart(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = console.log): Promise<void> {
  const config = loadConfig('intake', env);
  if (!config.seedDemoData) return;
  try {
    const orm = await intakeModule.createOrm(config, createLogger('history', 'warn'));
    const { total } = await existingContacts(orm, intakeModule.schema(config), new Date()).finally(() => orm.close());
    if (total > 0) return;
    log('[history] no contacts yet: seeding three financial years of history for the demo (npm run seed:history)…');
    const summary = await seedHistory({ env, scale: Number(env.SEED_HISTORY_SCALE ?? 1) || 1, log: (l) => log(`[history] ${l}`) });
    for (const line of describe(summary)) log(`[history] ${line}`);
  } catch (err) {
    log(`[history] not seeded: ${(err as Error).message}`);
  }
}
