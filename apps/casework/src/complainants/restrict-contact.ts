import { randomUUID } from 'node:crypto';
import { audit, badInput, isLocalDate, notFound, signedInStaff } from '@redress/platform';
import type { RequestContext } from '@redress/platform';
import { londonDate } from '@redress/policy';
import { StaffMember } from '../staff/staff-member.entity';
import { Complainant } from './complainant.entity';
import { ContactRestriction } from './contact-restriction.entity';

export interface RestrictionInput {
  complainantId: string;
  reason: string;
  restrictions: string;
  singlePointOfContactId: string;
  reviewOn: string;
}

/**
 * Unreasonable contact and customer behaviour (Hampshire procedure): restrict how a person may contact the
 * council, with a single point of contact and a review date. Their new complaints are flagged to it.
 */
export async function restrictContact(ctx: RequestContext, input: RestrictionInput): Promise<ContactRestriction> {
  const staff = signedInStaff(ctx.auth);
  const complainant = await ctx.em.findOne(Complainant, { id: input.complainantId, councilId: staff.council });
  if (!complainant) throw notFound(`No complainant ${input.complainantId} in your council.`);
  if (!isLocalDate(input.reviewOn) || input.reviewOn <= londonDate(ctx.now()))
    throw badInput('reviewOn must be a future date, YYYY-MM-DD.', 'input.reviewOn');
  const contact = await ctx.em.findOne(StaffMember, { id: input.singlePointOfContactId, councilId: staff.council });
  if (!contact)
    throw badInput(
      `singlePointOfContactId "${input.singlePointOfContactId}" is not a member of staff of your council.`,
      'input.singlePointOfContactId',
    );
  const restriction = ctx.em.create(ContactRestriction, {
    id: randomUUID(),
    complainantId: complainant.id,
    councilId: staff.council,
    reason: input.reason.trim(),
    restrictions: input.restrictions.trim(),
    singlePointOfContactId: contact.id,
    reviewOn: input.reviewOn,
    decidedBy: staff.sub,
    createdAt: ctx.now(),
  });
  complainant.restricted = true;
  await ctx.em.flush();
  await audit(ctx.em, staff, 'RESTRICT_CONTACT', [complainant.id, restriction.id], ctx.now());
  return restriction;
}
