import { randomUUID } from 'node:crypto';
import {
  CaseStatus,
  Channel,
  ComplaintCategory,
  FeedbackKind,
  IntakeOutcome,
  Matter,
  OmbudsmanDecision,
  Outcome,
  Remedy,
  addWorkingDays,
  londonDate,
} from '@redress/policy';
import type { CaseChange, CaseChangedEvent, CaseOpenedEvent, SubmissionReceivedEvent } from '@redress/contracts';
import type { Delivered } from './brute-force';

/*
 * For the tests only: a deterministic history of events as intake and casework send them to reporting, two financial
 * years long, with every kind of contact and change the reports count, some small service areas (for small numbers),
 * events sent before fields were added (no categories, no refusal reason, no decision), and instants late in the
 * evening that are the next day in London.
 */

/** A small, seeded random number generator (mulberry32): the same seed, the same history. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Council {
  id: string;
  prefix: string;
  areas: string[];
  firstStage: number[];
  lastStage: number;
}
const COUNCILS: Council[] = [
  // Licensing and leisure are small: their counts fall under 5.
  {
    id: 'hart',
    prefix: 'HDC',
    areas: ['waste', 'waste', 'waste', 'planning', 'planning', 'housing', 'licensing', 'leisure'],
    firstStage: [0, 1],
    lastStage: 2,
  },
  { id: 'hampshire', prefix: 'HCC', areas: ['highways', 'libraries'], firstStage: [1], lastStage: 3 },
];

export interface HistoryOptions {
  seed: number;
  cases: number;
  contacts: number;
  /** The first and last London dates events are received on. */
  from: string;
  to: string;
}

