import type { LocalDate } from '../calendar/london-time';
import type {
  AnonymousHandling,
  ClockStart,
  ComplainantType,
  ConsentEvidence,
  CouncilTier,
  IntakeOutcome,
  Matter,
  Outcome,
  Remedy,
  Role,
} from '../enums';

/** Where something goes instead of this council's complaints procedure. */
export interface Referral {
  /** Short name of the route: "Planning appeal", "Hampshire County Council". */
  route: string;
  /** Plain English for the resident: why, and how to get there. */
  detail: string;
  /** Another council handles it: when that council is on this platform, the submission is passed to it (triaged by its policy). */
  councilId?: string;
  /** The service area in that council's catalogue (for `councilId`, or for the council of the local area). */
  serviceArea?: string;
  /**
   * A district-tier service in a county: the council of the local area where the matter arose (`localAreas`)
   * provides it, so which council that is depends on `localArea`.
   */
  byLocalArea?: boolean;
}

/** A district or borough within a county's area: the council there provides the district-tier services. */
export interface LocalAreaPolicy {
  /** What a resident or form sends as `localArea`: "HART", "RUSHMOOR". */
  code: string;
  name: string;
  /** The id that council has, or would have, on this platform: passed to it only when it is hosted here. */
  councilId: string;
  councilName: string;
  /** Where a resident finds it, when not on this platform. */
  website: string | null;
}

export interface ServiceAreaPolicy {
  code: string;
  name: string;
  /** Provided by another body or tier: everything about it (complaints, requests, compliments) goes there. */
  referral?: Referral;
  /** The council's own service, but complaints about it follow another procedure (a statutory one). */
  complaintsProcedure?: Referral;
}

/** A matter that this procedure does not handle, with where it goes instead. */
export interface MatterRule extends Referral {
  matter: Matter;
  /** REFERRED = it has its own route; NOT_ACCEPTED = the procedure excludes it. */
  outcome: IntakeOutcome.REFERRED | IntakeOutcome.NOT_ACCEPTED;
}

export interface StagePolicy {
  /** 0 = informal resolution, then 1, 2, 3. */
  number: number;
  name: string;
  handlerRole: Role;
  /** Who handles it, in the policy's words. */
  handlerDescription: string;
  acknowledgeWithinWorkingDays: number;
  respondWithinWorkingDays: number;
  responseClockFrom: ClockStart;
  /** null = the policy sets no fixed maximum. */
  maxExtensionWorkingDays: number | null;
  /** The response is issued only once this role signs it off. */
  signOffRole: Role | null;
  /** The handler must not have been involved in earlier stages or the decisions complained about. */
  independentOfEarlierStages: boolean;
  /**
   * Regular updates: working days without a message after which the customer is sent a progress update; absent,
   * none. With `progressUpdatesOnlyWhenDelayed`, only once the stage is extended or delayed (Hart §6.2).
   */
  progressUpdateEveryWorkingDays?: number;
  progressUpdatesOnlyWhenDelayed?: boolean;
  /** An extension or delay at this stage is told to the complaints coordinator (Hart §6.2 the Joint Chief Executive). */
  informCoordinatorOfDelay?: boolean;
}

export interface ContactDetails {
  email: string | null;
  postalAddress: string | null;
  telephone: string | null;
  website: string | null;
}

export interface OmbudsmanDetails extends ContactDetails {
  name: string;
}

export interface CouncilPolicy {
  councilId: string;
  councilName: string;
  tier: CouncilTier;
  referencePrefix: string;
  /** The policy's title. */
  name: string;
  /** The seed file or publication the rules come from. */
  source: string;
  /** Months from the incident to receipt; later complaints need a justification. */
  timeLimitMonths: number;
  /**
   * Retention schedule: months after a case is closed (or a contact that opened no case was received) before the
   * personal data in it is anonymised. Neither seed sets one; overridable per deployment (RETENTION_MONTHS).
   */
  retentionMonths: number;
  /** Who decides whether a late complaint is investigated. */
  lateComplaintsDecidedBy: string;
  anonymousComplaints: AnonymousHandling;
  /** Evidence of the complainant's consent accepted from a representative or councillor. */
  representativeConsent: readonly ConsentEvidence[];
  /** Complainants the procedure does not take (Hampshire: professional bodies and other organisations). */
  excludedComplainants: readonly ComplainantType[];
  /** Where the scope is unclear, investigation waits for an agreed Statement of Complaint. */
  statementOfComplaintWhenScopeUnclear: boolean;
  /** Complaints must be put in writing (one taken by telephone is written down by staff). */
  complaintsInWriting: boolean;
  stages: readonly StagePolicy[];
  outcomes: readonly Outcome[];
  remedies: readonly Remedy[];
  /**
   * Working days after a response is issued (its London date is day 0) by which each remedy it promises is due, by
   * default: `remedyDueOn`. Owners can be given another date.
   */
  remedyDueWorkingDays: number;
  /** An upheld or partly upheld complaint's response includes an apology. */
  apologyWhenAtFault: boolean;
  /** The final response tells the customer they can go to the Ombudsman. */
  finalResponseSignpostsOmbudsman: boolean;
  serviceAreas: readonly ServiceAreaPolicy[];
  /** A county's districts and boroughs, where its `byLocalArea` referrals go; [] for a district. */
  localAreas: readonly LocalAreaPolicy[];
  matterRules: readonly MatterRule[];
  /** Council closure days on top of bank holidays. */
  closures: readonly LocalDate[];
  /** Where complaints go. */
  contact: ContactDetails;
  /** Where requests for a later stage go, when different. */
  escalationContact: ContactDetails | null;
  ombudsman: OmbudsmanDetails;
}
