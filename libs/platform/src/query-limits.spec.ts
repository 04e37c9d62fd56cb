import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { queryLimitsRule } from './query-limits';

const schema = buildSchema('type Query { a: A } type A { b: B, n: Int } type B { c: C, n: Int } type C { n: Int }');
const check = (query: string, maxDepth = 3, maxFields = 5) =>
  validate(schema, parse(query), [...specifiedRules, queryLimitsRule({ maxDepth, maxFields })]).map((e) => e.message);

describe('query limits', () => {
  it('accepts a query within the limits', () => {
    expect(check('{ a { b { n } } }')).toEqual([]);
  });

  it('counts depth and fields through named and inline fragments', () => {
    expect(check('query { a { ...F } } fragment F on A { b { ... on B { c { n } } } }')).toEqual([
      'This query is 4 levels deep; the most allowed is 3. Ask for less nested data.',
    ]);
    expect(check('{ a { n b { n } } x: a { n } }')).toEqual([
      'This query asks for 6 fields; the most allowed is 5. Split it into smaller queries.',
    ]);
  });

  it('does not count introspection, so tools can read the schema', () => {
    expect(check('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual([]);
  });
});
