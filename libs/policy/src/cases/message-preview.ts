import type { LocalDate } from '../calendar/london-time';
import { formatLongDate, londonDate } from '../calendar/london-time';
import { badInput, conflict } from '../coded-error';
import { stageDeadlines } from '../deadlines/stage-deadlines';
import { MessageKind } from '../enums';
import type { Outcome, Remedy } from '../enums';
import type { CouncilPolicy } from '../policies/policy.types';
import type { Delivery } from '../contact/delivery';
import type { CustomerMessageInput, CustomerMessageKind } from './customer-messages';
import { customerMessage, customerMessageKindOf, messageKindWords, nextStepsAfterResponse } from './customer-messages';

/** A stage as it stands, for a message previewed on it: its clock, its dates and, once drafted, its decision. */
export interface PreviewStage {
  number: number;
  name: string;
  openedAt: Date;
  acknowledgedAt: Date | null;
  respondedAt: Date | null;
  extensionWorkingDays: number;
  workingDaysOnHold: number;
  acknowledgeBy: LocalDate;
  respondBy: LocalDate;
  expectedResponseBy: LocalDate | null;
  outcome: Outcome | null;
  findings: string | null;
  remedies: readonly Remedy[];
}

/** Merge fields only the action gives (its reason, its decision, its new date, the next stage's handler). */
export type ActionField = 'reason' | 'accepted' | 'respondBy' | 'expectedResponseBy' | 'handlerName';

export interface MessagePreviewInput {
  kind: CustomerMessageKind;
  policy: CouncilPolicy;
  reference: string;
  stage: PreviewStage;
  now: Date;
}

export interface CustomerMessagePreview {
  /** The stage the message is about as the action would leave it if taken now (an escalation: the stage it opens). */
  stage: PreviewStage;
  /** The policy core's text, with what only the action gives in square brackets. */
  text: string;
  /** Merge fields unknown until the action: left out, so the templates leave out what they would say. */
  actionFields: readonly ActionField[];
}

// What the person acting will supply, where it goes in the text.
const GIVEN = {
  reason: '[the reason you give]',
  reasonSentence: '[The reason you give.]',
  holdReason: '[the reason for the pause]',
  refusal: '[why the request cannot go ahead]',
  extendedDate: '[the new date, with the extension you agree]',
  resumedDate: '[the new date, moved on by the working days on hold]',
  delayDate: '[the new date you give]',
  decision: '[your decision, the reasons for it and what we will do to put things right]',
} as const;

const dated = (stage: PreviewStage, change: Partial<PreviewStage>): PreviewStage => ({ ...stage, ...change });

/** The stage an escalation would open today, with a fresh clock; none after the final stage. */
function nextStage(policy: CouncilPolicy, stage: PreviewStage, now: Date): PreviewStage {
  const next = policy.stages.find((s) => s.number > stage.number);
  if (!next)
    throw conflict(`${stage.name} is the final stage of ${policy.councilName}'s procedure: no request for another stage can be received.`);
  const d = stageDeadlines({ policy, stage: next.number, openedAt: now });
  return {
    number: next.number,
    name: next.name,
    openedAt: now,
    acknowledgedAt: null,
    respondedAt: null,
    extensionWorkingDays: 0,
    workingDaysOnHold: 0,
    acknowledgeBy: d.acknowledgeBy,
    respondBy: d.respondBy,
    expectedResponseBy: null,
    outcome: null,
    findings: null,
    remedies: [],
  };
}

/** Acknowledging now recounts a response clock that runs from acknowledgement (a stage answered keeps its date). */
function acknowledgedNow(policy: CouncilPolicy, stage: PreviewStage, now: Date): PreviewStage {
  if (stage.acknowledgedAt || stage.respondedAt) return stage;
  const d = stageDeadlines({
    policy,
    stage: stage.number,
    openedAt: stage.openedAt,
    acknowledgedAt: now,
    extensionWorkingDays: stage.extensionWorkingDays,
    workingDaysOnHold: stage.workingDaysOnHold,
  });
  return dated(stage, { respondBy: d.respondBy });
}

type Preview = Omit<CustomerMessagePreview, 'stage'> & { stage?: PreviewStage };

