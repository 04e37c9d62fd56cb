import { AnonymousHandling, ClockStart, ConsentEvidence, CouncilTier, Matter, Outcome, Remedy, Role } from '../enums';
import type { CouncilPolicy } from '../types';

const DISTRICT = {
  route: 'Your district or borough council',
  councilId: 'hart',
  detail: 'This service is provided by your district or borough council. If you live in Hart district we pass it to Hart District Council; otherwise please contact your own district or borough council.',
};

/** Hampshire County Council comments, compliments and complaints procedure (shared/seeds/001_7ffc5116a7bdba9e.txt). */
export const HAMPSHIRE_POLICY: CouncilPolicy = {
  councilId: 'hampshire',
  councilName: 'Hampshire County Council',
  tier: CouncilTier.COUNTY,
  referencePrefix: 'HCC',
  name: 'Hampshire County Council Customer Comments, Compliments and Complaints Procedure',
  source: 'shared/seeds/001_7ffc5116a7bdba9e.txt',
  timeLimitMonths: 12, // "within 12 months … more than 12 months old at the discretion of the Corporate Complaints Team"
  anonymousComplaints: AnonymousHandling.REJECT_UNLESS_SAFEGUARDING, // "Anonymous Complaints"
  representativeConsent: [ConsentEvidence.WRITTEN], // "Who Can Complain?": "provided they have written consent"
  statementOfComplaint: true, // Appendix 1: "The investigation will not commence until the Statement of Complaint has been agreed"
  apologyWhenAtFault: false,
  stages: [
    // Appendix 1: "acknowledged within five working days … completed within 20 working days", at every stage.
    { number: 1, name: 'Stage 1', handlerRole: Role.OFFICER, acknowledgeWithinWorkingDays: 5, respondWithinWorkingDays: 20, responseClockFrom: ClockStart.RECEIPT, maxExtensionWorkingDays: null, signOffRole: null, independentOfEarlierStages: false },
    // Stage 2: a senior officer "suitably removed from the decisions made that have resulted in the complaint".
    { number: 2, name: 'Stage 2', handlerRole: Role.HEAD_OF_SERVICE, acknowledgeWithinWorkingDays: 5, respondWithinWorkingDays: 20, responseClockFrom: ClockStart.RECEIPT, maxExtensionWorkingDays: null, signOffRole: null, independentOfEarlierStages: true },
    // Stage 3: Information Governance, on behalf of the Chief Executive; "the final stage".
    { number: 3, name: 'Stage 3', handlerRole: Role.COMPLAINTS_COORDINATOR, acknowledgeWithinWorkingDays: 5, respondWithinWorkingDays: 20, responseClockFrom: ClockStart.RECEIPT, maxExtensionWorkingDays: null, signOffRole: null, independentOfEarlierStages: true },
  ],
  outcomes: [Outcome.UPHELD, Outcome.PARTIALLY_UPHELD, Outcome.NOT_UPHELD, Outcome.NOT_INVESTIGATED],
  // "Resolution and Remedies"
  remedies: [Remedy.APOLOGY, Remedy.EXPLANATION, Remedy.ACTION_TAKEN, Remedy.DECISION_RECONSIDERED, Remedy.PROCEDURES_IMPROVED, Remedy.PROCEDURE_RERUN, Remedy.MONEY_RECALCULATED],
  serviceAreas: [
    { code: 'highways', name: 'Roads, pavements and potholes' },
    { code: 'adult-social-care', name: 'Adults\' health and care' },
    { code: 'childrens-services', name: 'Children\'s services' },
    { code: 'schools', name: 'Schools and admissions' },
    { code: 'libraries', name: 'Libraries' },
    { code: 'recycling-centres', name: 'Household waste recycling centres' },
    { code: 'countryside', name: 'Countryside and rights of way' },
    { code: 'trading-standards', name: 'Trading standards' },
    { code: 'registration', name: 'Births, deaths and marriages' },
    { code: 'transport', name: 'Public transport and concessionary travel' },
    { code: 'customer-services', name: 'Customer services' },
    // District services residents often bring to the county ("outside of the control of the County Council").
    { code: 'bins', name: 'Bin collections', referral: { ...DISTRICT, serviceArea: 'waste' } },
    { code: 'planning', name: 'Planning applications', referral: { ...DISTRICT, serviceArea: 'planning' } },
    { code: 'council-tax', name: 'Council tax', referral: { ...DISTRICT, serviceArea: 'council-tax' } },
    { code: 'parking', name: 'Parking enforcement', referral: { ...DISTRICT, serviceArea: 'parking' } },
  ],
  matterRoutes: {
    // "Where special arrangements apply"
    [Matter.WHISTLEBLOWING]: { route: 'Whistleblowing policy', detail: "Concerns raised under the County Council's Whistleblowing (Duty to Act) policy are dealt with under that policy." },
    [Matter.HEALTH_AND_SAFETY]: { route: 'Health and safety policy', detail: "Health and safety concerns are dealt with under the County Council's health and safety policy." },
    [Matter.COUNCILLOR_CONDUCT]: { route: "Members' Code of Conduct", detail: "The conduct of councillors is dealt with under the Members' Code of Conduct." },
    [Matter.CHILDRENS_SOCIAL_CARE]: { route: "Children's Services statutory complaints procedure", detail: "Complaints about children's social care follow the statutory procedure run by Children's Services." },
    [Matter.ADULT_SOCIAL_CARE]: { route: 'Adults\' Health and Care statutory complaints procedure', detail: 'Complaints about adult social care follow the statutory procedure run by Adults\' Health and Care.' },
    [Matter.SCHOOL_ADMISSION_OR_EXCLUSION]: { route: 'School admission or exclusion appeal', detail: 'School admissions and exclusions are decided through an appeal.' },
    [Matter.SEN_PROVISION]: { route: 'SEND Tribunal', detail: 'Special educational needs provision is decided by the First-tier Tribunal (Special Educational Needs and Disability).' },
    [Matter.FREEDOM_OF_INFORMATION]: { route: 'Freedom of Information', detail: 'Freedom of Information matters have their own review procedure.' },
    [Matter.DATA_PROTECTION]: { route: 'Data Protection', detail: 'Data protection matters are dealt with by the County Council\'s data protection procedure.' },
    [Matter.SAFEGUARDING]: { route: 'Safeguarding procedures', detail: 'Concerns about the safety of a child or a vulnerable adult go to the safeguarding procedures straight away. If someone is in immediate danger, call 999.' },
    [Matter.COMPENSATION_CLAIM]: { route: 'Compensation claim', detail: 'A claim for compensation is dealt with as an insurance claim, not under the complaints procedure.' },
    [Matter.LEGAL_PROCEEDINGS]: { route: 'Legal proceedings', detail: 'Once legal proceedings have started, the matter is for the courts.' },
    [Matter.EMPLOYMENT]: { route: 'HR procedures', detail: 'Complaints by an employee about their employment are dealt with under HR procedures.' },
    [Matter.OTHER_APPEAL_MECHANISM]: { route: 'Statutory or constitutional appeal', detail: 'This matter has its own statutory or constitutional appeals mechanism.' },
    [Matter.PLANNING_DECISION]: { route: 'Planning appeal', detail: 'Planning decisions have their own statutory appeal route.' },
    [Matter.PARKING_APPEAL]: { route: 'Parking appeal', detail: 'Parking penalties have their own statutory appeal route.' },
    [Matter.HOUSING_BENEFIT_APPEAL]: { route: 'Housing Benefit appeal', detail: 'Housing Benefit decisions have their own appeal route, with your district or borough council.' },
    // "Exclusions"
    [Matter.OTHER_AUTHORITY_SERVICE]: { route: 'The body responsible', detail: 'This is outside the control of the County Council: please contact the organisation that provides the service.' },
    [Matter.LAW_OR_GOVERNMENT_POLICY]: { route: 'Your local MP', detail: 'Law and central government policy are outside the control of the County Council: contact your Member of Parliament.' },
    [Matter.CONTRACTUAL]: { route: 'Contract terms', detail: 'Contractual and other business arrangements with the County Council are dealt with under the contract.' },
    [Matter.PREVIOUSLY_INVESTIGATED]: { route: 'Previous investigation', detail: 'This matter has already been investigated under the complaints procedure. If you are unhappy with the outcome you can ask for the next stage, or go to the Local Government and Social Care Ombudsman.' },
    [Matter.OMBUDSMAN_INVESTIGATED]: { route: 'Local Government and Social Care Ombudsman', detail: 'A matter the Ombudsman is investigating or has investigated cannot be reopened under the complaints procedure.' },
    [Matter.COURT_DETERMINATION]: { route: 'The court', detail: 'A court has decided, is deciding or is about to decide this matter.' },
  },
  complaintsContact: { email: 'Corporate.complaints.team@hants.gov.uk' }, // "Access and Equalities"
  closures: [],
};
