import { createHash, randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  COUNCIL_POLICIES,
  IntakeOutcome,
  Matter,
  RECORDED_FEEDBACK,
  findCouncilPolicy,
  intakeAdjustment,
  intakeMessageKind,
  londonDate,
  passedOnReply,
  refusalReason,
  triage,
} from '@redress/policy';
import type { CouncilPolicy, TriageResult } from '@redress/policy';
import { representativeRecipient } from '@redress/contracts';
import type { AcceptedSubmission, MessageRecipient, RepresentativeRecord } from '@redress/contracts';
import { audit, conflict, newOutboxEvent, publicActor } from '@redress/platform';
import type { EntityManager, StaffIdentity } from '@redress/platform';
import { allocateReference } from './reference-counter';
import { Submission } from './submission.entity';
import type { SubmissionLink } from './submission.entity';
import type { SubmissionCheck, SubmitFeedbackInput, SubmitFeedbackResult } from './submission.types';
import { checkSubmitter, validateSubmission } from './validate-submission';

export interface SubmitFeedbackDeps {
  em: EntityManager;
  schema: string;
  staff: StaffIdentity | null;
  now: Date;
}

/** Canonical fingerprint of what was asked, so the same idempotency key with different input is a conflict. */
function fingerprint(input: SubmitFeedbackInput): string {
  const { idempotencyKey: _ignored, ...rest } = input;
  const canonical = JSON.stringify(rest, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined && x !== null)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

export function toResult(s: Submission): SubmitFeedbackResult {
  return {
    reference: s.reference,
    outcome: s.outcome,
    message: s.message,
    referral: s.referral
      ? {
          route: s.referral.route,
          detail: s.referral.detail,
          councilId: s.referral.councilId ?? null,
          reference: s.referral.reference ?? null,
        }
      : null,
    stage: s.stage,
    acknowledgeBy: s.acknowledgeBy,
    respondBy: s.respondBy,
  };
}

async function replay(em: EntityManager, input: SubmitFeedbackInput, hash: string): Promise<SubmitFeedbackResult | null> {
  if (!input.idempotencyKey) return null;
  const first = await em.findOne(Submission, { councilId: input.councilId, idempotencyKey: input.idempotencyKey });
  if (!first) return null;
  if (first.inputHash !== hash) {
    throw conflict(
      `idempotencyKey "${input.idempotencyKey}" was already used for a different submission (${first.reference}). ` +
        'Use a new key for new feedback.',
    );
  }
  return toResult(first);
}

function representativeRecord(input: SubmitFeedbackInput): RepresentativeRecord | null {
  const r = input.representative;
  if (!r) return null;
  return {
    name: r.name.trim(),
    relationship: r.relationship.trim(),
    isCouncillor: r.isCouncillor ?? false,
    consent: r.consent,
    email: r.email || null,
    phone: r.phone || null,
    postalAddress: r.postalAddress || null,
  };
}

const complainantOf = (s: Submission) =>
  s.complainantName
    ? {
        type: s.complainantType!,
        name: s.complainantName,
        email: s.complainantEmail,
        phone: s.complainantPhone,
        postalAddress: s.complainantPostalAddress,
        contactPreference: s.complainantContactPreference,
        adjustments: s.complainantAdjustments,
      }
    : null;

function acceptedSubmission(s: Submission): AcceptedSubmission {
  return {
    submissionId: s.id,
    reference: s.reference,
    councilId: s.councilId,
    kind: s.kind,
    channel: s.channel,
    serviceArea: s.serviceArea,
    matter: s.matter,
    summary: s.summary,
    details: s.details,
    desiredOutcome: s.desiredOutcome,
    receivedAt: s.receivedAt.toISOString(),
    stage: s.stage ?? 0,
    flags: s.flags,
    complainant: complainantOf(s),
    representative: s.representative,
    referredFrom: s.links.find((l) => l.relation === 'REFERRED_FROM')?.reference ?? null,
    categories: [...s.categories],
    lateJustification: s.lateJustification,
  };
}

/** The council's policy's decision; another tier's matter goes to another council only if it is hosted here and takes it. */
export function decide(input: SubmitFeedbackInput, policy: CouncilPolicy, receivedAt: Date): TriageResult {
  return triage(
    {
      kind: input.kind,
      channel: input.channel,
      serviceArea: input.serviceArea,
      matter: input.matter ?? Matter.SERVICE_FAILURE,
      incidentDate: input.incidentDate ?? null,
      receivedAt,
      lateJustification: input.lateJustification ?? null,
      safeguardingConcern: input.safeguardingConcern ?? false,
      skipInformal: input.skipInformal ?? false,
      anonymous: !input.complainant,
      complainantType: input.complainant?.type ?? null,
      representative: input.representative
        ? { isCouncillor: input.representative.isCouncillor ?? false, consent: input.representative.consent }
        : null,
      localArea: input.localArea ?? null,
    },
    policy,
    COUNCIL_POLICIES,
  );
}

interface StoreOptions {
  receivedAt: Date;
  recordedBy: string | null;
  hash: string | null;
  links: SubmissionLink[];
  now: Date;
}

/** One record of contact with its reference and outbox events (received, and case.open or service-request.routed). */
export async function storeSubmission(
  tx: EntityManager,
  schema: string,
  policy: CouncilPolicy,
  input: SubmitFeedbackInput,
  decision: TriageResult,
  o: StoreOptions,
): Promise<Submission> {
  const s = new Submission();
  s.id = randomUUID();
  s.reference = await allocateReference(tx, schema, policy.councilId, policy.referencePrefix, Number(londonDate(o.receivedAt).slice(0, 4)));
  Object.assign(s, {
    councilId: policy.councilId,
    kind: input.kind,
    channel: input.channel,
    serviceArea: input.serviceArea,
    matter: input.matter ?? Matter.SERVICE_FAILURE,
    summary: input.summary.trim(),
    details: input.details.trim(),
    desiredOutcome: input.desiredOutcome?.trim() || null,
    incidentDate: input.incidentDate ?? null,
    receivedAt: o.receivedAt,
    recordedBy: o.recordedBy,
    lateJustification: input.lateJustification?.trim() || null,
    safeguardingConcern: input.safeguardingConcern ?? false,
    skipInformal: input.skipInformal ?? false,
    complainantType: input.complainant?.type ?? null,
    complainantName: input.complainant?.name.trim() ?? null,
    complainantEmail: input.complainant?.email?.trim().toLowerCase() || null,
    complainantPhone: input.complainant?.phone?.trim() || null,
    complainantPostalAddress: input.complainant?.postalAddress?.trim() || null,
    complainantContactPreference: input.complainant?.contactPreference ?? null,
    complainantAdjustments: input.complainant?.adjustments?.trim() || null,
    categories: [...new Set(input.categories ?? [])],
    localArea: input.localArea || null,
    representative: representativeRecord(input),
    outcome: decision.outcome,
    message: decision.message,
    referral: decision.referral ? { ...decision.referral } : null,
    stage: decision.stage,
    acknowledgeBy: decision.deadlines?.acknowledgeBy ?? null,
    respondBy: decision.deadlines?.respondBy ?? null,
    flags: [...decision.flags],
    idempotencyKey: o.hash ? (input.idempotencyKey ?? null) : null,
    inputHash: o.hash,
    createdAt: o.now,
    links: o.links,
    praised: input.praised?.trim() || null,
  });
  tx.persist(s);
  tx.persist(
    newOutboxEvent(
      'submission.received',
      {
        submissionId: s.id,
        reference: s.reference,
        councilId: s.councilId,
        kind: s.kind,
        channel: s.channel,
        serviceArea: s.serviceArea,
        matter: s.matter,
        outcome: s.outcome,
        receivedAt: o.receivedAt.toISOString(),
        refusal: refusalReason(policy, { ...s, anonymous: s.complainantName === null }),
      },
      o.now,
    ),
  );
  if (decision.outcome === IntakeOutcome.ACCEPTED) tx.persist(newOutboxEvent('case.open', { submission: acceptedSubmission(s) }, o.now));
  // A comment or compliment goes to the service's Head of Service (casework raises the alert): what the reply promises.
  if (decision.outcome === IntakeOutcome.RECORDED && RECORDED_FEEDBACK.includes(s.kind)) {
    tx.persist(
      newOutboxEvent(
        'feedback.recorded',
        {
          submissionId: s.id,
          reference: s.reference,
          councilId: s.councilId,
          kind: s.kind,
          serviceArea: s.serviceArea,
          praised: s.praised,
          receivedAt: o.receivedAt.toISOString(),
        },
        o.now,
      ),
    );
  }
  if (decision.outcome === IntakeOutcome.ROUTED_TO_SERVICE) {
    tx.persist(
      newOutboxEvent(
        'service-request.routed',
        {
          submissionId: s.id,
          reference: s.reference,
          councilId: s.councilId,
          serviceArea: s.serviceArea,
          summary: s.summary,
          details: s.details,
          receivedAt: o.receivedAt.toISOString(),
          contact: complainantOf(s),
        },
        o.now,
      ),
    );
  }
  return s;
}

/** Who the reply is written to: the representative where one acts, else the complainant; nobody for an anonymous contact. */
function replyRecipient(s: Submission): MessageRecipient | null {
  const r = s.representative;
  if (r) return representativeRecipient(r);
  if (!s.complainantName) return null;
  const adjustment = intakeAdjustment(s.complainantAdjustments);
  return {
    role: 'COMPLAINANT',
    name: s.complainantName,
    email: s.complainantEmail,
    postalAddress: s.complainantPostalAddress,
    phone: s.complainantPhone,
    contactPreference: s.complainantContactPreference,
    adjustments: adjustment ? [adjustment.kind] : [],
  };
}

/**
 * The message the resident is owed for this contact (the policy's `intakeMessageKind`: a receipt with the reference,
 * a referral, a complaint not accepted, thanks for a compliment), with the reply as its body, on the `notifications`
 * queue through intake's outbox. No case exists yet (caseId null); contact restrictions are casework's to apply.
 */
function oweReply(tx: EntityManager, policy: CouncilPolicy, s: Submission, now: Date): void {
  const recipient = replyRecipient(s);
  const kind = intakeMessageKind({ outcome: s.outcome, kind: s.kind, channel: s.channel, someoneToWriteTo: recipient !== null });
  if (!kind) return;
  const event = newOutboxEvent(
    'message.requested',
    {
      messageId: '',
      kind,
      councilId: s.councilId,
      caseId: null,
      reference: s.reference,
      stage: s.stage,
      recipient,
      allowedMethods: null,
      body: s.message,
      fields: {
        summary: s.summary,
        desiredOutcome: s.desiredOutcome,
        handlerName: null,
        acknowledgeBy: s.acknowledgeBy,
        respondBy: s.respondBy,
        expectedResponseBy: null,
        outcome: null,
        remedies: [],
        serviceArea: policy.serviceAreas.find((a) => a.code === s.serviceArea)?.name ?? s.serviceArea,
        stageName: policy.stages.find((st) => st.number === s.stage)?.name ?? null,
        intakeOutcome: s.outcome,
        referral: s.referral?.detail ?? null,
        referredTo: s.referral?.route ?? null,
        referralContact: s.referral?.detail ?? null,
        // What was received, in words: a receipt for a comment says "comment".
        feedback: s.kind.toLowerCase().replace(/_/g, ' '),
        praised: s.praised,
        complainantName: recipient?.role === 'REPRESENTATIVE' ? s.complainantName : null,
      },
    },
    now,
  );
  // The message is known by the event that owes it: the id exists only once the event does.
  Object.assign(event.payload, { messageId: event.id });
  tx.persist(event);
}

/**
 * Another tier's matter that the council hosted here takes under its own policy (triage's `passOn`) is passed to it
 * with the resident's details, under its reference; each record links to the other. The first council's reply gives
 * that reference only when a case was opened there. Nothing is passed when triage says the other council would not
 * take it (the reply says why), or when that council is not on this platform.
 */
async function passToOtherCouncil(
  tx: EntityManager,
  schema: string,
  original: Submission,
  input: SubmitFeedbackInput,
  decision: TriageResult,
  o: StoreOptions,
): Promise<Submission | null> {
  const passOn = decision.passOn;
  if (!passOn) return null;
  const target = findCouncilPolicy(passOn.councilId)!;
  const forwarded: SubmitFeedbackInput = {
    ...input,
    councilId: target.councilId,
    serviceArea: passOn.serviceArea,
    localArea: null,
    idempotencyKey: null,
  };
  const copy = await storeSubmission(tx, schema, target, forwarded, passOn.decision, {
    ...o,
    hash: null,
    links: [{ relation: 'REFERRED_FROM', reference: original.reference }],
  });
  original.links = [...original.links, { relation: 'REFERRED_TO', reference: copy.reference }];
  if (passOn.decision.outcome === IntakeOutcome.ACCEPTED) {
    original.referral = { ...original.referral!, reference: copy.reference };
    original.message = passedOnReply(passOn, input.kind, copy.reference);
  }
  return copy;
}

/** Who may submit it, and whether the council, service, local area and dates are valid: the same for a preview. */
function checked(input: SubmitFeedbackInput, staff: StaffIdentity | null, now: Date): { policy: CouncilPolicy; receivedAt: Date } {
  checkSubmitter(input, staff);
  const receivedAt = input.receivedAt ?? now;
  const policy = validateSubmission(
    input,
    findCouncilPolicy(input.councilId),
    COUNCIL_POLICIES.map((p) => p.councilId),
    receivedAt,
    now,
  );
  return { policy, receivedAt };
}

/**
 * Intake's front door: validate, triage against the council's policy, allocate the reference, and store the
 * submission with its outbox events (and, when staff record it, its audit row) in one transaction. A retry with
 * the same idempotency key returns the first result and never takes a second reference.
 */
export async function submitFeedback(input: SubmitFeedbackInput, deps: SubmitFeedbackDeps): Promise<SubmitFeedbackResult> {
  const { em, now } = deps;
  const { policy, receivedAt } = checked(input, deps.staff, now);
  const hash = fingerprint(input);
  const previous = await replay(em, input, hash);
  if (previous) return previous;
  const decision = decide(input, policy, receivedAt);
  const options: StoreOptions = { receivedAt, recordedBy: deps.staff?.sub ?? null, hash, links: [], now };
  try {
    const submission = await em.transactional(async (tx) => {
      const s = await storeSubmission(tx, deps.schema, policy, input, decision, options);
      const copy = await passToOtherCouncil(tx, deps.schema, s, input, decision, options);
      // After passing on, whose reference the reply may now give. The other council's copy owes nothing of its own.
      oweReply(tx, policy, s, now);
      // Every new record of personal data is audited: staff recording a contact, or the public using the web form or email.
      const ids = copy ? [s.id, copy.id] : [s.id];
      await audit(tx, deps.staff ?? publicActor(s.councilId), deps.staff ? 'RECORD_SUBMISSION' : 'SUBMIT_FEEDBACK', ids, now);
      return s;
    });
    return toResult(submission);
  } catch (err) {
    // Two retries with one key raced: the loser answers with the winner's result.
    if (err instanceof UniqueConstraintViolationException && input.idempotencyKey) {
      const winner = await replay(em.fork(), input, hash);
      if (winner) return winner;
    }
    throw err;
  }
}

/**
 * What submitFeedback would answer for this input, with the same checks, storing nothing and taking no reference
 * (the portal's "Check your answers"): the outcome, the reply (with no reference in it), any referral, the dates.
 */
export function previewSubmission(input: SubmitFeedbackInput, deps: Pick<SubmitFeedbackDeps, 'staff' | 'now'>): SubmissionCheck {
  const { policy, receivedAt } = checked(input, deps.staff, deps.now);
  const d = decide(input, policy, receivedAt);
  return {
    outcome: d.outcome,
    message: d.message,
    referral: d.referral
      ? { route: d.referral.route, detail: d.referral.detail, councilId: d.referral.councilId ?? null, reference: null }
      : null,
    late: d.late,
    stage: d.stage,
    acknowledgeBy: d.deadlines?.acknowledgeBy ?? null,
    respondBy: d.deadlines?.respondBy ?? null,
  };
}
