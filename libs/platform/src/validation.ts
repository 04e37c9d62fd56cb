import { ValidateBy, ValidateNested, isUUID } from 'class-validator';
import type { ValidationArguments } from 'class-validator';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { isLocalDate } from './scalars';

/*
 * The shape of every argument the subgraphs accept, as class-validator decorators for type-graphql's @ArgsType and
 * @InputType classes (buildSubgraph turns type-graphql's `validate` on). Shape only: whether an id exists, or a rule
 * of the council's policy allows the request, is for the application and the policy core.
 *
 * Each message says what is wrong and what would do, without naming the field: the edge (formatError) puts the
 * argument path in front of it and in `extensions.field`, e.g. "input.summary must not be blank."
 */

/** Lengths of free text with no column length of its own (text columns): a paragraph, and a full account. */
export const TEXT_LIMITS = { short: 2_000, long: 20_000 } as const;

/** Dates outside these years are typing slips, not complaints. */
const YEARS = { first: 1900, last: 2100 } as const;

const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
};

function constraint(
  name: string,
  valid: (value: unknown, args: ValidationArguments) => boolean,
  message: (args: ValidationArguments) => string,
): PropertyDecorator {
  return ValidateBy({ name, validator: { validate: valid, defaultMessage: (args?: ValidationArguments) => message(args!) } });
}

const isText = (value: unknown): value is string => typeof value === 'string';

// A NUL character is never something a person typed, and PostgreSQL cannot store it in text or JSON.
const NUL = '\u0000';
const NO_NUL = 'contains a NUL character (\\u0000), which is not text: remove it.';

/** Text that must say something: not blank, and at most `max` characters (the column's length, where it has one). */
export function RequiredText(max: number): PropertyDecorator {
  return constraint(
    'requiredText',
    (value) => isText(value) && value.trim().length > 0 && value.length <= max && !value.includes(NUL),
    ({ value }) => {
      if (!isText(value) || value.trim().length === 0) return 'must not be blank.';
      return value.length > max ? `is ${value.length} characters long; the most allowed is ${max}.` : NO_NUL;
    },
  );
}

/** Text that may be left out or empty, at most `max` characters. */
export function OptionalText(max: number): PropertyDecorator {
  return constraint(
    'optionalText',
    (value) => isText(value) && value.length <= max && !value.includes(NUL),
    ({ value }) => (String(value).length > max ? `is ${String(value).length} characters long; the most allowed is ${max}.` : NO_NUL),
  );
}

/** The kinds of record whose ids are UUIDs. */
export type UuidKind = 'case' | 'complainant' | 'remedy action' | 'alert' | 'contact restriction' | 'message';

const UUID_EXAMPLE = '0b8e3c52-5f7e-4c1a-9d2b-6a4f1e2c3d4b';

/** The id of a record of this kind: a UUID, as the API gave it out. */
export function UuidOf(kind: UuidKind): PropertyDecorator {
  return constraint(
    'uuid',
    (value) => isUUID(value),
    ({ value }) =>
      `${shown(value)} is not the id of a ${kind}: ${kind} ids are UUIDs such as "${UUID_EXAMPLE}", as the API gives them out.`,
  );
}

