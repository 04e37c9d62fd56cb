import { randomUUID } from 'node:crypto';
import {
  CaseAction,
  CodedError,
  allowedContactMethods,
  customerMessage,
  findCouncilPolicy,
  intakeAdjustment,
  liftProblem,
  restrictionLetter,
  restrictionProblem,
} from '@redress/policy';
import type { ComplainantType, ContactPreference, RestrictionLetter } from '@redress/policy';
import { audit, badInput, notFound, signedInStaff } from '@redress/platform';
import type { EntityManager, RequestContext } from '@redress/platform';
import { CaseEvent } from '../cases/case.entity';
import type { Case } from '../cases/case.entity';
import { currentStage } from '../cases/case-snapshot';
import { StaffMember } from '../staff/staff-member.entity';
import { oweMessage } from '../messages/owed-message';
import { Complainant } from './complainant.entity';
import { ContactRestriction } from './contact-restriction.entity';
import { ReasonableAdjustment } from './reasonable-adjustment.entity';
import { authorizePersonAction, casesOf, findComplainantFor, notClosed, writtenTo } from './person';

/** Someone with no complaint yet (Hampshire: "even where a formal complaint has not been received"). */
export interface PersonDetails {
  type: ComplainantType;
  name: string;
  email?: string | null;
  phone?: string | null;
  postalAddress?: string | null;
  contactPreference?: ContactPreference | null;
  adjustments?: string | null;
}

export interface RestrictionInput {
  /** Exactly one of complainantId (someone on record) and person (someone new to the council's records). */
  complainantId?: string | null;
  person?: PersonDetails | null;
  reason: string;
  restrictions: string;
  allowedMethods?: ContactPreference[] | null;
  singlePointOfContactId: string;
  reviewOn: string;
  endsOn?: string | null;
}

/** The person restricted: on record already (by id, or by the email given for a new person), or a new record. */
async function personFor(ctx: RequestContext, input: RestrictionInput): Promise<{ person: Complainant; isNew: boolean }> {
  if (input.complainantId) return { person: await findComplainantFor(ctx, input.complainantId), isNew: false };
  const p = input.person!;
  const council = signedInStaff(ctx.auth).council;
  const known = p.email ? await ctx.em.findOne(Complainant, { councilId: council, email: p.email, anonymisedAt: null }) : null;
  if (known) return { person: known, isNew: false };
  const person = ctx.em.create(
    Complainant,
    {
      id: randomUUID(),
      councilId: council,
      type: p.type,
      name: p.name,
      email: p.email || null,
      phone: p.phone || null,
      postalAddress: p.postalAddress || null,
      contactPreference: p.contactPreference ?? null,
      createdAt: ctx.now(),
    },
    { persist: false },
  );
  return { person, isNew: true };
}

/** A line on each case not yet closed; for letters, also the message the person is owed under that case's reference. */
function onTheirCases(tx: EntityManager, cases: readonly Case[], now: Date, type: string, actor: string, detail: string): void {
  for (const c of cases) tx.create(CaseEvent, { case: c, at: now, type, actor, detail });
}

/**
 * Unreasonable contact and customer behaviour (Hart s.10; Hampshire): restrict how the council deals with a person,
 * with the methods it will still use, a single point of contact, a review date and, if given, an end. The letter
 * (why, what, how long) is kept on the restriction for communications to send, and written on each of the person's
 * cases not yet closed. Who may: the case machine's RESTRICT_CONTACT on any of their cases, or (no case) by role.
 */
