import { howToContact, longDate, ombudsmanRoute } from './messages';
import { PolicyViolation } from './policy-violation';

describe('messages for residents', () => {
  it.each([
    ['2026-11-27', 'Friday 27 November 2026'],
    ['2024-02-29', 'Thursday 29 February 2024'],
    ['2027-01-01', 'Friday 1 January 2027'],
  ])('writes %s as "%s"', (date, text) => {
    expect(longDate(date)).toBe(text);
  });

  it('says how to reach the Ombudsman', () => {
    expect(ombudsmanRoute()).toBe(
      'If you remain dissatisfied you can ask the Local Government and Social Care Ombudsman to look at your complaint: www.lgo.org.uk, telephone 0300 061 0614, write to PO Box 4771, Coventry CV4 0EH.',
    );
    expect(howToContact({ email: 'a@b.org' })).toBe('email a@b.org');
    expect(howToContact({})).toBe('');
  });

  it('carries a code with a policy violation', () => {
    const v = new PolicyViolation('CONFLICT', 'Already acknowledged.');
    expect([v.name, v.code, v.message]).toEqual(['PolicyViolation', 'CONFLICT', 'Already acknowledged.']);
  });
});
