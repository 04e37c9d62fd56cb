import { CodedError, badInput, conflict, forbidden, isCodedError, notFound, unauthenticated } from './coded-error';

describe('CodedError', () => {
  it.each([
    [badInput, 'BAD_USER_INPUT'],
    [conflict, 'CONFLICT'],
    [forbidden, 'FORBIDDEN'],
    [notFound, 'NOT_FOUND'],
    [unauthenticated, 'UNAUTHENTICATED'],
  ] as const)('carries its code and a message a person can act on', (make, code) => {
    const e = make('Stage 2 is the final stage.');
    expect(e).toBeInstanceOf(CodedError);
    expect(e).toBeInstanceOf(Error);
    expect(isCodedError(e)).toBe(true);
    expect([e.code, e.message, e.name, e.field]).toEqual([code, 'Stage 2 is the final stage.', 'CodedError', undefined]);
  });

  it('names the field at fault', () => {
    expect(badInput('Too many days.', 'workingDays').field).toBe('workingDays');
  });

  it('tells a fault from a refusal', () => {
    expect(isCodedError(new Error('connection refused'))).toBe(false);
    expect(isCodedError({ code: 'CONFLICT', message: 'looks coded' })).toBe(false);
  });
});
