import { ComplaintCategory, FeedbackKind } from '@redress/policy';

const {
  DELAY,
  FAILURE_TO_PROVIDE_SERVICE,
  WRONG_DECISION,
  POLICY_OR_LAW_NOT_FOLLOWED,
  BROKEN_PROMISE,
  BIAS_OR_DISCRIMINATION,
  STAFF_BEHAVIOUR,
  POOR_COMMUNICATION,
  FAILURE_TO_PROVIDE_INFORMATION,
  INADEQUATE_RECORD_KEEPING,
  FAILURE_TO_INVESTIGATE,
  FAILURE_TO_REPLY,
  MISLEADING_STATEMENT,
  INADEQUATE_LIAISON_OR_CONSULTATION,
  OTHER_UNFAIRNESS,
} = ComplaintCategory;

/** How a service's volume moves through the year, January first: 1 is an ordinary month. */
export type Season = readonly [number, number, number, number, number, number, number, number, number, number, number, number];

// Frost and Christmas: missed bins peak over the festive rounds and in January's snow; potholes open after the frosts.
export const WINTER_WASTE: Season = [2.4, 1.6, 1.0, 0.75, 0.7, 0.7, 0.75, 0.75, 0.8, 0.95, 1.2, 2.2];
export const WINTER_ROADS: Season = [2.2, 2.3, 1.6, 1.0, 0.7, 0.6, 0.6, 0.6, 0.7, 0.9, 1.3, 1.7];
const SUMMER: Season = [0.7, 0.7, 0.8, 1.0, 1.2, 1.4, 1.5, 1.5, 1.1, 0.9, 0.8, 0.7];
const BILLS: Season = [1.0, 1.0, 1.6, 1.7, 1.1, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.8];
const SCHOOL_YEAR: Season = [1.0, 1.0, 1.2, 1.2, 1.0, 1.0, 0.6, 0.7, 1.5, 1.2, 1.0, 0.8];
const FLAT: Season = [1.0, 1.0, 1.0, 1.0, 1.0, 0.95, 0.9, 0.9, 1.0, 1.05, 1.05, 0.95];

type Text = readonly [summary: string, details: string];

/** One of a council's service areas as history draws it: how often each kind arrives, and what people say. */
export interface AreaProfile {
  code: string;
  /** Relative weights within the council, per kind. */
  weight: Partial<Record<FeedbackKind, number>>;
  season?: Season;
  complaints?: readonly Text[];
  requests?: readonly Text[];
  /** The team a compliment praises: a team, never a person. */
  praised?: readonly string[];
  categories?: readonly (readonly [ComplaintCategory, number])[];
  /** What the council learned: shared with analysts and scrutiny, so no personal details. */
  lessons?: readonly string[];
}

const { COMPLAINT, COMPLIMENT, COMMENT, SERVICE_REQUEST } = FeedbackKind;
const w = (complaint: number, compliment = 0, comment = 0, request = 0): AreaProfile['weight'] => ({
  [COMPLAINT]: complaint,
  [COMPLIMENT]: compliment,
  [COMMENT]: comment,
  [SERVICE_REQUEST]: request,
});

const GENERAL_CATEGORIES: readonly (readonly [ComplaintCategory, number])[] = [
  [POOR_COMMUNICATION, 4],
  [DELAY, 3],
  [FAILURE_TO_REPLY, 2],
  [STAFF_BEHAVIOUR, 2],
  [FAILURE_TO_PROVIDE_INFORMATION, 2],
  [MISLEADING_STATEMENT, 1],
  [BIAS_OR_DISCRIMINATION, 0.4],
  [OTHER_UNFAIRNESS, 0.6],
];

