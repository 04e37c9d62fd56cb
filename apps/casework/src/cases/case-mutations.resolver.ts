import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { assignmentAction } from '@redress/policy';
import { signedInStaff } from '@redress/platform';
import type { CaseworkContext } from '../casework.context';
import { acknowledgeCase } from './acknowledge-case';
import { agreeExtension } from './agree-extension';
import { assignCase } from './assign-case';
import { runCaseCommand } from './case-command';
import {
  AgreeExtensionArgs,
  AgreeStatementArgs,
  AnswerOmbudsmanEnquiryArgs,
  AssignCaseArgs,
  CaseArgs,
  DecideLateComplaintArgs,
  EscalateCaseArgs,
  HoldCaseArgs,
  NotifyDelayArgs,
  RecordContactArgs,
  RecordOmbudsmanDecisionArgs,
  ReferToOmbudsmanArgs,
  RespondToCaseArgs,
  ReturnForChangesArgs,
  SetCaseCategoriesArgs,
  SetStaffInvolvedArgs,
} from './case-inputs.types';
import { CaseView } from './case.types';
import { setCaseCategories, setStaffInvolved } from './case-categories';
import { closeCase } from './close-case';
import { decideLateComplaint } from './decide-late-complaint';
import { escalateCase } from './escalate-case';
import { holdCase, resumeCase } from './hold-case';
import { notifyDelay } from './notify-delay';
import { answerOmbudsmanEnquiry, recordOmbudsmanDecision, referToOmbudsman } from './ombudsman';
import { recordContact } from './record-contact';
import { respondToCase, signOffResponse } from './respond-to-case';
import { returnForChanges } from './return-for-changes';
import { agreeStatementOfComplaint } from './statement-of-complaint';

@Resolver(() => CaseView)
export class CaseMutationsResolver {
  @Mutation(() => CaseView)
  assignCase(@Args(() => AssignCaseArgs) { caseId, assigneeId }: AssignCaseArgs, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    const staff = signedInStaff(ctx.auth);
    const action = assignmentAction({ id: staff.sub, roles: staff.roles }, assigneeId);
    return runCaseCommand(ctx, caseId, { action, assigneeId }, (scope) => assignCase(scope, assigneeId));
  }

