import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from './errors';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string') throw badInput('A DateTime must be an ISO-8601 string such as "2026-11-23T09:30:00Z".');
  const d = new Date(value);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw badInput(`"${value}" is not an ISO-8601 date and time such as "2026-11-23T09:30:00Z".`);
  }
  return d;
}

/** An instant; UTC ISO-8601 on output. Named as in the contract (type-graphql's own is DateTimeISO). */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'ISO-8601 instant, UTC on output',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : null),
});

/** True when the string is a real calendar date written YYYY-MM-DD. */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw badInput(`${JSON.stringify(value)} is not a calendar date written as YYYY-MM-DD, such as "2026-11-23".`);
  }
  return value;
}

/** A Europe/London calendar date kept as a plain YYYY-MM-DD string, never converted through an instant. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'ISO-8601 calendar date (Europe/London), YYYY-MM-DD',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : null),
});

/** Subject access exports: everything held about a person, as JSON (graphql-scalars' JSON, the same in every subgraph). */
export { GraphQLJSON as JsonScalar } from 'graphql-scalars';
