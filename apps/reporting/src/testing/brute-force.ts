import {
  CaseStatus,
  OmbudsmanDecision,
  contactBucket,
  financialQuarterOf,
  findCouncilPolicy,
  londonDate,
  refusalDescription,
  refusalReason,
  workingDaysBetween,
} from '@redress/policy';
import type { ComplaintCategory, Outcome, Remedy } from '@redress/policy';
import type { CaseChangedEvent, CaseOpenedEvent, SubmissionReceivedEvent } from '@redress/contracts';

/*
 * For the tests only: every figure of the reports counted the slow, obvious way, straight from the list of events
 * reporting consumed. It walks the events once to learn what each case is now (its categories, stage, last closure),
 * then counts with plain loops. It shares nothing with the SQL of the figures but the policy core's definitions.
 */

export type Delivered =
  | { type: 'submission.received'; event: SubmissionReceivedEvent }
  | { type: 'case.opened'; event: CaseOpenedEvent }
  | { type: 'case.changed'; event: CaseChangedEvent };

const day = (iso: string) => londonDate(new Date(iso));
const inRange = (d: string | null | undefined, from: string, to: string): d is string => Boolean(d) && d! >= from && d! <= to;

interface StageState {
  opened: string;
  respondBy: string;
  ackDate: string | null;
  ackOnTime: boolean | null;
  respDate: string | null;
  respOnTime: boolean | null;
  outcome: Outcome | null;
  workingDays: number | null;
  escalatedDate: string | null;
}

interface CaseState {
  caseId: string;
  councilId: string;
  serviceArea: string;
  anonymous: boolean;
  receivedDate: string;
  categories: ComplaintCategory[];
  stage: number;
  stages: Map<number, StageState>;
  closedDate: string | null;
  refusedDate: string | null;
  ombudsmanDate: string | null;
  decision: OmbudsmanDecision | null;
  decisionDate: string | null;
  enquiryRespondBy: string | null;
  enquiryAnswered: string | null;
}

interface Known {
  submissions: SubmissionReceivedEvent[];
  cases: Map<string, CaseState>;
  lessons: { councilId: string; date: string; caseId: string; stage: number; text: string }[];
  remedies: { councilId: string; date: string; remedy: Remedy | null }[];
}

const newStage = (opened: string, respondBy: string): StageState => ({
  opened,
  respondBy,
  ackDate: null,
  ackOnTime: null,
  respDate: null,
  respOnTime: null,
  outcome: null,
  workingDays: null,
  escalatedDate: null,
});

type Learn = (c: CaseState, st: StageState, e: CaseChangedEvent, date: string, known: Known) => void;
const responded: Learn = (c, st, e, date, known) => {
  if (e.status !== CaseStatus.RESPONDED) return;
  Object.assign(st, { respDate: date, respOnTime: e.onTime, outcome: e.outcome, workingDays: workingDaysBetween(st.opened, date) });
  if (e.lessonsLearned) known.lessons.push({ councilId: c.councilId, date, caseId: c.caseId, stage: e.stage, text: e.lessonsLearned });
};
const closes: Learn = (c, _st, e, date) => {
  if (e.status === CaseStatus.CLOSED) c.closedDate = date;
};
const LEARN: Partial<Record<CaseChangedEvent['change'], Learn>> = {
  ACKNOWLEDGED: (_c, st, e, date) => Object.assign(st, { ackDate: date, ackOnTime: e.onTime }),
  RESPONDED: responded,
  SIGNED_OFF: responded,
  ESCALATED: (c, _st, e, date) => {
    if (e.previousStage !== null) c.stages.get(e.previousStage)!.escalatedDate = date;
  },
  CLOSED: closes,
  OMBUDSMAN_DECISION: (c, st, e, date, known) => {
    if (e.ombudsmanDecision) Object.assign(c, { decision: e.ombudsmanDecision, decisionDate: date });
    closes(c, st, e, date, known);
  },
  LATE_COMPLAINT_REFUSED: (c, st, e, date, known) => {
    Object.assign(st, { respDate: date, outcome: e.outcome, respOnTime: null, workingDays: null });
    c.refusedDate = date;
    closes(c, st, e, date, known);
  },
  REFERRED_TO_OMBUDSMAN: (c, _st, e, date) =>
    Object.assign(c, { ombudsmanDate: date, enquiryRespondBy: e.ombudsmanEnquiryRespondBy ?? null, enquiryAnswered: null }),
  OMBUDSMAN_ENQUIRY_ANSWERED: (c, _st, _e, date) => (c.enquiryAnswered = date),
  REMEDY_COMPLETED: (c, _st, e, date, known) => known.remedies.push({ councilId: c.councilId, date, remedy: e.remedy ?? null }),
};

