import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { operationCost, queryLimitsRule } from './query-limits';

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

describe('what an operation costs', () => {
  const api = buildSchema(`
    type Query { cases(first: Int = 20, after: String): CaseConnection, pages(first: Int): CaseConnection, case(reference: String!): Case }
    type CaseConnection { totalCount: Int, edges: [CaseEdge] }
    type CaseEdge { node: Case }
    type Case { reference: String, timeline: [Event] }
    type Event { at: String, type: String }`);
  const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(api, parse(query), variables);

  it('counts each field once, and a page of a connection as many times as the items it asks for', () => {
    expect(cost('{ case(reference: "x") { reference timeline { at type } } }')).toBe(5);
    // cases: 1 + 10 × (totalCount 1 + edges (1 + node (1 + reference 1))) = 1 + 10 × 4
    expect(cost('{ cases(first: 10) { totalCount edges { node { reference } } } }')).toBe(41);
    expect(cost('query Q($n: Int) { cases(first: $n) { edges { node { reference } } } }', { n: 100 })).toBe(301);
  });

  it("counts a page whose size is not said at the schema's default, and one with no default as 100", () => {
    expect(cost('{ cases { edges { node { reference } } } }')).toBe(61);
    expect(cost('{ pages { edges { node { reference } } } }')).toBe(301);
  });
});
