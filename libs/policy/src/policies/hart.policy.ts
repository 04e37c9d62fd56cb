import { AnonymousHandling, ClockStart, ConsentEvidence, CouncilTier, IntakeOutcome, Matter, Outcome, Remedy, Role } from '../enums';
import { HAMPSHIRE_CONTACT, HART_CONTACT, HART_ESCALATION_CONTACT, LGSCO, howToContact } from './contacts';
import type { CouncilPolicy, MatterRule, Referral, ServiceAreaPolicy } from './policy.types';

// Every rule below cites the section of ../shared/seeds/000_536b769d458baf97.txt it comes from.

/**
 * §4: "Services provided by other layers of local government (e.g. … Hampshire County Council) they will have their
 * own complaints handling processes". Hart lies wholly inside Hampshire, so the county is always Hampshire; what is
 * passed to it, and what the resident is told, is decided by Hampshire's own policy (triage/cross-tier.ts).
 */
const toHampshire = (what: string, serviceArea: string): Referral => ({
  route: 'Hampshire County Council',
  detail: `${what} in Hart are provided by Hampshire County Council, not Hart District Council, and it has its own complaints procedure.`,
  councilId: 'hampshire',
  serviceArea,
});

const TOWN_OR_PARISH: Referral = {
  route: 'Your town or parish council',
  detail:
    'Town and parish councils provide their own services and have their own complaints ' +
    'procedures. Please contact your town or parish council directly.',
};

const serviceAreas: readonly ServiceAreaPolicy[] = [
  // §5: "a missed bin collection" is the seed's own example.
  { code: 'waste', name: 'Bin collection and recycling' },
  { code: 'street-cleaning', name: 'Street cleaning' },
  { code: 'planning', name: 'Planning and building control' },
  { code: 'council-tax', name: 'Council tax and business rates' },
  { code: 'benefits', name: 'Housing benefit and council tax support' },
  { code: 'housing', name: 'Housing and homelessness' },
  { code: 'environmental-health', name: 'Environmental health' },
  { code: 'parking', name: 'Car parks and parking' },
  { code: 'licensing', name: 'Licensing' },
  { code: 'leisure', name: 'Parks, countryside and leisure' },
  { code: 'customer-services', name: 'Customer services' },
  { code: 'other', name: 'Other council services' },
  // §4: the county tier's services, which residents often bring to the district.
  { code: 'roads', name: 'Roads, pavements and street lights', referral: toHampshire('Roads, pavements and street lights', 'highways') },
  { code: 'social-care', name: 'Adult and children’s social care', referral: toHampshire('Social care services', 'adult-social-care') },
  { code: 'schools', name: 'Schools and education', referral: toHampshire('Schools and education services', 'schools') },
  { code: 'libraries', name: 'Libraries', referral: toHampshire('Libraries', 'libraries') },
  {
    code: 'recycling-centres',
    name: 'Household waste recycling centres (tips)',
    referral: toHampshire('Household waste recycling centres', 'recycling-centres'),
  },
  { code: 'town-parish', name: 'Town and parish council services', referral: TOWN_OR_PARISH },
];

const referred = (matter: Matter, route: string, detail: string): MatterRule => ({
  matter,
  outcome: IntakeOutcome.REFERRED,
  route,
  detail,
});
const countyMatter = (matter: Matter, r: Referral): MatterRule => ({ matter, outcome: IntakeOutcome.REFERRED, ...r });

const OWN_REVIEW =
  'has its own review procedure, outside the complaints policy. If you are unhappy with the way an ' +
  'appeal was handled, rather than its outcome, that is a complaint, and you can make it.';

