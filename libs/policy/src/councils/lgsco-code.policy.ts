import { AnonymousHandling, ClockStart, ConsentEvidence, CouncilTier, Outcome, Remedy, Role } from '../enums';
import type { CouncilPolicy } from '../types';

/**
 * The Local Government and Social Care Ombudsman's Complaint Handling Code (2024) as a template a council
 * can adopt: two stages, no informal stage, acknowledge in 5 working days, respond in 10 (Stage 1) and 20
 * (Stage 2) working days of acknowledgement, extensions at most 10 and 20, a 12-month time limit with
 * discretion, and a different person at Stage 2.
 */
export const LGSCO_CODE_POLICY: CouncilPolicy = {
  councilId: 'lgsco-code-template',
  councilName: 'Complaint Handling Code template',
  tier: CouncilTier.UNITARY,
  referencePrefix: 'CHC',
  name: 'LGSCO Complaint Handling Code (2024)',
  source: 'Local Government and Social Care Ombudsman, Complaint Handling Code, 2024',
  timeLimitMonths: 12,
  anonymousComplaints: AnonymousHandling.ACCEPT_NO_RESPONSE,
  representativeConsent: [ConsentEvidence.VERBAL, ConsentEvidence.WRITTEN],
  statementOfComplaint: true,
  apologyWhenAtFault: true,
  stages: [
    { number: 1, name: 'Stage 1', handlerRole: Role.OFFICER, acknowledgeWithinWorkingDays: 5, respondWithinWorkingDays: 10, responseClockFrom: ClockStart.ACKNOWLEDGEMENT, maxExtensionWorkingDays: 10, signOffRole: null, independentOfEarlierStages: false },
    { number: 2, name: 'Stage 2', handlerRole: Role.HEAD_OF_SERVICE, acknowledgeWithinWorkingDays: 5, respondWithinWorkingDays: 20, responseClockFrom: ClockStart.ACKNOWLEDGEMENT, maxExtensionWorkingDays: 20, signOffRole: null, independentOfEarlierStages: true },
  ],
  outcomes: [Outcome.UPHELD, Outcome.PARTIALLY_UPHELD, Outcome.NOT_UPHELD, Outcome.NOT_INVESTIGATED],
  remedies: Object.values(Remedy),
  serviceAreas: [],
  matterRoutes: {},
  complaintsContact: {},
  closures: [],
};
