import { CaseStatus, contactBucket, findCouncilPolicy, londonDate, refusalReason, workingDaysBetween } from '@redress/policy';
import type { CaseChange, CaseChangedEvent, CaseOpenedEvent, JobMap, SubmissionReceivedEvent } from '@redress/contracts';
import type { EntityManager } from '@redress/platform';

export type ReportingJob = 'submission.received' | 'case.opened' | 'case.changed';
export type Knex = ReturnType<ReturnType<EntityManager['getConnection']>['getKnex']>;
type Projection<E> = (trx: Knex, schema: string, e: E) => Promise<void>;

const day = (iso: string): string => londonDate(new Date(iso));

/** Why a complaint opened as a case was then refused: the one reason there is so far (a late complaint not considered). */
export const REFUSED_OUT_OF_TIME = 'OUT_OF_TIME';

/** Why a contact was not taken on: as intake said, or for an event written before it said, as far as the event tells. */
function refusalOf(e: SubmissionReceivedEvent): string | null {
  if (e.refusal !== undefined) return e.refusal;
  if (contactBucket(e.kind, e.outcome) !== 'NOT_TAKEN_ON') return null;
  const policy = findCouncilPolicy(e.councilId);
  return policy ? refusalReason(policy, { ...e, anonymous: null }) : e.outcome;
}

const received: Projection<SubmissionReceivedEvent> = async (trx, schema, e) => {
  await trx
    .withSchema(schema)
    .table('received_item')
    .insert({
      submission_id: e.submissionId,
      council_id: e.councilId,
      reference: e.reference,
      kind: e.kind,
      channel: e.channel,
      service_area: e.serviceArea,
      matter: e.matter,
      intake_outcome: e.outcome,
      refusal_reason: refusalOf(e),
      received_at: e.receivedAt,
      received_date: day(e.receivedAt),
    })
    .onConflict('submission_id')
    .ignore();
};

const opened: Projection<CaseOpenedEvent> = async (trx, schema, e) => {
  await trx
    .withSchema(schema)
    .table('case_fact')
    .insert({
      case_id: e.caseId,
      submission_id: e.submissionId,
      council_id: e.councilId,
      reference: e.reference,
      kind: e.kind,
      service_area: e.serviceArea,
      channel: e.channel,
      matter: e.matter,
      anonymous: e.anonymous,
      // Events written before categories carry none.
      categories: e.categories ?? [],
      status: e.status,
      stage: e.stage,
      opened_at: e.occurredAt,
      received_date: day(e.receivedAt),
    })
    .onConflict('case_id')
    .ignore();
  await trx
    .withSchema(schema)
    .table('stage_fact')
    .insert({
      case_id: e.caseId,
      stage: e.stage,
      council_id: e.councilId,
      opened_date: day(e.receivedAt),
      acknowledge_by: e.acknowledgeBy,
      respond_by: e.respondBy,
    })
    .onConflict(['case_id', 'stage'])
    .ignore();
};

/** What a change does to the facts, given the event, its London date and the rows of its case and stages. */
interface ChangeScope {
  trx: Knex;
  schema: string;
  e: CaseChangedEvent;
  date: string;
  cases: () => ReturnType<ReturnType<Knex['withSchema']>['table']>;
  stage: (n: number) => ReturnType<ReturnType<Knex['withSchema']>['table']>;
}
type ChangeFact = (s: ChangeScope) => Promise<unknown>;

const responded: ChangeFact = async ({ trx, schema, e, date, stage }) => {
  if (e.status !== CaseStatus.RESPONDED) return; // drafted, awaiting sign-off: not yet issued
  const [{ opened_date: openedDate }] = await stage(e.stage).select('opened_date');
  const from = typeof openedDate === 'string' ? openedDate : londonDate(openedDate as Date);
  await stage(e.stage).update({
    responded_date: date,
    responded_on_time: e.onTime,
    outcome: e.outcome,
    working_days_to_respond: workingDaysBetween(from, date),
  });
  if (!e.lessonsLearned) return;
  await trx
    .withSchema(schema)
    .table('lesson_learned')
    .insert({ case_id: e.caseId, stage: e.stage, council_id: e.councilId, responded_date: date, text: e.lessonsLearned })
    .onConflict(['case_id', 'stage'])
    .ignore();
};