function applyChange(c: CaseState, e: CaseChangedEvent, known: Known): void {
  c.stage = e.stage;
  if (e.categories) c.categories = e.categories;
  const st = c.stages.get(e.stage) ?? newStage(day(e.stageOpenedAt), e.respondBy);
  st.respondBy = e.respondBy;
  c.stages.set(e.stage, st);
  LEARN[e.change]?.(c, st, e, day(e.occurredAt), known);
}

/** What the events say, walked once in the order given (each event once: a repeat by id is ignored). */
export function learn(events: readonly Delivered[]): Known {
  const known: Known = { submissions: [], cases: new Map(), lessons: [], remedies: [] };
  const seen = new Set<string>();
  for (const d of events) {
    if (seen.has(d.event.eventId)) continue;
    seen.add(d.event.eventId);
    if (d.type === 'submission.received') known.submissions.push(d.event);
    if (d.type === 'case.opened') {
      const e = d.event;
      known.cases.set(e.caseId, {
        caseId: e.caseId,
        councilId: e.councilId,
        serviceArea: e.serviceArea,
        anonymous: e.anonymous,
        receivedDate: day(e.receivedAt),
        categories: e.categories ?? [],
        stage: e.stage,
        stages: new Map([[e.stage, newStage(day(e.receivedAt), e.respondBy)]]),
        closedDate: null,
        refusedDate: null,
        ombudsmanDate: null,
        decision: null,
        decisionDate: null,
        enquiryRespondBy: null,
        enquiryAnswered: null,
      });
    }
    if (d.type === 'case.changed') applyChange(known.cases.get(d.event.caseId)!, d.event, known);
  }
  return known;
}

export interface Row {
  key: string;
  received: number;
  compliments: number;
  comments: number;
  serviceRequests: number;
  notTakenOn: number;
  closed: number;
  upheld: number;
  partiallyUpheld: number;
  notUpheld: number;
  notInvestigated: number;
  escalated: number;
  respondedOnTime: number;
  respondedLate: number;
  averageWorkingDaysToRespond: number | null;
  suppressed: string[];
}

export type Dimension = 'SERVICE_AREA' | 'STAGE' | 'CATEGORY' | 'OUTCOME' | 'QUARTER';

const quarterKey = (d: string) => {
  const q = financialQuarterOf(d);
  return `${q.year}-Q${q.quarter}`;
};
const categoryKeys = (c: CaseState) => (c.categories.length ? c.categories : ['UNCATEGORISED']);
const BUCKET_FIELD = {
  COMPLAINT: 'received',
  COMPLIMENT: 'compliments',
  COMMENT: 'comments',
  SERVICE_REQUEST: 'serviceRequests',
  NOT_TAKEN_ON: 'notTakenOn',
} as const;
const OUTCOME_FIELD = {
  UPHELD: 'upheld',
  PARTIALLY_UPHELD: 'partiallyUpheld',
  NOT_UPHELD: 'notUpheld',
  NOT_INVESTIGATED: 'notInvestigated',
} as const;

/** The keys an event about a case counts under, for a dimension (dated `date`, at stage `stage`). */
function caseKeys(dim: Dimension, c: CaseState, date: string, stage: number | null, outcome: string | null): string[] {
  if (dim === 'SERVICE_AREA') return [c.serviceArea];
  if (dim === 'CATEGORY') return categoryKeys(c);
  if (dim === 'QUARTER') return [quarterKey(date)];
  if (dim === 'STAGE') return stage === null ? [] : [String(stage)];
  return outcome === null ? [] : [outcome];
}

type Counting = Row & { days: number[] };
const emptyRow = (key: string): Counting => ({
  key,
  received: 0,
  compliments: 0,
  comments: 0,
  serviceRequests: 0,
  notTakenOn: 0,
  closed: 0,
  upheld: 0,
  partiallyUpheld: 0,
  notUpheld: 0,
  notInvestigated: 0,
  escalated: 0,
  respondedOnTime: 0,
  respondedLate: 0,
  averageWorkingDaysToRespond: null,
  suppressed: [],
  days: [],
});

