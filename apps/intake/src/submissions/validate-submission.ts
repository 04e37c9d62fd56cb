import { CASE_HANDLERS, Channel, londonDate } from '@redress/policy';
import type { CouncilPolicy } from '@redress/policy';
import { badInput, forbidden, isLocalDate, requireStaff, unauthenticated } from '@redress/platform';
import type { StaffIdentity } from '@redress/platform';
import type { SubmitFeedbackInput } from './submission.types';

export const LIMITS = { summary: 200, details: 20_000, shortText: 2_000, name: 200, email: 320, phone: 64 } as const;
const PUBLIC_CHANNELS: ReadonlySet<Channel> = new Set([Channel.WEB_FORM, Channel.EMAIL]);
// Deliberately simple: one @, something either side, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(value: string | null | undefined, field: string, max: number, required: boolean): void {
  if (value === null || value === undefined) {
    if (required) throw badInput(`${field} is required.`, field);
    return;
  }
  if (required && value.trim() === '') throw badInput(`${field} must not be blank.`, field);
  if (value.length > max) throw badInput(`${field} is ${value.length} characters long; the most allowed is ${max}.`, field);
}

/** Throws BAD_USER_INPUT naming the field unless the value looks like an email address (or is absent). */
export function email(value: string | null | undefined, field: string): void {
  if (value === null || value === undefined || value === '') return;
  if (value.length > LIMITS.email || !EMAIL.test(value)) throw badInput(`${field} "${value}" is not a valid email address.`, field);
}

/** Who may record what: the public through the web form and email, now; staff of that council any channel and an earlier receipt. */
export function checkSubmitter(input: SubmitFeedbackInput, staff: StaffIdentity | null): void {
  if (staff === null) {
    if (!PUBLIC_CHANNELS.has(input.channel)) {
      throw unauthenticated(`Only council staff, signed in, can record a ${input.channel} contact. Use the web form or email instead.`);
    }
    if (input.receivedAt) throw unauthenticated('Only council staff, signed in, can record an earlier date of receipt.');
    return;
  }
  if (staff.council !== input.councilId) throw forbidden('You can only record contacts for your own council.');
  // Signed in, a member of staff records the contact in the council's name: a case handler's job, not an analyst's.
  requireStaff({ staff }, null, CASE_HANDLERS);
}

/** Field-by-field checks with messages that name the field and say what is valid. */
export function validateSubmission(input: SubmitFeedbackInput, policy: CouncilPolicy | undefined, validCouncils: readonly string[], receivedAt: Date, now: Date): CouncilPolicy {
  if (!policy) throw badInput(`councilId "${input.councilId}" is not a council on this platform. Valid: ${validCouncils.join(', ')}.`, 'councilId');
  if (!policy.serviceAreas.some((a) => a.code === input.serviceArea)) {
    throw badInput(`serviceArea "${input.serviceArea}" is not a service of ${policy.councilName}. Valid: ${policy.serviceAreas.map((a) => a.code).join(', ')}.`, 'serviceArea');
  }
  text(input.summary, 'summary', LIMITS.summary, true);
  text(input.details, 'details', LIMITS.details, true);
  text(input.desiredOutcome, 'desiredOutcome', LIMITS.shortText, false);
  text(input.lateJustification, 'lateJustification', LIMITS.shortText, false);
  text(input.idempotencyKey, 'idempotencyKey', 200, false);
  if (input.complainant) {
    text(input.complainant.name, 'complainant.name', LIMITS.name, true);
    email(input.complainant.email, 'complainant.email');
    text(input.complainant.phone, 'complainant.phone', LIMITS.phone, false);
    text(input.complainant.postalAddress, 'complainant.postalAddress', LIMITS.shortText, false);
  }
  if (input.representative) {
    text(input.representative.name, 'representative.name', LIMITS.name, true);
    text(input.representative.relationship, 'representative.relationship', LIMITS.name, true);
    email(input.representative.email, 'representative.email');
    text(input.representative.phone, 'representative.phone', LIMITS.phone, false);
  }
  if (receivedAt.getTime() > now.getTime()) throw badInput('receivedAt is in the future; record the date and time the contact actually arrived.', 'receivedAt');
  if (input.incidentDate) {
    if (!isLocalDate(input.incidentDate)) throw badInput('incidentDate must be a date written YYYY-MM-DD.', 'incidentDate');
    if (input.incidentDate > londonDate(receivedAt)) throw badInput(`incidentDate ${input.incidentDate} is after the date the contact was received.`, 'incidentDate');
  }
  return policy;
}
