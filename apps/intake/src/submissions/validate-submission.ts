import { CASE_HANDLERS, Channel, londonDate, requireLocalArea } from '@redress/policy';
import type { CouncilPolicy } from '@redress/policy';
import { badInput, forbidden, requireStaff, unauthenticated } from '@redress/platform';
import type { StaffIdentity } from '@redress/platform';
import type { SubmitFeedbackInput } from './submission.types';

const PUBLIC_CHANNELS: ReadonlySet<Channel> = new Set([Channel.WEB_FORM, Channel.EMAIL]);

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

/**
 * What the shape of the input cannot say (that was checked at the GraphQL edge, see submission.types.ts): the
 * council, its service and the local area exist, and the dates make sense against the receipt. Fields are named by their argument path.
 */
export function validateSubmission(
  input: SubmitFeedbackInput,
  policy: CouncilPolicy | undefined,
  validCouncils: readonly string[],
  receivedAt: Date,
  now: Date,
): CouncilPolicy {
  if (!policy)
    throw badInput(
      `councilId "${input.councilId}" is not a council on this platform. Valid: ${validCouncils.join(', ')}.`,
      'input.councilId',
    );
  if (!policy.serviceAreas.some((a) => a.code === input.serviceArea)) {
    const valid = policy.serviceAreas.map((a) => a.code).join(', ');
    throw badInput(`serviceArea "${input.serviceArea}" is not a service of ${policy.councilName}. Valid: ${valid}.`, 'input.serviceArea');
  }
  requireLocalArea(policy, input.localArea, 'input.localArea');
  if (receivedAt.getTime() > now.getTime())
    throw badInput('receivedAt is in the future; record the date and time the contact actually arrived.', 'input.receivedAt');
  if (input.incidentDate && input.incidentDate > londonDate(receivedAt))
    throw badInput(`incidentDate ${input.incidentDate} is after the date the contact was received.`, 'input.incidentDate');
  return policy;
}