/** The staff directory's own ids (`hart-officer`): letters, digits and . _ @ -, at most 128 characters (the column). */
export const STAFF_ID_MAX_LENGTH = 128;
const STAFF_ID = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._@-]{0,${STAFF_ID_MAX_LENGTH - 1}}$`);
export function StaffId(): PropertyDecorator {
  return constraint(
    'staffId',
    (value) => isText(value) && STAFF_ID.test(value),
    ({ value }) => `${shown(value)} is not a staff id: use the id the staff directory gives, e.g. "hart-officer" (see staff(councilId)).`,
  );
}

/** Staff ids as the directory gives them, at most `max` (whether each is staff of the council is the command's). */
export function StaffIds(max: number): PropertyDecorator {
  const wrong = (value: unknown[]) => value.find((id) => !isText(id) || !STAFF_ID.test(id));
  return constraint(
    'staffIds',
    (value) => Array.isArray(value) && value.length <= max && wrong(value) === undefined,
    ({ value }) =>
      Array.isArray(value) && value.length > max
        ? `has ${value.length} items; the most allowed is ${max}.`
        : `${shown(wrong(value as unknown[]))} is not a staff id: use the ids the staff directory gives, e.g. "hart-officer".`,
  );
}

/** A list that must name something: from 1 to `max` items; `hint` says what to choose when nothing seems to fit. */
export function SomeOf(max: number, hint: string): PropertyDecorator {
  return constraint(
    'someOf',
    (value) => Array.isArray(value) && value.length > 0 && value.length <= max,
    ({ value }) =>
      Array.isArray(value) && value.length > max
        ? `has ${value.length} items; the most allowed is ${max}.`
        : `must name at least one: ${hint}.`,
  );
}

/** A council's id (`hart`) or a service area's code (`waste`): lower-case letters, digits and hyphens, at most 64 (the columns). */
export const CODE_MAX_LENGTH = 64;
const CODE = new RegExp(`^[a-z][a-z0-9-]{0,${CODE_MAX_LENGTH - 1}}$`);
export function CouncilId(): PropertyDecorator {
  return constraint(
    'councilId',
    (value) => isText(value) && CODE.test(value),
    ({ value }) => `${shown(value)} is not a council id: council ids are lower-case words such as "hart" (see councils).`,
  );
}
export function ServiceAreaCode(): PropertyDecorator {
  return constraint(
    'serviceArea',
    (value) => isText(value) && CODE.test(value),
    ({ value }) =>
      `${shown(value)} is not a service area code: codes are lower-case words such as "waste" (see council(id) { serviceAreas }).`,
  );
}

/** Service area codes, for a team's queue: from 1 to `max` codes. */
export function ServiceAreaCodes(max = 50): PropertyDecorator {
  return constraint(
    'serviceAreas',
    (value) => Array.isArray(value) && value.length > 0 && value.length <= max && value.every((v) => isText(v) && CODE.test(v)),
    ({ value }) => {
      if (!Array.isArray(value) || value.length === 0) return 'must name at least one service area (or leave serviceAreas out).';
      if (value.length > max) return `has ${value.length} items; the most allowed is ${max}.`;
      const wrong = value.find((v) => !isText(v) || !CODE.test(v));
      return `${shown(wrong)} is not a service area code: codes are lower-case words such as "waste" (see council(id) { serviceAreas }).`;
    },
  );
}

/** What to look for: at least two characters, so that a search finds someone rather than everyone. */
export function SearchTerm(): PropertyDecorator {
  return constraint(
    'searchTerm',
    (value) => isText(value) && value.trim().length >= 2,
    () => 'must be at least 2 characters: a reference such as "HDC-2026-000042", or a name, email or telephone number.',
  );
}

/** A Redress reference, `HDC-2026-000042`: the council's prefix, the year and a six-digit number (any case). */
const REFERENCE = /^[A-Za-z]{2,8}-\d{4}-\d{6}$/;
export function Reference(): PropertyDecorator {
  return constraint(
    'reference',
    (value) => isText(value) && REFERENCE.test(value),
    ({ value }) =>
      `${shown(value)} is not a reference: references look like "HDC-2026-000042" (the council's letters, the year and six digits).`,
  );
}

/** Another body's own reference (the Ombudsman's "26 001 234"): letters, digits, spaces and / - ., at most `max`. */
const OTHER_REFERENCE = /^[A-Za-z0-9](?:[A-Za-z0-9 /.-]*[A-Za-z0-9])?$/;
export function ExternalReference(max: number): PropertyDecorator {
  return constraint(
    'externalReference',
    (value) => isText(value) && value.length <= max && OTHER_REFERENCE.test(value),
    ({ value }) =>
      isText(value) && value.trim() === ''
        ? 'must not be blank.'
        : `${shown(value)} is not a reference: use letters, digits, spaces and / - . only, at most ${max} characters, e.g. "26 001 234".`,
  );
}

