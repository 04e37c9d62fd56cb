import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { Args, ArgsType, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@redress/policy';
import { PUBLIC, staffWith } from './access';
import type { AuthContext } from './auth';
import { formatError } from './errors';
import { DateScalar } from './scalars';
import { buildSubgraph } from './subgraph';
import {
  AtMost,
  CalendarDate,
  CouncilId,
  EmailAddress,
  ExternalReference,
  Instant,
  Nested,
  NotAfter,
  OptionalText,
  Reference,
  RequiredText,
  ServiceAreaCode,
  StaffId,
  UuidOf,
  WholeNumber,
  trimStrings,
} from './validation';

// A subgraph of its own with one argument of every kind, served by Apollo with the platform's formatError: the
// same path a request to intake, casework or reporting takes.

@InputType()
class PersonInput {
  @Field(() => String) @RequiredText(20) name!: string;
  @Field(() => String, { nullable: true }) @EmailAddress() email?: string | null;
}

@InputType()
class ThingInput {
  @Field(() => ID) @CouncilId() councilId!: string;
  @Field(() => String) @ServiceAreaCode() serviceArea!: string;
  @Field(() => String) @RequiredText(10) summary!: string;
  @Field(() => String, { nullable: true }) @OptionalText(5) note?: string | null;
  @Field(() => DateScalar, { nullable: true }) @CalendarDate() on?: string | null;
  @Field(() => Date, { nullable: true }) @Instant() at?: Date | null;
  @Field(() => [String], { nullable: true }) @AtMost(2) tags?: string[] | null;
  @Field(() => PersonInput, { nullable: true }) @Nested() person?: PersonInput | null;
}

@ArgsType()
class ThingArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => ID, { nullable: true }) @StaffId() staffId?: string | null;
  @Field(() => String, { nullable: true }) @Reference() reference?: string | null;
  @Field(() => String, { nullable: true }) @ExternalReference(12) theirs?: string | null;
  @Field(() => Int, { nullable: true }) @WholeNumber(1, 30, 'working days') workingDays?: number | null;
  @Field(() => ThingInput, { nullable: true }) @Nested() input?: ThingInput | null;
}

@ArgsType()
class RangeArgs {
  @Field(() => DateScalar) @CalendarDate() @NotAfter('to') from!: string;
  @Field(() => DateScalar) @CalendarDate() to!: string;
}

@Resolver()
class ThingResolver {
  @Mutation(() => String)
  thing(@Args(() => ThingArgs) args: ThingArgs): string {
    return JSON.stringify(args);
  }

  @Query(() => String)
  range(@Args(() => RangeArgs) { from, to }: RangeArgs): string {
    return `${from}..${to}`;
  }
}

const CASE = '0b8e3c52-5f7e-4c1a-9d2b-6a4f1e2c3d4b';
const officer: AuthContext = { staff: { sub: 'hart-officer', name: 'Amy', roles: [Role.OFFICER], council: 'hart' } };
let apollo: ApolloServer<{ auth: AuthContext }>;

beforeAll(async () => {
  const { schema } = await buildSubgraph({
    resolvers: [ThingResolver],
    access: { 'Mutation.thing': staffWith([Role.OFFICER]), 'Query.range': PUBLIC },
  });
  apollo = new ApolloServer<{ auth: AuthContext }>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
});
afterAll(async () => {
  await apollo?.stop();
});

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}
async function run(query: string, variables: Record<string, unknown>, auth: AuthContext = officer): Promise<Answer> {
  const res = await apollo.executeOperation({ query, variables }, { contextValue: { auth } });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult as Answer;
}
const THING = `mutation T($caseId: ID!, $staffId: ID, $reference: String, $theirs: String, $workingDays: Int, $input: ThingInput) {
  thing(caseId: $caseId, staffId: $staffId, reference: $reference, theirs: $theirs, workingDays: $workingDays, input: $input)
}`;
const thing = (vars: Record<string, unknown>, auth?: AuthContext) => run(THING, { caseId: CASE, ...vars }, auth);
const good = { councilId: 'hart', serviceArea: 'waste', summary: 'Bins' };

