import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { knex } from '@mikro-orm/postgresql';
import * as fc from 'fast-check';
import {
  Kind,
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  parse,
} from 'graphql';
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLOutputType, GraphQLSchema, IntrospectionQuery } from 'graphql';
import IORedis from 'ioredis';
import { QUEUES } from '@redress/contracts';
import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { Role } from '@redress/policy';
import { eventually, startPlatform, subgraphUrl, supergraphRootFields } from '../testing';
import type { RunningPlatform, SubgraphName } from '../testing';

/*
 * Schema-aware fuzzing. Every root Query and Mutation field of the live schemas (the gateway's, and each
 * subgraph's reached directly, federation's `_entities` and `_service` included) is called with values built
 * from its argument types: for each call one argument (or one field of an input, or one list element) gets a
 * hostile value and the others plausible ones (real ids of seeded cases, real references and emails), so that
 * the hostile value is what the resolver has to deal with; a few calls make every argument hostile at once.
 * Values are sent as variables, so GraphQL's own coercion passes through whatever matches the declared type.
 *
 * Nothing here names a field or an argument: a new mutation is fuzzed as soon as a subgraph serves it. Names only
 * steer the plausible values (an argument called `caseId` gets a real case's id), with a fallback for any name.
 *
 * Each call is made as the complaints coordinator of Hart (the most powerful staff role) and as the public, one
 * at a time, with the row count of every table of this platform's schemas taken around it (after an accepted
 * command, the run waits until its events and jobs have landed and the counts hold still). The checks:
 *  - no answer carries INTERNAL_SERVER_ERROR (or is not a GraphQL answer at all, or a 5xx);
 *  - a refused call (errors and no data) leaves the row count of every table as it was;
 *  - the fuzzing reached the resolvers (a fuzz test that only ever meets GraphQL's validation proves nothing).
 * The generator is fast-check's, with a fixed seed: the same values every run (ids apart, which are the seeds').
 */

const SEED = 20_261_210;
/** About this many calls in all, spread over the gateway and the three subgraphs, both callers. */
const TOTAL_CALLS = 2_000;
/** The fuzz run stops here and fails, rather than letting the suite run on (start-up and seeding come on top). */
const FUZZ_BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 240_000);
const CALL_TIMEOUT_MS = 15_000;
/** The share of calls that make every argument hostile at once; the others aim at one argument path each. */
const CHAOS_SHARE = 0.12;
/** Calls per field and caller with every argument plausible: the resolver's ordinary path, for comparison. */
const BASELINE = 2;
const NO_FOCUS = '(none)';

jest.setTimeout(FUZZ_BUDGET_MS + 120_000);

type TargetName = 'gateway' | SubgraphName;
type CallerKind = 'coordinator' | 'public';
type RootName = 'Query' | 'Mutation';
const SUBGRAPHS: readonly SubgraphName[] = ['INTAKE', 'CASEWORK', 'REPORTING', 'COMMUNICATIONS'];
const CALLERS: readonly CallerKind[] = ['coordinator', 'public'];

interface Target {
  name: TargetName;
  url: string;
  schema: GraphQLSchema;
  /** Entity type → its @key field sets (from the subgraph's `_service { sdl }`), for `_entities` representations. */
  keys: Map<string, string[][]>;
}

/** Real records, so that some ids reach a row. */
interface Pools {
  caseIds: string[];
  complainantIds: string[];
  actionIds: string[];
  staffIds: string[];
  councilIds: string[];
  references: string[];
  emails: string[];
  serviceAreas: string[];
}

/** A generated value with what it is, for the report. `OMIT`: leave the argument or input field out. */
const OMIT = Symbol('omit');
interface Val {
  v: unknown;
  label: string;
}
const PLAUSIBLE = 'plausible';
const val = (v: unknown, label: string): Val => ({ v, label });
const fixed = (v: unknown, label: string): fc.Arbitrary<Val> => fc.constant(val(v, label));
const labelled = <T>(arb: fc.Arbitrary<T>, label: string): fc.Arbitrary<Val> => arb.map((v) => val(v, label));

interface FuzzCall {
  index: number;
  target: TargetName;
  caller: CallerKind;
  root: RootName;
  field: string;
  /** The argument path given a hostile value (`input.complainant.email`, `remedies[]`), `*` for all, '' when none. */
  focus: string;
  label: string;
  operationName: string;
  document: string;
  variables: Record<string, unknown>;
}

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[] } | null;
  /** Why this is not a proper GraphQL answer (no answer, not JSON, HTTP 5xx). */
  broken?: string;
}

