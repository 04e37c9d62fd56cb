import { AdjustmentKind, CaseStatus, ContactPreference } from '../enums';
import {
  adjustmentReviewMessage,
  adjustmentReviewProblem,
  adjustmentReviewers,
  intakeAdjustment,
  restrictionReviewMessage,
  reviewDue,
  telephoneAlertMessage,
  wantsTelephone,
} from './adjustments';

const NOW = new Date('2026-12-14T10:00:00Z');

describe('intakeAdjustment: the words given at intake, kept as an OTHER adjustment for the handler to classify', () => {
  it.each<[string | null | undefined, ReturnType<typeof intakeAdjustment>]>([
    ['  Large print please, I am partially sighted ', { kind: AdjustmentKind.OTHER, need: 'Large print please, I am partially sighted' }],
    ['   ', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j', (words, expected) => {
    expect(intakeAdjustment(words)).toEqual(expected);
  });
});

describe('reviews: a date after today when given; due from that London date on', () => {
  it('checks the review date', () => {
    expect(adjustmentReviewProblem(null, NOW)).toBeNull();
    expect(adjustmentReviewProblem(undefined, NOW)).toBeNull();
    expect(adjustmentReviewProblem('2026-12-15', NOW)).toBeNull();
    expect(adjustmentReviewProblem('2026-12-14', NOW)).toMatch(/^reviewOn must be a date after today/);
  });
  it('is due on and after its date, never without one', () => {
    expect(reviewDue(null, NOW)).toBe(false);
    expect(reviewDue('2026-12-15', NOW)).toBe(false);
    expect(reviewDue('2026-12-14', NOW)).toBe(true);
    expect(reviewDue('2026-12-01', NOW)).toBe(true);
  });
});

describe('wantsTelephone: a telephone preference or a telephone-contact adjustment', () => {
  it.each<[ContactPreference | null, AdjustmentKind[], boolean]>([
    [ContactPreference.TELEPHONE, [], true],
    [ContactPreference.EMAIL, [AdjustmentKind.TELEPHONE_CONTACT], true],
    [null, [AdjustmentKind.LARGE_PRINT], false],
    [ContactPreference.LETTER, [], false],
  ])('%s with %j: %s', (preference, kinds, expected) => {
    expect(wantsTelephone(preference, kinds)).toBe(expected);
  });
  it('tells the handler to phone, with the number when there is one; the written response still goes', () => {
    expect(telephoneAlertMessage('HDC-2026-000001', 'Pat Doe', '01252 000000')).toBe(
      'HDC-2026-000001: Pat Doe asks to be contacted by telephone (01252 000000). Phone them about their complaint; ' +
        'the written response is still sent.',
    );
    expect(telephoneAlertMessage('HDC-2026-000001', 'Pat Doe', null)).toContain('(no number on record: ask for one)');
  });
});

describe('adjustmentReviewers: the handlers of the cases not closed, else the coordinator', () => {
  const { OPEN, CLOSED, RESPONDED } = CaseStatus;
  it.each<[string, { status: CaseStatus; assigneeId: string | null }[], string | null, string[]]>([
    ['one handler', [{ status: OPEN, assigneeId: 'amy' }], 'jce', ['amy']],
    [
      'each handler once',
      [
        { status: OPEN, assigneeId: 'amy' },
        { status: RESPONDED, assigneeId: 'amy' },
        { status: OPEN, assigneeId: 'raj' },
      ],
      'jce',
      ['amy', 'raj'],
    ],
    ['a closed case does not count', [{ status: CLOSED, assigneeId: 'amy' }], 'jce', ['jce']],
    ['nobody assigned', [{ status: OPEN, assigneeId: null }], 'jce', ['jce']],
    ['no case, no coordinator', [], null, []],
  ])('%s', (_label, cases, coordinator, expected) => {
    expect(adjustmentReviewers(cases, coordinator)).toEqual(expected);
  });
});

describe('review messages', () => {
  it('say what to review and when', () => {
    expect(adjustmentReviewMessage('Pat Doe', { kind: AdjustmentKind.LARGE_PRINT, need: '16 point', reviewOn: '2027-01-04' })).toBe(
      'Review the reasonable adjustment for Pat Doe (large print: 16 point), due for review on Monday 4 January 2027: ' +
        'check it still meets their needs and record a new one if it has changed.',
    );
    expect(restrictionReviewMessage('Pat Doe', { restrictions: 'Telephone calls', reviewOn: '2027-01-04' })).toBe(
      'Review the contact restriction on Pat Doe (Telephone calls), due for review on Monday 4 January 2027: ' +
        'decide whether it is still needed, and lift it if it is not.',
    );
  });
});
