import { checkAll, checkPastDate, dateParts, isGatewayError, isoDate, oneOf, required, someOf, text, values } from '@redress/web';
import type { FieldError, FieldMap, FormBody, GatewayProblem } from '@redress/web';
import { formatLongDate } from '@redress/policy';
import type { SignedInStaff, StaffGateway } from '../auth/staff-context';
import type { StaffMember } from '../data/operations';
import { CHANNEL_WORDS } from '../data/words';
import {
  ACKNOWLEDGE_CASE,
  AGREE_EXTENSION,
  AGREE_STATEMENT,
  ANSWER_OMBUDSMAN_ENQUIRY,
  ASSIGN_CASE,
  CLOSE_CASE,
  COMPLETE_REMEDY_ACTION,
  DECIDE_LATE_COMPLAINT,
  ESCALATE_CASE,
  HOLD_CASE,
  NOTIFY_DELAY,
  RECORD_ADJUSTMENT,
  RECORD_CONTACT,
  RECORD_OMBUDSMAN_DECISION,
  REFER_TO_OMBUDSMAN,
  RESPOND_TO_CASE,
  RESTRICT_CONTACT,
  RESUME_CASE,
  RETURN_FOR_CHANGES,
  SET_CASE_CATEGORIES,
  SIGN_OFF_RESPONSE,
} from './case-operations';
import type { ActedCase, CaseAction, CaseKey, ContactInput, MessageKind } from './case-operations';
import {
  ADJUSTMENT_WORDS,
  CATEGORY_WORDS,
  DIRECTION_WORDS,
  HOLD_REASON_WORDS,
  OMBUDSMAN_DECISION_WORDS,
  OUTCOME_WORDS,
  REMEDY_WORDS,
} from './case-words';

/*
 * Every action of the case page as a form: what it asks for, the checks a person can put right before anything is
 * sent (a field left empty, a date that is not a date), the mutation it sends, and the banner that says what changed.
 * Whether the action is allowed, and every limit of the policy, are the API's: its refusals are shown in its words.
 */

/** What an action needs to be sent: who is signed in, the gateway as them, and the case. */
export interface ActionContext {
  gateway: StaffGateway;
  staff: SignedInStaff;
  key: CaseKey;
  /** The council's staff directory, for the names in a banner (asked for only when needed). */
  directory: () => Promise<StaffMember[]>;
}

export interface ActionForm {
  /** The last part of the form's address: `/cases/<reference>/<slug>`. */
  slug: string;
  action: CaseAction;
  /** The link on the case page. */
  link: string;
  /** The form page's heading. */
  title: string;
  /** The button that sends it. */
  button: string;
  /** The message the customer would be sent, previewed on the form (where the action sends one). */
  preview?: MessageKind;
  /** Where a refusal is shown that names no field of the form: the first field, or the button. */
  fallback: string;
  /** The API's input paths, to the fields of the form. */
  fields: FieldMap;
  check: (body: FormBody) => FieldError[];
  /** Sends the action; the words of the banner shown on the case page after it. */
  send: (ctx: ActionContext, body: FormBody) => Promise<string>;
}

const optional = (body: FormBody, name: string): string | null => text(body, name) || null;
const codes = (table: Readonly<Record<string, string>>): string[] => Object.keys(table);
const on = (date: string) => formatLongDate(date);
const dueBy = (c: ActedCase) => `The response is due by ${on(c.stage.respondBy)}.`;
const nameOf = async (ctx: ActionContext, id: string | null) =>
  id === null ? 'nobody' : ((await ctx.directory()).find((m) => m.id === id)?.name ?? id);

/** A GOV.UK date input's parts as typed: the ISO date, or null when nothing was typed. */
export function typedDate(body: FormBody, name: string): string | null {
  return isoDate(dateParts(body, name));
}

/**
 * A GOV.UK date input that may be left empty (`optional`) or must be given: what is missing, or not a real date, in the
 * design system's words. Whether the date is too early or too late is the API's to say.
 */