interface Failure {
  kind: 'INTERNAL_SERVER_ERROR' | 'NO PROPER ANSWER' | 'ROW COUNTS CHANGED';
  call: FuzzCall;
  detail: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Deterministic helpers.

/** FNV-1a: a seed per (target, field, caller, focus) that does not move when another field is added. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------------------------
// Values. Plausible ones are steered by the argument's name; hostile ones by its type alone.

const unwrap = (t: GraphQLInputType): GraphQLInputType => (isNonNullType(t) ? t.ofType : t);

function hostileStrings(p: Pools): fc.Arbitrary<Val> {
  const ids = [...p.caseIds, ...p.complainantIds, ...p.actionIds];
  const everything = [...ids, ...p.staffIds, ...p.councilIds, ...p.references, ...p.emails];
  return fc.oneof(
    fixed('', 'empty string'),
    fixed(' ', 'a single space'),
    fixed(' \t\n\r\u00a0 ', 'whitespace only'),
    fixed('x'.repeat(10_000), '10,000 chars'),
    fixed('é'.repeat(10_000), '10,000 non-ASCII chars'),
    fixed('a\u0000b', 'NUL byte'),
    fixed('\u0007\u001b[2J\u0008\u007f', 'control chars'),
    fixed('\u202egnp.exe', 'right-to-left override'),
    fixed('\ud800x', 'lone surrogate'),
    fixed('👩‍👩‍👧🏴󠁧󠁢󠁥󠁮󠁧󠁿'.repeat(40), 'emoji sequences'),
    fixed("' OR '1'='1", 'SQL tautology'),
    fixed(`x'); drop table "case"; --`, 'SQL injection'),
    fixed('<script>alert(1)</script>', 'HTML script'),
    fixed('"><img src=x onerror=alert(1)>', 'HTML attribute injection'),
    fixed('../../../../etc/passwd', 'path traversal'),
    fixed('${jndi:ldap://x/a} {{7*7}} %s%n', 'template/format injection'),
    fixed('__proto__', '"__proto__"'),
    fixed('{"$ne":null}', 'NoSQL operator'),
    fixed('null', '"null"'),
    fixed('-1', '"-1"'),
    labelled(fc.uuid(), 'unknown UUID'),
    fixed('00000000-0000-0000-0000-000000000000', 'nil UUID'),
    fixed('12345678-1234-1234-1234-12345678901g', 'UUID with a non-hex digit'),
    fixed('123e4567e89b12d3a456426614174000', 'UUID without dashes'),
    fc.constantFrom(...ids).map((id) => val(id.toUpperCase(), 'real UUID upper-cased')),
    fc.constantFrom(...ids).map((id) => val(`${id}0`, 'real UUID with a char more')),
    fc.constantFrom(...ids).map((id) => val(` ${id} `, 'real UUID padded with spaces')),
    fc.constantFrom(...everything).map((id) => val(id, 'real value of some other kind')),
    fc.constantFrom(...p.references).map((r) => val(r.toLowerCase(), 'real reference lower-cased')),
    fixed('HDC-', 'truncated reference'),
    fixed('HDC-2099-999999', 'unknown reference of the right shape'),
    fixed('ZZZ-2026-000001', 'reference with an unknown prefix'),
    fc.constantFrom(...p.staffIds).map((s) => val(`${s}-x`, 'staff id of nobody')),
    fixed('not-an-email', 'malformed email'),
    fixed('@example.org', 'email without a local part'),
    fixed(`${'a'.repeat(320)}@example.org`, 'email over 320 chars'),
    fc.constantFrom(...p.emails).map((e) => val(` ${e.toUpperCase()} `, 'real email upper-cased and padded')),
    labelled(fc.string({ unit: 'binary', maxLength: 40 }), 'random unicode'),
    labelled(fc.string({ unit: 'grapheme', maxLength: 40 }), 'random graphemes'),
  );
}

const INT32 = { min: -2147483648, max: 2147483647 };
const hostileInts = fc.oneof(
  fixed(0, 'zero'),
  fixed(-1, '-1'),
  fixed(INT32.min, 'smallest Int'),
  fixed(INT32.max, 'largest Int'),
  fixed(1_000_000, 'a million'),
  fixed(367, '367'),
  labelled(fc.integer(INT32), 'random Int'),
);
const hostileFloats = fc.oneof(
  fixed(0, 'zero'),
  fixed(-1, '-1'),
  fixed(1e308, '1e308'),
  fixed(-1e308, '-1e308'),
  fixed(5e-324, 'smallest double'),
  labelled(fc.double({ noNaN: true, noDefaultInfinity: true }), 'random Float'),
);
const hostileDates = fc.oneof(
  fixed('2026-02-30', 'impossible date 2026-02-30'),
  fixed('2025-02-29', 'impossible date 2025-02-29'),
  fixed('2026-13-01', 'month 13'),
  fixed('2026-04-31', 'impossible date 2026-04-31'),
  fixed('0000-01-01', 'year 0000'),
  fixed('0001-01-01', 'year 0001'),
  fixed('9999-12-31', 'year 9999'),
  fixed('1900-01-01', 'year 1900'),
  fixed('2026-1-1', 'date without padding'),
  fixed('2026/01/01', 'date with slashes'),
  fixed('01/02/2026', 'British date'),
  fixed('20260101', 'compact date'),
  fixed('2026-06-15T10:00:00Z', 'a DateTime for a Date'),
  fixed('', 'empty string'),
  fixed('today', 'a word'),
  fixed('x'.repeat(10_000), '10,000 chars'),
  fixed(20260101, 'a number for a Date'),
  labelled(
    fc
      .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    'random real date',
  ),
);
const hostileDateTimes = fc.oneof(
  fixed('2026-02-30T10:00:00Z', 'impossible date 2026-02-30'),
  fixed('2026-06-15T24:00:01Z', 'hour 24'),
  fixed('2026-06-15T10:61:00Z', 'minute 61'),
  fixed('2026-06-15', 'a Date for a DateTime'),
  fixed('2026-06-15T10:00:00', 'no time zone'),
  fixed('2026-06-15T10:00:00+25:00', 'offset +25:00'),
  fixed('not a date', 'a phrase'),
  fixed('', 'empty string'),
  fixed(0, 'a number for a DateTime'),
  fixed('0000-01-01T00:00:00Z', 'year 0000'),
  fixed('9999-12-31T23:59:59Z', 'year 9999'),
  fixed('1970-01-01T00:00:00Z', 'the epoch'),
  fixed('2099-01-01T00:00:00Z', 'far future'),
  fixed('+275760-09-13T00:00:00Z', 'the last instant JavaScript knows'),
  labelled(
    fc
      .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    'random instant',
  ),
);
function deep(levels: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < levels; i++) v = { a: [v] };
  return v;
}
const hostileJson = fc.oneof(
  labelled(fc.jsonValue({ maxDepth: 4 }), 'random JSON'),
  fixed(deep(200), 'JSON nested 400 deep'),
  fixed(
    Array.from({ length: 2000 }, (_, i) => i),
    'JSON array of 2000',
  ),
);

/** Values of another type altogether: GraphQL's coercion must refuse them, never a resolver crash. */
function wrongType(t: GraphQLInputType): fc.Arbitrary<Val> {
  const named = getNamedType(t);
  const base = [
    fixed({ nested: 'object' }, 'an object'),
    fixed([[1]], 'a nested list'),
    fixed(true, 'a boolean'),
    fixed(12.5, 'a fraction'),
  ];
  if (named.name === 'Int')
    return fc.oneof(fixed(2147483648, 'Int beyond 32 bits'), fixed(1.5, 'a fraction'), fixed('1', 'a numeric string'), ...base);
  if (named.name === 'Boolean') return fc.oneof(fixed('true', 'a string "true"'), fixed(1, 'the number 1'), ...base);
  if (named.name === 'String') return fc.oneof(fixed(123, 'a number for a String'), ...base);
  return fc.oneof(...base);
}

class Values {
  constructor(
    private readonly p: Pools,
    private readonly target: Target,
  ) {}

  private readonly hostileString = (): fc.Arbitrary<Val> => hostileStrings(this.p);

