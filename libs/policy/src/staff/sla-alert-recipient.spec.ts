import { Role } from '../enums';
import { slaAlertKind, slaAlertMessage, slaAlertRecipient } from './sla-alert-recipient';
import { AlertKind } from '../enums';
import type { AlertDeadline, AlertFire, SlaAlertRecipient } from './sla-alert-recipient';
import type { StaffEntry } from './staff-directory';

const staff = (id: string, roles: Role[], managerId: string | null = null): StaffEntry => ({
  id,
  roles,
  serviceAreas: ['waste'],
  managerId,
});
const DIRECTORY = [
  staff('a-coordinator', [Role.COMPLAINTS_COORDINATOR]),
  staff('b-coordinator', [Role.COMPLAINTS_COORDINATOR]),
  staff('manager', [Role.HEAD_OF_SERVICE]),
  staff('officer', [Role.OFFICER], 'manager'),
  staff('loner', [Role.OFFICER]),
];
const NO_COORDINATOR = DIRECTORY.filter((s) => !s.roles.includes(Role.COMPLAINTS_COORDINATOR));

describe('slaAlertRecipient: a reminder to the handler, a breach to their manager, else the coordinator', () => {
  const handler = (id: string): SlaAlertRecipient => ({ staffId: id, as: 'HANDLER' });
  const manager = (id: string): SlaAlertRecipient => ({ staffId: id, as: 'MANAGER' });
  const coordinator: SlaAlertRecipient = { staffId: 'a-coordinator', as: 'COMPLAINTS_COORDINATOR' };
  it.each<[string, AlertDeadline, AlertFire, string | null, readonly StaffEntry[], SlaAlertRecipient | null]>([
    ['a response reminder goes to the handler', 'RESPONSE', 'REMINDER', 'officer', DIRECTORY, handler('officer')],
    ['an acknowledgement reminder goes to the handler', 'ACKNOWLEDGEMENT', 'REMINDER', 'loner', DIRECTORY, handler('loner')],
    ["a response breach goes to the handler's manager", 'RESPONSE', 'DUE', 'officer', DIRECTORY, manager('manager')],
    ['a breach by a handler with no manager goes to the coordinator', 'ACKNOWLEDGEMENT', 'DUE', 'loner', DIRECTORY, coordinator],
    ['a reminder with nobody assigned goes to the first coordinator', 'RESPONSE', 'REMINDER', null, DIRECTORY, coordinator],
    ['a breach with nobody assigned goes to the first coordinator', 'RESPONSE', 'DUE', null, DIRECTORY, coordinator],
    ['a handler not in the directory: the coordinator', 'RESPONSE', 'REMINDER', 'gone', DIRECTORY, coordinator],
    [
      'an Ombudsman enquiry reminder goes to the coordinator, not the handler',
      'OMBUDSMAN_ENQUIRY',
      'REMINDER',
      'officer',
      DIRECTORY,
      coordinator,
    ],
    [
      'an overdue Ombudsman enquiry goes to the coordinator, not the manager',
      'OMBUDSMAN_ENQUIRY',
      'DUE',
      'officer',
      DIRECTORY,
      coordinator,
    ],
    [
      'a reminder still reaches a handler when there is no coordinator',
      'RESPONSE',
      'REMINDER',
      'officer',
      NO_COORDINATOR,
      handler('officer'),
    ],
    ['a breach with nobody assigned and no coordinator: nobody', 'RESPONSE', 'DUE', null, NO_COORDINATOR, null],
    ['an Ombudsman enquiry with no coordinator: nobody', 'OMBUDSMAN_ENQUIRY', 'DUE', 'officer', NO_COORDINATOR, null],
    ['an empty directory: nobody', 'RESPONSE', 'DUE', 'officer', [], null],
  ])('%s', (_why, deadline, fire, assigneeId, directory, expected) => {
    expect(slaAlertRecipient({ deadline, fire, assigneeId }, directory)).toEqual(expected);
  });
});

describe('slaAlertMessage', () => {
  it('says which deadline, by when, and whether it has passed', () => {
    expect(slaAlertMessage('HDC-2026-000001', 'RESPONSE', 'REMINDER', '2027-01-05')).toBe(
      'HDC-2026-000001: the response is due by Tuesday 5 January 2027.',
    );
    expect(slaAlertMessage('HDC-2026-000001', 'ACKNOWLEDGEMENT', 'DUE', '2027-01-05')).toBe(
      'HDC-2026-000001: the acknowledgement was due by Tuesday 5 January 2027 and has not been made.',
    );
    expect(slaAlertMessage('HCC-2026-000002', 'OMBUDSMAN_ENQUIRY', 'DUE', '2027-01-05')).toContain("reply to the Ombudsman's enquiry");
  });
});

describe('slaAlertKind', () => {
  it('is an Ombudsman enquiry, a reminder or a breach', () => {
    expect(slaAlertKind('OMBUDSMAN_ENQUIRY', 'DUE')).toBe(AlertKind.OMBUDSMAN_ENQUIRY);
    expect(slaAlertKind('RESPONSE', 'REMINDER')).toBe(AlertKind.REMINDER);
    expect(slaAlertKind('ACKNOWLEDGEMENT', 'DUE')).toBe(AlertKind.BREACH);
  });
});
