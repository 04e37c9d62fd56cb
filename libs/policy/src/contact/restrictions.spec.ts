import { Channel, ContactDirection, ContactPreference } from '../enums';
import { customerMessage } from '../cases/customer-messages';
import { HART_POLICY } from '../policies/hart.policy';
import {
  CONTACT_METHODS,
  NEVER_SUPPRESSED_BY_RESTRICTION,
  allowedContactMethods,
  contactOutsideRestriction,
  liftProblem,
  restrictionAllows,
  restrictionInForce,
  restrictionLetter,
  restrictionProblem,
} from './restrictions';

const { EMAIL, LETTER, TELEPHONE } = ContactPreference;
// Monday 14 December 2026, 10:00 in London.
const NOW = new Date('2026-12-14T10:00:00Z');

describe('allowedContactMethods: the methods the council keeps using', () => {
  it('is every method when none is named, and the named ones in letter order otherwise', () => {
    expect(allowedContactMethods(undefined)).toEqual([EMAIL, LETTER, TELEPHONE]);
    expect(allowedContactMethods(null)).toEqual(CONTACT_METHODS);
    expect(allowedContactMethods([TELEPHONE, EMAIL, EMAIL])).toEqual([EMAIL, TELEPHONE]);
  });
});

describe('restrictionProblem: a review date, an end, and a written method', () => {
  it.each<[string, Parameters<typeof restrictionProblem>[0], string | null, RegExp | null]>([
    ['a review tomorrow, no end, every method', { reviewOn: '2026-12-15' }, null, null],
    ['a review before its end, email only', { reviewOn: '2027-03-01', endsOn: '2027-06-01', allowedMethods: [EMAIL] }, null, null],
    ['a review on its last day', { reviewOn: '2027-06-01', endsOn: '2027-06-01', allowedMethods: [LETTER, TELEPHONE] }, null, null],
    ['a review today', { reviewOn: '2026-12-14' }, 'reviewOn', /^reviewOn must be a date after today/],
    ['an end today', { reviewOn: '2026-12-15', endsOn: '2026-12-14' }, 'endsOn', /^endsOn must be a date after today/],
    [
      'a review after the end',
      { reviewOn: '2027-07-01', endsOn: '2027-06-01' },
      'reviewOn',
      /^reviewOn \(2027-07-01\) is after endsOn \(2027-06-01\): a restriction is reviewed before it ends\.$/,
    ],
    ['telephone only', { reviewOn: '2027-01-01', allowedMethods: [TELEPHONE] }, 'allowedMethods', /must include EMAIL or LETTER/],
    ['no method at all', { reviewOn: '2027-01-01', allowedMethods: [] }, 'allowedMethods', /answers a complaint in writing/],
  ])('%s', (_label, terms, field, message) => {
    const problem = restrictionProblem(terms, NOW);
    if (!field) return expect(problem).toBeNull();
    expect(problem).toEqual(['BAD_USER_INPUT', expect.stringMatching(message!), field]);
  });
});

describe('restrictionInForce and liftProblem: until lifted or past its last London day', () => {
  const lifted = new Date('2026-12-01T12:00:00Z');
  it.each<[string, { liftedAt: Date | null; endsOn: string | null }, Date, boolean]>([
    ['no end, not lifted', { liftedAt: null, endsOn: null }, NOW, true],
    [
      'its last day, late evening in London (BST does not apply in December)',
      { liftedAt: null, endsOn: '2026-12-14' },
      new Date('2026-12-14T23:59:00Z'),
      true,
    ],
    ['the day after its last day', { liftedAt: null, endsOn: '2026-12-13' }, NOW, false],
    ['lifted', { liftedAt: lifted, endsOn: null }, NOW, false],
    [
      'its last day in summer at 23:30 UTC, already the next London day',
      { liftedAt: null, endsOn: '2026-07-14' },
      new Date('2026-07-14T23:30:00Z'),
      false,
    ],
  ])('%s: %s', (_label, r, now, inForce) => {
    expect(restrictionInForce(r, now)).toBe(inForce);
  });

  it('refuses to lift one already lifted, or one that has ended, and lifts one in force', () => {
    expect(liftProblem({ liftedAt: lifted, endsOn: null }, NOW)).toEqual([
      'CONFLICT',
      'This restriction was already lifted on Tuesday 1 December 2026.',
    ]);
    expect(liftProblem({ liftedAt: null, endsOn: '2026-12-13' }, NOW)).toEqual([
      'CONFLICT',
      'This restriction ended on Sunday 13 December 2026: there is nothing to lift.',
    ]);
    expect(liftProblem({ liftedAt: null, endsOn: '2026-12-14' }, NOW)).toBeNull();
  });
});