  /** An id of the kind the name suggests (`caseId`, `complainantId`, `assigneeId`, `councilId`), else any real one. */
  private plausibleId(name: string, owner = ''): fc.Arbitrary<unknown> {
    const n = `${owner} ${name}`.toLowerCase();
    // Mostly the caller's own council (the first), so that what follows is not refused for the council alone.
    if (/council/.test(n))
      return fc.oneof({ weight: 3, arbitrary: fc.constant(this.p.councilIds[0]) }, fc.constantFrom(...this.p.councilIds));
    if (/complainant/.test(n)) return fc.constantFrom(...this.p.complainantIds);
    if (/action|remedy/.test(n)) return fc.constantFrom(...this.p.actionIds);
    if (/assignee|staff|owner|contact|handler|officer/.test(n)) return fc.constantFrom(...this.p.staffIds);
    if (/case/.test(n)) return fc.constantFrom(...this.p.caseIds);
    return fc.constantFrom(...this.p.caseIds, ...this.p.complainantIds, ...this.p.actionIds, ...this.p.staffIds, ...this.p.councilIds);
  }

  private plausibleString(name: string): fc.Arbitrary<unknown> {
    const n = name.toLowerCase();
    if (/email/.test(n)) return fc.constantFrom(...this.p.emails, 'someone.else@example.org');
    if (n === 'reference' || /^reference$|ref$/.test(n)) return fc.constantFrom(...this.p.references);
    if (/ombudsmanreference/.test(n)) return fc.constantFrom('26 000 123', '25 004 567');
    if (/servicearea/.test(n)) return fc.constantFrom(...this.p.serviceAreas);
    if (/idempotency/.test(n)) return fc.uuid();
    if (n === 'after') return fc.constantFrom('YXJyYXljb25uZWN0aW9uOjA=', 'bm90LWEtY3Vyc29y');
    if (/phone/.test(n)) return fc.constantFrom('01252 000000', '+44 7700 900123');
    if (/name/.test(n)) return fc.constantFrom('Pat Fuzzer', 'Ms Ada Lovelace');
    return fc.constantFrom('Fuzzed but sensible text.', 'The bins were missed again on Tuesday.', 'Agreed by telephone.');
  }

  private plausibleInt(name: string): fc.Arbitrary<unknown> {
    const n = name.toLowerCase();
    if (n === 'year') return fc.integer({ min: 2025, max: 2027 });
    if (n === 'quarter') return fc.integer({ min: 1, max: 4 });
    if (/stage/.test(n)) return fc.integer({ min: 1, max: 3 });
    if (n === 'first') return fc.integer({ min: 1, max: 50 });
    return fc.integer({ min: 1, max: 10 });
  }

  private plausibleScalar(typeName: string, name: string, owner: string): fc.Arbitrary<unknown> {
    switch (typeName) {
      case 'ID':
        return this.plausibleId(name, owner);
      case 'String':
        return this.plausibleString(name);
      case 'Int':
        return this.plausibleInt(name);
      case 'Float':
        return fc.double({ min: 0, max: 100, noNaN: true });
      case 'Boolean':
        return fc.boolean();
      case 'Date':
        return fc
          .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      case 'DateTime':
        // In the past: a receipt time may not be in the future.
        return fc
          .date({ min: new Date('2025-06-01T00:00:00Z'), max: new Date(Date.now() - 86_400_000), noInvalidDate: true })
          .map((d) => d.toISOString());
      case '_Any':
        return this.representation(false).map((r) => r.v);
      case 'JSON':
        return fc.constant({});
      default:
        return this.plausibleString(name);
    }
  }

  /** An `_entities` representation: of a type this subgraph keys, with plausible (or hostile) key values. */
  private representation(hostile: boolean): fc.Arbitrary<Val> {
    const entities = [...this.target.keys.entries()].flatMap(([typename, keys]) => keys.map((fields) => ({ typename, fields })));
    if (!entities.length) return fixed({ __typename: 'Nothing' }, 'representation of no entity');
    const ofKey = fc.constantFrom(...entities).chain(({ typename, fields }) => {
      const plausibleKey = (f: string) => (f === 'id' || /Id$/.test(f) ? this.plausibleId(f, typename) : this.plausibleString(f));
      const keyValues = fields.map((f) => (hostile ? this.hostileString() : plausibleKey(f).map((v) => val(v, PLAUSIBLE))));
      return fc.tuple(...keyValues).map((vs) => {
        const rep: Record<string, unknown> = { __typename: typename };
        fields.forEach((f, i) => (rep[f] = vs[i].v));
        return val(rep, hostile ? `${typename} key of ${vs.map((v) => v.label).join(', ')}` : PLAUSIBLE);
      });
    });
    if (!hostile) return ofKey;
    return fc.oneof(
      { weight: 4, arbitrary: ofKey },
      fc.constantFrom(...entities).map(({ typename }) => val({ __typename: typename }, 'representation without its key')),
      fixed({ __typename: 'NoSuchType', id: randomUUID() }, 'representation of an unknown type'),
      fixed({ __typename: 'Query' }, 'representation of Query'),
      fixed({ __typename: '' }, 'representation with an empty __typename'),
      fixed({ id: randomUUID() }, 'representation without __typename'),
      fc
        .constantFrom(...entities)
        .map(({ typename, fields }) => val({ __typename: typename, [fields[0]]: { $ne: null } }, 'key given as an object')),
      fc.constantFrom(...entities).map(({ typename, fields }) => val({ __typename: typename, [fields[0]]: 42 }, 'key given as a number')),
      fixed('Case:1', 'a string for a representation'),
      fixed(null, 'null representation'),
    );
  }

  private hostileScalar(typeName: string): fc.Arbitrary<Val> {
    switch (typeName) {
      case 'ID':
        return fc.oneof(
          { weight: 6, arbitrary: this.hostileString() },
          fixed(-1, 'a negative number for an ID'),
          fixed(0, 'zero for an ID'),
          fixed(9007199254740993, 'a number past 2^53 for an ID'),
        );
      case 'String':
        return this.hostileString();
      case 'Int':
        return hostileInts;
      case 'Float':
        return hostileFloats;
      case 'Boolean':
        return fc.boolean().map((b) => val(b, String(b)));
      case 'Date':
        return hostileDates;
      case 'DateTime':
        return hostileDateTimes;
      case 'JSON':
        return hostileJson;
      case '_Any':
        return this.representation(true);
      default:
        return fc.oneof(this.hostileString(), hostileJson);
    }
  }

  plausible(type: GraphQLInputType, name: string, owner = ''): fc.Arbitrary<Val> {
    if (isNonNullType(type)) return this.present(type.ofType, name, owner);
    // Optional: mostly given, sometimes left out or null.
    return fc.oneof({ weight: 6, arbitrary: this.present(type, name, owner) }, fixed(OMIT, PLAUSIBLE), fixed(null, PLAUSIBLE));
  }

