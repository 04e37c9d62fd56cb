import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import type { GraphQLEnumType } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { ALL_OPERATIONS } from './operations';
import {
  ALERT_GROUPS,
  ALERT_KIND_WORDS,
  CHANNEL_WORDS,
  COMPLAINANT_TYPE_WORDS,
  CONTACT_WORDS,
  KIND_WORDS,
  ROLE_WORDS,
  STATUS_WORDS,
} from './words';

// The workspace's documents against what the gateway serves (the API schema of the checked-in supergraph).
const supergraph = readFileSync(join(__dirname, '..', '..', '..', 'gateway', 'supergraph.graphql'), 'utf8');
const api = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();

describe("the workspace's GraphQL documents", () => {
  it.each(Object.entries(ALL_OPERATIONS))('%s is valid against the supergraph', (_name, op) => {
    expect(validate(api, parse(op.document)).map((e) => e.message)).toEqual([]);
  });
});

describe('the words the workspace shows for the contract’s enums', () => {
  // Every value the gateway can answer with has words, and no words are kept for a value it does not have.
  const enumValues = (name: string) => {
    const type = api.getType(name);
    return type && 'getValues' in type
      ? (type as GraphQLEnumType)
          .getValues()
          .map((v) => v.name)
          .sort()
      : [];
  };
  it.each([
    ['CaseStatus', STATUS_WORDS],
    ['FeedbackKind', KIND_WORDS],
    ['Channel', CHANNEL_WORDS],
    ['Role', ROLE_WORDS],
    ['AlertKind', ALERT_KIND_WORDS],
    ['AlertKind', ALERT_GROUPS],
    ['ComplainantType', COMPLAINANT_TYPE_WORDS],
    ['ContactPreference', CONTACT_WORDS],
  ])('%s', (name, words) => {
    expect(Object.keys(words).sort()).toEqual(enumValues(name));
  });
});