/** Every contact received in the range, by what it counts as (by service area or quarter: the other keys have none). */
function countContacts(known: Known, councilId: string, from: string, to: string, dim: Dimension, row: (k: string) => Counting) {
  if (dim !== 'SERVICE_AREA' && dim !== 'QUARTER') return;
  for (const s of known.submissions) {
    const date = day(s.receivedAt);
    if (s.councilId !== councilId || !inRange(date, from, to)) continue;
    row(dim === 'SERVICE_AREA' ? s.serviceArea : quarterKey(date))[BUCKET_FIELD[contactBucket(s.kind, s.outcome)]] += 1;
  }
}

function countResponse(r: Counting, st: StageState) {
  r[OUTCOME_FIELD[st.outcome!]] += 1;
  if (st.respOnTime === true) r.respondedOnTime += 1;
  if (st.respOnTime === false) r.respondedLate += 1;
  if (st.workingDays !== null) r.days.push(st.workingDays);
}

/** One case's stages: entered (by stage), answered, escalated, each counted by its own date. */
function countStages(c: CaseState, from: string, to: string, dim: Dimension, row: (k: string) => Counting) {
  for (const [n, st] of c.stages) {
    if (dim === 'STAGE' && inRange(st.opened, from, to)) row(String(n)).received += 1;
    if (inRange(st.respDate, from, to)) for (const k of caseKeys(dim, c, st.respDate, n, st.outcome)) countResponse(row(k), st);
    if (inRange(st.escalatedDate, from, to))
      for (const k of caseKeys(dim, c, st.escalatedDate, n, st.outcome ?? 'NO_RESPONSE')) row(k).escalated += 1;
  }
}

/** The rows of `statistics(councilId, from, to, dim)`, counted one event at a time. */
export function rows(known: Known, councilId: string, from: string, to: string, dim: Dimension): Row[] {
  const table = new Map<string, Counting>();
  const row = (key: string) => {
    if (!table.has(key)) table.set(key, emptyRow(key));
    return table.get(key)!;
  };
  countContacts(known, councilId, from, to, dim, row);
  for (const c of [...known.cases.values()].filter((x) => x.councilId === councilId)) {
    // By category, received is each complaint's case, under each of its categories now.
    if (dim === 'CATEGORY' && inRange(c.receivedDate, from, to)) for (const k of categoryKeys(c)) row(k).received += 1;
    countStages(c, from, to, dim, row);
    // A closure counts once, under the stage the case is at now.
    if (inRange(c.closedDate, from, to) && dim !== 'OUTCOME')
      for (const k of caseKeys(dim, c, c.closedDate, c.stage, null)) row(k).closed += 1;
  }
  return [...table.values()]
    .map(({ days, ...r }) => ({
      ...r,
      averageWorkingDaysToRespond: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
    }))
    .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
}

type SlaCounts = {
  acknowledgedOnTime: number;
  acknowledgedLate: number;
  respondedOnTime: number;
  respondedLate: number;
  openOverdue: number;
};

/** Open at `asOf`, unanswered past its deadline: not answered, escalated or closed by then. */
const overdueAt = (c: CaseState, st: StageState, asOf: string) =>
  st.opened <= asOf &&
  st.respondBy < asOf &&
  (st.respDate === null || st.respDate > asOf) &&
  (st.escalatedDate === null || st.escalatedDate > asOf) &&
  (c.closedDate === null || c.closedDate > asOf);

function countSla(out: SlaCounts, c: CaseState, st: StageState, from: string, to: string, asOf: string) {
  if (!c.anonymous && inRange(st.ackDate, from, to)) out[st.ackOnTime ? 'acknowledgedOnTime' : 'acknowledgedLate'] += 1;
  if (inRange(st.respDate, from, to) && st.respOnTime !== null) out[st.respOnTime ? 'respondedOnTime' : 'respondedLate'] += 1;
  if (overdueAt(c, st, asOf)) out.openOverdue += 1;
}

