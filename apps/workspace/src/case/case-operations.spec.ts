import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { CASE_OPERATIONS } from './case-operations';

// The case pages' documents against what the gateway serves (the API schema of the checked-in supergraph).
const supergraph = readFileSync(join(__dirname, '..', '..', '..', 'gateway', 'supergraph.graphql'), 'utf8');
const api = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();

describe("the case pages' GraphQL documents", () => {
  it.each(Object.entries(CASE_OPERATIONS))('%s is valid against the supergraph', (_name, op) => {
    expect(validate(api, parse(op.document)).map((e) => e.message)).toEqual([]);
  });
});