const HART_AREAS: readonly AreaProfile[] = [
  {
    code: 'waste',
    weight: w(26, 30, 6, 40),
    season: WINTER_WASTE,
    complaints: [
      ['Bin missed again', 'Our general waste bin was not emptied on collection day and has now been missed twice running.'],
      ['Assisted collection not done', 'We are on the assisted collection list but the crew left the bin at the back of the house.'],
      ['Garden waste not collected', 'The garden waste bin was skipped although the subscription is paid up.'],
      ['Recycling left on the pavement', 'The crew emptied the recycling but left the box in the middle of the pavement.'],
      ['Christmas collection changes not explained', 'Nobody told us the collection day had moved over Christmas and the bins overflowed.'],
    ],
    requests: [
      ['Missed bin', 'Please collect the bin that was missed this morning.'],
      ['New recycling box', 'The recycling box has cracked and needs replacing.'],
      ['Bulky waste collection', 'Please collect an old sofa and a fridge.'],
    ],
    praised: ['Fleet collection crew', 'Hook and Odiham round crew', 'Garden waste team', 'Yateley collection crew'],
    categories: [
      [FAILURE_TO_PROVIDE_SERVICE, 8],
      [BROKEN_PROMISE, 3],
      [DELAY, 2],
      [POOR_COMMUNICATION, 2],
      [INADEQUATE_RECORD_KEEPING, 1],
      [STAFF_BEHAVIOUR, 1],
    ],
    lessons: [
      'Crews now confirm assisted collections on the round sheet before leaving a street.',
      'Missed bins reported online go to the crew supervisor the same day.',
      'Changed collection days over Christmas are now posted on every round two weeks ahead.',
      'The in-cab system now flags a bin missed twice so that the next visit is checked.',
    ],
  },
  {
    code: 'street-cleaning',
    weight: w(6, 8, 3, 20),
    season: WINTER_WASTE,
    complaints: [
      ['Fly-tipping left for weeks', 'Fly-tipped rubbish in the lane was reported a month ago and is still there.'],
      ['Leaves not cleared', 'Wet leaves on the footpath have not been swept and people are slipping.'],
    ],
    requests: [['Fly-tipping', 'Bags of rubbish have been dumped by the lay-by.']],
    praised: ['Street cleansing team', 'Fly-tipping response team'],
    categories: [
      [FAILURE_TO_PROVIDE_SERVICE, 5],
      [DELAY, 4],
      [FAILURE_TO_REPLY, 1],
    ],
    lessons: ['Fly-tipping reports now get a target clearance date that the reporter is told.'],
  },
  {
    code: 'planning',
    weight: w(14, 8, 6, 0),
    complaints: [
      ['Planning application delayed', 'My householder application is well past its target date and nobody has told me why.'],
      ['Not consulted on neighbouring application', 'We were not notified of the extension next door although our garden adjoins it.'],
      ['Enforcement complaint ignored', 'I reported a breach of planning control three months ago and have heard nothing.'],
    ],
    praised: ['Planning duty officer team', 'Building control surveyors'],
    categories: [
      [DELAY, 5],
      [POOR_COMMUNICATION, 3],
      [INADEQUATE_LIAISON_OR_CONSULTATION, 3],
      [FAILURE_TO_INVESTIGATE, 2],
      [POLICY_OR_LAW_NOT_FOLLOWED, 1],
      [WRONG_DECISION, 1],
    ],
    lessons: [
      'Applicants now get an email when an application will miss its target date, with the reason.',
      'Neighbour notification letters are checked against the site plan before they are sent.',
      'Enforcement reports are acknowledged with a case officer and a date for the first visit.',
    ],
  },
  {
    code: 'council-tax',
    weight: w(12, 5, 3, 0),
    season: BILLS,
    complaints: [
      ['Direct debit taken twice', 'Two council tax payments were taken in the same month.'],
      ['Single person discount removed', 'The discount was removed without any letter explaining why.'],
      ['Summons issued in error', 'I received a summons although my instalments are up to date.'],
    ],
    praised: ['Council tax team'],
    categories: [
      [WRONG_DECISION, 4],
      [INADEQUATE_RECORD_KEEPING, 3],
      [FAILURE_TO_PROVIDE_INFORMATION, 2],
      [DELAY, 2],
    ],
    lessons: [
      'Discount reviews now send a letter before a discount is removed.',
      'Instalment changes are checked against the recovery run before summonses are issued.',
    ],
  },
  {
    code: 'benefits',
    weight: w(7, 5, 2, 0),
    complaints: [
      ['Council tax support claim delayed', 'My claim has been waiting for six weeks and I am falling behind.'],
      ['Overpayment letter unclear', 'The overpayment letter does not say how the amount was worked out.'],
    ],
    praised: ['Benefits assessment team'],
    categories: [
      [DELAY, 5],
      [FAILURE_TO_PROVIDE_INFORMATION, 3],
      [WRONG_DECISION, 2],
    ],
    lessons: ['Overpayment letters now show the calculation period by period.'],
  },
  {
    code: 'housing',
    weight: w(9, 8, 3, 0),
    complaints: [
      ['Housing register banding', 'Our banding was not reviewed after we sent the medical evidence.'],
      ['Temporary accommodation repairs', 'The heating in the temporary flat has not worked for two weeks.'],
      ['Homelessness appointment cancelled', 'My appointment was cancelled on the day with no new date offered.'],
    ],
    praised: ['Housing options team', 'Homelessness prevention team'],
    categories: [
      [DELAY, 3],
      [FAILURE_TO_PROVIDE_SERVICE, 3],
      [POOR_COMMUNICATION, 3],
      [WRONG_DECISION, 2],
    ],
    lessons: [
      'Medical evidence for the register is now logged on arrival with a review date.',
      'Repairs in temporary accommodation have a 48-hour target for heating and hot water.',
    ],
  },
  {
    code: 'environmental-health',
    weight: w(6, 6, 2, 10),
    complaints: [
      ['Noise complaint not followed up', 'I sent the noise diary as asked and nobody has been in touch since.'],
      ['Food hygiene inspection', 'A takeaway I reported for hygiene problems has not been visited.'],
    ],
    requests: [['Noise from a neighbour', 'Loud music late every weekend from the house next door.']],
    praised: ['Environmental health officers', 'Pest control team'],
    categories: [
      [FAILURE_TO_INVESTIGATE, 4],
      [DELAY, 3],
      [FAILURE_TO_REPLY, 2],
    ],
    lessons: ['Noise diaries returned by residents are now reviewed within five working days.'],
  },
  {
    code: 'parking',
    weight: w(7, 2, 3, 8),
    complaints: [
      ['Pay machine out of order', 'The pay machine at the car park took my coins and gave no ticket.'],
      ['Permit not renewed', 'I renewed my season permit online but it was never issued.'],
    ],
    requests: [['Car park lighting', 'Two lights are out on the top deck of the car park.']],
    praised: ['Car parks team'],
    categories: [
      [FAILURE_TO_PROVIDE_SERVICE, 3],
      [INADEQUATE_RECORD_KEEPING, 2],
      [DELAY, 1],
    ],
    lessons: ['Faulty pay machines are now reported by the patrol officers on every visit.'],
  },
  {
    code: 'licensing',
    weight: w(3, 2, 1, 0),
    complaints: [['Taxi licence renewal', 'My taxi licence renewal has taken so long that I cannot work.']],
    praised: ['Licensing team'],
    categories: [
      [DELAY, 4],
      [POOR_COMMUNICATION, 2],
    ],
    lessons: ['Licence renewals now get a reminder eight weeks before expiry.'],
  },
  {
    code: 'leisure',
    weight: w(4, 15, 6, 5),
    season: SUMMER,
    complaints: [
      ['Play area closed', 'The play area at the park has been fenced off for months with no explanation.'],
      ['Changing rooms dirty', 'The changing rooms at the leisure centre were dirty on three visits.'],
    ],
    requests: [['Broken bench', 'A bench by the pond is broken and has sharp edges.']],
    praised: ['Hart Leisure Centre reception team', 'Fleet Pond rangers', 'Countryside volunteers team'],
    categories: [
      [FAILURE_TO_PROVIDE_SERVICE, 3],
      [FAILURE_TO_PROVIDE_INFORMATION, 2],
    ],
    lessons: ['Closed play areas now carry a notice with the reason and the expected reopening date.'],
  },
  {
    code: 'customer-services',
    weight: w(5, 15, 4, 0),
    complaints: [
      ['Calls not returned', 'I was promised a call back three times and it never came.'],
      ['Rude on the telephone', 'The adviser was dismissive and ended the call.'],
    ],
    praised: ['Customer services team', 'Council offices reception'],
    categories: [
      [STAFF_BEHAVIOUR, 4],
      [FAILURE_TO_REPLY, 3],
      [BROKEN_PROMISE, 2],
    ],
    lessons: [
      'Call-back promises are now logged with a time, and chased by a supervisor when missed.',
      'Advisers had refresher training on handling difficult calls.',
    ],
  },
  {
    code: 'other',
    weight: w(2, 1, 4, 0),
    complaints: [['Council website', 'The online form lost everything I had typed when I pressed submit.']],
    categories: [
      [OTHER_UNFAIRNESS, 2],
      [FAILURE_TO_PROVIDE_INFORMATION, 2],
    ],
    lessons: ['Online forms now save answers page by page.'],
  },
  // The county's and parishes' services, brought to the district: passed on or referred by triage.
  { code: 'roads', weight: w(3), complaints: [['Pothole outside the school', 'A deep pothole by the school gate has damaged two cars.']] },
  { code: 'social-care', weight: w(0.5), complaints: [['Care package', 'The carers for my father keep arriving late.']] },
  { code: 'schools', weight: w(0.5), complaints: [['School transport', 'The school bus did not turn up all week.']] },
  { code: 'libraries', weight: w(0.3), complaints: [['Library hours cut', 'The library is now closed on Saturdays.']] },
  { code: 'recycling-centres', weight: w(1), complaints: [['Tip booking', 'I could not book a slot at the tip for a fortnight.']] },
  { code: 'town-parish', weight: w(0.7), complaints: [['Village hall', 'The village hall booking was cancelled by the parish.']] },
];