describe('argument validation (class-validator through type-graphql, mapped by formatError)', () => {
  it('passes well-formed arguments, every string trimmed', async () => {
    const res = await thing({
      staffId: ' hart-officer ',
      reference: 'hdc-2026-000042',
      theirs: '26 001 234',
      workingDays: 5,
      input: { ...good, summary: '  Bins  ', person: { name: ' Jo ', email: '' } },
    });
    expect(res.errors).toBeUndefined();
    expect(JSON.parse(res.data!.thing as string)).toMatchObject({
      caseId: CASE,
      staffId: 'hart-officer',
      input: { summary: 'Bins', person: { name: 'Jo', email: '' } },
    });
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['an id of the wrong kind', { caseId: 'nope' }, 'caseId', /^caseId "nope" is not the id of a case: case ids are UUIDs/],
    [
      "a staff id that is not the directory's",
      { staffId: 'Amy Clarke!' },
      'staffId',
      /is not a staff id: use the id the staff directory gives, e\.g\. "hart-officer"/,
    ],
    [
      'a reference of the wrong shape',
      { reference: 'HDC-26-42' },
      'reference',
      /^reference "HDC-26-42" is not a reference: references look like "HDC-2026-000042"/,
    ],
    ["an outside body's reference with odd characters", { theirs: '26;drop' }, 'theirs', /letters, digits, spaces and/],
    [
      'a count below its range',
      { workingDays: -3 },
      'workingDays',
      /^workingDays is -3; it must be a whole number from 1 to 30 \(working days\)\.$/,
    ],
    ['a count above its range', { workingDays: 31 }, 'workingDays', /from 1 to 30/],
    ['a council id of the wrong shape', { input: { ...good, councilId: 'Hart Council' } }, 'input.councilId', /is not a council id/],
    [
      'a service area code of the wrong shape',
      { input: { ...good, serviceArea: '../etc' } },
      'input.serviceArea',
      /is not a service area code/,
    ],
    ['blank text where some is required', { input: { ...good, summary: '   ' } }, 'input.summary', /^input\.summary must not be blank\.$/],
    [
      'text over its cap',
      { input: { ...good, summary: 'x'.repeat(11) } },
      'input.summary',
      /^input\.summary is 11 characters long; the most allowed is 10\.$/,
    ],
    ['optional text over its cap', { input: { ...good, note: 'x'.repeat(6) } }, 'input.note', /the most allowed is 5/],
    ['a NUL character in text', { input: { ...good, summary: 'a\u0000b' } }, 'input.summary', /^input\.summary contains a NUL character/],
    [
      'or in optional text',
      { input: { ...good, note: '\u0000' } },
      'input.note',
      /contains a NUL character \(\\u0000\), which is not text/,
    ],
    [
      'a date outside the years that make sense',
      { input: { ...good, on: '0999-01-01' } },
      'input.on',
      /is not a date between 1900 and 2100/,
    ],
    ['an instant outside them', { input: { ...good, at: '2999-01-01T00:00:00Z' } }, 'input.at', /between 1900 and 2100/],
    ['a list that is too long', { input: { ...good, tags: ['a', 'b', 'c'] } }, 'input.tags', /has 3 items; the most allowed is 2/],
    [
      'a field of an input inside an input',
      { input: { ...good, person: { name: ' ' } } },
      'input.person.name',
      /^input\.person\.name must not be blank\.$/,
    ],
    [
      'an email address that is not one',
      { input: { ...good, person: { name: 'Jo', email: 'jo at example' } } },
      'input.person.email',
      /"jo at example" is not a valid email address/,
    ],
  ])('refuses %s, naming the argument path', async (_label, vars, field, message) => {
    const res = await thing(vars);
    expect(res.data?.thing ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(res.errors![0].message).toMatch(message);
    expect(JSON.stringify(res.errors![0].extensions)).not.toContain('validationErrors');
  });

  it('checks a range: its start may not be after its end', async () => {
    const res = await run('query R($from: Date!, $to: Date!) { range(from: $from, to: $to) }', { from: '2026-12-01', to: '2026-11-01' });
    expect(res.errors?.[0]).toMatchObject({
      message: 'from (2026-12-01) is after to (2026-11-01).',
      extensions: { code: 'BAD_USER_INPUT', field: 'from' },
    });
    expect(
      (await run('query R($from: Date!, $to: Date!) { range(from: $from, to: $to) }', { from: '2026-11-01', to: '2026-11-01' })).data,
    ).toEqual({ range: '2026-11-01..2026-11-01' });
  });

  it('asks who is calling before it looks at the arguments', async () => {
    const res = await thing({ caseId: 'nope' }, { staff: null });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('trimStrings', () => {
  it('trims strings in objects and lists, and keeps dates, numbers and nulls', () => {
    const at = new Date('2026-11-23T09:30:00Z');
    expect(trimStrings({ a: ' x ', b: [' y', 2, null], c: { d: 'z ' }, at })).toEqual({ a: 'x', b: ['y', 2, null], c: { d: 'z' }, at });
    expect(trimStrings({ at }).at).toBe(at);
  });
});
