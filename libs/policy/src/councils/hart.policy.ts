import { AnonymousHandling, ClockStart, ConsentEvidence, CouncilTier, Matter, Outcome, Remedy, Role } from '../enums';
import type { CouncilPolicy } from '../types';

const HAMPSHIRE = { route: 'Hampshire County Council', councilId: 'hampshire' };

/** Hart District Council complaints policy (shared/seeds/000_536b769d458baf97.txt). Section numbers below are the policy's. */
export const HART_POLICY: CouncilPolicy = {
  councilId: 'hart',
  councilName: 'Hart District Council',
  tier: CouncilTier.DISTRICT,
  referencePrefix: 'HDC',
  name: 'Hart District Council Complaints Policy',
  source: 'shared/seeds/000_536b769d458baf97.txt',
  timeLimitMonths: 6, // s.6: "within six months … the Council will ask customers to explain and justify"
  anonymousComplaints: AnonymousHandling.ACCEPT_NO_RESPONSE, // s.9: no response possible; may be investigated
  representativeConsent: [ConsentEvidence.VERBAL, ConsentEvidence.WRITTEN], // s.1: "confirmation … verbally or in writing"
  statementOfComplaint: false,
  apologyWhenAtFault: true, // s.11: "If the Council is found to be at fault, we will issue an apology"
  stages: [
    // s.5: informal resolution by an Officer within 10 working days; s.6.4: acknowledged within three days.
    { number: 0, name: 'Informal resolution', handlerRole: Role.OFFICER, acknowledgeWithinWorkingDays: 3, respondWithinWorkingDays: 10, responseClockFrom: ClockStart.RECEIPT, maxExtensionWorkingDays: null, signOffRole: null, independentOfEarlierStages: false },
    // s.6.1: an Officer or Manager, 10 working days; an extension agreed with the customer (no maximum stated).
    { number: 1, name: 'Stage 1', handlerRole: Role.OFFICER, acknowledgeWithinWorkingDays: 3, respondWithinWorkingDays: 10, responseClockFrom: ClockStart.RECEIPT, maxExtensionWorkingDays: null, signOffRole: null, independentOfEarlierStages: false },
    // s.6.2: the Head of Service, 20 working days, acknowledged within three; signed off by the Joint Chief Executive.
    { number: 2, name: 'Stage 2', handlerRole: Role.HEAD_OF_SERVICE, acknowledgeWithinWorkingDays: 3, respondWithinWorkingDays: 20, responseClockFrom: ClockStart.RECEIPT, maxExtensionWorkingDays: null, signOffRole: Role.COMPLAINTS_COORDINATOR, independentOfEarlierStages: false },
  ],
  outcomes: [Outcome.UPHELD, Outcome.PARTIALLY_UPHELD, Outcome.NOT_UPHELD, Outcome.NOT_INVESTIGATED], // s.6.3 (+ s.9: may not investigate)
  remedies: [Remedy.APOLOGY, Remedy.EXPLANATION, Remedy.ACTION_TAKEN, Remedy.PROCEDURES_IMPROVED, Remedy.OTHER], // s.11
  serviceAreas: [
    { code: 'waste', name: 'Bin collections and recycling' },
    { code: 'street-cleaning', name: 'Street cleaning, litter and fly-tipping' },
    { code: 'planning', name: 'Planning applications and enforcement' },
    { code: 'council-tax', name: 'Council tax and business rates' },
    { code: 'benefits', name: 'Housing benefit and council tax support' },
    { code: 'housing', name: 'Housing and homelessness' },
    { code: 'environmental-health', name: 'Environmental health, noise and pollution' },
    { code: 'parking', name: 'Car parks and parking enforcement' },
    { code: 'licensing', name: 'Licensing' },
    { code: 'leisure', name: 'Leisure, parks and countryside' },
    { code: 'customer-services', name: 'Customer services' },
    // s.4: services of other layers of local government have their own complaints processes.
    { code: 'roads', name: 'Roads, pavements and potholes', referral: { ...HAMPSHIRE, serviceArea: 'highways', detail: 'Roads and pavements are looked after by Hampshire County Council, the county tier of local government.' } },
    { code: 'social-care', name: 'Adult and children\'s social care', referral: { ...HAMPSHIRE, serviceArea: 'adult-social-care', detail: 'Social care is provided by Hampshire County Council.' } },
    { code: 'schools', name: 'Schools and education', referral: { ...HAMPSHIRE, serviceArea: 'schools', detail: 'Schools and education are the responsibility of Hampshire County Council.' } },
    { code: 'libraries', name: 'Libraries', referral: { ...HAMPSHIRE, serviceArea: 'libraries', detail: 'Libraries are run by Hampshire County Council.' } },
    { code: 'recycling-centres', name: 'Household waste recycling centres (tips)', referral: { ...HAMPSHIRE, serviceArea: 'recycling-centres', detail: 'Household waste recycling centres are run for Hampshire County Council.' } },
  ],
  matterRoutes: {
    // s.4 "What we don't consider a complaint"
    [Matter.LAW_OR_GOVERNMENT_POLICY]: { route: 'Your local MP', detail: 'Matters of law or central government policy are for your Member of Parliament.' },
    [Matter.FREEDOM_OF_INFORMATION]: { route: 'Freedom of Information review', detail: 'Requests for review and complaints about a Freedom of Information request are dealt with under the Freedom of Information policy.' },
    [Matter.COUNCIL_POLICY]: { route: 'Portfolio Holder or your local Councillor', detail: 'If you are unhappy with a council policy, contact the Councillor who leads on it (the Portfolio Holder), or ask your local Councillor to raise it for you.' },
    [Matter.PLANNING_DECISION]: { route: 'Planning appeal', detail: 'The outcome of a planning application, appeal or enforcement decision has its own review route. If you are unhappy with the way an appeal was handled, that is a complaint.' },
    [Matter.PARKING_APPEAL]: { route: 'Parking appeal', detail: 'Parking appeals have their own review procedure. If you are unhappy with the way an appeal was handled, that is a complaint.' },
    [Matter.HOUSING_BENEFIT_APPEAL]: { route: 'Housing Benefit appeal', detail: 'Housing Benefit decisions have their own appeal procedure. If you are unhappy with the way an appeal was handled, that is a complaint.' },
    [Matter.OTHER_AUTHORITY_SERVICE]: { route: 'Town or parish council, or Hampshire County Council', detail: 'Services of other layers of local government have their own complaints processes: contact the town or parish council, or Hampshire County Council.' },
    [Matter.COUNCILLOR_CONDUCT]: { route: 'Complaints about elected members', detail: 'Complaints about councillors are dealt with under the separate policy for complaints about elected members.' },
    // County services (s.4, "other layers of local government").
    [Matter.CHILDRENS_SOCIAL_CARE]: { ...HAMPSHIRE, serviceArea: 'childrens-services', detail: "Children's social care is provided by Hampshire County Council, which has a statutory complaints procedure." },
    [Matter.ADULT_SOCIAL_CARE]: { ...HAMPSHIRE, serviceArea: 'adult-social-care', detail: 'Adult social care is provided by Hampshire County Council, which has a statutory complaints procedure.' },
    [Matter.SCHOOL_ADMISSION_OR_EXCLUSION]: { ...HAMPSHIRE, serviceArea: 'schools', detail: 'School admissions and exclusions are handled by Hampshire County Council and have their own appeal.' },
    [Matter.SEN_PROVISION]: { ...HAMPSHIRE, serviceArea: 'schools', detail: 'Special educational needs provision is the responsibility of Hampshire County Council.' },
    // DESIGN.md: a safeguarding matter goes to the safeguarding procedure.
    [Matter.SAFEGUARDING]: { route: 'Safeguarding procedure', detail: 'Concerns about the safety of a child or a vulnerable adult go to the safeguarding procedure straight away. If someone is in immediate danger, call 999.' },
  },
  complaintsContact: { email: 'complaints@hart.gov.uk', postalAddress: 'Hart District Council, Civic Offices, Harlington Way, Fleet GU51 4AE' }, // s.7
  closures: [],
};