const HAMPSHIRE_AREAS: readonly AreaProfile[] = [
  {
    code: 'highways',
    weight: w(34, 15, 8, 50),
    season: WINTER_ROADS,
    complaints: [
      ['Pothole damaged my car', 'I reported the pothole in January and it has now burst a tyre.'],
      ['Road not gritted', 'Our hill was not gritted during the ice and the bus could not get up it.'],
      ['Street light out for months', 'The street light outside has been out since the autumn despite reports.'],
      ['Roadworks overran', 'The temporary lights have been in place for weeks after the work finished.'],
      ['Pothole repair failed', 'The pothole repaired last month has opened up again.'],
    ],
    requests: [
      ['Pothole', 'A large pothole in the nearside lane by the bus stop.'],
      ['Street light out', 'The street light by the footbridge is not working.'],
      ['Blocked drain', 'The road drain is blocked and floods the pavement.'],
    ],
    praised: ['Winter gritting crews', 'Highways inspection team', 'Street lighting contractors'],
    categories: [
      [FAILURE_TO_PROVIDE_SERVICE, 6],
      [DELAY, 5],
      [BROKEN_PROMISE, 2],
      [FAILURE_TO_REPLY, 2],
      [INADEQUATE_LIAISON_OR_CONSULTATION, 1],
    ],
    lessons: [
      'Potholes reported twice are now inspected again within five working days.',
      'Repairs are photographed on completion so that failed repairs can be traced to the gang.',
      'Gritting routes were reviewed with the bus operators before the winter.',
      'Temporary lights are now checked for removal on the day a job is signed off.',
    ],
  },
  {
    code: 'countryside',
    weight: w(5, 10, 4, 15),
    season: SUMMER,
    complaints: [['Footpath blocked', 'A public footpath has been blocked by a locked gate for months.']],
    requests: [['Overgrown path', 'The bridleway is overgrown and impassable.']],
    praised: ['Countryside rangers', 'Rights of way team'],
    categories: [
      [FAILURE_TO_INVESTIGATE, 3],
      [DELAY, 3],
    ],
    lessons: ['Obstructed rights of way now get a target date for the landowner, shared with the reporter.'],
  },
  {
    code: 'adult-social-care',
    weight: w(3, 12, 3, 0),
    complaints: [['Care assessment', 'My mother is still waiting for her care assessment.']],
    praised: ["Adults' Health and Care reablement team", 'Occupational therapy team'],
  },
  {
    code: 'childrens-services',
    weight: w(2, 4, 1, 0),
    complaints: [['Social worker changed', 'We have had four social workers this year.']],
    praised: ['Family support team'],
  },
  {
    code: 'schools',
    weight: w(8, 6, 4, 0),
    season: SCHOOL_YEAR,
    complaints: [
      ['Home to school transport', 'The taxi to school has not arrived twice this week.'],
      ['School place letter late', 'The offer letter came after the deadline to accept.'],
    ],
    praised: ['Home to school transport team', 'School admissions team'],
    categories: [
      [FAILURE_TO_PROVIDE_SERVICE, 3],
      [DELAY, 3],
      [POOR_COMMUNICATION, 2],
    ],
    lessons: ['Transport operators now report a missed pick-up to the transport team the same morning.'],
  },
  {
    code: 'libraries',
    weight: w(4, 20, 6, 4),
    complaints: [['Library closed without notice', 'The library was shut when the website said it was open.']],
    requests: [['Book request', 'Please order the next book in the series.']],
    praised: ['Winchester Discovery Centre library team', 'Mobile library team', 'Home library service volunteers'],
    categories: [
      [FAILURE_TO_PROVIDE_INFORMATION, 3],
      [FAILURE_TO_PROVIDE_SERVICE, 2],
    ],
    lessons: ['Unplanned closures are now posted on the website within the hour.'],
  },
  {
    code: 'recycling-centres',
    weight: w(8, 10, 4, 8),
    season: SUMMER,
    complaints: [
      ['Turned away at the tip', 'I was turned away with garden waste although I had booked.'],
      ['Booking system failed', 'The booking site took payment but gave no slot.'],
    ],
    requests: [['Van permit', 'I need a van permit for the recycling centre.']],
    praised: ['Recycling centre site staff'],
    categories: [
      [WRONG_DECISION, 3],
      [STAFF_BEHAVIOUR, 2],
      [FAILURE_TO_PROVIDE_SERVICE, 2],
    ],
    lessons: ['Site staff can now see bookings on a tablet at the gate.'],
  },
  {
    code: 'trading-standards',
    weight: w(3, 3, 2, 0),
    complaints: [['Rogue trader report', 'I reported a rogue trader and nobody investigated.']],
    praised: ['Trading standards officers'],
    categories: [
      [FAILURE_TO_INVESTIGATE, 4],
      [FAILURE_TO_REPLY, 2],
    ],
    lessons: ['Doorstep crime reports are now triaged the same day.'],
  },
  {
    code: 'registration',
    weight: w(3, 15, 2, 0),
    complaints: [['Certificate error', 'The birth certificate has the wrong spelling and correcting it costs money.']],
    praised: ['Registration service team', 'Ceremonies team'],
    categories: [
      [INADEQUATE_RECORD_KEEPING, 4],
      [OTHER_UNFAIRNESS, 1],
    ],
    lessons: ['Certificates are now read back to the informant before they are printed.'],
  },
  {
    code: 'transport',
    weight: w(10, 6, 5, 8),
    complaints: [
      ['Bus pass not renewed', 'My concessionary bus pass expired and the renewal never came.'],
      ['Dial-a-ride cancelled', 'My community transport booking was cancelled the night before.'],
    ],
    requests: [['Bus stop timetable', 'The timetable at the bus stop is out of date.']],
    praised: ['Concessionary travel team', 'Community transport drivers'],
    categories: [
      [DELAY, 3],
      [FAILURE_TO_PROVIDE_SERVICE, 3],
      [BROKEN_PROMISE, 1],
    ],
    lessons: ['Bus pass renewals are now sent six weeks before expiry.'],
  },
  {
    code: 'customer-services',
    weight: w(5, 6, 3, 0),
    complaints: [['Hantsdirect wait times', 'I waited forty minutes on the telephone and was cut off.']],
    praised: ['Hantsdirect contact centre'],
    categories: [
      [STAFF_BEHAVIOUR, 3],
      [FAILURE_TO_REPLY, 2],
      [POOR_COMMUNICATION, 2],
    ],
    lessons: ['Callers in the queue are now offered a call back after ten minutes.'],
  },
  {
    code: 'other',
    weight: w(2, 1, 3, 0),
    complaints: [['County council website', 'The online payment page kept timing out.']],
    categories: [
      [OTHER_UNFAIRNESS, 2],
      [FAILURE_TO_PROVIDE_INFORMATION, 1],
    ],
    lessons: ['Online payments now keep the session open for thirty minutes.'],
  },
  // The district's and parishes' services, brought to the county: passed to Hart for Hart, referred elsewhere.
  { code: 'bins', weight: w(2), complaints: [['Bins missed', 'The bins were missed three weeks running.']] },
  { code: 'planning', weight: w(1), complaints: [['Planning decision', 'The house next door was allowed to build too high.']] },
  { code: 'council-tax', weight: w(1), complaints: [['Council tax bill', 'My council tax bill is wrong.']] },
  { code: 'parking', weight: w(1), complaints: [['Car park charges', 'The car park charges went up without notice.']] },
  { code: 'housing', weight: w(0.5), complaints: [['Housing list', 'I have been on the housing list for years.']] },
  { code: 'environmental-health', weight: w(0.5), complaints: [['Noise', 'The noise from the pub has not been dealt with.']] },
  { code: 'town-parish', weight: w(0.5), complaints: [['Parish allotments', 'The parish has not cut the allotment hedges.']] },
];

