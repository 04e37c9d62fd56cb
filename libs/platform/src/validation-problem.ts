import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** What is wrong with an argument: its path (`workingDays`, `input.summary`) and a message a person can act on. */
export interface InputProblem {
  field: string;
  message: string;
}

function firstProblem(errors: readonly ValidationError[], parent: string): InputProblem | null {
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const reason = Object.values(error.constraints ?? {})[0];
    if (reason) return { field, message: `${field} ${reason}` };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * The first problem type-graphql's argument validation (class-validator, on @ArgsType classes) found, or null when
 * `error` is not such a failure. Arguments are validated as one @ArgsType object, so each path starts with the
 * argument's own name.
 */
export function argumentProblem(error: unknown): InputProblem | null {
  if (!(error instanceof ArgumentValidationError)) return null;
  const errors = (error.extensions.validationErrors ?? []) as ValidationError[];
  return firstProblem(errors, '') ?? { field: '', message: 'The arguments are not valid.' };
}
