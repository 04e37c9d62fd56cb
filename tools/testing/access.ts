import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import type { ObjectTypeDefinitionNode } from 'graphql';
import { ROOT } from '../processes';
import type { Ports } from '../processes';
import type { GraphQLResponse } from './graphql-client';

/** A subgraph as the supergraph's `join__Graph` enum names it. */
export type SubgraphName = 'INTAKE' | 'CASEWORK' | 'REPORTING' | 'COMMUNICATIONS';

export interface RootField {
  root: 'Query' | 'Mutation';
  name: string;
  /** The subgraph that resolves it (`@join__field(graph: …)`). */
  subgraph: SubgraphName;
}

export const SUPERGRAPH_PATH = join(ROOT, 'apps', 'gateway', 'supergraph.graphql');
const SUBGRAPHS: ReadonlySet<string> = new Set<SubgraphName>(['INTAKE', 'CASEWORK', 'REPORTING', 'COMMUNICATIONS']);

/** Every root Query and Mutation field of the composed supergraph, with the subgraph each one belongs to. */
export function supergraphRootFields(sdl: string = readFileSync(SUPERGRAPH_PATH, 'utf8')): RootField[] {
  const fields: RootField[] = [];
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const type = definition as ObjectTypeDefinitionNode;
    const root = type.name.value;
    if (root !== 'Query' && root !== 'Mutation') continue;
    for (const field of type.fields ?? []) {
      const join = field.directives?.find((d) => d.name.value === 'join__field');
      const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
      const subgraph = graph?.kind === Kind.ENUM ? graph.value : '';
      if (!SUBGRAPHS.has(subgraph)) throw new Error(`${root}.${field.name.value} names no subgraph in @join__field.`);
      fields.push({ root, name: field.name.value, subgraph: subgraph as SubgraphName });
    }
  }
  return fields;
}

/** Where a subgraph's own GraphQL endpoint listens: reached directly, bypassing the gateway. */
export const subgraphUrl = (ports: Ports, subgraph: SubgraphName): string => `http://127.0.0.1:${ports[subgraph]}/graphql`;

/**
 * What a caller should get. PERMITTED: not refused (NOT_FOUND, BAD_USER_INPUT and CONFLICT are fine for a dummy
 * or ill-timed target). UNAUTHENTICATED / FORBIDDEN: the first error has exactly that code and the field has no
 * data. HIDDEN: another council's record looks exactly like a missing one (null, or NOT_FOUND with no data).
 */
export type Expectation = 'PERMITTED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'HIDDEN';

/** Error codes a permitted caller may still get: about the target, not about who is asking. */
export const NOT_A_REFUSAL: ReadonlySet<string> = new Set(['NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT']);

type Response = GraphQLResponse<Record<string, unknown>>;

/** The field's data, counting a list of nothing but nulls (an `_entities` answer refused) as none. */
export function fieldData(res: Response, field: string): unknown {
  const value = res.data?.[field];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => v === null)) return null;
  return value ?? null;
}

const firstError = (res: Response): string => {
  const e = res.errors?.[0];
  return e ? `${e.extensions?.code ?? 'NO CODE'}: ${e.message}` : 'no error';
};

/** Describes how a response falls short of the expectation, or returns null when it meets it. */
export function expectationProblem(res: Response, field: string, expected: Expectation): string | null {
  const data = fieldData(res, field);
  const code = res.errors?.[0]?.extensions?.code;
  const got = `got HTTP ${res.status}, ${firstError(res)}, ${data === null ? 'no data' : `data ${JSON.stringify(data).slice(0, 200)}`}`;
  switch (expected) {
    case 'PERMITTED': {
      const bad = (res.errors ?? []).find((e) => !NOT_A_REFUSAL.has(e.extensions?.code ?? ''));
      return bad ? `expected PERMITTED, ${got}` : null;
    }
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return code === expected && data === null ? null : `expected ${expected}, ${got}`;
    case 'HIDDEN': {
      const hidden = data === null && (res.errors === undefined || res.errors.length === 0 || code === 'NOT_FOUND');
      return hidden ? null : `expected HIDDEN (null or NOT_FOUND), ${got}`;
    }
  }
}

/**
 * The markers (a reference, a summary, a complainant's name…) found anywhere in the response, leaving out any the
 * caller sent itself: an error may repeat what was asked, never add what the caller did not know.
 */
export function leakedMarkers(res: Response, markers: readonly string[], sent: unknown): string[] {
  const answer = JSON.stringify({ data: res.data ?? null, errors: res.errors ?? [] }).toLowerCase();
  const asked = JSON.stringify(sent ?? null).toLowerCase();
  return markers.filter((m) => m && !asked.includes(m.toLowerCase()) && answer.includes(m.toLowerCase()));
}

/** Runs tasks with at most `concurrency` in flight, results in input order. */
export async function inParallel<T>(tasks: readonly (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
  return results;
}
