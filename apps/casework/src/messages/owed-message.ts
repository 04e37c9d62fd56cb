import { representativeRecipient } from '@redress/contracts';
import type { MessageRecipient, MessageRequestedJob } from '@redress/contracts';
import { allowedMethodsFor, findCouncilPolicy, messageKindOf, remedyDueOn, restrictionInForce } from '@redress/policy';
import type { AdjustmentKind, ContactPreference, CustomerMessageKind, Remedy } from '@redress/policy';
import { newOutboxEvent } from '@redress/platform';
import type { EntityManager, OutboxEvent } from '@redress/platform';
import type { Case, CaseStage } from '../cases/case.entity';
import { Complainant } from '../complainants/complainant.entity';
import { ContactRestriction } from '../complainants/contact-restriction.entity';
import { ReasonableAdjustment } from '../complainants/reasonable-adjustment.entity';
import { StaffMember } from '../staff/staff-member.entity';

/** A message the policy core wrote for the customer, as the timeline has it. */
export interface OwedMessage {
  kind: CustomerMessageKind;
  /** The policy core's text, exactly as on the timeline without its "To …:" prefix. */
  body: string;
  /** Why (an extension, a hold, a delay, a late-complaint decision), for the templates. */
  reason?: string | null;
  /** LATE_DECISION: whether the late complaint is considered. */
  accepted?: boolean | null;
  /** Write to this person themselves, not whoever acts for them (a restriction is about them). */
  person?: Complainant;
  /** The restriction the message is about, when it is being made in this transaction. */
  restriction?: { allowedMethods: readonly ContactPreference[] };
}

/** The person's adjustment kinds, each once, in the order they were recorded. */
async function adjustmentsOf(tx: EntityManager, personId: string): Promise<AdjustmentKind[]> {
  const rows = await tx.find(
    ReasonableAdjustment,
    { complainantId: personId },
    { fields: ['kind'], orderBy: { recordedAt: 'asc', id: 'asc' } },
  );
  return [...new Set(rows.map((a) => a.kind))];
}

/** The newest contact restriction in force on the person (the one open-case flags), if any. */
async function restrictionOf(tx: EntityManager, personId: string, now: Date): Promise<ContactRestriction | undefined> {
  const open = await tx.find(
    ContactRestriction,
    { complainantId: personId, liftedAt: null },
    { orderBy: { createdAt: 'desc', id: 'asc' } },
  );
  return open.find((r) => restrictionInForce(r, now));
}

/** The representative where one acts (Hart s.4; Hampshire), else the complainant; null for an anonymous complaint. */
async function recipientOf(
  tx: EntityManager,
  c: Case,
  m: OwedMessage,
  now: Date,
): Promise<[MessageRecipient | null, ContactPreference[] | null]> {
  const r = c.representative;
  if (r && !m.person) {
    return [representativeRecipient(r), allowedMethodsFor('REPRESENTATIVE', m.restriction ?? null)];
  }
  const p = m.person ?? (c.complainant ? await tx.findOne(Complainant, { id: c.complainant.id }) : null);
  if (!p || p.anonymisedAt) return [null, null];
  const person: MessageRecipient = {
    role: 'COMPLAINANT',
    name: p.name,
    email: p.email,
    postalAddress: p.postalAddress,
    phone: p.phone,
    contactPreference: p.contactPreference,
    adjustments: await adjustmentsOf(tx, p.id),
  };
  return [person, allowedMethodsFor('COMPLAINANT', m.restriction ?? (await restrictionOf(tx, p.id, now)))];
}

/** What a message says of its stage: the stage as stored, or as an action previewed on it would leave it. */
export type MessageStage = Pick<
  CaseStage,
  'number' | 'name' | 'acknowledgeBy' | 'respondBy' | 'expectedResponseBy' | 'outcome' | 'findings' | 'respondedAt'
> & { remedies: readonly Remedy[] };

/** A `message.requested` job but for the ids its outbox event gives it. */
export type MessageRequest = Omit<MessageRequestedJob, 'v' | 'eventId' | 'occurredAt' | 'messageId'>;

/**
 * The message the customer is owed about a case, as communications will render it: to whom (the representative
 * where one acts), by which methods a restriction leaves, the policy core's text and the merge fields from the case.
 * What is owed (oweMessage) and what staff preview (previewMessage) are built here alike.
 */
export async function messageRequest(tx: EntityManager, c: Case, stage: MessageStage, m: OwedMessage, now: Date): Promise<MessageRequest> {
  const policy = findCouncilPolicy(c.councilId);
  const [recipient, allowedMethods] = await recipientOf(tx, c, m, now);
  const handler = c.assigneeId ? await tx.findOne(StaffMember, { id: c.assigneeId, councilId: c.councilId }) : null;
  return {
    kind: messageKindOf(m.kind),
    councilId: c.councilId,
    caseId: c.id,
    reference: c.reference,
    stage: stage.number,
    recipient,
    allowedMethods,
    body: m.body,
    fields: {
      summary: c.summary,
      desiredOutcome: c.desiredOutcome,
      handlerName: handler?.name ?? null,
      acknowledgeBy: stage.acknowledgeBy,
      respondBy: stage.respondBy,
      expectedResponseBy: stage.expectedResponseBy,
      outcome: stage.outcome,
      findings: stage.findings,
      remedies: [...stage.remedies],
      // When what the response promised will be done (the remedy actions' due date).
      remedyDueOn: policy && stage.respondedAt && stage.remedies.length ? remedyDueOn(policy, stage.respondedAt) : null,
      // A representative's letter says whom they act for.
      complainantName: recipient?.role === 'REPRESENTATIVE' ? (c.complainant?.getEntity().name ?? null) : null,
      reason: m.reason ?? null,
      accepted: m.accepted ?? null,
      serviceArea: policy?.serviceAreas.find((a) => a.code === c.serviceArea)?.name ?? c.serviceArea,
      stageName: stage.name,
    },
  };
}

/**
 * The message the customer is owed about a case, put on the `notifications` queue through casework's outbox in the
 * caller's transaction: written with the change that owed it, or not at all. Its id is the outbox event's, so the
 * event relayed again is the same message. Owed for an anonymous complaint too (recipient null): communications
 * records it as not sent, and why.
 */
export async function oweMessage(tx: EntityManager, c: Case, stage: CaseStage, m: OwedMessage, now: Date): Promise<OutboxEvent> {
  const body: Omit<MessageRequestedJob, 'v' | 'eventId' | 'occurredAt'> = {
    messageId: '',
    ...(await messageRequest(tx, c, stage, m, now)),
  };
  const event = newOutboxEvent('message.requested', body, now);
  // The message is known by the event that owes it: the id exists only once the event does.
  Object.assign(event.payload, { messageId: event.id });
  tx.persist(event);
  return event;
}
