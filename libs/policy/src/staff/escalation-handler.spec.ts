import { Role } from '../enums';
import { escalationHandler } from './escalation-handler';
import type { EscalatedCase } from './escalation-handler';
import type { StaffEntry } from './staff-directory';

const staff = (id: string, roles: Role[], serviceAreas: string[]): StaffEntry => ({ id, roles, serviceAreas, managerId: null });
const DIRECTORY = [
  staff('hos-planning', [Role.HEAD_OF_SERVICE], ['planning']),
  staff('hos-waste-1', [Role.HEAD_OF_SERVICE], ['waste', 'street-cleaning']),
  staff('hos-waste-2', [Role.HEAD_OF_SERVICE, Role.OFFICER], ['waste']),
  staff('officer-waste', [Role.OFFICER], ['waste']),
  staff('coordinator', [Role.COMPLAINTS_COORDINATOR], ['waste']),
];

describe('escalationHandler: the Head of Service for the area who has not handled the case', () => {
  const waste = (earlierHandlers: (string | null)[] = ['officer-waste']): EscalatedCase => ({ serviceArea: 'waste', earlierHandlers });
  it.each<[string, Role, EscalatedCase, string | null]>([
    ['a Head of Service stage goes to the first Head of Service for the area', Role.HEAD_OF_SERVICE, waste(), 'hos-waste-1'],
    ['an area listed among several counts', Role.HEAD_OF_SERVICE, { serviceArea: 'street-cleaning', earlierHandlers: [] }, 'hos-waste-1'],
    ['not one who handled an earlier stage', Role.HEAD_OF_SERVICE, waste(['hos-waste-1', null]), 'hos-waste-2'],
    [
      'not one the complaint is about',
      Role.HEAD_OF_SERVICE,
      { serviceArea: 'waste', earlierHandlers: [], staffInvolved: ['hos-waste-1'] },
      'hos-waste-2',
    ],
    ['nobody left who is independent: waits to be assigned', Role.HEAD_OF_SERVICE, waste(['hos-waste-1', 'hos-waste-2']), null],
    ['no Head of Service for the area: waits to be assigned', Role.HEAD_OF_SERVICE, { serviceArea: 'housing', earlierHandlers: [] }, null],
    ['a coordinator stage (Hampshire Stage 3) waits to be assigned', Role.COMPLAINTS_COORDINATOR, waste(), null],
    ['an officer stage waits to be assigned', Role.OFFICER, waste(), null],
  ])('%s', (_why, role, c, expected) => {
    expect(escalationHandler(role, c, DIRECTORY)?.id ?? null).toBe(expected);
  });

  it('returns the directory entry itself, so the caller has its name', () => {
    const withName = DIRECTORY.map((s) => ({ ...s, name: s.id.toUpperCase() }));
    expect(escalationHandler(Role.HEAD_OF_SERVICE, waste(), withName)?.name).toBe('HOS-WASTE-1');
  });
});