/** Each kind as the action would write it now: the text the action will send, or a preview wording where it adds to it. */
function previewOf(m: MessagePreviewInput, text: (over?: Partial<CustomerMessageInput>) => string): Preview {
  const { policy, stage } = m;
  const ref = `Your reference: ${m.reference}.`;
  switch (m.kind) {
    case 'ACKNOWLEDGED':
    case 'PROGRESS_UPDATE':
      return { text: text(), actionFields: [] };
    case 'RESPONDED':
      return stage.outcome
        ? { text: text(), actionFields: [] }
        : {
            text: `${ref} Our response under ${stage.name}: ${GIVEN.decision}. ${nextStepsAfterResponse(policy, stage.number)}`,
            actionFields: [],
          };
    case 'HELD':
      return { text: text({ reason: GIVEN.holdReason }), actionFields: ['reason'] };
    case 'ESCALATION_REFUSED':
      return { text: text({ reason: GIVEN.refusal }), actionFields: ['reason'] };
    case 'ESCALATION_RECEIVED':
      return { text: text(), actionFields: ['handlerName'] };
    case 'EXTENDED':
      return {
        text: `${ref} We need more time to look into your complaint (${GIVEN.reason}). We will now reply by ${GIVEN.extendedDate}.`,
        actionFields: ['reason', 'respondBy'],
      };
    case 'RESUMED':
      return {
        text: `${ref} We have restarted work on your complaint under ${stage.name}. We will now reply by ${GIVEN.resumedDate}.`,
        actionFields: ['respondBy', 'expectedResponseBy'],
      };
    case 'DELAY':
      return {
        text:
          `${ref} We are sorry: our reply to your complaint under ${stage.name} will be later than ${formatLongDate(stage.respondBy)}, ` +
          `the date we gave you. ${GIVEN.reasonSentence} We now expect to reply by ${GIVEN.delayDate}.`,
        actionFields: ['reason', 'expectedResponseBy'],
      };
    case 'LATE_DECISION':
      return {
        text:
          `${ref} Your complaint was made more than ${policy.timeLimitMonths} months after the matter arose. We have decided ` +
          `[to consider it under ${stage.name}, or not to investigate it]. ${GIVEN.reasonSentence}`,
        actionFields: ['reason', 'accepted'],
      };
    default:
      return {
        text:
          `${ref} [The restriction letter: why we are restricting contact, what is restricted, how we will still contact you, ` +
          'who your single point of contact is, and how long it applies.]',
        actionFields: ['reason'],
      };
  }
}

/**
 * A message staff preview on a case before they act: the stage and dates as the action would leave them if taken now
 * (an acknowledgement recounts the response date; an escalation opens the next stage; a response is issued today),
 * and the text the policy core writes for it, with what only the action gives (a reason, a new date, a decision not
 * yet drafted) in square brackets and its merge fields left out. What is previewed is what is then sent, but for those.
 */
export function previewCustomerMessage(m: MessagePreviewInput): CustomerMessagePreview {
  const { policy, now } = m;
  const stage =
    m.kind === 'ESCALATION_RECEIVED'
      ? nextStage(policy, m.stage, now)
      : m.kind === 'ACKNOWLEDGED'
        ? acknowledgedNow(policy, m.stage, now)
        : m.kind === 'RESPONDED'
          ? dated(m.stage, { respondedAt: m.stage.respondedAt ?? now })
          : m.stage;
  const text = (over: Partial<CustomerMessageInput> = {}) =>
    customerMessage({
      kind: m.kind,
      policy,
      reference: m.reference,
      stage: stage.number,
      respondBy: stage.respondBy,
      expectedResponseBy: stage.expectedResponseBy,
      outcome: stage.outcome,
      findings: stage.findings,
      remedies: stage.remedies,
      today: londonDate(now),
      ...over,
    });
  return { ...previewOf({ ...m, stage }, text), stage };
}

/** The kinds staff can preview on a case: every message casework writes (intake writes the rest when a contact arrives). */
export function previewableKind(kind: MessageKind): CustomerMessageKind {
  const own = customerMessageKindOf(kind);
  if (own) return own;
  const choices = `You can preview: ${Object.values(MessageKind)
    .filter((k) => customerMessageKindOf(k))
    .map(messageKindWords)
    .join(', ')}.`;
  const words = Object.values(MessageKind).includes(kind) ? messageKindWords(kind) : null;
  throw badInput(
    words
      ? `The ${words} is written when a contact arrives, before there is a case: it cannot be previewed on a case. ${choices}`
      : `There is no message of kind "${String(kind)}". ${choices}`,
    'kind',
  );
}

/**
 * How a previewed message would go: by email or letter, and to whom. Nothing would go (an anonymous complaint, no
 * address, a restriction that leaves no way): refused with the reason, as nothing is previewed that is never sent.
 */
export function previewDelivery(delivery: Delivery): { method: NonNullable<Delivery['method']>; recipient: string } {
  if (delivery.method) return { method: delivery.method, recipient: delivery.recipient };
  if (delivery.recipient === null) throw conflict('Nothing is sent for an anonymous complaint: there is no one to write to.');
  throw conflict(`Nothing would be sent to ${delivery.recipient}: ${delivery.suppressed}.`);
}
