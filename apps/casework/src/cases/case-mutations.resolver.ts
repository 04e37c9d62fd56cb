import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Channel, ContactDirection, HoldReason, OmbudsmanDecision, Outcome, Remedy } from '@redress/policy';
import { DateScalar } from '@redress/platform';
import type { CaseworkContext } from '../casework.context';
import { acknowledgeCase } from './acknowledge-case';
import { agreeExtension } from './agree-extension';
import { assignCase } from './assign-case';
import { runCaseCommand } from './case-command';
import { CaseView } from './case.types';
import { closeCase } from './close-case';
import { escalateCase } from './escalate-case';
import { holdCase, resumeCase } from './hold-case';
import { answerOmbudsmanEnquiry, recordOmbudsmanDecision, referToOmbudsman } from './ombudsman';
import { recordContact } from './record-contact';
import { respondToCase, signOffResponse } from './respond-to-case';
import { agreeStatementOfComplaint } from './statement-of-complaint';

@InputType()
export class ContactInput {
  @Field(() => ContactDirection) direction!: ContactDirection;
  @Field(() => Channel) channel!: Channel;
  @Field(() => String) summary!: string;
  @Field(() => Date, { nullable: true }) at?: Date | null;
}

@InputType()
export class OmbudsmanDecisionInput {
  @Field(() => OmbudsmanDecision) decision!: OmbudsmanDecision;
  @Field(() => String) summary!: string;
  @Field(() => [Remedy], { nullable: true }) remedies?: Remedy[] | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class CaseResponseInput {
  @Field(() => Outcome) outcome!: Outcome;
  @Field(() => String) findings!: string;
  @Field(() => [Remedy], { nullable: true }) remedies?: Remedy[] | null;
  @Field(() => String, { nullable: true, description: 'Written for sharing: no personal data' }) lessonsLearned?: string | null;
  @Field(() => String, { nullable: true, description: 'Required with NOT_INVESTIGATED' }) notInvestigatedReason?: string | null;
}


@Resolver(() => CaseView)
export class CaseMutationsResolver {
  @Mutation(() => CaseView)
  assignCase(@Arg('caseId', () => ID) caseId: string, @Arg('assigneeId', () => ID) assigneeId: string, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'ASSIGN', (scope) => assignCase(scope, assigneeId));
  }

  @Mutation(() => CaseView)
  acknowledgeCase(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'ACKNOWLEDGE', acknowledgeCase);
  }

  @Mutation(() => CaseView, { description: 'An extension agreed with the customer, within the policy maximum' })
  agreeExtension(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('workingDays', () => Int) workingDays: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, { action: 'EXTEND', extensionWorkingDays: workingDays }, (scope) => agreeExtension(scope, workingDays, reason));
  }

  @Mutation(() => CaseView, { description: 'Stop the clock' })
  holdCase(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('reason', () => HoldReason) reason: HoldReason,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'HOLD', (scope) => holdCase(scope, reason, note ?? null));
  }

  @Mutation(() => CaseView, { description: 'Restart the clock: unmet deadlines move by the working days on hold' })
  resumeCase(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'RESUME', resumeCase);
  }

  @Mutation(() => CaseView, { description: 'Outcome, findings, remedies and lessons learned; drafted for sign-off where the policy requires it' })
  respondToCase(@Arg('caseId', () => ID) caseId: string, @Arg('input', () => CaseResponseInput) input: CaseResponseInput, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'RESPOND', (scope) => respondToCase(scope, input));
  }

  @Mutation(() => CaseView, { description: 'Sign off and issue a drafted response (Hart Stage 2: the Joint Chief Executive)' })
  signOffResponse(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'SIGN_OFF', signOffResponse);
  }

  @Mutation(() => CaseView, { description: 'Open the next stage with a fresh clock' })
  escalateCase(@Arg('caseId', () => ID) caseId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'ESCALATE', (scope) => escalateCase(scope, reason));
  }

  @Mutation(() => CaseView)
  closeCase(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'CLOSE', closeCase);
  }

  @Mutation(() => CaseView, { description: 'The agreed scope of the investigation; resumes a case held awaiting it' })
  agreeStatementOfComplaint(@Arg('caseId', () => ID) caseId: string, @Arg('statement', () => String) statement: string, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'AGREE_STATEMENT', (scope) => agreeStatementOfComplaint(scope, statement));
  }

  @Mutation(() => CaseView)
  referToOmbudsman(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('ombudsmanReference', () => String) ombudsmanReference: string,
    @Arg('enquiryRespondBy', () => DateScalar, { nullable: true, description: "The date the Ombudsman asked for the council's answer by: chased with timers" }) enquiryRespondBy: string | null,
    @Ctx() ctx: CaseworkContext,
  ): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'REFER_TO_OMBUDSMAN', (scope) => referToOmbudsman(scope, ombudsmanReference, enquiryRespondBy ?? null));
  }

  @Mutation(() => CaseView, { description: "Record that the council has answered the Ombudsman's enquiry" })
  answerOmbudsmanEnquiry(@Arg('caseId', () => ID) caseId: string, @Arg('summary', () => String) summary: string, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'ANSWER_OMBUDSMAN_ENQUIRY', (scope) => answerOmbudsmanEnquiry(scope, summary));
  }

  @Mutation(() => CaseView)
  recordOmbudsmanDecision(@Arg('caseId', () => ID) caseId: string, @Arg('input', () => OmbudsmanDecisionInput) input: OmbudsmanDecisionInput, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'RECORD_OMBUDSMAN_DECISION', (scope) => recordOmbudsmanDecision(scope, input));
  }

  @Mutation(() => CaseView, { description: 'A contact with the customer, for the timeline' })
  recordContact(@Arg('caseId', () => ID) caseId: string, @Arg('input', () => ContactInput) input: ContactInput, @Ctx() ctx: CaseworkContext): Promise<CaseView> {
    return runCaseCommand(ctx, caseId, 'RECORD_CONTACT', (scope) => recordContact(scope, input));
  }
}