describe('restrictionLetter: why, what, how the council will still contact them, and how long (Hampshire)', () => {
  const letter = {
    councilName: 'Hart District Council',
    reason: 'you have made abusive telephone calls to our staff. ',
    restrictions: 'Telephone calls to the council.',
    allowedMethods: [EMAIL],
    contactName: 'Amy Clarke',
    reviewOn: '2027-03-01',
    endsOn: '2027-06-01',
  };
  it('with an end date: the duration, the review, and the right to complain kept', () => {
    expect(restrictionLetter(letter)).toBe(
      'We have decided to restrict your contact with Hart District Council because you have made abusive telephone calls to our staff. ' +
        'What we are restricting: Telephone calls to the council. We will still contact you by email, and Amy Clarke is your single ' +
        'point of contact. It applies until Tuesday 1 June 2027, and we will review it by Monday 1 March 2027. ' +
        'This does not stop you making a complaint: we will still answer your complaints in writing.',
    );
  });
  it('without an end date: until it is reviewed; several methods in words', () => {
    const text = restrictionLetter({ ...letter, endsOn: null, allowedMethods: [EMAIL, LETTER, TELEPHONE] });
    expect(text).toContain('We will still contact you by email, letter or telephone,');
    expect(text).toContain('It applies until we review it, which we will do by Monday 1 March 2027.');
    expect(restrictionLetter({ ...letter, allowedMethods: [EMAIL, LETTER] })).toContain('by email or letter,');
  });
  it('is the customer message CONTACT_RESTRICTION on a case, under its reference', () => {
    const text = customerMessage({
      kind: 'CONTACT_RESTRICTION',
      policy: HART_POLICY,
      reference: 'HDC-2026-000042',
      stage: 1,
      respondBy: '2026-12-07',
      restriction: letter,
    });
    expect(text).toBe(`Your reference: HDC-2026-000042. ${restrictionLetter(letter)}`);
  });
});

describe('restrictionAllows: a restriction never suppresses a response, a not-accepted notice or its own letter', () => {
  it.each<[string, ContactPreference, ContactPreference[] | null, boolean]>([
    ['RESPONSE', LETTER, [EMAIL], true],
    ['RESPONDED', TELEPHONE, [EMAIL], true],
    ['NOT_ACCEPTED', LETTER, [EMAIL], true],
    ['CONTACT_RESTRICTION', LETTER, [EMAIL], true],
    ['ACKNOWLEDGEMENT', LETTER, [EMAIL], false],
    ['ACKNOWLEDGEMENT', EMAIL, [EMAIL], true],
    ['PROGRESS_UPDATE', TELEPHONE, null, true],
  ])('%s by %s under %j: %s', (kind, method, allowed, expected) => {
    expect(restrictionAllows(kind, method, allowed)).toBe(expected);
  });
  it('names the kinds that always go', () => {
    expect(NEVER_SUPPRESSED_BY_RESTRICTION).toEqual(['RESPONSE', 'RESPONDED', 'NOT_ACCEPTED', 'CONTACT_RESTRICTION']);
  });
});

describe('contactOutsideRestriction: a contact by a method the restriction does not keep open is flagged', () => {
  const { INBOUND, OUTBOUND } = ContactDirection;
  it.each<[Channel, ContactDirection, ContactPreference[], string | null]>([
    [Channel.TELEPHONE, INBOUND, [EMAIL], 'the customer contacted us by telephone; the restriction allows email only.'],
    [Channel.TELEPHONE, OUTBOUND, [EMAIL, LETTER], 'we contacted the customer by telephone; the restriction allows email or letter only.'],
    [Channel.IN_PERSON, INBOUND, [EMAIL, LETTER, TELEPHONE], 'the customer contacted us in person;'],
    [Channel.SOCIAL_MEDIA, INBOUND, [EMAIL], 'the customer contacted us by social media;'],
    [Channel.EMAIL, INBOUND, [EMAIL], null],
    [Channel.WEB_FORM, INBOUND, [EMAIL], null],
    [Channel.WEB_FORM, INBOUND, [LETTER], 'the customer contacted us by web form;'],
    [Channel.LETTER, INBOUND, [LETTER], null],
    [Channel.TELEPHONE, INBOUND, [EMAIL, TELEPHONE], null],
    [Channel.COUNCILLOR, INBOUND, [EMAIL], null],
    [Channel.REPRESENTATIVE, OUTBOUND, [LETTER], null],
  ])('%s %s under %j', (channel, direction, allowed, words) => {
    const flag = contactOutsideRestriction({ channel, direction }, allowed);
    if (words === null) return expect(flag).toBeNull();
    expect(flag).toContain(`Contact outside the restriction: ${words}`);
    expect(flag).toContain('Recorded, not refused: the right to complain stays.');
  });
});