/** What each council receives in an ordinary year at scale 1, before the seasons and the year's trend. */
export const ANNUAL_VOLUME: Readonly<Record<string, Readonly<Record<FeedbackKind, number>>>> = {
  hart: { [COMPLAINT]: 60, [COMPLIMENT]: 45, [COMMENT]: 22, [SERVICE_REQUEST]: 35 },
  hampshire: { [COMPLAINT]: 90, [COMPLIMENT]: 70, [COMMENT]: 30, [SERVICE_REQUEST]: 70 },
};

export const AREAS: Readonly<Record<string, readonly AreaProfile[]>> = { hart: HART_AREAS, hampshire: HAMPSHIRE_AREAS };

export const seasonOf = (area: AreaProfile): Season => area.season ?? FLAT;

export const categoriesOf = (area: AreaProfile): readonly (readonly [ComplaintCategory, number])[] => [
  ...(area.categories ?? []),
  ...GENERAL_CATEGORIES,
];

export const TOWNS: Readonly<Record<string, readonly string[]>> = {
  hart: ['Fleet', 'Church Crookham', 'Hook', 'Odiham', 'Yateley', 'Blackwater', 'Hartley Wintney', 'Crondall'],
  hampshire: ['Winchester', 'Basingstoke', 'Andover', 'Eastleigh', 'Fareham', 'Havant', 'Petersfield', 'Alton', 'Romsey', 'Lymington'],
};

