import { personalDetailsIn } from './personal-details';

const jo = { name: 'Jo Bloggs', email: 'jo@example.org', phone: '01252 000000', postalAddress: '4 Acacia Avenue, Fleet GU51 1AA' };

describe('personal details in text meant for sharing', () => {
  it.each([
    ['Crews now log missed bins the same day.', []],
    ['Jo Bloggs should have been called back.', ['the name Jo Bloggs']],
    ['Call back JO  BLOGGS within a day', ['the name Jo Bloggs']],
    ['Write to jo@example.org sooner', ['an email address']],
    ['Ring 01252 000 000 when a round is missed', ['a telephone number']],
    ['Ring +44 1252-000-000', ['a telephone number']],
    ['Crews skipped 4 Acacia Avenue twice', ['an address']],
    [
      'Jo Bloggs at 4 acacia avenue, jo@example.org, 07700900123',
      ['an email address', 'a telephone number', 'the name Jo Bloggs', 'an address'],
    ],
    // A name inside another word, or a short one, is not a match; twelve bins is not a phone number.
    ['Bloggsworth depot missed twelve bins', []],
  ])('finds in %j: %j', (text, expected) => {
    expect(personalDetailsIn(text, [jo])).toEqual(expected);
  });

  it('checks every person on the case, and copes with people whose details are missing', () => {
    expect(personalDetailsIn('Cllr Ann Smith chased it', [jo, { name: 'Cllr Ann Smith' }, {}])).toEqual(['the name Cllr Ann Smith']);
    expect(personalDetailsIn('Al was right', [{ name: 'Al', postalAddress: 'Flat 2' }])).toEqual([]);
  });
});