const matterRules: readonly MatterRule[] = [
  // §4 "Matters of law or central government policy which should be referred to your local MP".
  referred(
    Matter.LAW_OR_GOVERNMENT_POLICY,
    'Your local MP',
    'The law and central government policy are not for the council to change. Please raise this with your local MP.',
  ),
  // §4 FOI reviews and complaints "are dealt with under the Freedom of Information policy".
  referred(
    Matter.FREEDOM_OF_INFORMATION,
    'Freedom of Information review',
    'Freedom of Information requests for review, and complaints about how a request was handled, ' +
      "are dealt with under the council's Freedom of Information policy. To ask for a review, " +
      `${howToContact(HART_CONTACT)} and say it is a Freedom of Information review.`,
  ),
  // §4 "Council policies … contact the relevant Councillor who leads on that topic (Portfolio Holder) … or your local Councillor".
  referred(
    Matter.COUNCIL_POLICY,
    'Portfolio Holder or your local councillor',
    'If you are unhappy with a council policy, please contact the councillor who leads on that ' +
      'topic (the Portfolio Holder), or ask your local councillor to raise it for you.',
  ),
  // §4 outcomes of planning decisions, appeals, enforcement; parking appeals; housing benefit appeals.
  referred(
    Matter.PLANNING_DECISION,
    'Planning appeal',
    `The outcome of a planning application, a planning appeal or planning enforcement ${OWN_REVIEW}`,
  ),
  referred(Matter.PARKING_APPEAL, 'Parking appeal', `A parking penalty ${OWN_REVIEW}`),
  referred(Matter.HOUSING_BENEFIT_APPEAL, 'Housing Benefit appeal', `A Housing Benefit decision ${OWN_REVIEW}`),
  referred(
    Matter.OTHER_APPEAL_MECHANISM,
    'Its own appeal or tribunal',
    `The outcome of an application, appeal or tribunal decision ${OWN_REVIEW}`,
  ),
  // §4 "Services provided by other layers of local government (e.g. town or parishes or Hampshire County Council)".
  referred(
    Matter.OTHER_AUTHORITY_SERVICE,
    'Town or parish council, or Hampshire County Council',
    'Services provided by a town or parish council, or by Hampshire County Council, are covered by their own complaints ' +
      'procedures. Please contact the body that provides the service; for Hampshire County Council, ' +
      `${howToContact(HAMPSHIRE_CONTACT)}.`,
  ),
  // §2 "There is a separate policy for complaints about elected members".
  referred(
    Matter.COUNCILLOR_CONDUCT,
    'Complaints about elected members',
    "Complaints about a councillor's conduct are dealt with under the council's " +
      'separate policy for complaints about elected members, not this one.',
  ),
  // §4 other layers: these are county services in a two-tier area.
  countyMatter(Matter.CHILDRENS_SOCIAL_CARE, toHampshire("Children's social care services", 'childrens-services')),
  countyMatter(Matter.ADULT_SOCIAL_CARE, toHampshire('Adult social care services', 'adult-social-care')),
  countyMatter(Matter.SCHOOL_ADMISSION_OR_EXCLUSION, toHampshire('School admissions and exclusions', 'schools')),
  countyMatter(Matter.SEN_PROVISION, toHampshire('Special educational needs services', 'schools')),
  // Not in the seed: DESIGN "Decisions" sends every safeguarding matter to the safeguarding procedure.
  referred(
    Matter.SAFEGUARDING,
    'Safeguarding procedure',
    'Concerns about the safety of a child or vulnerable adult are dealt with under safeguarding procedures, not the ' +
      'complaints procedure, and are not passed on from here: please report them straight away to Hampshire County ' +
      "Council's Children's Services or Adults' Health and Care. If someone is in immediate danger, call 999.",
  ),
];

