import { Role } from '@redress/policy';

export interface StaffSeed {
  id: string;
  name: string;
  council: string;
  roles: Role[];
  /** An officer's: the service areas they work in; a Head of Service's: the ones they head. */
  serviceAreas: string[];
  managerId: string | null;
  email: string;
  /** Their post, as the council would write it (shown by `npm run token` and in the README; not stored). */
  post: string;
}

type Person = Omit<StaffSeed, 'council' | 'email'>;

/** A council's people; emails in the council's own style (first.last@), fictional like the people. */
const directory = (council: string, domain: string, people: readonly Person[]): StaffSeed[] =>
  people.map((p) => ({
    ...p,
    council,
    email: `${p.name
      .replace(/^Cllr /, 'cllr.')
      .toLowerCase()
      .replace(/[^a-z.]+/g, '.')}@${domain}`,
  }));

const { OFFICER, HEAD_OF_SERVICE, COMPLAINTS_COORDINATOR, CONTACT_CENTRE, ANALYST, MEMBER } = Role;

/*
 * Hart: the complaints coordinator sits in the Joint Chief Executive's office (Hart s.6.2 "signed off by the Joint
 * Chief Executive"). Each Head of Service heads a department's service areas and is the Stage 2 handler for them;
 * each officer works in named service areas (Hart s.1 "take ownership"). Every own service area (not the ones
 * referred to Hampshire) has exactly one Head of Service, so an escalation has one place to go.
 * `hart-head-of-service` heads Environmental and Technical Services, waste among them, which the tests use.
 */
const HART: readonly Person[] = [
  {
    id: 'hart-coordinator',
    name: 'Priya Shah',
    post: "Complaints Coordinator, Joint Chief Executive's office",
    roles: [COMPLAINTS_COORDINATOR],
    serviceAreas: [],
    managerId: null,
  },
  {
    id: 'hart-head-of-service',
    name: 'Tom Briggs',
    post: 'Head of Environmental and Technical Services',
    roles: [HEAD_OF_SERVICE],
    serviceAreas: ['waste', 'street-cleaning', 'environmental-health', 'licensing', 'parking', 'leisure'],
    managerId: 'hart-coordinator',
  },
  {
    id: 'hart-head-of-place',
    name: 'Helen Marsh',
    post: 'Head of Place (planning and housing)',
    roles: [HEAD_OF_SERVICE],
    serviceAreas: ['planning', 'housing'],
    managerId: 'hart-coordinator',
  },
  {
    id: 'hart-head-of-corporate-services',
    name: 'Martin Doyle',
    post: 'Head of Corporate Services',
    roles: [HEAD_OF_SERVICE],
    serviceAreas: ['council-tax', 'benefits', 'customer-services', 'other'],
    managerId: 'hart-coordinator',
  },
  {
    id: 'hart-officer',
    name: 'Amy Clarke',
    post: 'Waste and Environment Officer',
    roles: [OFFICER],
    serviceAreas: ['waste', 'street-cleaning', 'environmental-health'],
    managerId: 'hart-head-of-service',
  },
  {
    id: 'hart-licensing-officer',
    name: 'Hannah Moore',
    post: 'Licensing and Parking Officer',
    roles: [OFFICER],
    serviceAreas: ['licensing', 'parking', 'leisure'],
    managerId: 'hart-head-of-service',
  },
  {
    id: 'hart-planning-officer',
    name: 'Raj Patel',
    post: 'Planning Officer',
    roles: [OFFICER],
    serviceAreas: ['planning'],
    managerId: 'hart-head-of-place',
  },
  {
    id: 'hart-housing-officer',
    name: 'Chloe Bennett',
    post: 'Housing Options Officer',
    roles: [OFFICER],
    serviceAreas: ['housing'],
    managerId: 'hart-head-of-place',
  },
  {
    id: 'hart-revenues-officer',
    name: 'Gareth Lewis',
    post: 'Revenues and Benefits Officer',
    roles: [OFFICER],
    serviceAreas: ['council-tax', 'benefits'],
    managerId: 'hart-head-of-corporate-services',
  },
  {
    id: 'hart-customer-services-officer',
    name: 'Nadia Hussain',
    post: 'Customer Services Officer',
    roles: [OFFICER],
    serviceAreas: ['customer-services', 'other'],
    managerId: 'hart-head-of-corporate-services',
  },
  {
    id: 'hart-contact-centre',
    name: 'Ben Okafor',
    post: 'Customer Services Adviser',
    roles: [CONTACT_CENTRE],
    serviceAreas: [],
    managerId: 'hart-head-of-corporate-services',
  },
  {
    id: 'hart-contact-centre-2',
    name: 'Lucy Grant',
    post: 'Customer Services Adviser',
    roles: [CONTACT_CENTRE],
    serviceAreas: [],
    managerId: 'hart-head-of-corporate-services',
  },
  {
    id: 'hart-analyst',
    name: 'Dana Lee',
    post: 'Performance and Insight Analyst',
    roles: [ANALYST],
    serviceAreas: [],
    managerId: 'hart-coordinator',
  },
  // Code s.9: a councillor, not an officer; nobody in the directory manages them.
  {
    id: 'hart-member',
    name: 'Cllr Alan Fenwick',
    post: 'Member Responsible for Complaints (Cabinet Member)',
    roles: [MEMBER],
    serviceAreas: [],
    managerId: null,
  },
];

