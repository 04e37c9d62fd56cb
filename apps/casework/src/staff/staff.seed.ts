import { Role, findCouncilPolicy } from '@redress/policy';

/** The services a council provides itself (not the ones it refers to the other tier). */
const ownServices = (councilId: string): string[] =>
  findCouncilPolicy(councilId)!
    .serviceAreas.filter((a) => !a.referral)
    .map((a) => a.code);

export interface StaffSeed {
  id: string;
  name: string;
  council: string;
  roles: Role[];
  serviceAreas: string[];
  managerId: string | null;
}

/** Demo staff directory for both councils: used by `npm run token` and seeded for casework. Fictional people. */
export const STAFF_SEED: readonly StaffSeed[] = [
  { id: 'hart-coordinator', name: 'Priya Shah', council: 'hart', roles: [Role.COMPLAINTS_COORDINATOR], serviceAreas: [], managerId: null },
  {
    id: 'hart-head-of-service',
    name: 'Tom Briggs',
    council: 'hart',
    roles: [Role.HEAD_OF_SERVICE],
    serviceAreas: ownServices('hart'),
    managerId: 'hart-coordinator',
  },
  // Officers work in named service areas: a case of one of them, not yet anyone's, they may take (Hart s.1).
  {
    id: 'hart-officer',
    name: 'Amy Clarke',
    council: 'hart',
    roles: [Role.OFFICER],
    serviceAreas: ['waste', 'street-cleaning', 'environmental-health'],
    managerId: 'hart-head-of-service',
  },
  {
    id: 'hart-contact-centre',
    name: 'Ben Okafor',
    council: 'hart',
    roles: [Role.CONTACT_CENTRE],
    serviceAreas: [],
    managerId: 'hart-head-of-service',
  },
  { id: 'hart-analyst', name: 'Dana Lee', council: 'hart', roles: [Role.ANALYST], serviceAreas: [], managerId: 'hart-coordinator' },
  {
    id: 'hampshire-coordinator',
    name: 'Grace Hill',
    council: 'hampshire',
    roles: [Role.COMPLAINTS_COORDINATOR],
    serviceAreas: [],
    managerId: null,
  },
  {
    id: 'hampshire-head-of-service',
    name: 'Owen Price',
    council: 'hampshire',
    roles: [Role.HEAD_OF_SERVICE],
    serviceAreas: ownServices('hampshire'),
    managerId: 'hampshire-coordinator',
  },
  {
    id: 'hampshire-officer',
    name: 'Sara Khan',
    council: 'hampshire',
    roles: [Role.OFFICER],
    serviceAreas: ['highways', 'countryside'],
    managerId: 'hampshire-head-of-service',
  },
  {
    id: 'hampshire-contact-centre',
    name: 'Liam Ward',
    council: 'hampshire',
    roles: [Role.CONTACT_CENTRE],
    serviceAreas: [],
    managerId: 'hampshire-head-of-service',
  },
  {
    id: 'hampshire-analyst',
    name: 'Mei Chen',
    council: 'hampshire',
    roles: [Role.ANALYST],
    serviceAreas: [],
    managerId: 'hampshire-coordinator',
  },
];
