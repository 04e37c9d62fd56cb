import {
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
import { HAMPSHIRE_CONTACT, LGSCO, howToContact } from './contacts';
import type { CouncilPolicy, LocalAreaPolicy, MatterRule, Referral, ServiceAreaPolicy, StagePolicy } from './policy.types';

// Every rule below cites the heading of ../shared/seeds/001_7ffc5116a7bdba9e.txt it comes from.

/**
 * "Exclusions": services outside the County Council's control; in a two-tier area, the district's. Which district
 * provides it depends on where the matter arose (`localAreas`); the service area is the district's catalogue code.
 */
const toDistrict = (what: string, serviceArea: string): Referral => ({
  route: 'Your district or borough council',
  detail: `${what} are provided by your district or borough council, not Hampshire County Council.`,
  byLocalArea: true,
  serviceArea,
});

// Not in the seed: the eleven districts and boroughs of Hampshire's county area, each council's name and website as it publishes them.
const district = (code: string, name: string, councilId: string, councilName: string, website: string): LocalAreaPolicy => ({
  code,
  name,
  councilId,
  councilName,
  website,
});
const localAreas: readonly LocalAreaPolicy[] = [
  district(
    'BASINGSTOKE_AND_DEANE',
    'Basingstoke and Deane',
    'basingstoke-and-deane',
    'Basingstoke and Deane Borough Council',
    'www.basingstoke.gov.uk',
  ),
  district('EAST_HAMPSHIRE', 'East Hampshire', 'east-hampshire', 'East Hampshire District Council', 'www.easthants.gov.uk'),
  district('EASTLEIGH', 'Eastleigh', 'eastleigh', 'Eastleigh Borough Council', 'www.eastleigh.gov.uk'),
  district('FAREHAM', 'Fareham', 'fareham', 'Fareham Borough Council', 'www.fareham.gov.uk'),
  district('GOSPORT', 'Gosport', 'gosport', 'Gosport Borough Council', 'www.gosport.gov.uk'),
  district('HART', 'Hart', 'hart', 'Hart District Council', 'www.hart.gov.uk'),
  district('HAVANT', 'Havant', 'havant', 'Havant Borough Council', 'www.havant.gov.uk'),
  district('NEW_FOREST', 'New Forest', 'new-forest', 'New Forest District Council', 'www.newforest.gov.uk'),
  district('RUSHMOOR', 'Rushmoor', 'rushmoor', 'Rushmoor Borough Council', 'www.rushmoor.gov.uk'),
  district('TEST_VALLEY', 'Test Valley', 'test-valley', 'Test Valley Borough Council', 'www.testvalley.gov.uk'),
  district('WINCHESTER', 'Winchester', 'winchester', 'Winchester City Council', 'www.winchester.gov.uk'),
];

/**
 * "Where special arrangements apply": Children's Services and Adults' Health and Care follow statutory procedures.
 * Nothing is passed to them from here: the resident makes the complaint to them.
 */
const statutory = (route: string, what: string, service: string): Referral => ({
  route,
  detail:
    `Complaints about ${what} follow a statutory complaints procedure run by ${service}, not this one, and are not passed ` +
    `on from here. Please make your complaint to ${service} directly; if you are not sure how to reach them, ` +
    `${howToContact(HAMPSHIRE_CONTACT)} and ask.`,
});
const CHILDRENS_STATUTORY = statutory(
  "Children's Services statutory complaints procedure",
  "children's social care",
  "Children's Services",
);
const ADULTS_STATUTORY = statutory(
  "Adults' Health and Care statutory complaints procedure",
  'adult social care',
  "Adults' Health and Care",
);

const serviceAreas: readonly ServiceAreaPolicy[] = [
  // "Service Requests": potholes, overgrown hedges, fallen trees over a right of way.
  { code: 'highways', name: 'Roads, pavements and street lights' },
  { code: 'countryside', name: 'Countryside and rights of way' },
  { code: 'adult-social-care', name: 'Adult social care', complaintsProcedure: ADULTS_STATUTORY },
  { code: 'childrens-services', name: "Children's social care", complaintsProcedure: CHILDRENS_STATUTORY },
  { code: 'schools', name: 'Schools and education' },
  { code: 'libraries', name: 'Libraries' },
  { code: 'recycling-centres', name: 'Household waste recycling centres (tips)' },
  { code: 'trading-standards', name: 'Trading standards' },
  { code: 'registration', name: 'Births, deaths and marriages registration' },
  { code: 'transport', name: 'Passenger transport and concessionary travel' },
  { code: 'customer-services', name: 'Customer services' },
  { code: 'other', name: 'Other county council services' },
  // "Exclusions": the district tier's services, which residents often bring to the county.
  { code: 'bins', name: 'Bin collection and recycling', referral: toDistrict('Bin collections', 'waste') },
  {
    code: 'planning',
    name: 'Planning applications (district)',
    referral: toDistrict('Most planning applications and planning enforcement', 'planning'),
  },
  { code: 'council-tax', name: 'Council tax and business rates', referral: toDistrict('Council tax and business rates', 'council-tax') },
  {
    code: 'benefits',
    name: 'Housing benefit and council tax support',
    referral: toDistrict('Housing benefit and council tax support', 'benefits'),
  },
  { code: 'housing', name: 'Housing and homelessness', referral: toDistrict('Housing and homelessness services', 'housing') },
  { code: 'parking', name: 'Parking and car parks', referral: toDistrict('Car parks and parking enforcement', 'parking') },
  {
    code: 'environmental-health',
    name: 'Environmental health and licensing',
    referral: toDistrict('Environmental health and licensing', 'environmental-health'),
  },
  {
    code: 'town-parish',
    name: 'Town and parish council services',
    referral: {
      route: 'Your town or parish council',
      detail:
        'Town and parish councils provide their own services and have their own complaints ' +
        'procedures. Please contact your town or parish council directly.',
    },
  },
];

const rule = (matter: Matter, outcome: MatterRule['outcome'], route: string, detail: string): MatterRule => ({
  matter,
  outcome,
  route,
  detail,
});
const special = (matter: Matter, route: string, detail: string): MatterRule => rule(matter, IntakeOutcome.REFERRED, route, detail);
const excluded = (matter: Matter, route: string, detail: string): MatterRule => rule(matter, IntakeOutcome.NOT_ACCEPTED, route, detail);

const APPEAL =
  'has its own statutory appeal, which must be used instead of the complaints procedure. If you are ' +
  'unhappy with the way an appeal was handled, rather than its outcome, you can complain about that.';
const OMBUDSMAN_ROUTE = `${LGSCO.name}: ${howToContact(LGSCO)}`;

const matterRules: readonly MatterRule[] = [
  // "Where special arrangements apply", in the seed's order.
  special(
    Matter.WHISTLEBLOWING,
    'Whistleblowing policy',
    "Concerns raised under the Council's Whistleblowing (Duty to Act) policy are " +
      'dealt with under that policy, not the complaints procedure.',
  ),
  special(
    Matter.HEALTH_AND_SAFETY,
    'Health and safety policy',
    "Health and safety concerns are dealt with under the Council's health and safety policies, not the complaints procedure.",
  ),
  special(
    Matter.COUNCILLOR_CONDUCT,
    "Members' Code of Conduct",
    "Complaints about a councillor's conduct are dealt with under the Members' Code of Conduct, not the complaints procedure.",
  ),
  special(Matter.CHILDRENS_SOCIAL_CARE, CHILDRENS_STATUTORY.route, CHILDRENS_STATUTORY.detail),
  special(Matter.ADULT_SOCIAL_CARE, ADULTS_STATUTORY.route, ADULTS_STATUTORY.detail),
  special(
    Matter.SCHOOL_ADMISSION_OR_EXCLUSION,
    'School admission or exclusion appeal',
    'A school admission or exclusion decision is challenged by appeal, not through the ' +
      'complaints procedure. The decision letter explains how to appeal.',
  ),
  special(
    Matter.SEN_PROVISION,
    'SEND Tribunal',
    'Decisions about special educational needs (SEN) provision are challenged at the SEND Tribunal, ' +
      'not through the complaints procedure. The decision letter explains how to appeal.',
  ),
  special(
    Matter.FREEDOM_OF_INFORMATION,
    'Freedom of Information',
    'Freedom of Information matters have their own review procedure, not the ' +
      'complaints procedure. Please ask for an internal review of your request.',
  ),
  special(
    Matter.DATA_PROTECTION,
    'Data Protection',
    'Data protection matters are dealt with under the data protection procedure, not the complaints procedure.',
  ),
  special(
    Matter.SAFEGUARDING,
    'Safeguarding procedures',
    'Concerns about the safety of a child or vulnerable adult are dealt with under safeguarding procedures, not the ' +
      "complaints procedure, and are not passed on from here: please report them straight away to the County Council's " +
      "Children's Services or Adults' Health and Care. If someone is in immediate danger, call 999.",
  ),
  special(
    Matter.COMPENSATION_CLAIM,
    'Compensation claim',
    'A claim for compensation is dealt with under a separate procedure, not the complaints procedure. ' +
      `To find out how to make a claim, ${howToContact(HAMPSHIRE_CONTACT)}.`,
  ),
  special(
    Matter.LEGAL_PROCEEDINGS,
    'Legal proceedings',
    'Because legal proceedings have been started, the matter will be decided in ' +
      'those proceedings rather than under the complaints procedure.',
  ),
  special(
    Matter.EMPLOYMENT,
    'Human Resources procedures',
    'Matters about your employment with the County Council are dealt with under ' +
      'its Human Resources procedures, not the complaints procedure.',
  ),
  special(Matter.OTHER_APPEAL_MECHANISM, 'Statutory or constitutional appeal', `This decision ${APPEAL}`),
  special(Matter.PLANNING_DECISION, 'Planning appeal', `A planning decision ${APPEAL}`),
  special(Matter.PARKING_APPEAL, 'Parking appeal', `A parking penalty ${APPEAL}`),
  special(Matter.HOUSING_BENEFIT_APPEAL, 'Housing Benefit appeal', `A Housing Benefit decision ${APPEAL}`),
  // "Exclusions": "services or matters which fall outside of the control of the County Council".
  special(
    Matter.OTHER_AUTHORITY_SERVICE,
    'The body that provides the service',
    'This service is not provided by Hampshire County Council. Please contact the council or ' +
      'body that provides it: your district, borough, town or parish council.',
  ),
  special(
    Matter.LAW_OR_GOVERNMENT_POLICY,
    'Your local MP',
    "The law and central government policy are outside the County Council's control. Please raise this with your local MP.",
  ),
  excluded(
    Matter.CONTRACTUAL,
    'Your contract with the County Council',
    'Complaints about contractual or other business arrangements with the County Council cannot be dealt ' +
      'with under the complaints procedure. Please raise it under the terms of the contract.',
  ),
  excluded(
    Matter.PREVIOUSLY_INVESTIGATED,
    LGSCO.name,
    'This matter has already been investigated under the complaints procedure, so it cannot be investigated again. ' +
      `If you remain dissatisfied once all stages are complete, you can contact the ${OMBUDSMAN_ROUTE}.`,
  ),
  excluded(
    Matter.OMBUDSMAN_INVESTIGATED,
    LGSCO.name,
    `A complaint that is being or has been investigated by the ${LGSCO.name} cannot be dealt with under ` +
      `the complaints procedure. Please contact the Ombudsman: ${howToContact(LGSCO)}.`,
  ),
  excluded(
    Matter.COURT_DETERMINATION,
    'The court',
    'Where a court has made, is making or is about to make a decision on the ' +
      'matter, it cannot be dealt with under the complaints procedure.',
  ),
];

// "All requests must be acknowledged within five working days and the investigations should be completed within
// 20 working days"; "we may not be able to meet this deadline" sets no maximum extension.
const stage = (number: number, handlerRole: Role, handlerDescription: string, independentOfEarlierStages: boolean): StagePolicy => ({
  number,
  name: `Stage ${number}`,
  handlerRole,
  handlerDescription,
  acknowledgeWithinWorkingDays: 5,
  respondWithinWorkingDays: 20,
  responseClockFrom: ClockStart.RECEIPT,
  maxExtensionWorkingDays: null,
  signOffRole: null,
  independentOfEarlierStages,
  // Appendix 1 "Complainants will be kept informed and provided with regular updates of the situation", no interval
  // given: 10 working days (a fortnight) without a message, so that an investigation taking its full 20 working days
  // brings one update between the acknowledgement (by day 5) and the response, and one a fortnight if it overruns.
  progressUpdateEveryWorkingDays: 10,
});

export const HAMPSHIRE_POLICY: CouncilPolicy = {
  councilId: 'hampshire',
  councilName: 'Hampshire County Council',
  tier: CouncilTier.COUNTY,
  referencePrefix: 'HCC',
  name: 'Customer comments, compliments and complaints procedure',
  source: 'shared/seeds/001_7ffc5116a7bdba9e.txt',
  // "Time limit for initiating a complaint": 12 months, later "at the discretion of the Corporate Complaints Team".
  timeLimitMonths: 12,
  // Not in the source: six years after closure, the common council retention period for complaint files (Limitation Act 1980).
  retentionMonths: 72,
  lateComplaintsDecidedBy: 'the Corporate Complaints Team',
  // "Anonymous Complaints": not dealt with, unless safeguarding issues about vulnerable groups.
  anonymousComplaints: AnonymousHandling.REJECT_UNLESS_SAFEGUARDING,
  // "Who Can Complain?": a person acting for someone needs written consent (Members and MPs included).
  representativeConsent: [ConsentEvidence.WRITTEN],
  // "Exclusions": "Complaint by another professional body or organisation".
  excludedComplainants: [ComplainantType.PROFESSIONAL_BODY],
  // Appendix 1: "the investigation will not commence until the Statement of Complaint has been agreed".
  statementOfComplaintWhenScopeUnclear: true,
  // Appendix 1: "All complaints must be made in writing"; "Access and Equalities" also takes them by telephone.
  complaintsInWriting: true,
  stages: [
    // Stage 1: "the relevant member of staff or their manager".
    stage(1, Role.OFFICER, 'the member of staff concerned or their manager', false),
    // Stage 2: "a senior officer … on behalf of the Chief Officer … suitably removed from the decisions made".
    stage(2, Role.HEAD_OF_SERVICE, 'a senior officer, independent of the decisions complained about, on behalf of the Chief Officer', true),
    // Stage 3: "on behalf of the Chief Executive by a member of the Information Governance Team … the final stage".
    stage(
      3,
      Role.COMPLAINTS_COORDINATOR,
      'an independent investigator from the Information Governance Team, on behalf of the Chief Executive',
      true,
    ),
  ],
  // "Resolution and Remedies" speaks of upheld complaints; outcomes follow the Ombudsman's categories.
  outcomes: [Outcome.UPHELD, Outcome.PARTIALLY_UPHELD, Outcome.NOT_UPHELD, Outcome.NOT_INVESTIGATED],
  // "Resolution and Remedies", in the seed's order.
  remedies: [
    Remedy.APOLOGY,
    Remedy.EXPLANATION,
    Remedy.ACTION_TAKEN,
    Remedy.DECISION_RECONSIDERED,
    Remedy.PROCEDURES_IMPROVED,
    Remedy.PROCEDURE_RERUN,
    Remedy.MONEY_RECALCULATED,
  ],
  // Not in the source: no seed sets a time for putting things right; owners get 10 working days by default.
  remedyDueWorkingDays: 10,
  apologyWhenAtFault: false,
  // "Further Escalation": "We will include the contact details with our responses".
  finalResponseSignpostsOmbudsman: true,
  serviceAreas,
  localAreas,
  matterRules,
  closures: [],
  contact: HAMPSHIRE_CONTACT,
  escalationContact: null,
  ombudsman: LGSCO,
};
