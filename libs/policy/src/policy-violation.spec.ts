import { PolicyViolation, badInput, conflict, forbidden } from './policy-violation';

describe('PolicyViolation', () => {
  it.each([
    [badInput, 'BAD_USER_INPUT'],
    [conflict, 'CONFLICT'],
    [forbidden, 'FORBIDDEN'],
  ] as const)('carries its code and a message a person can act on', (make, code) => {
    const e = make('Stage 2 is the final stage.');
    expect(e).toBeInstanceOf(PolicyViolation);
    expect(e).toBeInstanceOf(Error);
    expect([e.code, e.message, e.name, e.field]).toEqual([code, 'Stage 2 is the final stage.', 'PolicyViolation', undefined]);
    expect(make('Too many days.', 'workingDays').field).toBe('workingDays');
  });
});