  private present(type: GraphQLInputType, name: string, owner: string): fc.Arbitrary<Val> {
    if (isListType(type))
      return fc.array(this.plausible(type.ofType, name, owner), { maxLength: 3 }).map((vs) => val(values(vs), PLAUSIBLE));
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      return fc.tuple(...fields.map((f) => this.plausible(f.type, f.name, type.name))).map((vs) =>
        val(
          objectOf(
            fields.map((f) => f.name),
            vs,
          ),
          PLAUSIBLE,
        ),
      );
    }
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value as string)).map((v) => val(v, PLAUSIBLE));
    return this.plausibleScalar(getNamedType(type).name, name, owner).map((v) => val(v, PLAUSIBLE));
  }

  /** A hostile value for this node of the input, of its type mostly, sometimes of no type it accepts. */
  hostile(type: GraphQLInputType, name: string, owner = ''): fc.Arbitrary<Val> {
    const inner = unwrap(type);
    const absent = isNonNullType(type)
      ? [fixed(null, 'null for a required value'), fixed(OMIT, 'a required value left out')]
      : [fixed(null, 'explicit null')];
    return fc.oneof(
      { weight: 10, arbitrary: this.hostileOfType(inner, name, owner) },
      { weight: 2, arbitrary: wrongType(inner) },
      ...absent,
    );
  }

  private hostileOfType(type: GraphQLInputType, name: string, owner: string): fc.Arbitrary<Val> {
    if (isListType(type)) {
      const element = this.plausible(type.ofType, name, owner);
      return fc.oneof(
        fixed([], 'empty list'),
        element.map((e) =>
          val(
            Array.from({ length: 500 }, () => e.v),
            'the same element 500 times',
          ),
        ),
        fixed([null], 'a list holding null'),
        fc
          .array(this.hostile(type.ofType, name, owner), { minLength: 1, maxLength: 3 })
          .map((vs) => val(values(vs), `list of ${vs.map((v) => v.label).join(', ')}`)),
        element.map((e) => val(e.v, 'a single value for a list')),
      );
    }
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const plausibleObject = fc.tuple(...fields.map((f) => this.plausible(f.type, f.name, type.name))).map((vs) =>
        objectOf(
          fields.map((f) => f.name),
          vs,
        ),
      );
      return fc.oneof(
        fixed({}, 'empty input object'),
        plausibleObject.map((o) => val({ ...o, notAField: 'x' }, 'an unknown input field')),
        fc.tuple(...fields.map((f) => this.hostile(f.type, f.name, type.name))).map((vs) =>
          val(
            objectOf(
              fields.map((f) => f.name),
              vs,
            ),
            'every input field hostile',
          ),
        ),
        fixed('an input object', 'a string for an input object'),
      );
    }
    if (isEnumType(type)) {
      const valid = type.getValues().map((v) => v.value as string);
      return fc.oneof(
        fc.constantFrom(...valid).map((v) => val(v.toLowerCase(), 'enum value lower-cased')),
        fc.constantFrom(...valid).map((v) => val(`${v} `, 'enum value with a trailing space')),
        fixed('NOT_A_VALUE', 'unknown enum value'),
        fixed('', 'empty enum value'),
        fixed(0, 'a number for an enum'),
      );
    }
    return this.hostileScalar(getNamedType(type).name);
  }

  /**
   * The value of one argument with `focus` hostile: the node at `focus` gets a hostile value; the nodes on the
   * way to it are built around it; everything else is plausible. `*`: every argument hostile.
   */
  focused(type: GraphQLInputType, name: string, path: string, focus: string, owner = ''): fc.Arbitrary<Val> {
    if (focus === '*' || focus === path) return this.hostile(type, name, owner);
    if (!focus.startsWith(`${path}.`) && !focus.startsWith(`${path}[]`)) return this.plausible(type, name, owner);
    const inner = unwrap(type);
    if (isListType(inner)) {
      return fc
        .array(this.focused(inner.ofType, name, `${path}[]`, focus, owner), { minLength: 1, maxLength: 3 })
        .map((vs) => val(values(vs), firstLabel(vs)));
    }
    if (isInputObjectType(inner)) {
      const fields = Object.values(inner.getFields());
      return fc.tuple(...fields.map((f) => this.focused(f.type, f.name, `${path}.${f.name}`, focus, inner.name))).map((vs) =>
        val(
          objectOf(
            fields.map((f) => f.name),
            vs,
          ),
          firstLabel(vs),
        ),
      );
    }
    return this.hostile(type, name, owner);
  }
}