export const FIRST_NAMES = [
  'Alex',
  'Bethany',
  'Callum',
  'Deborah',
  'Edward',
  'Fatima',
  'George',
  'Hannah',
  'Imogen',
  'James',
  'Karen',
  'Leon',
  'Margaret',
  'Nathan',
  'Olivia',
  'Patrick',
  'Rachel',
  'Samuel',
  'Tanya',
  'Usha',
  'Victor',
  'Wendy',
  'Yusuf',
  'Zara',
  'Aidan',
  'Brenda',
  'Colin',
  'Dawn',
  'Elliot',
  'Frances',
  'Gordon',
  'Heather',
  'Ivan',
  'Joanne',
  'Keith',
  'Linda',
] as const;
export const SURNAMES = [
  'Abbott',
  'Barker',
  'Chapman',
  'Dawson',
  'Ellis',
  'Fletcher',
  'Gibson',
  'Harding',
  'Iqbal',
  'Jennings',
  'Kaur',
  'Lawson',
  'Marsh',
  'Newman',
  "O'Brien",
  'Parsons',
  'Quinn',
  'Rowe',
  'Sutton',
  'Thornton',
  'Underwood',
  'Vaughan',
  'Walsh',
  'Young',
  'Ashby',
  'Bristow',
  'Cole',
  'Doyle',
  'Everett',
  'Foster',
  'Grant',
  'Holloway',
  'Irwin',
  'Joyce',
  'Knight',
  'Lyons',
] as const;
export const STREETS = [
  'High Street',
  'Church Road',
  'Station Road',
  'Mill Lane',
  'The Avenue',
  'Victoria Road',
  'Elm Close',
  'Kings Road',
];