export function checkDate(name: string, what: string, isOptional = false) {
  return (body: FormBody): FieldError[] => {
    const parts = dateParts(body, name);
    if (isOptional && !parts.day && !parts.month && !parts.year) return [];
    // Any date is allowed here (the API checks the range): only "missing" and "not a real date" are looked at.
    return checkPastDate(parts, name, what, '9999-12-31');
  };
}

const wholeNumber =
  (field: string, what: string) =>
  (body: FormBody): FieldError[] =>
    /^\d{1,3}$/.test(text(body, field)) && Number(text(body, field)) >= 1
      ? []
      : [{ field, message: `Enter ${what} as a whole number, like 5` }];

const dateField = (name: string) => ({ field: name, href: `${name}-day` });

/**
 * The API's refusals as a form's errors, in the API's own words: bad input at the field its path names, anything else
 * it refused (not allowed now, not yours to do) at the form's first field or its button. An error a person cannot put
 * right on the form (the service down, the sign-in gone) is not a refusal: it is thrown on, to the error pages.
 */
export function refusalErrors(err: unknown, map: FieldMap, fallback: string): FieldError[] {
  const shown = ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND'];
  if (!isGatewayError(err)) throw err;
  const problems = err.problems.filter((p: GatewayProblem) => shown.includes(p.code));
  if (!problems.length) throw err;
  return problems.map((p) => {
    const target = (p.field && map[p.field]) || fallback;
    return typeof target === 'string' ? { field: target, message: p.message } : { ...target, message: p.message };
  });
}

const noChecks = (): FieldError[] => [];

export const TAKE_FORM: ActionForm = {
  slug: 'take',
  action: 'TAKE',
  link: 'Take this case',
  title: 'Take this case',
  button: 'Take this case',
  fallback: 'take',
  fields: {},
  check: noChecks,
  send: async (ctx) => {
    await ctx.gateway.request(ASSIGN_CASE, { caseId: ctx.key.id, assigneeId: ctx.staff.id });
    return 'You have taken this case: it is in your cases.';
  },
};

