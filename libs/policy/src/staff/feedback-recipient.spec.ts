import { FeedbackKind, Role } from '../enums';
import { FEEDBACK_READERS, RECORDED_FEEDBACK, feedbackAlertMessage, feedbackAlertRecipient } from './feedback-recipient';
import type { StaffEntry } from './staff-directory';

const staff = (id: string, roles: Role[], serviceAreas: string[]): StaffEntry => ({ id, roles, serviceAreas, managerId: null });
const DIRECTORY = [
  staff('a-coordinator', [Role.COMPLAINTS_COORDINATOR], []),
  staff('b-coordinator', [Role.COMPLAINTS_COORDINATOR], []),
  staff('hos-planning', [Role.HEAD_OF_SERVICE], ['planning']),
  staff('hos-waste-1', [Role.HEAD_OF_SERVICE], ['waste', 'street-cleaning']),
  staff('hos-waste-2', [Role.HEAD_OF_SERVICE], ['waste']),
  staff('officer-waste', [Role.OFFICER], ['waste']),
];

describe('feedbackAlertRecipient: the Head of Service of the area, else the coordinator', () => {
  it.each<[string, string, readonly StaffEntry[], ReturnType<typeof feedbackAlertRecipient>]>([
    ['the first Head of Service who heads the area', 'waste', DIRECTORY, { staffId: 'hos-waste-1', as: 'HEAD_OF_SERVICE' }],
    ['an area among several they head', 'street-cleaning', DIRECTORY, { staffId: 'hos-waste-1', as: 'HEAD_OF_SERVICE' }],
    ['not an officer who works in it', 'planning', DIRECTORY, { staffId: 'hos-planning', as: 'HEAD_OF_SERVICE' }],
    ['nobody heads the area: the first coordinator', 'housing', DIRECTORY, { staffId: 'a-coordinator', as: 'COMPLAINTS_COORDINATOR' }],
    ['neither: nobody', 'housing', DIRECTORY.filter((s) => !s.roles.includes(Role.COMPLAINTS_COORDINATOR)), null],
  ])('%s', (_why, area, directory, expected) => {
    expect(feedbackAlertRecipient(area, directory)).toEqual(expected);
  });
});

describe('feedbackAlertMessage', () => {
  it('names the feedback, the service and who was praised, and says what to do', () => {
    expect(
      feedbackAlertMessage({
        kind: FeedbackKind.COMPLIMENT,
        reference: 'HDC-2026-000007',
        serviceAreaName: 'Bin collection and recycling',
        praised: 'the Fleet round 4 crew',
      }),
    ).toBe(
      'A compliment about Bin collection and recycling was received (HDC-2026-000007), praising the Fleet round 4 crew: ' +
        'see feedback for what they wrote, and please pass it on to the people concerned.',
    );
    expect(
      feedbackAlertMessage({ kind: FeedbackKind.COMMENT, reference: 'HCC-2026-000001', serviceAreaName: 'Libraries', praised: null }),
    ).toBe(
      'A comment about Libraries was received (HCC-2026-000001): see feedback for what they wrote, ' +
        'and share it with the service so that it can learn from it.',
    );
  });

  it('is read by the staff who handle complaints, for comments and compliments', () => {
    expect(FEEDBACK_READERS).toEqual([Role.OFFICER, Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR]);
    expect(RECORDED_FEEDBACK).toEqual([FeedbackKind.COMMENT, FeedbackKind.COMPLIMENT]);
  });
});
