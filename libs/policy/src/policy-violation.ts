/** A request the policy does not allow, with a message for the person who made it. */
export class PolicyViolation extends Error {
  constructor(
    readonly code: 'BAD_USER_INPUT' | 'CONFLICT' | 'FORBIDDEN',
    message: string,
    /** The input field at fault, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'PolicyViolation';
  }
}