const closedIfSo: ChangeFact = async ({ e, date, cases }) => {
  if (e.status === CaseStatus.CLOSED) await cases().update({ closed_date: date });
};

/** The facts each kind of change sets; the rest change only the snapshot. */
const CHANGE_FACTS: Partial<Record<CaseChange, ChangeFact>> = {
  ACKNOWLEDGED: ({ e, date, stage }) => stage(e.stage).update({ acknowledged_date: date, acknowledged_on_time: e.onTime }),
  RESPONDED: responded,
  SIGNED_OFF: responded,
  ESCALATED: async ({ e, date, stage }) => {
    if (e.previousStage !== null) await stage(e.previousStage).update({ escalated_date: date });
  },
  CLOSED: closedIfSo,
  OMBUDSMAN_DECISION: async (scope) => {
    const { e, date, cases } = scope;
    // Counted by kind once the event says which (events written before it did count as closures only).
    if (e.ombudsmanDecision) await cases().update({ ombudsman_decision: e.ombudsmanDecision, ombudsman_decision_date: date });
    await closedIfSo(scope);
  },
  // Refused by the coordinator, out of time: counted as refused (by reason), and closed. The stage's outcome is
  // "not investigated", but it was no answer to the complaint: no response time, on time or late.
  LATE_COMPLAINT_REFUSED: async ({ e, date, cases, stage }) => {
    await stage(e.stage).update({ responded_date: date, outcome: e.outcome });
    await cases().update({
      refused_date: date,
      refused_reason: REFUSED_OUT_OF_TIME,
      ...(e.status === CaseStatus.CLOSED ? { closed_date: date } : {}),
    });
  },
  REFERRED_TO_OMBUDSMAN: ({ e, date, cases }) =>
    cases().update({
      ombudsman_date: date,
      ombudsman_enquiry_respond_by: e.ombudsmanEnquiryRespondBy ?? null,
      ombudsman_enquiry_answered_date: null,
    }),
  OMBUDSMAN_ENQUIRY_ANSWERED: ({ date, cases }) => cases().update({ ombudsman_enquiry_answered_date: date }),
  REMEDY_COMPLETED: ({ trx, schema, e, date }) =>
    trx
      .withSchema(schema)
      .table('remedy_completion')
      .insert({ event_id: e.eventId, case_id: e.caseId, council_id: e.councilId, remedy: e.remedy ?? null, completed_date: date })
      .onConflict('event_id')
      .ignore(),
};

/** Each fact is set by the event that made it true, dated by that event: replaying in order gives the same rows. */
const changed: Projection<CaseChangedEvent> = async (trx, schema, e) => {
  const cases = () => trx.withSchema(schema).table('case_fact').where('case_id', e.caseId);
  const stage = (n: number) => trx.withSchema(schema).table('stage_fact').where({ case_id: e.caseId, stage: n });
  // The snapshot's categories are the case's now; an event written before categories leaves them as they were.
  await cases().update({ status: e.status, stage: e.stage, ...(e.categories ? { categories: e.categories } : {}) });
  await trx
    .withSchema(schema)
    .table('stage_fact')
    .insert({
      case_id: e.caseId,
      stage: e.stage,
      council_id: e.councilId,
      opened_date: day(e.stageOpenedAt),
      acknowledge_by: e.acknowledgeBy,
      respond_by: e.respondBy,
    })
    .onConflict(['case_id', 'stage'])
    .merge(['acknowledge_by', 'respond_by']);
  await CHANGE_FACTS[e.change]?.({ trx, schema, e, date: day(e.occurredAt), cases, stage });
};

export const PROJECTIONS: { [J in ReportingJob]: Projection<JobMap[J]> } = {
  'submission.received': received,
  'case.opened': opened,
  'case.changed': changed,
};

export const PROJECTION_TABLES = ['received_item', 'case_fact', 'stage_fact', 'lesson_learned', 'remedy_completion'] as const;
