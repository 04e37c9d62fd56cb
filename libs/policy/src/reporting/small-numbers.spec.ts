import { Role } from '../enums';
import { SMALL_NUMBER_WORDS, isSmallBase, isSmallNumber, seesSmallNumbersWithheld, withheldCells } from './small-numbers';

describe('small-number suppression for the Member Responsible for Complaints', () => {
  it.each([
    [0, false],
    [1, true],
    [4, true],
    [5, false],
    [120, false],
  ])('a count of %i is withheld: %s', (n, withheld) => {
    expect(isSmallNumber(n)).toBe(withheld);
    expect(isSmallBase(n)).toBe(withheld);
  });

  it('prints a withheld count as "fewer than 5"', () => {
    expect(SMALL_NUMBER_WORDS).toBe('fewer than 5');
  });

  it.each([
    [[Role.MEMBER], true],
    [[Role.MEMBER, Role.ANALYST], false],
    [[Role.MEMBER, Role.ADMIN], false],
    [[Role.MEMBER, Role.OFFICER], true],
    [[Role.ANALYST], false],
    [[Role.COMPLAINTS_COORDINATOR], false],
    [[Role.HEAD_OF_SERVICE], false],
  ])('roles %j read the Member’s view: %s', (roles, member) => {
    expect(seesSmallNumbersWithheld(roles)).toBe(member);
  });

  it('withholds every small number, and one more in a column where only one was (no working it out from the total)', () => {
    const rows = [
      { received: 40, upheld: 3 }, // waste
      { received: 2, upheld: 0 }, // licensing: 2 complaints
      { received: 9, upheld: 6 }, // planning
      { received: 7, upheld: 1 }, // housing
    ];
    expect(withheldCells(rows, ['received', 'upheld'])).toEqual([
      ['upheld'], // 3: small
      ['received'], // 2: small; 0 upheld identifies no one
      [], // 9 and 6 shown
      ['received', 'upheld'], // 7: the next smallest received, so licensing's 2 cannot be worked out; 1 upheld: small
    ]);
  });

  it('leaves a table with nothing small as it is, and a column with one small cell and nothing else above none', () => {
    expect(withheldCells([{ n: 5 }, { n: 0 }, { n: 12 }], ['n'])).toEqual([[], [], []]);
    expect(withheldCells([{ n: 3 }, { n: 0 }], ['n'])).toEqual([['n'], []]);
  });
});