export const COMMENT_TEXTS: readonly Text[] = [
  ['Suggestion', 'It would help if the website showed the dates of the next collections on the same page.'],
  ['Opening hours', 'Please consider opening later one evening a week for people who work.'],
  ['Consultation', 'I would like more notice of consultations that affect my street.'],
  ['Signage', 'The signs to the car park are hard to see at night.'],
];

export const COMPLIMENT_TEXTS: readonly Text[] = [
  ['Thank you', 'I want to thank the team for going out of their way to help us.'],
  ['Excellent service', 'Quick, friendly and sorted the problem the same day.'],
  ['Very helpful', 'They took the time to explain everything clearly.'],
  ['Well done', 'Please pass on our thanks: the work was done quickly and tidily.'],
];

export const FINDINGS: Readonly<Record<string, readonly string[]>> = {
  UPHELD: [
    'We looked at the records and agree that the service fell short of what we promise.',
    'The service was not delivered as it should have been, and we are sorry.',
  ],
  PARTIALLY_UPHELD: [
    'Part of the complaint is justified: the first failure was ours, but later delays were outside our control.',
    'We agree that we should have kept you better informed, though the decision itself was correct.',
  ],
  NOT_UPHELD: [
    'We checked the records and the service was delivered as scheduled.',
    'The decision followed the policy and was explained in the letter sent at the time.',
  ],
  NOT_INVESTIGATED: ['The complaint was not investigated: the reason is given below.'],
};

