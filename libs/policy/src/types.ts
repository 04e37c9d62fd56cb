import type { AnonymousHandling, ClockStart, ConsentEvidence, CouncilTier, Matter, Outcome, Remedy, Role } from './enums';
import type { LocalDate } from './calendar/local-date';

export interface Referral {
  route: string;
  detail: string;
  /** Another council on this platform that handles it: the submission is passed to it. */
  councilId?: string;
  /** The service area in that council's catalogue. */
  serviceArea?: string;
}

export interface ServiceAreaPolicy {
  code: string;
  name: string;
  /** Set when another body provides the service: where the resident is referred. */
  referral?: Referral;
}

export interface StagePolicy {
  number: number;
  name: string;
  handlerRole: Role;
  acknowledgeWithinWorkingDays: number;
  respondWithinWorkingDays: number;
  responseClockFrom: ClockStart;
  /** null = no fixed maximum. */
  maxExtensionWorkingDays: number | null;
  signOffRole: Role | null;
  /** The handler must not have handled an earlier stage. */
  independentOfEarlierStages: boolean;
}

export interface ContactDetails { email?: string; postalAddress?: string; telephone?: string; website?: string }

export interface CouncilPolicy {
  councilId: string;
  councilName: string;
  tier: CouncilTier;
  referencePrefix: string;
  /** The procedure's own title, and the seed it is taken from. */
  name: string;
  source: string;
  timeLimitMonths: number;
  anonymousComplaints: AnonymousHandling;
  /** Evidence of the complainant's consent accepted when someone acts for them. */
  representativeConsent: readonly ConsentEvidence[];
  /** Investigation waits for an agreed Statement of Complaint where the scope is unclear. */
  statementOfComplaint: boolean;
  /** Where the council is at fault (upheld or partly upheld), the response includes an apology. */
  apologyWhenAtFault: boolean;
  stages: readonly StagePolicy[];
  outcomes: readonly Outcome[];
  remedies: readonly Remedy[];
  serviceAreas: readonly ServiceAreaPolicy[];
  /** Matters with their own procedure or outside the scheme, and where each goes. */
  matterRoutes: Readonly<Partial<Record<Matter, Referral>>>;
  complaintsContact: ContactDetails;
  /** The council's own closure days, on top of bank holidays. */
  closures: readonly LocalDate[];
}