export const ACTION_FORMS: readonly ActionForm[] = [
  {
    slug: 'assign',
    action: 'ASSIGN',
    link: 'Assign',
    title: 'Assign this case',
    button: 'Assign',
    fallback: 'assigneeId',
    fields: { assigneeId: 'assigneeId' },
    check: (b) => checkAll(b, [required('assigneeId', 'Select who will handle the case')]),
    send: async (ctx, b) => {
      const r = (await ctx.gateway.request(ASSIGN_CASE, { caseId: ctx.key.id, assigneeId: text(b, 'assigneeId') })).assignCase;
      return `Case assigned to ${await nameOf(ctx, r.assigneeId)}.`;
    },
  },
  {
    slug: 'acknowledge',
    action: 'ACKNOWLEDGE',
    link: 'Acknowledge',
    title: 'Acknowledge the complaint',
    button: 'Acknowledge',
    preview: 'ACKNOWLEDGEMENT',
    fallback: 'confirm',
    fields: {},
    check: noChecks,
    send: async (ctx) => {
      const r = (await ctx.gateway.request(ACKNOWLEDGE_CASE, { caseId: ctx.key.id })).acknowledgeCase;
      return `Complaint acknowledged. ${dueBy(r)}`;
    },
  },
  {
    slug: 'extend',
    action: 'EXTEND',
    link: 'Agree an extension',
    title: 'Agree an extension',
    button: 'Agree the extension',
    preview: 'EXTENSION',
    fallback: 'workingDays',
    fields: { workingDays: 'workingDays', reason: 'reason' },
    check: (b) =>
      checkAll(b, [wholeNumber('workingDays', 'the working days to add'), required('reason', 'Enter why the extension was agreed')]),
    send: async (ctx, b) => {
      const days = Number(text(b, 'workingDays'));
      const r = (await ctx.gateway.request(AGREE_EXTENSION, { caseId: ctx.key.id, workingDays: days, reason: text(b, 'reason') }))
        .agreeExtension;
      return `Extension of ${days} working day${days === 1 ? '' : 's'} agreed. The response is now due by ${on(r.stage.respondBy)}.`;
    },
  },
  {
    slug: 'hold',
    action: 'HOLD',
    link: 'Put on hold',
    title: 'Put the case on hold',
    button: 'Put on hold',
    preview: 'HOLD',
    fallback: 'reason',
    fields: { reason: 'reason', note: 'note' },
    check: (b) => checkAll(b, [oneOf('reason', codes(HOLD_REASON_WORDS), 'Select why the case is on hold')]),
    send: async (ctx, b) => {
      await ctx.gateway.request(HOLD_CASE, { caseId: ctx.key.id, reason: text(b, 'reason'), note: optional(b, 'note') });
      return 'Case put on hold: the clock has stopped until it is resumed.';
    },
  },
  {
    slug: 'resume',
    action: 'RESUME',
    link: 'Resume',
    title: 'Resume the case',
    button: 'Resume',
    preview: 'RESUMED',
    fallback: 'confirm',
    fields: {},
    check: noChecks,
    send: async (ctx) => {
      const r = (await ctx.gateway.request(RESUME_CASE, { caseId: ctx.key.id })).resumeCase;
      return `Case resumed: the clock has restarted. ${dueBy(r)}`;
    },
  },
  {
    slug: 'statement',
    action: 'AGREE_STATEMENT',
    link: 'Agree the Statement of Complaint',
    title: 'Agree the Statement of Complaint',
    button: 'Agree the statement',
    fallback: 'statement',
    fields: { statement: 'statement' },
    check: (b) => checkAll(b, [required('statement', 'Enter the Statement of Complaint agreed with the customer')]),
    send: async (ctx, b) => {
      const r = (await ctx.gateway.request(AGREE_STATEMENT, { caseId: ctx.key.id, statement: text(b, 'statement') }))
        .agreeStatementOfComplaint;
      return `Statement of Complaint agreed.${r.status === 'OPEN' ? ' The case is open.' : ''} ${dueBy(r)}`;
    },
  },
  {
    slug: 'contact',
    action: 'RECORD_CONTACT',
    link: 'Record a contact',
    title: 'Record a contact',
    button: 'Record the contact',
    fallback: 'direction',
    fields: { 'input.direction': 'direction', 'input.channel': 'channel', 'input.summary': 'summary' },
    check: (b) =>
      checkAll(b, [
        oneOf('direction', codes(DIRECTION_WORDS), 'Select who made contact'),
        oneOf('channel', codes(CHANNEL_WORDS), 'Select how the contact was made'),
        required('summary', 'Enter what was said'),
      ]),
    send: async (ctx, b) => {
      const input = { direction: text(b, 'direction'), channel: text(b, 'channel'), summary: text(b, 'summary') } as ContactInput;
      await ctx.gateway.request(RECORD_CONTACT, { caseId: ctx.key.id, input });
      return 'Contact recorded on the timeline.';
    },
  },
  {
    slug: 'respond',
    action: 'RESPOND',
    link: 'Respond',
    title: 'Respond to the complaint',
    button: 'Send the response',
    preview: 'RESPONSE',
    fallback: 'outcome',
    fields: {
      'input.outcome': 'outcome',
      'input.findings': 'findings',
      'input.remedies': 'remedies',
      'input.lessonsLearned': 'lessonsLearned',
      'input.notInvestigatedReason': 'notInvestigatedReason',
    },
    check: (b) =>
      checkAll(b, [
        oneOf('outcome', codes(OUTCOME_WORDS), 'Select the outcome'),
        required('findings', 'Enter the findings: what you found and why'),
        ...(text(b, 'outcome') === 'NOT_INVESTIGATED'
          ? [required('notInvestigatedReason', 'Enter why the complaint was not investigated')]
          : []),
      ]),
    send: async (ctx, b) => {
      const input = {
        outcome: text(b, 'outcome'),
        findings: text(b, 'findings'),
        remedies: values(b, 'remedies'),
        lessonsLearned: optional(b, 'lessonsLearned'),
        notInvestigatedReason: text(b, 'outcome') === 'NOT_INVESTIGATED' ? optional(b, 'notInvestigatedReason') : null,
      };
      const r = (await ctx.gateway.request(RESPOND_TO_CASE, { caseId: ctx.key.id, input })).respondToCase;
      return r.stage.awaitingSignOff
        ? 'Response drafted: it is waiting to be signed off before it is sent.'
        : 'Response sent to the customer.';
    },
  },
  {
    slug: 'sign-off',
    action: 'SIGN_OFF',
    link: 'Sign off the response',
    title: 'Sign off the response',
    button: 'Sign off and send',
    preview: 'RESPONSE',
    fallback: 'confirm',
    fields: {},
    check: noChecks,
    send: async (ctx) => {
      await ctx.gateway.request(SIGN_OFF_RESPONSE, { caseId: ctx.key.id });
      return 'Response signed off and sent to the customer.';
    },
  },
  {
    slug: 'return',
    action: 'RETURN_FOR_CHANGES',
    link: 'Return for changes',
    title: 'Return the response for changes',
    button: 'Return for changes',
    fallback: 'reason',
    fields: { reason: 'reason' },
    check: (b) => checkAll(b, [required('reason', 'Enter what must change before it is signed off')]),
    send: async (ctx, b) => {
      const r = (await ctx.gateway.request(RETURN_FOR_CHANGES, { caseId: ctx.key.id, reason: text(b, 'reason') })).returnForChanges;
      return `Response returned for changes to ${await nameOf(ctx, r.assigneeId)}.`;
    },
  },
  {
    slug: 'escalate',
    action: 'ESCALATE',
    link: 'Escalate to the next stage',
    title: 'Escalate to the next stage',
    button: 'Escalate',
    fallback: 'reason',
    fields: { reason: 'reason' },
    check: (b) => checkAll(b, [required('reason', 'Enter why the customer wants the next stage')]),
    send: async (ctx, b) => {
      const r = (await ctx.gateway.request(ESCALATE_CASE, { caseId: ctx.key.id, reason: text(b, 'reason') })).escalateCase;
      return `Escalated: ${r.stage.name} is open. ${dueBy(r)}`;
    },
  },
  {
    slug: 'refer',
    action: 'REFER_TO_OMBUDSMAN',
    link: 'Refer to the Ombudsman',
    title: 'Record a referral to the Ombudsman',
    button: 'Record the referral',
    fallback: 'ombudsmanReference',
    fields: { ombudsmanReference: 'ombudsmanReference', enquiryRespondBy: dateField('enquiryRespondBy') },
    check: (b) =>
      checkAll(b, [
        required('ombudsmanReference', "Enter the Ombudsman's reference"),
        checkDate('enquiryRespondBy', 'the date the Ombudsman wants an answer by', true),
      ]),
    send: async (ctx, b) => {
      const ombudsmanReference = text(b, 'ombudsmanReference');
      await ctx.gateway.request(REFER_TO_OMBUDSMAN, {
        caseId: ctx.key.id,
        ombudsmanReference,
        enquiryRespondBy: typedDate(b, 'enquiryRespondBy'),
      });
      return `Referred to the Ombudsman (their reference ${ombudsmanReference}).`;
    },
  },
  {
    slug: 'enquiry',
    action: 'ANSWER_OMBUDSMAN_ENQUIRY',
    link: "Answer the Ombudsman's enquiry",
    title: "Record the answer to the Ombudsman's enquiry",
    button: 'Record the answer',
    fallback: 'summary',
    fields: { summary: 'summary' },
    check: (b) => checkAll(b, [required('summary', 'Enter what the council sent the Ombudsman')]),
    send: async (ctx, b) => {
      await ctx.gateway.request(ANSWER_OMBUDSMAN_ENQUIRY, { caseId: ctx.key.id, summary: text(b, 'summary') });
      return "Answer to the Ombudsman's enquiry recorded.";
    },
  },
  {
    slug: 'decision',
    action: 'RECORD_OMBUDSMAN_DECISION',
    link: "Record the Ombudsman's decision",
    title: "Record the Ombudsman's decision",
    button: 'Record the decision',
    fallback: 'decision',
    fields: {
      'input.decision': 'decision',
      'input.summary': 'summary',
      'input.remedies': 'remedies',
      'input.reason': 'reason',
      'input.dueOn': dateField('dueOn'),
    },
    check: (b) =>
      checkAll(b, [
        oneOf('decision', codes(OMBUDSMAN_DECISION_WORDS), "Select the Ombudsman's decision"),
        required('summary', 'Enter a summary of the decision'),
        checkDate('dueOn', 'the date to carry out the recommendations by', true),
      ]),
    send: async (ctx, b) => {
      const input = {
        decision: text(b, 'decision'),
        summary: text(b, 'summary'),
        remedies: values(b, 'remedies'),
        reason: optional(b, 'reason'),
        dueOn: typedDate(b, 'dueOn'),
      };
      const r = (await ctx.gateway.request(RECORD_OMBUDSMAN_DECISION, { caseId: ctx.key.id, input })).recordOmbudsmanDecision;
      return `The Ombudsman's decision is recorded${r.status === 'CLOSED' ? ' and the case is closed' : ''}.`;
    },
  },
  {
    slug: 'delay',
    action: 'NOTIFY_DELAY',
    link: 'Tell the customer of a delay',
    title: 'Tell the customer of a delay',
    button: 'Send the delay notice',
    preview: 'DELAY',
    fallback: 'newRespondBy',
    fields: { newRespondBy: dateField('newRespondBy'), reason: 'reason' },
    check: (b) =>
      checkAll(b, [checkDate('newRespondBy', 'the new date for the response'), required('reason', 'Enter why the response is late')]),
    send: async (ctx, b) => {
      const r = (
        await ctx.gateway.request(NOTIFY_DELAY, {
          caseId: ctx.key.id,
          newRespondBy: typedDate(b, 'newRespondBy')!,
          reason: text(b, 'reason'),
        })
      ).notifyDelay;
      return `Delay notice sent. The customer now expects the response by ${on(r.stage.expectedResponseBy ?? r.stage.respondBy)}.`;
    },
  },
  {
    slug: 'late-decision',
    action: 'DECIDE_LATE_COMPLAINT',
    link: 'Decide on the late complaint',
    title: 'Decide whether the late complaint is considered',
    button: 'Record the decision',
    preview: 'LATE_DECISION',
    fallback: 'accept',
    fields: { accept: 'accept', reason: 'reason' },
    check: (b) =>
      checkAll(b, [
        oneOf('accept', ['yes', 'no'], 'Select whether the complaint is considered'),
        required('reason', 'Enter the reason for the decision'),
      ]),
    send: async (ctx, b) => {
      const accept = text(b, 'accept') === 'yes';
      await ctx.gateway.request(DECIDE_LATE_COMPLAINT, { caseId: ctx.key.id, accept, reason: text(b, 'reason') });
      return accept ? 'Late complaint accepted: it will be considered.' : 'Late complaint refused: the case is closed as not investigated.';
    },
  },
  {
    slug: 'restrict',
    action: 'RESTRICT_CONTACT',
    link: 'Restrict contact',
    title: 'Restrict contact',
    button: 'Restrict contact',
    preview: 'CONTACT_RESTRICTION',
    fallback: 'reason',
    fields: {
      'input.reason': 'reason',
      'input.restrictions': 'restrictions',
      'input.allowedMethods': 'allowedMethods',
      'input.singlePointOfContactId': 'singlePointOfContactId',
      'input.reviewOn': dateField('reviewOn'),
      'input.endsOn': dateField('endsOn'),
    },
    check: (b) =>
      checkAll(b, [
        required('reason', 'Enter why contact is restricted'),
        required('restrictions', 'Enter what is restricted'),
        required('singlePointOfContactId', 'Select the single point of contact'),
        checkDate('reviewOn', 'the review date'),
        checkDate('endsOn', 'the last day of the restriction', true),
      ]),
    send: async (ctx, b) => {
      if (!ctx.key.complainant) return Promise.reject(new Error('restrictContact needs a complainant'));
      const allowed = values(b, 'allowedMethods');
      const r = (
        await ctx.gateway.request(RESTRICT_CONTACT, {
          input: {
            complainantId: ctx.key.complainant.id,
            reason: text(b, 'reason'),
            restrictions: text(b, 'restrictions'),
            allowedMethods: allowed,
            singlePointOfContactId: text(b, 'singlePointOfContactId'),
            reviewOn: typedDate(b, 'reviewOn')!,
            endsOn: typedDate(b, 'endsOn'),
          },
        })
      ).restrictContact;
      return `Contact restricted, to be reviewed by ${on(r.reviewOn)}. The restriction letter goes to ${ctx.key.complainant.name}.`;
    },
  },
  {
    slug: 'adjustment',
    action: 'RECORD_ADJUSTMENT',
    link: 'Record a reasonable adjustment',
    title: 'Record a reasonable adjustment',
    button: 'Record the adjustment',
    fallback: 'kind',
    fields: { kind: 'kind', need: 'need', reviewOn: dateField('reviewOn') },
    check: (b) =>
      checkAll(b, [
        oneOf('kind', codes(ADJUSTMENT_WORDS), 'Select the kind of adjustment'),
        required('need', 'Enter what they need'),
        checkDate('reviewOn', 'the review date', true),
      ]),
    send: async (ctx, b) => {
      if (!ctx.key.complainant) return Promise.reject(new Error('recordReasonableAdjustment needs a complainant'));
      await ctx.gateway.request(RECORD_ADJUSTMENT, {
        complainantId: ctx.key.complainant.id,
        kind: text(b, 'kind'),
        need: text(b, 'need'),
        reviewOn: typedDate(b, 'reviewOn'),
      });
      return `Reasonable adjustment recorded for ${ctx.key.complainant.name}.`;
    },
  },
  {
    slug: 'categories',
    action: 'SET_CATEGORIES',
    link: 'Change the categories',
    title: 'What the complaint is about',
    button: 'Save the categories',
    fallback: 'categories',
    fields: { categories: 'categories' },
    check: (b) => checkAll(b, [someOf('categories', codes(CATEGORY_WORDS), 'Select at least one category')]),
    send: async (ctx, b) => {
      await ctx.gateway.request(SET_CASE_CATEGORIES, { caseId: ctx.key.id, categories: values(b, 'categories') });
      return 'Categories saved.';
    },
  },
  {
    slug: 'remedy-done',
    action: 'COMPLETE_REMEDY_ACTION',
    link: 'Record a remedy as done',
    title: 'Record a remedy as done',
    button: 'Record as done',
    fallback: 'actionId',
    fields: { actionId: 'actionId', note: 'note' },
    check: (b) => checkAll(b, [required('actionId', 'Select the remedy that was done')]),
    send: async (ctx, b) => {
      const r = (await ctx.gateway.request(COMPLETE_REMEDY_ACTION, { actionId: text(b, 'actionId'), note: optional(b, 'note') }))
        .completeRemedyAction;
      return `Remedy recorded as done: ${(REMEDY_WORDS[r.remedy] ?? r.remedy).toLowerCase()}.`;
    },
  },
  {
    slug: 'close',
    action: 'CLOSE',
    link: 'Close the case',
    title: 'Close the case',
    button: 'Close the case',
    fallback: 'confirm',
    fields: {},
    check: noChecks,
    send: async (ctx) => {
      await ctx.gateway.request(CLOSE_CASE, { caseId: ctx.key.id });
      return 'Case closed.';
    },
  },
];

/** The form at `/cases/<reference>/<slug>`, or undefined. */
export const actionForm = (slug: string): ActionForm | undefined => [TAKE_FORM, ...ACTION_FORMS].find((f) => f.slug === slug);