export const NOT_INVESTIGATED_REASONS = [
  'The customer withdrew the complaint after the problem was put right.',
  'The matter is the subject of an appeal that is still being decided.',
  'The customer did not reply to our requests for more information.',
];

export const ANONYMOUS_REASON = 'Made anonymously: there is no one to reply to. The service was told of the concern and looked into it.';

export const EXTENSION_REASONS = [
  'We need a site visit to see the problem for ourselves',
  "We are waiting for the contractor's records",
  'The officer who dealt with the matter is on leave until next week',
  'Several teams were involved and each needs to give its account',
];

export const DELAY_REASONS = [
  'We are still waiting for information from the service',
  'The investigation needs records held by our contractor',
  'Staff absence in the team has slowed the investigation',
];

export const HOLD_NOTES: Readonly<Record<string, string>> = {
  AWAITING_CUSTOMER: 'Waiting for photographs and dates from the customer',
  CONCURRENT_PROCEDURE: 'An insurance claim about the same matter is being decided first',
  LEGAL_PROCEEDINGS: 'The customer has started a small claim about the same matter',
};

export const ESCALATION_REASONS = [
  'The customer says the problem has happened again',
  'The customer does not accept our findings',
  'The customer says the remedy offered is not enough',
  'The customer says the response did not answer all of the points raised',
];

export const RETURN_REASONS = [
  'Say what we will do to stop it happening again',
  'Explain the timescale for the repair in plain words',
  'The apology should come first, not at the end',
];

export const STATEMENTS = [
  'The customer complains that the service was not delivered on the dates promised and that calls were not returned.',
  'The complaint is about the decision made and how it was explained; the decision itself is not being reopened.',
];

export const CONTACT_NOTES = [
  'The customer called for an update',
  'The customer emailed further photographs',
  'We phoned to check the facts',
];

export const LATE_JUSTIFICATIONS = [
  'I was in hospital for several months after the matter arose.',
  'I only found out about the mistake when the next bill came.',
  'I was caring for a relative and could not deal with it sooner.',
];
export const LATE_REFUSALS = [
  'The records of that period are no longer held, so a fair investigation is not possible',
  'No good reason was given for the delay and the matter has since been resolved',
];
export const LATE_ACCEPTANCES = ['The reason given for the delay is a good one', 'The records are still available'];

export const OMBUDSMAN_SUMMARIES: Readonly<Record<string, string>> = {
  UPHELD_WITH_RECOMMENDATIONS: 'Fault causing injustice; the council should apologise, pay a sum and review its procedure.',
  PARTLY_UPHELD: 'Some fault found; the council should apologise and improve how it keeps customers informed.',
  PARTLY_UPHELD_NO_RECOMMENDATIONS: 'Some fault, but the council had already remedied it through its own procedure.',
  NOT_UPHELD: 'No fault in how the council reached its decision.',
  NOT_INVESTIGATED: 'The Ombudsman decided not to investigate.',
};
export const OMBUDSMAN_NOT_INVESTIGATED_REASONS = [
  'There is not enough injustice to warrant an investigation',
  "The complaint was premature: the council's own procedure had not finished",
  'The matter could reasonably have been taken to court',
];

export const SERVICE_REQUEST_CONVERSION = 'Reported three times in two months without being put right: repeated failure';