/*
 * Hampshire: the Corporate Complaints Team coordinates; the departments' Heads of Service head their service areas
 * (Stage 2 "suitably removed"). `hampshire-head-of-service` heads Universal Services, highways among them.
 * Social care complaints follow the statutory procedures, but each area still has a head who hears of compliments.
 */
const HAMPSHIRE: readonly Person[] = [
  {
    id: 'hampshire-coordinator',
    name: 'Grace Hill',
    post: 'Corporate Complaints Manager, Corporate Complaints Team',
    roles: [COMPLAINTS_COORDINATOR],
    serviceAreas: [],
    managerId: null,
  },
  {
    id: 'hampshire-head-of-service',
    name: 'Owen Price',
    post: 'Head of Highways and Transport, Universal Services',
    roles: [HEAD_OF_SERVICE],
    serviceAreas: ['highways', 'countryside', 'recycling-centres', 'transport'],
    managerId: 'hampshire-coordinator',
  },
  {
    id: 'hampshire-head-of-adults-health-and-care',
    name: 'Julia Ferris',
    post: "Head of Service, Adults' Health and Care",
    roles: [HEAD_OF_SERVICE],
    serviceAreas: ['adult-social-care'],
    managerId: 'hampshire-coordinator',
  },
  {
    id: 'hampshire-head-of-childrens-services',
    name: 'Marcus Webb',
    post: "Head of Service, Children's Services",
    roles: [HEAD_OF_SERVICE],
    serviceAreas: ['childrens-services', 'schools'],
    managerId: 'hampshire-coordinator',
  },
  {
    id: 'hampshire-head-of-culture-and-communities',
    name: 'Eleanor Shaw',
    post: 'Head of Culture, Communities and Business Services',
    roles: [HEAD_OF_SERVICE],
    serviceAreas: ['libraries', 'trading-standards', 'registration', 'customer-services', 'other'],
    managerId: 'hampshire-coordinator',
  },
  {
    id: 'hampshire-officer',
    name: 'Sara Khan',
    post: 'Highways Engineer',
    roles: [OFFICER],
    serviceAreas: ['highways', 'countryside'],
    managerId: 'hampshire-head-of-service',
  },
  {
    id: 'hampshire-transport-officer',
    name: 'Callum Reid',
    post: 'Transport and Recycling Centres Officer',
    roles: [OFFICER],
    serviceAreas: ['transport', 'recycling-centres'],
    managerId: 'hampshire-head-of-service',
  },
  {
    id: 'hampshire-adults-officer',
    name: 'Fiona Walsh',
    post: "Complaints Officer, Adults' Health and Care",
    roles: [OFFICER],
    serviceAreas: ['adult-social-care'],
    managerId: 'hampshire-head-of-adults-health-and-care',
  },
  {
    id: 'hampshire-childrens-officer',
    name: 'Daniel Osei',
    post: "Complaints Officer, Children's Services",
    roles: [OFFICER],
    serviceAreas: ['childrens-services', 'schools'],
    managerId: 'hampshire-head-of-childrens-services',
  },
  {
    id: 'hampshire-libraries-officer',
    name: 'Ruth Evans',
    post: 'Libraries and Registration Officer',
    roles: [OFFICER],
    serviceAreas: ['libraries', 'registration'],
    managerId: 'hampshire-head-of-culture-and-communities',
  },
  {
    id: 'hampshire-trading-standards-officer',
    name: 'Imran Malik',
    post: 'Trading Standards and Customer Services Officer',
    roles: [OFFICER],
    serviceAreas: ['trading-standards', 'customer-services', 'other'],
    managerId: 'hampshire-head-of-culture-and-communities',
  },
  {
    id: 'hampshire-contact-centre',
    name: 'Liam Ward',
    post: 'Hantsdirect Customer Adviser',
    roles: [CONTACT_CENTRE],
    serviceAreas: [],
    managerId: 'hampshire-head-of-culture-and-communities',
  },
  {
    id: 'hampshire-contact-centre-2',
    name: 'Zoe Turner',
    post: 'Hantsdirect Customer Adviser',
    roles: [CONTACT_CENTRE],
    serviceAreas: [],
    managerId: 'hampshire-head-of-culture-and-communities',
  },
  {
    id: 'hampshire-analyst',
    name: 'Mei Chen',
    post: 'Complaints Performance Analyst',
    roles: [ANALYST],
    serviceAreas: [],
    managerId: 'hampshire-coordinator',
  },
  {
    id: 'hampshire-member',
    name: 'Cllr Patricia Lowe',
    post: 'Member Responsible for Complaints (Executive Member)',
    roles: [MEMBER],
    serviceAreas: [],
    managerId: null,
  },
];

/** Demo staff directory for both councils: used by `npm run token` and seeded for casework. Fictional people. */
export const STAFF_SEED: readonly StaffSeed[] = [
  ...directory('hart', 'hart.gov.uk', HART),
  ...directory('hampshire', 'hants.gov.uk', HAMPSHIRE),
];
