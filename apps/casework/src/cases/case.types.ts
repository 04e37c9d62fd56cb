import type { CaseSnapshot } from '@redress/policy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import {
  CaseStatus,
  Channel,
  ComplainantType,
  ContactPreference,
  ComplaintCategory,
  ConsentEvidence,
  FeedbackKind,
  OmbudsmanDecision,
  Outcome,
  Remedy,
  SlaKind,
} from '@redress/policy';
import { DateScalar } from '@redress/platform';
import { CouncilRef } from '../councils/council.reference';

@ObjectType('SlaBreach')
export class SlaBreachView {
  @Field(() => SlaKind) kind!: SlaKind;
  @Field(() => Date) dueAt!: Date;
  @Field(() => Date) detectedAt!: Date;
}

@ObjectType('CaseStage')
export class CaseStageView {
  @Field(() => Int) number!: number;
  @Field(() => String) name!: string;
  @Field(() => Date) openedAt!: Date;
  @Field(() => DateScalar) acknowledgeBy!: string;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => DateScalar) respondBy!: string;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field(() => Int) extensionWorkingDays!: number;
  @Field(() => Outcome, { nullable: true }) outcome!: Outcome | null;
  @Field(() => [Remedy]) remedies!: Remedy[];
  @Field(() => [SlaBreachView]) breaches!: SlaBreachView[];
  @Field(() => String, { nullable: true }) findings!: string | null;
  @Field(() => String, { nullable: true, description: 'Written for sharing: no personal data' }) lessonsLearned!: string | null;
  @Field(() => Boolean, { description: 'A response is drafted and waits for sign-off' }) awaitingSignOff!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'To respondBy, London working days; negative when overdue; null once answered (as it stood, while on hold)',
  })
  workingDaysLeft!: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'The new date given in a delay notice (respondBy, the promise, stays)' })
  expectedResponseBy!: string | null;
}

@ObjectType('CaseEvent')
export class CaseEventView {
  @Field(() => Date) at!: Date;
  @Field(() => String) type!: string;
  @Field(() => String, { nullable: true }) actor!: string | null;
  @Field(() => String, { nullable: true }) detail!: string | null;
}

@ObjectType('Complainant', { description: 'Personal data: case handlers of the council only' })
export class ComplainantView {
  @Field(() => ID) id!: string;
  @Field(() => ComplainantType) type!: ComplainantType;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) postalAddress!: string | null;
  @Field(() => ContactPreference, { nullable: true }) contactPreference!: ContactPreference | null;
  // restricted and adjustments: read from the person's restrictions and adjustments (complainants/complainant.resolver.ts).
}

@ObjectType('Representative', {
  description: 'Someone acting for the complainant: the council writes to them. Personal data: case handlers only',
})
export class RepresentativeView {
  @Field(() => String) name!: string;
  @Field(() => String) relationship!: string;
  @Field(() => Boolean) isCouncillor!: boolean;
  @Field(() => ConsentEvidence) consent!: ConsentEvidence;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) postalAddress!: string | null;
}

@ObjectType('Case')
@Directive('@key(fields: "id")')
@Directive('@key(fields: "reference")')
export class CaseView {
  @Field(() => ID) id!: string;
  @Field(() => String) reference!: string;
  @Field(() => CouncilRef) council!: CouncilRef;
  @Field(() => FeedbackKind) kind!: FeedbackKind;
  @Field(() => Channel) channel!: Channel;
  @Field(() => String) serviceArea!: string;
  @Field(() => String) summary!: string;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => CaseStageView, { description: 'The current stage' }) stage!: CaseStageView;
  @Field(() => [CaseStageView]) stages!: CaseStageView[];
  @Field(() => ID, { nullable: true }) assigneeId!: string | null;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => ComplainantView, { nullable: true, description: 'null when anonymous' }) complainant!: ComplainantView | null;
  @Field(() => RepresentativeView, { nullable: true }) representative!: RepresentativeView | null;
  @Field(() => [CaseEventView]) timeline!: CaseEventView[];
  @Field(() => String, { nullable: true, description: "The Ombudsman's own reference, once referred" }) ombudsmanReference!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "When the council's answer to the Ombudsman's enquiry is due" })
  ombudsmanEnquiryRespondBy!: string | null;
  @Field(() => OmbudsmanDecision, { nullable: true }) ombudsmanDecision!: OmbudsmanDecision | null;
  @Field(() => [ComplaintCategory], { description: 'What went wrong (Hart s.3), as the complainant said and the handler corrected' })
  categories!: ComplaintCategory[];
  @Field(() => Boolean, {
    description:
      'Made out of time with a justification: waits for decideLateComplaint (allowedActions shows DECIDE_LATE_COMPLAINT to the ' +
      'coordinator) and stays true once decided, the decision being on the timeline',
  })
  lateComplaint!: boolean;
  @Field(() => [ID], { description: 'Staff the complaint is about: never its handler, at any stage' }) staffInvolved!: string[];
  /** Not in the schema: the case as the policy core's machine sees it, for allowedActions. */
  snapshot!: CaseSnapshot;
}

@ObjectType('CaseEdge')
export class CaseEdgeView {
  @Field(() => String) cursor!: string;
  @Field(() => CaseView) node!: CaseView;
}

@ObjectType('PageInfo')
@Directive('@shareable')
export class PageInfoView {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('CaseConnection')
export class CaseConnectionView {
  @Field(() => [CaseEdgeView]) edges!: CaseEdgeView[];
  @Field(() => PageInfoView) pageInfo!: PageInfoView;
  @Field(() => Int) totalCount!: number;
}
