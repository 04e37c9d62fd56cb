import 'reflect-metadata';
import { graphql } from 'graphql';
import { Arg, Ctx, Directive, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '@redress/policy';
import { PUBLIC, checkAccess, staffWith } from './access';
import type { AccessRules } from './access';
import type { AuthContext } from './auth';
import { buildSubgraph } from './subgraph';

const staff = (council: string, ...roles: Role[]): AuthContext => ({ staff: { sub: `${council}-x`, name: 'X', roles, council } });
const PUBLIC_CALLER: AuthContext = { staff: null };

@ObjectType('Thing')
@Directive('@key(fields: "id")')
class ThingView {
  @Field(() => ID) id!: string;
  @Field(() => String) secret!: string;
}

@Resolver()
class ThingResolver {
  @Query(() => [ThingView])
  things(@Arg('councilId', () => ID) councilId: string): ThingView[] {
    return [{ id: councilId, secret: 'personal' }];
  }

  @Query(() => String)
  hello(): string {
    return 'hello';
  }

  @Mutation(() => String)
  touch(@Ctx() ctx: { auth: AuthContext }): string {
    return ctx.auth.staff?.sub ?? 'nobody';
  }
}

const RULES: AccessRules = {
  'Query.things': staffWith([Role.ANALYST, Role.OFFICER], { councilArg: 'councilId' }),
  'Query.hello': PUBLIC,
  'Mutation.touch': staffWith([Role.OFFICER]),
  'Thing.secret': staffWith([Role.OFFICER]),
};

async function run(rules: AccessRules, source: string, auth: AuthContext) {
  const { schema } = await buildSubgraph({ resolvers: [ThingResolver], access: rules });
  const result = await graphql({ schema, source, contextValue: { auth } });
  return {
    data: result.data,
    codes: (result.errors ?? []).map((e) => (e.originalError as { code?: string } | undefined)?.code ?? e.message),
  };
}

describe('checkAccess', () => {
  it('lets anybody through a PUBLIC rule', () => {
    expect(() => checkAccess(PUBLIC, PUBLIC_CALLER, {})).not.toThrow();
  });

  it.each([
    ['the public', PUBLIC_CALLER, 'UNAUTHENTICATED'],
    ['staff without the role', staff('hart', Role.CONTACT_CENTRE), 'FORBIDDEN'],
    ['staff of another council', staff('hampshire', Role.OFFICER), 'FORBIDDEN'],
  ])('refuses %s', (_label, auth, code) => {
    expect(() => checkAccess(staffWith([Role.OFFICER], { councilArg: 'input.councilId' }), auth, { input: { councilId: 'hart' } })).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('admits a role holder of the named council, and an ADMIN of it', () => {
    const rule = staffWith([Role.OFFICER], { councilArg: 'input.councilId' });
    expect(() => checkAccess(rule, staff('hart', Role.OFFICER), { input: { councilId: 'hart' } })).not.toThrow();
    expect(() => checkAccess(rule, staff('hart', Role.ADMIN), { input: { councilId: 'hart' } })).not.toThrow();
  });
});

describe('a subgraph built with access rules', () => {
  it('refuses to build with an operation that has no rule, naming it', async () => {
    const { 'Mutation.touch': _dropped, ...rest } = RULES;
    await expect(buildSubgraph({ resolvers: [ThingResolver], access: rest })).rejects.toThrow(/No access rule for Mutation.touch/);
  });

  it('refuses to build with a rule for a field it does not have (a typo would guard nothing)', async () => {
    await expect(buildSubgraph({ resolvers: [ThingResolver], access: { ...RULES, 'Query.thing': PUBLIC } })).rejects.toThrow(
      /Query.thing, which this subgraph does not have/,
    );
    await expect(buildSubgraph({ resolvers: [ThingResolver], access: { ...RULES, 'Thing.__resolveReference': PUBLIC } })).rejects.toThrow(
      /Thing.__resolveReference/,
    );
  });

  it('checks each root field and each guarded field when it resolves', async () => {
    expect(await run(RULES, '{ hello }', PUBLIC_CALLER)).toEqual({ data: { hello: 'hello' }, codes: [] });
    expect((await run(RULES, '{ things(councilId: "hart") { id } }', PUBLIC_CALLER)).codes).toEqual(['UNAUTHENTICATED']);
    expect((await run(RULES, '{ things(councilId: "hart") { id } }', staff('hampshire', Role.ANALYST))).codes).toEqual(['FORBIDDEN']);
    expect(await run(RULES, '{ things(councilId: "hart") { id } }', staff('hart', Role.ANALYST))).toEqual({
      data: { things: [{ id: 'hart' }] },
      codes: [],
    });
    // The analyst may list things but not read the field holding personal data.
    expect((await run(RULES, '{ things(councilId: "hart") { id secret } }', staff('hart', Role.ANALYST))).codes).toEqual(['FORBIDDEN']);
    expect(await run(RULES, '{ things(councilId: "hart") { secret } }', staff('hart', Role.OFFICER))).toEqual({
      data: { things: [{ secret: 'personal' }] },
      codes: [],
    });
    expect(await run(RULES, 'mutation { touch }', staff('hart', Role.OFFICER))).toEqual({ data: { touch: 'hart-x' }, codes: [] });
    expect((await run(RULES, 'mutation { touch }', staff('hart', Role.ANALYST))).codes).toEqual(['FORBIDDEN']);
  });

  it('guards a reference resolver (federation _entities) like a root field', async () => {
    const { schema } = await buildSubgraph({
      resolvers: [ThingResolver],
      access: { ...RULES, 'Thing.__resolveReference': staffWith([Role.OFFICER]) },
      referenceResolvers: { Thing: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, secret: 's' }) } },
    });
    const source = '{ _entities(representations: [{ __typename: "Thing", id: "1" }]) { ... on Thing { id } } }';
    const entities = async (auth: AuthContext) => {
      const result = await graphql({ schema, source, contextValue: { auth } });
      return {
        data: result.data,
        codes: (result.errors ?? []).map((e) => (e.originalError as { code?: string } | undefined)?.code ?? e.message),
      };
    };
    expect((await entities(PUBLIC_CALLER)).codes).toEqual(['UNAUTHENTICATED']);
    expect((await entities(staff('hart', Role.ANALYST))).codes).toEqual(['FORBIDDEN']);
    expect(await entities(staff('hart', Role.OFFICER))).toEqual({ data: { _entities: [{ id: '1' }] }, codes: [] });
  });
});
