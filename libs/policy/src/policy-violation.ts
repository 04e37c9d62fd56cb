/** The codes a violation maps to at the GraphQL edge (`extensions.code`). */
export type PolicyViolationCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'FORBIDDEN';

/**
 * A request the policy does not allow. The message is written for the person who asked, so the edge can
 * pass it on unchanged; `code` says how the edge reports it.
 */
export class PolicyViolation extends Error {
  readonly code: PolicyViolationCode;
  /** The input field at fault, when there is one (`extensions.field`). */
  readonly field?: string;

  constructor(code: PolicyViolationCode, message: string, field?: string) {
    super(message);
    this.name = 'PolicyViolation';
    this.code = code;
    if (field) this.field = field;
  }
}

export const badInput = (message: string, field?: string): PolicyViolation => new PolicyViolation('BAD_USER_INPUT', message, field);
export const conflict = (message: string, field?: string): PolicyViolation => new PolicyViolation('CONFLICT', message, field);
export const forbidden = (message: string, field?: string): PolicyViolation => new PolicyViolation('FORBIDDEN', message, field);
