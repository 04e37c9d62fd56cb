import { ArgsType, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AnonymousHandling, ClockStart, ConsentEvidence, CouncilTier, Matter, Outcome, Remedy, Role } from '@redress/policy';
import { CouncilId } from '@redress/platform';

@ArgsType()
export class CouncilArgs {
  @Field(() => ID) @CouncilId() id!: string;
}

@ObjectType({ description: 'A service the council offers, as residents name it' })
export class ServiceArea {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Set when another body provides this service: where the resident is referred' })
  providedBy?: string | null;
}

@ObjectType()
export class StagePolicy {
  @Field(() => Int, { description: '0 = informal resolution, 1, 2, 3' }) number!: number;
  @Field(() => String) name!: string;
  @Field(() => Role) handlerRole!: Role;
  @Field(() => Int) acknowledgeWithinWorkingDays!: number;
  @Field(() => Int) respondWithinWorkingDays!: number;
  @Field(() => ClockStart) responseClockFrom!: ClockStart;
  @Field(() => Int, { nullable: true, description: 'null = no fixed maximum' }) maxExtensionWorkingDays!: number | null;
  @Field(() => Role, { nullable: true }) signOffRole!: Role | null;
  @Field(() => Boolean, { description: 'The handler must not have handled an earlier stage' }) independentOfEarlierStages!: boolean;
}

@ObjectType()
@Directive('@shareable')
export class ComplianceFinding {
  @Field(() => String) rule!: string;
  @Field(() => Boolean) compliant!: boolean;
  @Field(() => String) detail!: string;
  @Field(() => String, { description: 'The section of the Complaint Handling Code the rule comes from, e.g. "5.2"' }) section!: string;
}

@ObjectType({ description: 'A matter handled outside the complaints procedure, and where it goes instead' })
export class ReferralRoute {
  @Field(() => Matter) matter!: Matter;
  @Field(() => String) route!: string;
  @Field(() => String) detail!: string;
}

@ObjectType({ description: 'Where complaints go, as the policy publishes it (Hart section 7; Hampshire "Access and Equalities")' })
export class CouncilContact {
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) postalAddress!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
}

@ObjectType({ description: 'The Ombudsman a resident can go to once the procedure is exhausted' })
export class OmbudsmanContact {
  @Field(() => String) name!: string;
  @Field(() => String) postalAddress!: string;
  @Field(() => String) phone!: string;
  @Field(() => String) website!: string;
}

@ObjectType({ description: 'Where in a two-tier area a matter arose; councilId when that council is on this platform' })
export class LocalArea {
  @Field(() => String, { description: 'What submitFeedback takes as localArea, e.g. "HART"' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => ID, { nullable: true }) councilId!: string | null;
}

@ObjectType()
export class ComplaintPolicy {
  @Field(() => String) name!: string;
  @Field(() => Int) timeLimitMonths!: number;
  @Field(() => AnonymousHandling) anonymousComplaints!: AnonymousHandling;
  @Field(() => [StagePolicy]) stages!: StagePolicy[];
  @Field(() => [Outcome]) outcomes!: Outcome[];
  @Field(() => [Remedy]) remedies!: Remedy[];
  @Field(() => [ComplianceFinding], { description: 'This policy held against the LGSCO Complaint Handling Code' })
  codeCompliance!: ComplianceFinding[];
  @Field(() => [ConsentEvidence], { description: 'What counts as consent from a representative: Hart VERBAL, WRITTEN; Hampshire WRITTEN' })
  representativeConsent!: ConsentEvidence[];
  @Field(() => [ReferralRoute], { description: 'Matters handled elsewhere, and where' }) referralRoutes!: ReferralRoute[];
  @Field(() => CouncilContact, { description: 'Where complaints go' }) contact!: CouncilContact;
  @Field(() => OmbudsmanContact) ombudsman!: OmbudsmanContact;
}

@ObjectType()
@Directive('@key(fields: "id")')
export class Council {
  @Field(() => ID, { description: 'slug: "hart", "hampshire"' }) id!: string;
  @Field(() => String) name!: string;
  @Field(() => CouncilTier) tier!: CouncilTier;
  @Field(() => String) referencePrefix!: string;
  @Field(() => ComplaintPolicy) policy!: ComplaintPolicy;
  @Field(() => [ServiceArea]) serviceAreas!: ServiceArea[];
  @Field(() => [LocalArea], { description: "A county's districts and boroughs; [] for a district" }) localAreas!: LocalArea[];
}
