import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import type { GraphQLEnumType, GraphQLSchema } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';

/**
 * What the gateway serves (the API schema of the checked-in supergraph), for the web apps' tests: their GraphQL
 * documents and the words they keep for the contract's enums are checked against it, before any platform starts.
 */
let api: GraphQLSchema | undefined;
export function gatewayApiSchema(): GraphQLSchema {
  api ??= Supergraph.build(readFileSync(join(__dirname, '..', '..', '..', '..', 'apps', 'gateway', 'supergraph.graphql'), 'utf8'))
    .apiSchema()
    .toGraphQLJSSchema();
  return api;
}

/** Why the gateway would refuse a document: none when it is valid. */
export const documentErrors = (document: string): string[] => validate(gatewayApiSchema(), parse(document)).map((e) => e.message);

/** An enum's values, sorted (none when the gateway has no such enum). */
export function enumValues(name: string): string[] {
  const type = gatewayApiSchema().getType(name);
  return type && 'getValues' in type
    ? (type as GraphQLEnumType)
        .getValues()
        .map((v) => v.name)
        .sort()
    : [];
}
