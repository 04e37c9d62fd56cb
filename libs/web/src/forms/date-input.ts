import type { FieldError } from './form-errors';
import type { FormBody } from './validation';
import { text } from './validation';

/** A GOV.UK date input as typed: `name-day`, `name-month`, `name-year`. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const dateParts = (body: FormBody, name: string): DateParts => ({
  day: text(body, `${name}-day`),
  month: text(body, `${name}-month`),
  year: text(body, `${name}-year`),
});

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO calendar date typed, or null when it is not a real date. */
export function isoDate(parts: DateParts): string | null {
  if (![parts.day, parts.month, parts.year].every((p) => /^\d+$/.test(p)) || parts.year.length !== 4) return null;
  const [d, m, y] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * The GOV.UK date input's errors (design system wording): what is missing, not a real date, in the future. `today` is
 * the London date as ISO; the link goes to the first part to put right.
 */
export function checkPastDate(parts: DateParts, name: string, what: string, today: string): FieldError[] {
  const missing = (['day', 'month', 'year'] as const).filter((k) => !parts[k]);
  if (missing.length === 3) return [{ field: name, href: `${name}-day`, message: `Enter ${what}` }];
  if (missing.length) {
    const words = missing.length === 1 ? `a ${missing[0]}` : `a ${missing[0]} and ${missing[1]}`;
    return [{ field: name, href: `${name}-${missing[0]}`, message: `${capitalise(what)} must include ${words}` }];
  }
  const iso = isoDate(parts);
  if (!iso) return [{ field: name, href: `${name}-day`, message: `${capitalise(what)} must be a real date` }];
  if (iso > today) return [{ field: name, href: `${name}-day`, message: `${capitalise(what)} must be today or in the past` }];
  return [];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The items govukDateInput takes, with the error class on the parts that need it. */
export function dateInputItems(parts: Partial<DateParts> | undefined, hasError: boolean) {
  const cls = (extra: string) => `${extra}${hasError ? ' govuk-input--error' : ''}`;
  return [
    { name: 'day', classes: cls('govuk-input--width-2'), value: parts?.day ?? '' },
    { name: 'month', classes: cls('govuk-input--width-2'), value: parts?.month ?? '' },
    { name: 'year', classes: cls('govuk-input--width-4'), value: parts?.year ?? '' },
  ];
}
