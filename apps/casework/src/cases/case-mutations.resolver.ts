import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { HoldReason, Role } from '@redress/policy';
import type { CaseworkContext } from '../casework.context';
import { acknowledgeCase } from './acknowledge-case';
import { agreeExtension } from './agree-extension';
import { assignCase } from './assign-case';
import { runCaseCommand } from './case-command';
import { CaseView } from './case.types';
import { holdCase, resumeCase } from './hold-case';

/** Who handles cases: these roles may change them (within their own council). */
const HANDLERS: readonly Role[] = [Role.OFFICER, Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR];
const ALLOCATORS: readonly Role[] = [Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR];

@Resolver(() => CaseView)
export class CaseMutationsResolver {
  @Mutation(() => CaseView)
  assignCase(@Arg('caseId', () => ID) caseId: string, @Arg('assigneeId', () => ID) assigneeId: string, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, ALLOCATORS, (scope) => assignCase(scope, assigneeId));
  }

  @Mutation(() => CaseView)
  acknowledgeCase(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, HANDLERS, acknowledgeCase);
  }

  @Mutation(() => CaseView, { description: 'An extension agreed with the customer, within the policy maximum' })
  agreeExtension(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('workingDays', () => Int) workingDays: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, HANDLERS, (scope) => agreeExtension(scope, workingDays, reason));
  }

  @Mutation(() => CaseView, { description: 'Stop the clock' })
  holdCase(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('reason', () => HoldReason) reason: HoldReason,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, HANDLERS, (scope) => holdCase(scope, reason, note ?? null));
  }

  @Mutation(() => CaseView, { description: 'Restart the clock: unmet deadlines move by the working days on hold' })
  resumeCase(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, HANDLERS, resumeCase);
  }
}
