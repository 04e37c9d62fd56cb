import type { LocalDate } from '@redress/policy';

/**
 * The merge fields a message may use (`MessageRequestedJob.fields`): plain data the template lays out beside the
 * text the policy core wrote. Every field is optional: a section whose field is missing is left out.
 */
export type MessageFields = {
  /** What we understand the complaint to be (Code 6: the acknowledgement sets it out). */
  summary?: string | null;
  /** The outcome the person is seeking (Hart §6.1 "what they would like the Council to do"; Code 6). */
  desiredOutcome?: string | null;
  /** The officer dealing with it: the point of contact (Hart §6.1); signs the letter where the stage is signed by name. */
  handlerName?: string | null;
  /** The name of the service area the complaint is about ("Bin collection and recycling"): Stage 1 letters are signed for it. */
  serviceArea?: string | null;
  acknowledgeBy?: LocalDate | null;
  /** The target date: the reply is due by then (an extension's new date). */
  respondBy?: LocalDate | null;
  /** The new date a delay notice gives (Code 5). */
  expectedResponseBy?: LocalDate | null;
  /** Why: an extension, a hold, a delay, a refusal, a decision. */
  reason?: string | null;
  /** The decision (an `Outcome` value, or words). */
  outcome?: string | null;
  /** The reasons for the decision. */
  findings?: string | null;
  /** What we will do to put things right: `Remedy` values or sentences ("We will collect your bin on Friday"). */
  remedies?: string[] | null;
  /** When the remedies will be done by (`remedyDueOn`). */
  remedyDueOn?: LocalDate | null;
  /** LATE_DECISION: whether a complaint made out of time is considered. */
  accepted?: boolean | null;
  /** REFERRAL: who deals with it instead, and how to reach them. */
  referredTo?: string | null;
  referralContact?: string | null;
  /** A representative's letter says whom they act for. */
  complainantName?: string | null;
  /** RECEIPT: what was received, in words ("complaint", "comment"); "complaint" when not given. */
  feedback?: string | null;
  /** COMPLIMENT_THANKS: the person or team praised. */
  praised?: string | null;
};

export type MessageFieldName = keyof MessageFields;

export type MessageFieldType = 'text' | 'date' | 'list' | 'flag';

export const MESSAGE_FIELD_TYPES: Readonly<Record<MessageFieldName, MessageFieldType>> = {
  summary: 'text',
  desiredOutcome: 'text',
  handlerName: 'text',
  serviceArea: 'text',
  acknowledgeBy: 'date',
  respondBy: 'date',
  expectedResponseBy: 'date',
  reason: 'text',
  outcome: 'text',
  findings: 'text',
  remedies: 'list',
  remedyDueOn: 'date',
  accepted: 'flag',
  referredTo: 'text',
  referralContact: 'text',
  complainantName: 'text',
  feedback: 'text',
  praised: 'text',
};

export const MESSAGE_FIELD_NAMES = Object.keys(MESSAGE_FIELD_TYPES) as MessageFieldName[];

/** The fields a template lays out under a label: a text as it is, a date in words. */
export type LabelledFieldName = {
  [K in MessageFieldName]-?: NonNullable<MessageFields[K]> extends string ? K : never;
}[MessageFieldName];

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function accepts(type: MessageFieldType, value: unknown): boolean {
  switch (type) {
    case 'text':
      return typeof value === 'string' && value.trim() !== '';
    case 'date':
      return typeof value === 'string' && LOCAL_DATE.test(value);
    case 'list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    default:
      return typeof value === 'boolean';
  }
}

/**
 * The known merge fields of a job's `fields` (a queue payload is untyped JSON): unknown keys and values of the wrong
 * type are dropped, so a template never prints `[object Object]` or a date it cannot read.
 */
export function messageFields(raw: Readonly<Record<string, unknown>> | null | undefined): MessageFields {
  const fields: Record<string, unknown> = {};
  for (const name of MESSAGE_FIELD_NAMES) {
    const value = raw?.[name];
    if (accepts(MESSAGE_FIELD_TYPES[name], value)) fields[name] = name === 'remedies' ? (value as string[]).filter((r) => r.trim()) : value;
  }
  return fields as MessageFields;
}
