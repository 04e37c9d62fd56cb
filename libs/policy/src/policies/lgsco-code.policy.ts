import { AnonymousHandling, ClockStart, ConsentEvidence, CouncilTier, IntakeOutcome, Matter, Outcome, Remedy, Role } from '../enums';
import { LGSCO, howToContact } from './contacts';
import type { CouncilPolicy } from './policy.types';

/**
 * The LGSCO Complaint Handling Code (2024) as a template a council can adopt: the yardstick that
 * `codeCompliance` holds every policy against. Contact details are the adopting council's to fill in.
 */
export const LGSCO_CODE_POLICY: CouncilPolicy = {
  councilId: 'lgsco-code',
  councilName: 'Complaint Handling Code template',
  tier: CouncilTier.UNITARY,
  referencePrefix: 'CHC',
  name: 'Complaint Handling Code (Local Government and Social Care Ombudsman, 2024)',
  source: 'Local Government and Social Care Ombudsman, Complaint Handling Code (2024)',
  // Complaints within 12 months of the issue, or of the resident becoming aware of it; discretion beyond.
  timeLimitMonths: 12,
  // Not in the source: six years after closure, the common council retention period for complaint files (Limitation Act 1980).
  retentionMonths: 72,
  lateComplaintsDecidedBy: 'the complaints officer',
  anonymousComplaints: AnonymousHandling.ACCEPT_NO_RESPONSE,
  representativeConsent: [ConsentEvidence.VERBAL, ConsentEvidence.WRITTEN],
  excludedComplainants: [],
  // The handler sets out their understanding of the complaint, and asks when any part is unclear.
  statementOfComplaintWhenScopeUnclear: true,
  complaintsInWriting: false,
  stages: [
    {
      number: 1,
      name: 'Stage 1',
      handlerRole: Role.OFFICER,
      handlerDescription: 'a complaint handler in the service',
      acknowledgeWithinWorkingDays: 5,
      respondWithinWorkingDays: 10,
      responseClockFrom: ClockStart.ACKNOWLEDGEMENT,
      maxExtensionWorkingDays: 10,
      signOffRole: null,
      independentOfEarlierStages: false,
    },
    {
      number: 2,
      name: 'Stage 2',
      handlerRole: Role.HEAD_OF_SERVICE,
      handlerDescription: 'a different person from the one who handled Stage 1',
      acknowledgeWithinWorkingDays: 5,
      respondWithinWorkingDays: 20,
      responseClockFrom: ClockStart.ACKNOWLEDGEMENT,
      maxExtensionWorkingDays: 20,
      signOffRole: null,
      independentOfEarlierStages: true,
    },
  ],
  outcomes: [Outcome.UPHELD, Outcome.PARTIALLY_UPHELD, Outcome.NOT_UPHELD, Outcome.NOT_INVESTIGATED],
  remedies: Object.values(Remedy),
  // Not in the source: the Code sets no period for putting things right; owners get 10 working days by default.
  remedyDueWorkingDays: 10,
  apologyWhenAtFault: true,
  finalResponseSignpostsOmbudsman: true,
  serviceAreas: [{ code: 'other', name: 'All services' }],
  localAreas: [],
  matterRules: [
    {
      matter: Matter.SAFEGUARDING,
      outcome: IntakeOutcome.REFERRED,
      route: 'Safeguarding procedure',
      detail:
        'Concerns about the safety of a child or vulnerable adult are dealt with under safeguarding procedures, not the ' +
        "complaints procedure: please report them straight away to the council's safeguarding team. If someone is in " +
        'immediate danger, call 999.',
    },
    {
      matter: Matter.LEGAL_PROCEEDINGS,
      outcome: IntakeOutcome.REFERRED,
      route: 'Legal proceedings',
      detail:
        'Because legal proceedings have been started, the matter will be decided in ' +
        'those proceedings rather than under the complaints procedure.',
    },
    {
      matter: Matter.PREVIOUSLY_INVESTIGATED,
      outcome: IntakeOutcome.NOT_ACCEPTED,
      route: LGSCO.name,
      detail:
        'This matter has already been considered under the complaints policy. If you remain ' +
        `dissatisfied, you can contact the ${LGSCO.name}: ${howToContact(LGSCO)}.`,
    },
  ],
  closures: [],
  contact: { email: null, postalAddress: null, telephone: null, website: null },
  escalationContact: null,
  ombudsman: LGSCO,
};