export function eventHistory({ seed, cases, contacts, from, to }: HistoryOptions): Delivered[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const span = (Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / DAY;
  // Mostly office hours; one in ten at 23:30 UTC, which is the next day in London in summer.
  const instant = () => {
    const d = Date.parse(`${from}T00:00:00Z`) + Math.floor(rnd() * span) * DAY;
    return new Date(d + (chance(0.1) ? 23.5 * HOUR : (8 + Math.floor(rnd() * 9)) * HOUR));
  };
  const later = (at: Date, days: number) => new Date(at.getTime() + days * DAY + Math.floor(rnd() * 8) * HOUR + 60_000);
  const by = (at: Date, wd: number) => addWorkingDays(londonDate(at), wd);
  const out: Delivered[] = [];
  let sequence = 0;
  const reference = (c: Council) => `${c.prefix}-2026-${String(++sequence).padStart(6, '0')}`;
  const base = (at: Date) => ({ v: 1 as const, eventId: randomUUID(), occurredAt: at.toISOString() });

  for (let i = 0; i < contacts; i++) {
    const c = i % 9 === 0 ? COUNCILS[1] : COUNCILS[0];
    const kind = pick([
      FeedbackKind.COMPLIMENT,
      FeedbackKind.COMPLIMENT,
      FeedbackKind.COMMENT,
      FeedbackKind.SERVICE_REQUEST,
      FeedbackKind.COMPLAINT,
    ]);
    const at = instant();
    const [outcome, matter, serviceArea, refusal] = contactOutcome(c, kind, pick, chance);
    const e: SubmissionReceivedEvent = {
      ...base(at),
      submissionId: randomUUID(),
      reference: reference(c),
      councilId: c.id,
      kind,
      channel: pick(Object.values(Channel)),
      serviceArea,
      matter,
      outcome,
      receivedAt: at.toISOString(),
      // One in five written before reasons were recorded: reporting works the reason out.
      ...(chance(0.2) ? {} : { refusal }),
    };
    out.push({ type: 'submission.received', event: e });
  }

  for (let i = 0; i < cases; i++) {
    const c = i % 10 === 0 ? COUNCILS[1] : COUNCILS[0];
    out.push(...caseHistory(c, instant(), { pick, chance, later, by, base, reference: () => reference(c) }));
  }
  return out.sort((a, b) => a.event.occurredAt.localeCompare(b.event.occurredAt));
}

type Pick = <T>(xs: readonly T[]) => T;

function contactOutcome(
  c: Council,
  kind: FeedbackKind,
  pick: Pick,
  chance: (p: number) => boolean,
): [IntakeOutcome, Matter, string, string | null] {
  const area = pick(c.areas);
  if (kind === FeedbackKind.COMPLIMENT || kind === FeedbackKind.COMMENT) {
    // A compliment about the county's roads goes to the county.
    return chance(0.1) && c.id === 'hart'
      ? [IntakeOutcome.REFERRED, Matter.SERVICE_FAILURE, 'roads', 'OTHER_AUTHORITY']
      : [IntakeOutcome.RECORDED, Matter.SERVICE_FAILURE, area, null];
  }
  if (kind === FeedbackKind.SERVICE_REQUEST) return [IntakeOutcome.ROUTED_TO_SERVICE, Matter.SERVICE_FAILURE, area, null];
  // Complaints here are the ones not taken on (those taken on open cases, below).
  const refusals: [IntakeOutcome, Matter, string, string][] =
    c.id === 'hampshire'
      ? [
          [IntakeOutcome.NOT_ACCEPTED, Matter.SERVICE_FAILURE, area, 'ANONYMOUS'],
          [IntakeOutcome.NEEDS_CONSENT, Matter.SERVICE_FAILURE, area, 'NO_CONSENT'],
        ]
      : [
          [IntakeOutcome.REFERRED, Matter.SERVICE_FAILURE, 'roads', 'OTHER_AUTHORITY'],
          [IntakeOutcome.REFERRED, Matter.PLANNING_DECISION, 'planning', 'PLANNING_DECISION'],
          [IntakeOutcome.REFERRED, Matter.FREEDOM_OF_INFORMATION, area, 'FREEDOM_OF_INFORMATION'],
          [IntakeOutcome.NEEDS_JUSTIFICATION, Matter.SERVICE_FAILURE, area, 'OUT_OF_TIME_NO_REASON'],
        ];
  return pick(refusals);
}

interface Tools {
  pick: Pick;
  chance: (p: number) => boolean;
  later: (at: Date, days: number) => Date;
  by: (at: Date, wd: number) => string;
  base: (at: Date) => { v: 1; eventId: string; occurredAt: string };
  reference: () => string;
}

const CATEGORIES = Object.values(ComplaintCategory);
const RESPONSE_OUTCOMES = [Outcome.UPHELD, Outcome.PARTIALLY_UPHELD, Outcome.NOT_UPHELD, Outcome.NOT_UPHELD, Outcome.NOT_INVESTIGATED];
const LESSONS = [
  'Crews to log missed bins the same day',
  'Planning letters to give the case officer’s direct line',
  'Licence renewals to be reminded a month ahead',
  'Housing repairs to be confirmed in writing',
];

/** One complaint taken on: its receipt, its case and what happened to it, each change on a later date. */
function caseHistory(c: Council, receivedAt: Date, t: Tools): Delivered[] {
  const { pick, chance, later, by, base } = t;
  const out: Delivered[] = [];
  const caseId = randomUUID();
  const submissionId = randomUUID();
  const reference = t.reference();
  const serviceArea = pick(c.areas);
  const anonymous = chance(0.1);
  // One in twenty from a version of casework that sent no categories.
  const sendsCategories = !chance(0.05);
  let categories = chance(0.2) ? [] : [...new Set([pick(CATEGORIES), ...(chance(0.3) ? [pick(CATEGORIES)] : [])])];
  let stage = pick(c.firstStage);
  let stageOpenedAt = receivedAt;
  let acknowledgeBy = by(receivedAt, 3);
  let respondBy = by(receivedAt, 10);
  let status = CaseStatus.OPEN;
  let outcome: Outcome | null = null;
  let now = receivedAt;
  let ombudsmanDecision: OmbudsmanDecision | null = null;
  let ombudsmanEnquiryRespondBy: string | null = null;
  out.push({
    type: 'submission.received',
    event: {
      ...base(receivedAt),
      submissionId,
      reference,
      councilId: c.id,
      kind: FeedbackKind.COMPLAINT,
      channel: pick(Object.values(Channel)),
      serviceArea,
      matter: Matter.SERVICE_FAILURE,
      outcome: IntakeOutcome.ACCEPTED,
      receivedAt: receivedAt.toISOString(),
      refusal: null,
    },
  });
  const opened: CaseOpenedEvent = {
    ...base(new Date(receivedAt.getTime() + 60_000)),
    caseId,
    submissionId,
    reference,
    councilId: c.id,
    kind: FeedbackKind.COMPLAINT,
    serviceArea,
    status,
    stage,
    stageName: `Stage ${stage}`,
    acknowledgeBy,
    respondBy,
    receivedAt: receivedAt.toISOString(),
    channel: Channel.WEB_FORM,
    matter: Matter.SERVICE_FAILURE,
    anonymous,
    categories,
  };
  if (!sendsCategories) delete (opened as Partial<CaseOpenedEvent>).categories;
  out.push({ type: 'case.opened', event: opened });
  now = new Date(receivedAt.getTime() + 60_000);
  const change = (days: number, what: CaseChange, extra: Partial<CaseChangedEvent> = {}) => {
    now = later(now, days);
    const e: CaseChangedEvent = {
      ...base(now),
      caseId,
      reference,
      councilId: c.id,
      change: what,
      status,
      stage,
      stageName: `Stage ${stage}`,
      acknowledgeBy,
      respondBy,
      outcome,
      onTime: null,
      sla: null,
      previousStage: null,
      stageOpenedAt: stageOpenedAt.toISOString(),
      remedies: [],
      lessonsLearned: null,
      categories,
      ombudsmanDecision,
      ombudsmanEnquiryRespondBy,
      ...extra,
    };
    if (!sendsCategories) delete (e as Partial<CaseChangedEvent>).categories;
    out.push({ type: 'case.changed', event: e });
  };
  const runStage = (): boolean => {
    if (chance(0.8)) change(pick([1, 2, 4, 6]), 'ACKNOWLEDGED', { onTime: chance(0.8) });
    if (chance(0.1)) {
      respondBy = addWorkingDays(respondBy, 5);
      change(2, 'EXTENDED');
    }
    if (!chance(0.75)) return false;
    outcome = pick(RESPONSE_OUTCOMES);
    const remedies = outcome === Outcome.UPHELD || outcome === Outcome.PARTIALLY_UPHELD ? [pick(Object.values(Remedy))] : [];
    const lessonsLearned = chance(0.3) ? `${pick(LESSONS)} (${reference}, stage ${stage})` : null;
    const onTime = chance(0.7);
    if (chance(0.15)) {
      // Drafted, awaiting sign-off: not yet issued; then signed off.
      change(pick([5, 8, 12]), 'RESPONDED', { status: CaseStatus.OPEN, outcome: null });
      status = CaseStatus.RESPONDED;
      change(2, 'SIGNED_OFF', { onTime, remedies, lessonsLearned });
    } else {
      status = CaseStatus.RESPONDED;
      change(pick([3, 7, 12, 20]), 'RESPONDED', { onTime, remedies, lessonsLearned });
    }
    if (remedies.length && chance(0.5)) change(pick([5, 15]), 'REMEDY_COMPLETED', chance(0.1) ? {} : { remedy: remedies[0] });
    return true;
  };

  if (chance(0.06)) {
    // Made out of time; the coordinator did not consider it.
    status = CaseStatus.CLOSED;
    outcome = Outcome.NOT_INVESTIGATED;
    change(3, 'LATE_COMPLAINT_REFUSED');
    return out;
  }
  if (sendsCategories && chance(0.15)) {
    categories = [pick(CATEGORIES)];
    change(2, 'CATEGORIES_SET');
  }
  let answered = runStage();
  while (stage < c.lastStage && chance(answered ? 0.3 : 0.15)) {
    const previousStage = stage;
    stage += 1;
    status = CaseStatus.OPEN;
    outcome = null;
    now = later(now, pick([3, 10, 25]));
    stageOpenedAt = now;
    acknowledgeBy = by(now, 5);
    respondBy = by(now, 20);
    change(0, 'ESCALATED', { previousStage });
    answered = runStage();
  }
  // Closed, and perhaps taken to the Ombudsman, who may ask and then decide.
  const toOmbudsman = () => {
    status = CaseStatus.CLOSED;
    change(2, 'CLOSED');
    if (!chance(0.25)) return;
    status = CaseStatus.WITH_OMBUDSMAN;
    ombudsmanEnquiryRespondBy = chance(0.8) ? by(later(now, 20), 20) : null;
    change(20, 'REFERRED_TO_OMBUDSMAN');
    if (chance(0.8)) change(pick([5, 20, 40]), 'OMBUDSMAN_ENQUIRY_ANSWERED');
    if (!chance(0.7)) return;
    status = CaseStatus.CLOSED;
    ombudsmanDecision = pick(Object.values(OmbudsmanDecision));
    // One in ten from a version of casework that did not say which decision.
    change(40, 'OMBUDSMAN_DECISION', chance(0.1) ? { ombudsmanDecision: undefined } : {});
  };
  if (answered && chance(0.7)) toOmbudsman();
  return out;
}