const values = (vs: Val[]): unknown[] => vs.filter((v) => v.v !== OMIT).map((v) => v.v);
function objectOf(names: string[], vs: Val[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  names.forEach((n, i) => {
    if (vs[i].v !== OMIT) o[n] = vs[i].v;
  });
  return o;
}
const firstLabel = (vs: Val[]): string => vs.find((v) => v.label !== PLAUSIBLE)?.label ?? PLAUSIBLE;

/** Every node of an argument a hostile value can be aimed at: the argument, its input fields, its list elements. */
function pathsOf(type: GraphQLInputType, path: string, depth = 0): string[] {
  const inner = unwrap(type);
  const out = [path];
  if (depth >= 3) return out;
  if (isListType(inner)) out.push(...pathsOf(inner.ofType, `${path}[]`, depth + 1));
  else if (isInputObjectType(inner))
    for (const f of Object.values(inner.getFields())) out.push(...pathsOf(f.type, `${path}.${f.name}`, depth + 1));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Operations built from the schema.

/** The leaf fields of the answer, and one level of the objects below: enough to run the field resolvers. */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) {
    const members = isUnionType(named) ? named.getTypes() : [];
    const fragments = members.map((m) => {
      const inner = selectionOf(m, depth);
      return inner ? `... on ${m.name} ${inner}` : '';
    });
    return `{ __typename ${fragments.join(' ')} }`;
  }
  if (!isObjectType(named)) return '{ __typename }';
  const parts: string[] = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const leaf = isLeafType(getNamedType(f.type));
    if (leaf) parts.push(f.name);
    else if (depth < 1) parts.push(`${f.name} ${selectionOf(f.type, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function documentOf(root: RootName, field: GraphQLField<unknown, unknown>, operationName: string): string {
  const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const operation = `${root === 'Query' ? 'query' : 'mutation'} ${operationName}${defs ? `(${defs})` : ''}`;
  return `${operation} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type)} }`;
}

interface PlannedField {
  target: Target;
  root: RootName;
  field: GraphQLField<unknown, unknown>;
  paths: string[];
}

function rootFieldsOf(target: Target): PlannedField[] {
  const roots: [RootName, ReturnType<GraphQLSchema['getQueryType']>][] = [
    ['Query', target.schema.getQueryType()],
    ['Mutation', target.schema.getMutationType()],
  ];
  return roots.flatMap(([root, type]) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({
      target,
      root,
      field,
      paths: field.args.flatMap((a: GraphQLArgument) => pathsOf(a.type, a.name)),
    })),
  );
}

/** How many calls each field gets per caller: every argument path at least once, the rest shared by weight. */
function callsPerCaller(fields: readonly PlannedField[]): Map<PlannedField, number> {
  const perCaller = TOTAL_CALLS / CALLERS.length;
  const floor = (f: PlannedField) => (f.paths.length ? f.paths.length + BASELINE + 2 : 2);
  const weight = (f: PlannedField) => (f.paths.length ? f.paths.length + 4 : 0.5);
  const spare = Math.max(0, perCaller - fields.reduce((n, f) => n + floor(f), 0));
  const total = fields.reduce((n, f) => n + weight(f), 0);
  const counts = new Map(fields.map((f) => [f, floor(f) + Math.floor((spare * weight(f)) / total)]));
  // What the rounding left over, one more call each to the fields with the most argument paths.
  const left = Math.round(perCaller - [...counts.values()].reduce((n, c) => n + c, 0));
  [...fields]
    .sort((a, b) => b.paths.length - a.paths.length)
    .slice(0, Math.max(0, left))
    .forEach((f) => counts.set(f, counts.get(f)! + 1));
  return counts;
}

/**
 * What each of a field's calls aims at: a few with every argument plausible, a few with every argument hostile,
 * and the rest round-robin over the argument paths, one hostile value each ('' for a field without arguments).
 */
function focusesOf(f: PlannedField, n: number): string[] {
  if (!f.paths.length) return Array.from({ length: n }, () => '');
  const chaos = Math.max(1, Math.round(n * CHAOS_SHARE));
  return Array.from({ length: n }, (_, i) => {
    if (i < BASELINE) return NO_FOCUS;
    if (i < BASELINE + chaos) return '*';
    return f.paths[(i - BASELINE - chaos) % f.paths.length];
  });
}

type PlannedCall = Omit<FuzzCall, 'index' | 'operationName' | 'document'>;

function callsOfField(f: PlannedField, n: number, pools: Pools): PlannedCall[] {
  const gen = new Values(pools, f.target);
  const argNames = f.field.args.map((a) => a.name);
  return CALLERS.flatMap((caller) => {
    const focuses = focusesOf(f, n);
    return [...new Set(focuses)].flatMap((focus) => {
      const arb = fc.tuple(...f.field.args.map((a) => gen.focused(a.type, a.name, a.name, focus)));
      const seed = (SEED ^ hash(`${f.target.name}/${f.root}.${f.field.name}/${caller}/${focus}`)) | 0;
      const numRuns = focuses.filter((x) => x === focus).length;
      return fc.sample(arb, { seed, numRuns }).map((vs) => ({
        target: f.target.name,
        caller,
        root: f.root,
        field: f.field.name,
        focus,
        label: focus ? firstLabel(vs) : 'no arguments',
        variables: objectOf(argNames, vs),
      }));
    });
  });
}

function planCalls(targets: readonly Target[], pools: Pools): FuzzCall[] {
  const fields = targets.flatMap(rootFieldsOf);
  const counts = callsPerCaller(fields);
  const planned = fields.flatMap((f) => callsOfField(f, counts.get(f)!, pools));
  const byName = new Map(fields.map((f) => [`${f.target.name}/${f.root}.${f.field.name}`, f]));
  return shuffled(planned, SEED).map((c, index) => {
    const operationName = `Fuzz_${index}`;
    const field = byName.get(`${c.target}/${c.root}.${c.field}`)!.field;
    return { ...c, index, operationName, document: documentOf(c.root, field, operationName) };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Talking to the platform.

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  operationName?: string,
): Promise<Answer> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables, operationName }),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
  } catch (err) {
    return { status: 0, body: null, broken: `no answer: ${(err as Error).message}` };
  }
  const text = await res.text();
  try {
    const body = JSON.parse(text) as Answer['body'];
    return { status: res.status, body, ...(res.status >= 500 ? { broken: `HTTP ${res.status}` } : {}) };
  } catch {
    return { status: res.status, body: null, broken: `HTTP ${res.status}, not JSON: ${text.slice(0, 200)}` };
  }
}

async function introspect(name: TargetName, url: string): Promise<Target> {
  const answer = await post(url, getIntrospectionQuery(), {});
  if (!answer.body?.data) throw new Error(`introspection of ${name} failed: ${JSON.stringify(answer.body?.errors ?? answer.broken)}`);
  const schema = buildClientSchema(answer.body.data as unknown as IntrospectionQuery);
  const keys = new Map<string, string[][]>();
  if (schema.getQueryType()?.getFields()._service) {
    const sdl = (await post(url, '{ _service { sdl } }', {})).body?.data?._service as { sdl?: string } | undefined;
    for (const def of parse(sdl?.sdl ?? '').definitions) {
      if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      for (const d of def.directives ?? []) {
        const fields = d.arguments?.find((a) => a.name.value === 'fields')?.value;
        if (d.name.value !== 'key' || fields?.kind !== Kind.STRING) continue;
        keys.set(def.name.value, [...(keys.get(def.name.value) ?? []), fields.value.split(/\s+/).filter(Boolean)]);
      }
    }
  }
  return { name, url, schema, keys };
}

/** The row count of every table in this platform's schemas, and what is still on its way (outboxes, queues). */
class Counter {
  private readonly db;
  private readonly redis: IORedis;
  private countSql = '';
  private pendingSql = '';
  tables: string[] = [];

  constructor(private readonly platform: RunningPlatform) {
    const config = platform.isolation.config('intake');
    this.db = knex({ client: 'pg', connection: config.databaseUrl, pool: { min: 1, max: 2 } });
    this.redis = new IORedis(config.redisUrl, { maxRetriesPerRequest: 1 });
  }

  async init(): Promise<void> {
    const { rows } = (await this.db.raw(
      'select table_schema as s, table_name as t from information_schema.tables' +
        " where table_schema like ? and table_type = 'BASE TABLE' order by 1, 2",
      [`${this.platform.isolation.schemaPrefix.replace(/_/g, '\\_')}%`],
    )) as { rows: { s: string; t: string }[] };
    this.tables = rows.map((r) => `${r.s}.${r.t}`);
    this.countSql = rows.map((r, i) => `select ${i} as i, count(*)::int as n from "${r.s}"."${r.t}"`).join(' union all ');
    const outboxes = rows.filter((r) => r.t === 'outbox_event');
    this.pendingSql = outboxes
      .map((r) => `select count(*)::int as n from "${r.s}"."outbox_event" where published_at is null`)
      .join(' union all ');
  }

  async snapshot(): Promise<number[]> {
    const { rows } = (await this.db.raw(this.countSql)) as { rows: { i: number; n: number }[] };
    const counts = new Array<number>(this.tables.length).fill(0);
    for (const r of rows) counts[r.i] = r.n;
    return counts;
  }

  /**
   * Events not yet relayed, and jobs waiting, running, or delayed to within the next few seconds (an SLA timer
   * whose moment has come; the others, days away, are not work in hand).
   */
  async pending(): Promise<number> {
    const { rows } = this.pendingSql ? ((await this.db.raw(this.pendingSql)) as { rows: { n: number }[] }) : { rows: [] };
    const pipeline = this.redis.pipeline();
    // BullMQ scores a delayed job by its due time × 4096 (the low bits keep the order of jobs due together).
    const soon = (Date.now() + 5_000) * 4096;
    // service-requests is consumed by the councils' own systems, outside the platform: its jobs stay.
    for (const q of Object.values(QUEUES).filter((name) => name !== QUEUES.serviceRequests)) {
      const key = `${this.platform.isolation.queuePrefix}:${q}`;
      pipeline
        .llen(`${key}:wait`)
        .llen(`${key}:active`)
        .llen(`${key}:paused`)
        .zcard(`${key}:prioritized`)
        .zcount(`${key}:delayed`, 0, soon);
    }
    const queued = ((await pipeline.exec()) ?? []).reduce((n, [, v]) => n + Number(v ?? 0), 0);
    return rows.reduce((n, r) => n + r.n, 0) + queued;
  }

  /** Waits until nothing is on its way and the counts hold still: the effects of the last accepted call are in. */
  async settle(timeoutMs = 10_000): Promise<{ counts: number[]; settled: boolean }> {
    const deadline = Date.now() + timeoutMs;
    let last = await this.snapshot();
    while (Date.now() < deadline) {
      await sleep(40);
      if ((await this.pending()) > 0) continue;
      const now = await this.snapshot();
      if (now.every((n, i) => n === last[i])) return { counts: now, settled: true };
      last = now;
    }
    return { counts: last, settled: false };
  }

  diff(before: number[], after: number[]): string {
    return this.tables
      .map((t, i) => (before[i] === after[i] ? '' : `${t.replace(this.platform.isolation.schemaPrefix, '')} ${before[i]} → ${after[i]}`))
      .filter(Boolean)
      .join(', ');
  }

  async close(): Promise<void> {
    await this.db.destroy();
    this.redis.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The run.

let platform: RunningPlatform;
let counter: Counter;
let targets: Target[] = [];
let calls: FuzzCall[] = [];
let pools: Pools;
const answers = new Map<number, Answer>();
const failures: Failure[] = [];
const notes: string[] = [];
const tokens: Record<string, string> = {};
let countsBeforeSeeding: number[] = [];
let countsAfterSeeding: number[] = [];
let elapsedMs = 0;
/** Where the time went: the calls, the row counts around them, waiting for accepted calls' effects to land. */
const timing = { callMs: 0, countMs: 0, settleMs: 0, accepted: 0 };

const SUBMIT = 'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference outcome } }';
const CASE_BY_REF = 'query C($r: String!) { case(reference: $r) { id complainant { id } remedyActions { id } } }';
interface CaseRead {
  id: string;
  complainant: { id: string } | null;
  remedyActions: { id: string }[];
}

async function act(token: string, document: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const answer = await post(platform.gatewayUrl, document, variables, token);
  if (!answer.body?.data || answer.body.errors?.length)
    throw new Error(`setup: ${document.slice(0, 60)}: ${JSON.stringify(answer.body?.errors ?? answer.broken)}`);
  return answer.body.data;
}

/** A few real records: open cases in both councils (one answered, with a remedy to carry out), a service request. */
async function seed(): Promise<Pools> {
  const submit = async (council: 'hart' | 'hampshire', kind: 'COMPLAINT' | 'SERVICE_REQUEST') => {
    const tag = randomUUID().slice(0, 8);
    const email = `fuzz.${tag}@example.org`;
    const serviceArea = council === 'hart' ? 'waste' : 'highways';
    const input = {
      councilId: council,
      kind,
      channel: 'WEB_FORM',
      serviceArea,
      summary: `Fuzz seed ${tag}`,
      details: 'Missed collections.',
      complainant: { type: 'RESIDENT', name: `Fuzz ${tag}`, email },
    };
    const data = await act('', SUBMIT, { i: input });
    const reference = (data.submitFeedback as { reference: string }).reference;
    if (kind !== 'COMPLAINT') return { council, reference, email, case: null };
    const token = council === 'hart' ? tokens.coordinator : tokens.hampshireCoordinator;
    const opened = await eventually(async () => (await act(token, CASE_BY_REF, { r: reference })).case as CaseRead | null, 20_000);
    return { council, reference, email, case: opened };
  };
  const seeded = await Promise.all([
    submit('hart', 'COMPLAINT'),
    submit('hart', 'COMPLAINT'),
    submit('hampshire', 'COMPLAINT'),
    submit('hart', 'SERVICE_REQUEST'),
  ]);
  const answered = seeded[1].case!;
  await act(tokens.coordinator, 'mutation A($id: ID!) { assignCase(caseId: $id, assigneeId: "hart-officer") { id } }', { id: answered.id });
  await act(tokens.officer, 'mutation K($id: ID!) { acknowledgeCase(caseId: $id) { id } }', { id: answered.id });
  await act(tokens.officer, 'mutation R($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { id } }', {
    id: answered.id,
    i: { outcome: 'PARTIALLY_UPHELD', findings: 'Two collections were missed.', remedies: ['APOLOGY', 'ACTION_TAKEN'] },
  });
  const reread = (await act(tokens.coordinator, CASE_BY_REF, { r: seeded[1].reference })).case as CaseRead;
  const cases = seeded.flatMap((s) => (s.case ? [s.case] : []));
  return {
    caseIds: cases.map((c) => c.id),
    complainantIds: cases.flatMap((c) => (c.complainant ? [c.complainant.id] : [])),
    actionIds: reread.remedyActions.map((a) => a.id),
    staffIds: ['hart-officer', 'hart-coordinator', 'hart-head-of-service', 'hampshire-officer'],
    councilIds: ['hart', 'hampshire'],
    references: seeded.map((s) => s.reference),
    emails: seeded.map((s) => s.email),
    serviceAreas: ['waste', 'highways', 'planning'],
  };
}

const refusedOf = (call: FuzzCall, answer: Answer): boolean => {
  const data = answer.body?.data?.[call.field];
  const none = data === undefined || data === null || (Array.isArray(data) && data.length > 0 && data.every((d) => d === null));
  return Boolean(answer.body?.errors?.length) && none;
};

/** One call, with the row counts taken right after it; its INTERNAL_SERVER_ERRORs and broken answers recorded. */
async function makeCall(call: FuzzCall): Promise<{ answer: Answer; after: number[] }> {
  const target = targets.find((t) => t.name === call.target)!;
  const token = call.caller === 'coordinator' ? tokens.coordinator : undefined;
  const t0 = Date.now();
  const answer = await post(target.url, call.document, call.variables, token, call.operationName);
  const t1 = Date.now();
  const after = await counter.snapshot();
  timing.callMs += t1 - t0;
  timing.countMs += Date.now() - t1;
  answers.set(call.index, answer);
  if (t1 - t0 > 1000) notes.push(`${call.operationName} ${call.target} ${call.field} took ${t1 - t0} ms`);
  if (answer.broken) failures.push({ kind: 'NO PROPER ANSWER', call, detail: answer.broken });
  for (const e of answer.body?.errors ?? []) {
    if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') failures.push({ kind: 'INTERNAL_SERVER_ERROR', call, detail: e.message });
  }
  return { answer, after };
}

/** A refused call changed no row count, and (a command) left no event or job on its way to change rows later. */
async function checkRefused(call: FuzzCall, before: number[], after: number[], previous: string): Promise<void> {
  const changed = counter.diff(before, after);
  if (changed) failures.push({ kind: 'ROW COUNTS CHANGED', call, detail: `${changed} (the call before: ${previous})` });
  const queued = call.root === 'Mutation' ? await counter.pending() : 0;
  if (queued) failures.push({ kind: 'ROW COUNTS CHANGED', call, detail: `${queued} event(s) or job(s) left on their way` });
}

/** An accepted command: its effects (events, queue consumers) land before the next call is measured. */
async function settleAfter(call: FuzzCall): Promise<number[]> {
  const t0 = Date.now();
  const settled = await counter.settle();
  timing.settleMs += Date.now() - t0;
  timing.accepted++;
  if (!settled.settled)
    notes.push(`${call.operationName} (${call.target} ${call.root}.${call.field}): the platform did not settle within 10 s`);
  return settled.counts;
}

async function runCalls(): Promise<void> {
  const started = Date.now();
  let counts = (await counter.settle()).counts;
  let previous = 'none';
  for (const call of calls) {
    if (Date.now() - started > FUZZ_BUDGET_MS) {
      notes.push(`stopped at the time bound (${FUZZ_BUDGET_MS} ms): ${calls.length - call.index} of ${calls.length} calls not made`);
      break;
    }
    const { answer, after } = await makeCall(call);
    const refused = refusedOf(call, answer) || Boolean(answer.broken);
    if (refused) await checkRefused(call, counts, after, previous);
    counts = refused || call.root === 'Query' ? after : await settleAfter(call);
    previous = `${call.operationName}, ${refused ? 'refused' : 'answered'}`;
  }
  elapsedMs = Date.now() - started;
  // FUZZ_LOG=<file>: what the processes printed, to read beside the report.
  if (process.env.FUZZ_LOG) writeFileSync(process.env.FUZZ_LOG, platform.logs.join(''));
}

beforeAll(async () => {
  platform = await startPlatform('fuzz', { LOG_LEVEL: 'error' });
  counter = new Counter(platform);
  await counter.init();
  countsBeforeSeeding = await counter.snapshot();
  const sign = (sub: string, council: string, role: Role) => signDevToken({ sub, name: sub, council, roles: [role] }, DEV_JWT_SECRET);
  tokens.coordinator = await sign('hart-coordinator', 'hart', Role.COMPLAINTS_COORDINATOR);
  tokens.officer = await sign('hart-officer', 'hart', Role.OFFICER);
  tokens.hampshireCoordinator = await sign('hampshire-coordinator', 'hampshire', Role.COMPLAINTS_COORDINATOR);
  pools = await seed();
  countsAfterSeeding = (await counter.settle(20_000)).counts;
  targets = await Promise.all([
    introspect('gateway', platform.gatewayUrl),
    ...SUBGRAPHS.map((s) => introspect(s, subgraphUrl(platform.ports, s))),
  ]);
  calls = planCalls(targets, pools);
  await runCalls();
});

afterAll(async () => {
  await counter?.close();
  await platform?.stop();
});

// ---------------------------------------------------------------------------------------------------------------
// The report: failures grouped by field, argument and value shape, with what the services logged.

const short = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    typeof x === 'string' && x.length > 60
      ? `${x.slice(0, 20)}…(${x.length} chars)`
      : Array.isArray(x) && x.length > 5
        ? [...x.slice(0, 3), `…(${x.length} items)`]
        : x,
  );

/** What the services logged for this call: the subgraphs name their part of a gateway call `Fuzz_12__casework__0`. */
/** The processes' output as lines, each starting `[process]` (their chunks interleave; a chunk may end mid-line). */
function logLines(): string[] {
  const byProcess = new Map<string, string>();
  for (const chunk of platform.logs) {
    const name = chunk.slice(0, chunk.indexOf(']') + 1);
    byProcess.set(name, (byProcess.get(name) ?? '') + chunk.slice(name.length + 1));
  }
  return [...byProcess.entries()].flatMap(([name, text]) =>
    text
      .split('\n')
      .filter(Boolean)
      .map((l) => `${name} ${l}`),
  );
}

/** The underlying error, without the SQL a driver error repeats in front of it. */
const causeOf = (message: string): string =>
  (/^(select|insert|update|delete|with) /i.test(message) ? `<SQL> - ${message.split(' - ').pop()}` : message).slice(0, 300);

function logLinesOf(call: FuzzCall, lines: readonly string[]): string[] {
  const mark = new RegExp(`"operation":"${call.operationName}(?!\\d)`);
  return lines
    .filter((l) => mark.test(l))
    .map((l) => {
      try {
        const entry = JSON.parse(l.slice(l.indexOf('{'))) as { err?: { message?: string; stack?: string } | string; msg?: string };
        const err = typeof entry.err === 'string' ? entry.err : entry.err?.message;
        const at =
          typeof entry.err === 'object'
            ? (entry.err?.stack ?? '').split('\n').find((s) => s.includes('/apps/') || s.includes('/libs/'))
            : '';
        return `${l.slice(0, l.indexOf(']') + 1)} ${entry.msg}: ${causeOf(err ?? '')}${at ? ` (${at.trim()})` : ''}`;
      } catch {
        return l.slice(0, 300);
      }
    });
}