// Deliberately simple: one @, something either side, a dot in the domain, no spaces; at most 320 characters (the column).
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const EMAIL_MAX_LENGTH = 320;
/** An email address; an optional one may be left out or empty. */
export function EmailAddress(options: { required?: boolean } = {}): PropertyDecorator {
  return constraint(
    'email',
    (value) => isText(value) && ((!options.required && value === '') || (value.length <= EMAIL_MAX_LENGTH && EMAIL.test(value))),
    ({ value }) =>
      isText(value) && value.trim() === ''
        ? 'must not be blank: give the email address, e.g. jo@example.org.'
        : `${shown(value)} is not a valid email address, e.g. jo@example.org.`,
  );
}

/** A whole number from `min` to `max`; `meaning` says what it counts, for the message. */
export function WholeNumber(min: number, max: number, meaning = ''): PropertyDecorator {
  return constraint(
    'wholeNumber',
    (value) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max,
    ({ value }) => `is ${String(value)}; it must be a whole number from ${min} to ${max}${meaning ? ` (${meaning})` : ''}.`,
  );
}

/** A real calendar date, YYYY-MM-DD, between 1900 and 2100. */
export function CalendarDate(): PropertyDecorator {
  return constraint(
    'calendarDate',
    (value) => isText(value) && isLocalDate(value) && Number(value.slice(0, 4)) >= YEARS.first && Number(value.slice(0, 4)) <= YEARS.last,
    ({ value }) => `${shown(value)} is not a date between ${YEARS.first} and ${YEARS.last} written YYYY-MM-DD, such as "2026-11-23".`,
  );
}

/** A real instant between 1900 and 2100. */
export function Instant(): PropertyDecorator {
  return constraint(
    'instant',
    (value) =>
      value instanceof Date &&
      !Number.isNaN(value.getTime()) &&
      value.getUTCFullYear() >= YEARS.first &&
      value.getUTCFullYear() <= YEARS.last,
    () => `must be a date and time between ${YEARS.first} and ${YEARS.last}, such as "2026-11-23T09:30:00Z".`,
  );
}

/** The start of a range of calendar dates: not after its end (the property named `end`). */
export function NotAfter(end: string): PropertyDecorator {
  const endOf = (args: ValidationArguments): unknown => (args.object as Record<string, unknown>)[end];
  return constraint(
    'notAfter',
    (value, args) => !isText(value) || !isText(endOf(args)) || value <= (endOf(args) as string),
    (args) => `(${String(args.value)}) is after ${end} (${String(endOf(args))}).`,
  );
}

/** A list of at most `max` items. */
export function AtMost(max: number): PropertyDecorator {
  return constraint(
    'atMost',
    (value) => Array.isArray(value) && value.length <= max,
    ({ value }) => `has ${Array.isArray(value) ? value.length : 0} items; the most allowed is ${max}.`,
  );
}

/** An input object inside the arguments: its own fields are checked, and named by their path (`input.complainant.email`). */
export function Nested(): PropertyDecorator {
  return ValidateNested();
}

type Resolvers = GraphQLResolverMap<unknown>;
type FieldResolver = (source: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

/** Strings lose their surrounding whitespace, inside input objects and lists too; everything else is kept. */
export function trimStrings<T>(value: T): T {
  if (typeof value === 'string') return value.trim() as T;
  if (Array.isArray(value)) return value.map((v: unknown) => trimStrings(v)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, trimStrings(v)])) as T;
  }
  return value;
}

/**
 * Every root Query and Mutation gets its arguments with strings trimmed, before anything else sees them (access
 * rules, validation, the resolver): what is checked is what is stored.
 */
export function trimRootArguments(resolvers: Resolvers): void {
  for (const typeName of ['Query', 'Mutation']) {
    const fields = resolvers[typeName] as Record<string, unknown> | undefined;
    for (const [name, resolve] of Object.entries(fields ?? {})) {
      if (typeof resolve !== 'function') continue;
      const inner = resolve as FieldResolver;
      fields![name] = (source: unknown, args: Record<string, unknown>, context: unknown, info: unknown) =>
        inner(source, trimStrings(args), context, info);
    }
  }
}
