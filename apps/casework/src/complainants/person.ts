import { CaseStatus, assertPersonAction, findCouncilPolicy, restrictionInForce } from '@redress/policy';
import type { PersonAction } from '@redress/policy';
import { conflict, notFound, signedInStaff } from '@redress/platform';
import type { EntityManager, RequestContext } from '@redress/platform';
import { Case } from '../cases/case.entity';
import { staffActor } from '../cases/case-command';
import { caseSnapshot } from '../cases/case-snapshot';
import { Complainant } from './complainant.entity';
import { ContactRestriction } from './contact-restriction.entity';

/** A complainant of the caller's council; another council's reads exactly like a missing one. */
export async function findComplainantFor(ctx: RequestContext, id: string): Promise<Complainant> {
  const staff = signedInStaff(ctx.auth);
  const person = await ctx.em.findOne(Complainant, { id, councilId: staff.council });
  if (!person) throw notFound(`No complainant ${id} in your council.`);
  if (person.anonymisedAt) throw conflict("This complainant's personal data has been anonymised: there is no one to act for.");
  return person;
}

/** Every case the person complained in, oldest first, loaded as the case machine reads them. */
export const casesOf = (em: EntityManager, complainantId: string): Promise<Case[]> =>
  em.find(Case, { complainant: complainantId }, { populate: ['stages', 'complainant'], orderBy: { receivedAt: 'asc', id: 'asc' } });

/** Cases still being worked or awaiting the Ombudsman: where staff look, so where the person's flags and letters go. */
export const notClosed = (cases: readonly Case[]): Case[] => cases.filter((c) => c.status !== CaseStatus.CLOSED);

/** The policy core decides, from the person's cases (or, with none, the caller's role): refused with the rule in words. */
export async function authorizePersonAction(ctx: RequestContext, action: PersonAction, cases: readonly Case[]): Promise<void> {
  const staff = signedInStaff(ctx.auth);
  assertPersonAction({
    policy: findCouncilPolicy(staff.council)!,
    action,
    actor: await staffActor(ctx.em, staff),
    now: ctx.now(),
    cases: cases.map((c) => caseSnapshot(c)),
  });
}

/** The restrictions in force on these people now (not lifted, not past their last day), newest first. */
export async function restrictionsInForce(em: EntityManager, complainantIds: readonly string[], now: Date): Promise<ContactRestriction[]> {
  if (!complainantIds.length) return [];
  const open = await em.find(
    ContactRestriction,
    { complainantId: { $in: [...complainantIds] }, liftedAt: null },
    { orderBy: { createdAt: 'desc', id: 'asc' } },
  );
  return open.filter((r) => restrictionInForce(r, now));
}

/** How a letter reaches the person themselves (a restriction is about them, not whoever acts for them). */
export function writtenTo(p: Pick<Complainant, 'name' | 'email' | 'postalAddress'>): string {
  if (p.email) return `${p.name} by email ${p.email}`;
  return p.postalAddress ? `${p.name} by post` : `${p.name} (no email or postal address on record: ask for one)`;
}
