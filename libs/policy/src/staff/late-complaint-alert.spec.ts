import { Role } from '../enums';
import { HART_POLICY } from '../policies/hart.policy';
import { complaintsCoordinator, lateComplaintAlertMessage } from './late-complaint-alert';

const staff = (id: string, roles: Role[]) => ({ id, roles });

describe('complaintsCoordinator: who decides a late complaint', () => {
  it.each<[string, ReturnType<typeof staff>[], string | null]>([
    [
      'the first coordinator in the directory',
      [
        staff('a-officer', [Role.OFFICER]),
        staff('b-coord', [Role.COMPLAINTS_COORDINATOR]),
        staff('c-coord', [Role.COMPLAINTS_COORDINATOR]),
      ],
      'b-coord',
    ],
    ['someone who is also an officer counts', [staff('both', [Role.OFFICER, Role.COMPLAINTS_COORDINATOR])], 'both'],
    ['nobody when the council names no coordinator', [staff('a-officer', [Role.OFFICER]), staff('admin', [Role.ADMIN])], null],
    ['nobody in an empty directory', [], null],
  ])('%s', (_why, directory, expected) => {
    expect(complaintsCoordinator(directory)?.id ?? null).toBe(expected);
  });
});

describe('lateComplaintAlertMessage', () => {
  it('says a decision is due, what waits for it, and the complainant’s reason', () => {
    expect(lateComplaintAlertMessage(HART_POLICY, 'HDC-2026-000010', '  I was in hospital  ')).toBe(
      'HDC-2026-000010 was made more than 6 months after the matter arose: decide whether it is considered ' +
        '(accept it, or refuse it with the reason). It can be acknowledged but not answered until you decide. ' +
        'Their reason: "I was in hospital"',
    );
    expect(lateComplaintAlertMessage(HART_POLICY, 'HDC-2026-000010', ' ')).toMatch(/until you decide\.$/);
    expect(lateComplaintAlertMessage(HART_POLICY, 'HDC-2026-000010')).toMatch(/until you decide\.$/);
  });
});
