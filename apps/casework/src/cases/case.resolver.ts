import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { CaseAction, allowedActions, findCouncilPolicy } from '@redress/policy';
import type { CaseActor } from '@redress/policy';
import { audit, auditStatement, preparedLookup, schemaOf, signedInStaff } from '@redress/platform';
import type { RequestContext } from '@redress/platform';
import { StaffMember } from '../staff/staff-member.entity';
import { StaffMemberView } from '../staff/staff.types';
import { Case } from './case.entity';
import { CASE_POPULATE, casePopulateFor, openRemedyActionOwners, staffActor } from './case-command';
import type { CasePart } from './case-command';
import { toCaseView } from './case.mapper';
import { CaseByReferenceArgs, CasesArgs, StaffDirectoryArgs } from './case-inputs.types';
import { findCases, isReference } from './case-queue';
import { CaseConnectionView, CaseView } from './case.types';

const caseByReference = preparedLookup(Case, 'reference');
const caseById = preparedLookup(Case, 'id');

/**
 * A case by reference or id, as `case(reference)` reads it (the read is audited), with the parts the query selects
 * (`casePopulateFor`; all of them when not said). The bench replays its SQL.
 */
export async function loadCase(
  ctx: RequestContext,
  where: { reference: string } | { id: string },
  populate: readonly CasePart[] = CASE_POPULATE,
): Promise<CaseView | null> {
  const staff = ctx.auth.staff;
  // The read is audited on the read's own connection, written while the case is mapped (the answer waits for it).
  const audited = (data: Record<string, unknown>) => {
    if (staff?.council !== data.councilId) return null;
    const complainant = data.complainant as string | { id: string } | null;
    const ids = [data.id as string, ...(complainant ? [typeof complainant === 'string' ? complainant : complainant.id] : [])];
    return auditStatement(schemaOf(ctx.em), staff, 'READ_CASE', ids, ctx.now());
  };
  const c =
    'reference' in where
      ? await caseByReference(ctx.em, where.reference, populate, audited)
      : await caseById(ctx.em, where.id, populate, audited);
  // Staff of another council get the same answer as for a case that does not exist (and nothing is audited).
  if (!c || staff?.council !== c.councilId) return null;
  return toCaseView(c, ctx.now());
}

// One directory lookup per request, however many cases a page lists.
const actors = new WeakMap<RequestContext, Promise<CaseActor>>();
function actorOf(ctx: RequestContext): Promise<CaseActor> {
  const known = actors.get(ctx) ?? staffActor(ctx.em, signedInStaff(ctx.auth));
  actors.set(ctx, known);
  return known;
}

@Resolver(() => CaseView)
export class CaseResolver {
  @FieldResolver(() => [CaseAction], {
    description: 'What you may do to this case now, decided by the policy core: clients show only these',
  })
  async allowedActions(@Root() view: CaseView, @Ctx() ctx: RequestContext): Promise<CaseAction[]> {
    const state = { ...view.snapshot, remedyActionOwners: await openRemedyActionOwners(ctx.em, view.id) };
    return allowedActions(findCouncilPolicy(view.council.id)!, state, await actorOf(ctx), ctx.now());
  }

  @Query(() => CaseView, { nullable: true, description: 'A case of your council by its reference' })
  case(
    @Args(() => CaseByReferenceArgs) { reference }: CaseByReferenceArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CaseView | null> {
    return loadCase(ctx, { reference: reference.trim().toUpperCase() }, casePopulateFor(info));
  }

  @Query(() => CaseConnectionView, { description: 'Work queues within your council, oldest first unless ordered otherwise' })
  async cases(
    @Args(() => CasesArgs) { filter, first, after, orderBy }: CasesArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CaseConnectionView> {
    const staff = signedInStaff(ctx.auth);
    const now = ctx.now();
    const page = await findCases(
      ctx.em,
      ctx.schema,
      staff,
      filter ?? {},
      first ?? 20,
      after ?? null,
      now,
      orderBy ?? undefined,
      casePopulateFor(info, ['edges', 'node']),
    );
    // A search by name, email or phone looks into personal data: recorded as such, with what it found (not the words).
    const action = filter?.search && !isReference(filter.search) ? 'SEARCH_CASES_BY_PERSON' : 'LIST_CASES';
    await audit(
      ctx.em,
      staff,
      action,
      page.cases.map((c) => c.id),
      now,
    );
    return {
      edges: page.cases.map((c, i) => ({ cursor: page.cursors[i], node: toCaseView(c, now) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
      totalCount: page.totalCount,
    };
  }

  @Query(() => [StaffMemberView], { description: "Your council's staff directory" })
  async staff(@Args(() => StaffDirectoryArgs) { councilId }: StaffDirectoryArgs, @Ctx() ctx: RequestContext): Promise<StaffMemberView[]> {
    const members = await ctx.em.find(StaffMember, { councilId }, { orderBy: { name: 'asc' } });
    return members.map((m) => ({
      id: m.id,
      name: m.name,
      roles: m.roles,
      serviceAreas: m.serviceAreas,
      managerId: m.managerId,
      email: m.email,
    }));
  }
}

export const caseReference = {
  Case: {
    __resolveReference(ref: { id?: string; reference?: string }, ctx: RequestContext): Promise<CaseView | null> {
      return loadCase(ctx, ref.id ? { id: ref.id } : { reference: ref.reference ?? '' });
    },
  },
};