function report(kinds: readonly Failure['kind'][]): string {
  const lines = logLines();
  const groups = new Map<string, { failures: Failure[]; logs: Set<string> }>();
  for (const f of failures.filter((x) => kinds.includes(x.kind))) {
    const logs = logLinesOf(f.call, lines);
    const cause =
      f.kind === 'ROW COUNTS CHANGED' ? f.detail.replace(/\d+ → \d+/g, '±') : (logs[0]?.replace(/^\[[^\]]*\]\s*/, '') ?? f.detail);
    const argument = f.call.focus || '(no arguments)';
    const key = `${f.kind} | ${f.call.root}.${f.call.field} | ${argument} | ${f.call.label} | ${cause.replace(/"[^"]*"/g, '"…"')}`;
    const g = groups.get(key) ?? { failures: [], logs: new Set<string>() };
    g.failures.push(f);
    logs.forEach((l) => g.logs.add(l));
    groups.set(key, g);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, g]) => {
      const first = g.failures[0];
      const where = [...new Set(g.failures.map((f) => `${f.call.target}/${f.call.caller}`))].join(', ');
      return [
        `● ${key}`,
        `    ${g.failures.length} call(s) via ${where}; e.g. ${first.call.operationName} ${short(first.call.variables)}`,
        `    answer: ${first.detail}`,
        ...[...g.logs].slice(0, 3).map((l) => `    log: ${l.slice(0, 400)}`),
      ].join('\n');
    })
    .join('\n');
}