/** SLA compliance over [from, to], at one stage if given, open and overdue as of the earlier of `to` and `today`. */
export function sla(known: Known, councilId: string, from: string, to: string, today: string, stage: number | null = null) {
  const asOf = to < today ? to : today;
  const out: SlaCounts = { acknowledgedOnTime: 0, acknowledgedLate: 0, respondedOnTime: 0, respondedLate: 0, openOverdue: 0 };
  for (const c of [...known.cases.values()].filter((x) => x.councilId === councilId))
    for (const [n, st] of c.stages) if (stage === null || n === stage) countSla(out, c, st, from, to, asOf);
  const responded = out.respondedOnTime + out.respondedLate;
  return { ...out, onTimeRate: responded ? out.respondedOnTime / responded : null, suppressed: [] as string[] };
}

const counted = <K extends string>(keys: K[]) => {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

/** Everything the quarterly and the annual report share, for one council over [from, to]. */
export function figures(known: Known, councilId: string, from: string, to: string, today: string) {
  const byServiceArea = rows(known, councilId, from, to, 'SERVICE_AREA');
  const byStage = rows(known, councilId, from, to, 'STAGE');
  const cases = [...known.cases.values()].filter((c) => c.councilId === councilId);
  const policy = findCouncilPolicy(councilId)!;
  const reasons = [
    ...known.submissions
      .filter((s) => s.councilId === councilId && s.kind === 'COMPLAINT' && inRange(day(s.receivedAt), from, to))
      .map((s) =>
        s.refusal !== undefined
          ? s.refusal
          : contactBucket(s.kind, s.outcome) === 'NOT_TAKEN_ON'
            ? refusalReason(policy, { ...s, anonymous: null })
            : null,
      )
      .filter((r): r is string => r !== null),
    ...cases.filter((c) => inRange(c.refusedDate, from, to)).map(() => 'OUT_OF_TIME'),
  ];
  const decisions = counted(cases.filter((c) => c.decision && inRange(c.decisionDate, from, to)).map((c) => c.decision!));
  const sum = (field: 'received' | 'compliments' | 'comments' | 'serviceRequests') => byServiceArea.reduce((n, r) => n + r[field], 0);
  return {
    councilId,
    complaints: sum('received'),
    compliments: sum('compliments'),
    comments: sum('comments'),
    serviceRequests: sum('serviceRequests'),
    escalations: byStage.reduce((n, r) => n + r.escalated, 0),
    byServiceArea,
    byStage,
    byCategory: rows(known, councilId, from, to, 'CATEGORY'),
    byOutcome: rows(known, councilId, from, to, 'OUTCOME'),
    praise: byServiceArea.filter((r) => r.compliments > 0).map((r) => ({ serviceArea: r.key, count: r.compliments, suppressed: [] })),
    sla: sla(known, councilId, from, to, today),
    slaByStage: policy.stages.map((s) => ({ stage: s.number, sla: sla(known, councilId, from, to, today, s.number) })),
    refused: [...counted(reasons)]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([reason, count]) => ({ reason, description: refusalDescription(reason), count, suppressed: [] })),
    ombudsmanReferrals: cases.filter((c) => inRange(c.ombudsmanDate, from, to)).length,
    ombudsmanDecisions: Object.values(OmbudsmanDecision)
      .filter((d) => decisions.has(d))
      .map((decision) => ({ decision, count: decisions.get(decision)!, suppressed: [] })),
    lessonsLearned: known.lessons
      .filter((l) => l.councilId === councilId && inRange(l.date, from, to))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : a.stage - b.stage))
      .map((l) => l.text),
    suppressed: [] as string[],
  };
}

/** The Ombudsman's enquiries answered in [from, to]: on time when by the date asked for, or when none was. */
export function enquiries(known: Known, councilId: string, from: string, to: string) {
  const answered = [...known.cases.values()].filter((c) => c.councilId === councilId && inRange(c.enquiryAnswered, from, to));
  const late = answered.filter((c) => c.enquiryRespondBy !== null && c.enquiryAnswered! > c.enquiryRespondBy).length;
  return { onTime: answered.length - late, late };
}

/** Remedy actions carried out in [from, to], by remedy. */
export function remedies(known: Known, councilId: string, from: string, to: string) {
  const m = counted(known.remedies.filter((r) => r.councilId === councilId && inRange(r.date, from, to)).map((r) => String(r.remedy)));
  return [...m]
    .map(([remedy, count]) => ({ remedy: remedy === 'null' ? null : (remedy as Remedy), count, suppressed: [] }))
    .sort((a, b) => b.count - a.count || String(a.remedy).localeCompare(String(b.remedy)));
}
