import type { FieldError } from './form-errors';

/** A form as posted: every value a string (or absent). */
export type FormBody = Readonly<Record<string, unknown>>;

export const text = (body: FormBody, name: string): string => {
  const v = body[name];
  return typeof v === 'string' ? v.trim() : '';
};

/** Checks for one page: each returns its problems, in the order of the fields on the page. */
export type Check = (body: FormBody) => FieldError[];

export const required =
  (field: string, message: string): Check =>
  (body) =>
    text(body, field) ? [] : [{ field, message }];

export const maxLength =
  (field: string, max: number, what: string): Check =>
  (body) =>
    text(body, field).length > max ? [{ field, message: `${what} must be ${max} characters or fewer` }] : [];

const EMAIL = /^[^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+$/;

export const emailAddress =
  (field: string): Check =>
  (body) => {
    const v = text(body, field);
    if (!v) return [{ field, message: 'Enter your email address' }];
    return EMAIL.test(v) ? [] : [{ field, message: 'Enter an email address in the correct format, like name@example.com' }];
  };

export const oneOf =
  (field: string, allowed: readonly string[], message: string): Check =>
  (body) =>
    allowed.includes(text(body, field)) ? [] : [{ field, message }];

/** Every check's problems, in order. */
export const checkAll = (body: FormBody, checks: readonly Check[]): FieldError[] => checks.flatMap((c) => c(body));

/** A field that may be posted more than once (checkboxes): each value given, trimmed, without blanks. */
export const values = (body: FormBody, name: string): string[] => {
  const v = body[name];
  const all = Array.isArray(v) ? v : [v];
  return all.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
};

/** Checkboxes: at least one ticked, and only the values offered. */
export const someOf =
  (field: string, allowed: readonly string[], message: string): Check =>
  (body) => {
    const given = values(body, field);
    return given.length && given.every((v) => allowed.includes(v)) ? [] : [{ field, message }];
  };