function summary(): string {
  const by = (key: (c: FuzzCall) => string) => {
    const counts = new Map<string, number>();
    for (const c of calls.filter((x) => answers.has(x.index))) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
    return [...counts.entries()].map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const background = logLines().filter((l) => !/"operation":"Fuzz_/.test(l) && /"level":(50|60)/.test(l));
  return [
    `fuzz: ${answers.size} calls in ${(elapsedMs / 1000).toFixed(1)} s (seed ${SEED})`,
    `  ${Math.round(timing.callMs / 1000)} s calling, ${Math.round(timing.countMs / 1000)} s counting rows,` +
      ` ${Math.round(timing.settleMs / 1000)} s waiting for the effects of ${timing.accepted} accepted mutations`,
    `  by target: ${by((c) => c.target)}`,
    `  by caller: ${by((c) => c.caller)}`,
    `  answers: ${by((c) => answers.get(c.index)?.body?.errors?.[0]?.extensions?.code ?? 'answered')}`,
    ...notes.map((n) => `  note: ${n}`),
    ...background.slice(0, 20).map((l) => `  errors logged outside any call: ${l.slice(0, 300)}`),
  ].join('\n');
}

/** The call got past GraphQL's validation and the access rules: an answer (null too), or an error from a resolver. */
const reachedResolver = (call: FuzzCall, answer: Answer | undefined): boolean =>
  (answer?.body?.data !== undefined && answer.body.data !== null && !answer.body.errors?.length) ||
  Boolean(
    answer?.body?.errors?.some(
      (e) => Array.isArray(e.path) && e.path.length > 0 && !['UNAUTHENTICATED', 'FORBIDDEN'].includes(e.extensions?.code ?? ''),
    ),
  );

describe('schema-aware fuzzing of every argument of every root field (gateway and each subgraph)', () => {
  it('fuzzes what the platform serves: every root field of the checked-in supergraph, on the gateway and on its subgraph', () => {
    const planned = new Set(calls.map((c) => `${c.target} ${c.root}.${c.field}`));
    const expected = supergraphRootFields().flatMap((f) => [`gateway ${f.root}.${f.name}`, `${f.subgraph} ${f.root}.${f.name}`]);
    expect(expected.filter((f) => !planned.has(f))).toEqual([]);
    // Every argument path of every field got a hostile value, from both callers, on every target that serves it.
    const missing = targets
      .flatMap(rootFieldsOf)
      .flatMap((f) =>
        CALLERS.flatMap((caller) =>
          f.paths
            .filter(
              (p) => !calls.some((c) => c.target === f.target.name && c.field === f.field.name && c.caller === caller && c.focus === p),
            )
            .map((p) => `${f.target.name} ${f.field.name} ${p} ${caller}`),
        ),
      );
    expect(missing).toEqual([]);
    expect(calls.length).toBeGreaterThanOrEqual(TOTAL_CALLS * 0.9);
    expect(calls.length).toBeLessThanOrEqual(TOTAL_CALLS * 1.25);
  });

  it('makes every call within the time bound', () => {
    expect(notes.filter((n) => n.startsWith('stopped'))).toEqual([]);
    expect(answers.size).toBe(calls.length);
    console.log(summary());
  });

  it('reaches the resolvers: for every field on every target, some coordinator call got past GraphQL validation', () => {
    const fields = [...new Set(calls.map((c) => `${c.target} ${c.root}.${c.field}`))];
    const unreached = fields.filter(
      (f) =>
        !calls.some(
          (c) => c.caller === 'coordinator' && `${c.target} ${c.root}.${c.field}` === f && reachedResolver(c, answers.get(c.index)),
        ),
    );
    expect(unreached).toEqual([]);
  });

  it('sees rows being written (so that an unchanged count means something)', () => {
    expect(counter.tables.length).toBeGreaterThan(10);
    expect(counter.diff(countsBeforeSeeding, countsAfterSeeding)).not.toBe('');
  });

  it('never answers INTERNAL_SERVER_ERROR, nor fails to answer', () => {
    const found = report(['INTERNAL_SERVER_ERROR', 'NO PROPER ANSWER']);
    if (found) throw new Error(`${failures.filter((f) => f.kind !== 'ROW COUNTS CHANGED').length} call(s) went wrong:\n${found}`);
  });

  it('leaves the row count of every table unchanged after each refused call', () => {
    const found = report(['ROW COUNTS CHANGED']);
    if (found)
      throw new Error(`${failures.filter((f) => f.kind === 'ROW COUNTS CHANGED').length} refused call(s) changed row counts:\n${found}`);
  });
});
