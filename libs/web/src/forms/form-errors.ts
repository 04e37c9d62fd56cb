import type { GatewayProblem } from '../data/gateway-client';

/** A problem with one answer: the form field it belongs to (its `name`), and a message a person can act on. */
export interface FieldError {
  field: string;
  message: string;
  /** The id of the input to link to, when it is not the field's name (the day of a date input: `incidentDate-day`). */
  href?: string;
}

/** What the GOV.UK macros take: `errorList` for govukErrorSummary, `errorMessage` per field. */
export interface FormErrors {
  errorList: { text: string; href: string }[];
  byField: Record<string, { text: string }>;
}

export const NO_ERRORS: FormErrors = { errorList: [], byField: {} };

/** The error summary (in the order the fields are on the page) and each field's own message; the first per field wins. */
export function formErrors(errors: readonly FieldError[]): FormErrors {
  const byField: Record<string, { text: string }> = {};
  const errorList: { text: string; href: string }[] = [];
  for (const e of errors) {
    if (byField[e.field]) continue;
    byField[e.field] = { text: e.message };
    errorList.push({ text: e.message, href: `#${e.href ?? e.field}` });
  }
  return { errorList, byField };
}

/**
 * Which form field a GraphQL input path belongs to: `input.complainant.email` → `email`. The map names each path the
 * form can answer; a path not in it, or a problem with no path, lands on `fallback` (the page's first field), so a
 * problem the gateway reports is always shown, never dropped.
 */
export type FieldMap = Readonly<Record<string, string | { field: string; href: string }>>;

export function fieldErrorsFromGateway(problems: readonly GatewayProblem[], map: FieldMap, fallback: string): FieldError[] {
  return problems
    .filter((p) => p.code === 'BAD_USER_INPUT')
    .map((p) => {
      const target = (p.field && map[p.field]) || fallback;
      return typeof target === 'string' ? { field: target, message: p.message } : { ...target, message: p.message };
    });
}

/** The question page a GraphQL input path is answered on, for sending a person back to it: null when no page answers it. */
export function pageForField(problem: GatewayProblem, pages: Readonly<Record<string, string>>): string | null {
  return problem.field ? (pages[problem.field] ?? null) : null;
}