export async function restrictContact(ctx: RequestContext, input: RestrictionInput): Promise<ContactRestriction> {
  const staff = signedInStaff(ctx.auth);
  const now = ctx.now();
  if (Boolean(input.complainantId) === Boolean(input.person))
    throw badInput(
      'Give exactly one of complainantId (someone on record) and person (someone with no complaint yet).',
      'input.complainantId',
    );
  const problem = restrictionProblem(input, now);
  if (problem) throw new CodedError(problem[0], problem[1], `input.${problem[2]}`);
  const contact = await ctx.em.findOne(StaffMember, { id: input.singlePointOfContactId, councilId: staff.council });
  if (!contact)
    throw badInput(
      `singlePointOfContactId "${input.singlePointOfContactId}" is not a member of staff of your council (see staff(councilId)).`,
      'input.singlePointOfContactId',
    );
  const { person, isNew } = await personFor(ctx, input);
  const cases = isNew ? [] : await casesOf(ctx.em, person.id);
  await authorizePersonAction(ctx, CaseAction.RESTRICT_CONTACT, cases);

  const policy = findCouncilPolicy(staff.council)!;
  const allowedMethods = allowedContactMethods(input.allowedMethods);
  const terms: RestrictionLetter = {
    councilName: policy.councilName,
    reason: input.reason.trim(),
    restrictions: input.restrictions.trim(),
    allowedMethods,
    contactName: contact.email ? `${contact.name} (${contact.email})` : contact.name,
    reviewOn: input.reviewOn,
    endsOn: input.endsOn ?? null,
  };
  return ctx.em.transactional(async (tx) => {
    if (isNew) {
      tx.persist(person);
      const words = intakeAdjustment(input.person!.adjustments);
      if (words)
        tx.create(ReasonableAdjustment, {
          id: randomUUID(),
          complainantId: person.id,
          councilId: staff.council,
          ...words,
          reviewOn: null,
          recordedAt: now,
          recordedBy: staff.sub,
        });
    }
    const restriction = tx.create(ContactRestriction, {
      id: randomUUID(),
      complainantId: person.id,
      councilId: staff.council,
      reason: terms.reason,
      restrictions: terms.restrictions,
      allowedMethods,
      singlePointOfContactId: contact.id,
      reviewOn: input.reviewOn,
      endsOn: terms.endsOn,
      decidedBy: staff.sub,
      createdAt: now,
      letter: restrictionLetter(terms),
    });
    const open = notClosed(cases);
    const until = terms.endsOn ? `until ${terms.endsOn}` : 'until it is reviewed and lifted';
    onTheirCases(
      tx,
      open,
      now,
      'CONTACT_RESTRICTED',
      staff.name,
      `Contact restricted ${until} (review on ${input.reviewOn}): ${terms.restrictions}. The council still uses ` +
        `${allowedMethods.map((m) => m.toLowerCase()).join(', ')}; single point of contact ${contact.name}.`,
    );
    for (const c of open) {
      const stage = currentStage(c);
      const text = customerMessage({
        kind: 'CONTACT_RESTRICTION',
        policy,
        reference: c.reference,
        stage: stage.number,
        respondBy: stage.respondBy,
        restriction: terms,
      });
      tx.create(CaseEvent, { case: c, at: now, type: 'MESSAGE_TO_CUSTOMER', actor: 'Redress', detail: `To ${writtenTo(person)}: ${text}` });
      await oweMessage(tx, c, stage, { kind: 'CONTACT_RESTRICTION', body: text, reason: terms.reason, person, restriction: terms }, now);
    }
    await audit(tx, staff, 'RESTRICT_CONTACT', [person.id, restriction.id, ...open.map((c) => c.id)], now);
    return restriction;
  });
}

/** Lift a restriction (by those who may restrict the person): dated, with the reason, on their open cases, audited. */
export async function liftContactRestriction(ctx: RequestContext, id: string, reason: string): Promise<ContactRestriction> {
  const staff = signedInStaff(ctx.auth);
  const now = ctx.now();
  const restriction = await ctx.em.findOne(ContactRestriction, { id, councilId: staff.council });
  if (!restriction) throw notFound(`No contact restriction ${id} in your council.`);
  const cases = await casesOf(ctx.em, restriction.complainantId);
  await authorizePersonAction(ctx, CaseAction.RESTRICT_CONTACT, cases);
  const problem = liftProblem(restriction, now);
  if (problem) throw new CodedError(problem[0], problem[1]);
  return ctx.em.transactional(async (tx) => {
    Object.assign(restriction, { liftedAt: now, liftedBy: staff.sub, liftReason: reason.trim() });
    tx.persist(restriction);
    const open = notClosed(cases);
    onTheirCases(
      tx,
      open,
      now,
      'CONTACT_RESTRICTION_LIFTED',
      staff.name,
      `Contact restriction lifted (${restriction.restrictions}): ${reason.trim()}`,
    );
    await audit(tx, staff, 'LIFT_CONTACT_RESTRICTION', [restriction.complainantId, restriction.id, ...open.map((c) => c.id)], now);
    return restriction;
  });
}