  @Mutation(() => CaseView)
  acknowledgeCase(@Args(() => CaseArgs) { caseId }: CaseArgs, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'ACKNOWLEDGE', acknowledgeCase);
  }

  @Mutation(() => CaseView, { description: 'An extension agreed with the customer, within the policy maximum' })
  agreeExtension(
    @Args(() => AgreeExtensionArgs) { caseId, workingDays, reason }: AgreeExtensionArgs,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, { action: 'EXTEND', extensionWorkingDays: workingDays }, (scope) =>
      agreeExtension(scope, workingDays, reason),
    );
  }

  @Mutation(() => CaseView, { description: 'Stop the clock' })
  holdCase(@Args(() => HoldCaseArgs) { caseId, reason, note }: HoldCaseArgs, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'HOLD', (scope) => holdCase(scope, reason, note ?? null));
  }

  @Mutation(() => CaseView, {
    description: 'Tell the customer of a delay, with the reason and a new date; respondBy (the promise) stays, so a late answer is late',
  })
  notifyDelay(
    @Args(() => NotifyDelayArgs) { caseId, newRespondBy, reason }: NotifyDelayArgs,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, { action: 'NOTIFY_DELAY', newRespondBy }, (scope) => notifyDelay(scope, newRespondBy, reason));
  }

  @Mutation(() => CaseView, { description: 'Restart the clock: unmet deadlines move by the working days on hold' })
  resumeCase(@Args(() => CaseArgs) { caseId }: CaseArgs, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'RESUME', resumeCase);
  }

  @Mutation(() => CaseView, {
    description: 'Outcome, findings, remedies and lessons learned; drafted for sign-off where the policy requires it',
  })
  respondToCase(@Args(() => RespondToCaseArgs) { caseId, input }: RespondToCaseArgs, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'RESPOND', (scope) => respondToCase(scope, input));
  }

  @Mutation(() => CaseView, { description: 'Sign off and issue a drafted response (Hart Stage 2: the Joint Chief Executive)' })
  signOffResponse(@Args(() => CaseArgs) { caseId }: CaseArgs, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'SIGN_OFF', signOffResponse);
  }

  @Mutation(() => CaseView, { description: 'Open the next stage with a fresh clock' })
  escalateCase(@Args(() => EscalateCaseArgs) { caseId, reason }: EscalateCaseArgs, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'ESCALATE', (scope) => escalateCase(scope, reason));
  }

  @Mutation(() => CaseView)
  closeCase(@Args(() => CaseArgs) { caseId }: CaseArgs, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'CLOSE', closeCase);
  }

  @Mutation(() => CaseView, { description: 'The agreed scope of the investigation; resumes a case held awaiting it' })
  agreeStatementOfComplaint(
    @Args(() => AgreeStatementArgs) { caseId, statement }: AgreeStatementArgs,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'AGREE_STATEMENT', (scope) => agreeStatementOfComplaint(scope, statement));
  }

  @Mutation(() => CaseView)
  referToOmbudsman(
    @Args(() => ReferToOmbudsmanArgs) { caseId, ombudsmanReference, enquiryRespondBy }: ReferToOmbudsmanArgs,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'REFER_TO_OMBUDSMAN', (scope) =>
      referToOmbudsman(scope, ombudsmanReference, enquiryRespondBy ?? null),
    );
  }

  @Mutation(() => CaseView, { description: "Record that the council has answered the Ombudsman's enquiry" })
  answerOmbudsmanEnquiry(
    @Args(() => AnswerOmbudsmanEnquiryArgs) { caseId, summary }: AnswerOmbudsmanEnquiryArgs,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'ANSWER_OMBUDSMAN_ENQUIRY', (scope) => answerOmbudsmanEnquiry(scope, summary));
  }

  @Mutation(() => CaseView)
  recordOmbudsmanDecision(
    @Args(() => RecordOmbudsmanDecisionArgs) { caseId, input }: RecordOmbudsmanDecisionArgs,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'RECORD_OMBUDSMAN_DECISION', (scope) => recordOmbudsmanDecision(scope, input));
  }

  @Mutation(() => CaseView, { description: 'A contact with the customer, for the timeline' })
  recordContact(@Args(() => RecordContactArgs) { caseId, input }: RecordContactArgs, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'RECORD_CONTACT', (scope) => recordContact(scope, input));
  }

  @Mutation(() => CaseView, { description: 'Sign-off refused: the drafted response goes back to its author, with the reason' })
  returnForChanges(
    @Args(() => ReturnForChangesArgs) { caseId, reason }: ReturnForChangesArgs,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'RETURN_FOR_CHANGES', (scope) => returnForChanges(scope, reason));
  }

  @Mutation(() => CaseView, {
    description: 'The coordinator decides a complaint made out of time: considered (it proceeds) or not (closed as not investigated)',
  })
  decideLateComplaint(
    @Args(() => DecideLateComplaintArgs) { caseId, accept, reason }: DecideLateComplaintArgs,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, { action: 'DECIDE_LATE_COMPLAINT', accept }, (scope) => decideLateComplaint(scope, accept, reason));
  }

  @Mutation(() => CaseView, { description: 'What the complaint is about, as the handler corrects it (duplicates are dropped)' })
  setCaseCategories(
    @Args(() => SetCaseCategoriesArgs) { caseId, categories }: SetCaseCategoriesArgs,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'SET_CATEGORIES', (scope) => setCaseCategories(scope, categories));
  }

  @Mutation(() => CaseView, { description: 'The staff the complaint is about: they never handle it, at any stage' })
  setStaffInvolved(
    @Args(() => SetStaffInvolvedArgs) { caseId, staffIds }: SetStaffInvolvedArgs,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, { action: 'SET_STAFF_INVOLVED', staffInvolved: staffIds }, (scope) =>
      setStaffInvolved(scope, staffIds),
    );
  }
}