export const HART_POLICY: CouncilPolicy = {
  councilId: 'hart',
  councilName: 'Hart District Council',
  tier: CouncilTier.DISTRICT,
  referencePrefix: 'HDC',
  name: 'Hart District Council complaints policy',
  source: 'shared/seeds/000_536b769d458baf97.txt',
  // §6 "within six months of when a customer feels that something has gone wrong … ask customers to explain and justify".
  timeLimitMonths: 6,
  // Not in the source: six years after closure, the common council retention period for complaint files (Limitation Act 1980).
  retentionMonths: 72,
  lateComplaintsDecidedBy: 'the complaints coordinator',
  // §9 "it will not be possible for a response to be provided … We reserve the right to not investigate".
  anonymousComplaints: AnonymousHandling.ACCEPT_NO_RESPONSE,
  // §1 "confirmation of the appointment verbally or in writing from the complainant".
  representativeConsent: [ConsentEvidence.VERBAL, ConsentEvidence.WRITTEN],
  // §1 "Anyone who is affected by our services can make a complaint".
  excludedComplainants: [],
  statementOfComplaintWhenScopeUnclear: false,
  // §7 and appendix 1: form, email, post, in person, telephone, councillor, representative, social media.
  complaintsInWriting: false,
  stages: [
    {
      // §5 informal stage: an Officer, within 10 working days; §6.4 acknowledged within three days.
      number: 0,
      name: 'Informal resolution',
      handlerRole: Role.OFFICER,
      handlerDescription: 'an Officer',
      acknowledgeWithinWorkingDays: 3,
      respondWithinWorkingDays: 10,
      responseClockFrom: ClockStart.RECEIPT,
      maxExtensionWorkingDays: null,
      signOffRole: null,
      independentOfEarlierStages: false,
    },
    {
      // §6.1 an Officer or Manager, 10 working days, extension agreed with the customer (no maximum given).
      number: 1,
      name: 'Stage 1',
      handlerRole: Role.OFFICER,
      handlerDescription: 'an Officer or Manager in the service concerned',
      acknowledgeWithinWorkingDays: 3,
      respondWithinWorkingDays: 10,
      responseClockFrom: ClockStart.RECEIPT,
      maxExtensionWorkingDays: null,
      signOffRole: null,
      independentOfEarlierStages: false,
    },
    {
      // §6.2 Head of Service, 20 working days, acknowledged within three days, signed off by the Joint Chief Executive.
      number: 2,
      name: 'Stage 2',
      handlerRole: Role.HEAD_OF_SERVICE,
      handlerDescription: 'the Head of Service, with the response signed off by the Joint Chief Executive',
      acknowledgeWithinWorkingDays: 3,
      respondWithinWorkingDays: 20,
      responseClockFrom: ClockStart.RECEIPT,
      maxExtensionWorkingDays: null,
      signOffRole: Role.COMPLAINTS_COORDINATOR,
      independentOfEarlierStages: false,
      // §6.2 "If a complaint is complicated and likely to take longer to resolve, the Head of Service will keep the
      // customer updated on its progress and inform the Joint Chief Executive of this situation". Not in the source:
      // how often; every 10 working days (a fortnight), as Hampshire's regular updates.
      progressUpdateEveryWorkingDays: 10,
      progressUpdatesOnlyWhenDelayed: true,
      informCoordinatorOfDelay: true,
    },
  ],
  // §6.3 upheld, not upheld, partially upheld; not investigated for anonymous (§9) and late (§6) complaints.
  outcomes: [Outcome.UPHELD, Outcome.PARTIALLY_UPHELD, Outcome.NOT_UPHELD, Outcome.NOT_INVESTIGATED],
  // §11 "we will issue an apology and steps will be put into place to put things right"; §6.3 clear reasons; lessons embedded.
  remedies: [Remedy.APOLOGY, Remedy.EXPLANATION, Remedy.ACTION_TAKEN, Remedy.PROCEDURES_IMPROVED],
  // Not in the source: no seed sets a time for putting things right; owners get 10 working days by default.
  remedyDueWorkingDays: 10,
  apologyWhenAtFault: true,
  // §6.2 "The response will inform the customer that … they can complain to the Local Government and Social Care Ombudsman".
  finalResponseSignpostsOmbudsman: true,
  serviceAreas,
  // A district: no local areas below it.
  localAreas: [],
  matterRules,
  closures: [],
  contact: HART_CONTACT,
  escalationContact: HART_ESCALATION_CONTACT,
  ombudsman: LGSCO,
};
