import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { buildSubgraph } from '@redress/platform';
import { caseworkSubgraph } from '@redress/casework';
import { intakeSubgraph } from '@redress/intake';
import { reportingSubgraph } from '@redress/reporting';
import { communicationsSubgraph } from '@redress/communications';

export const SUPERGRAPH_PATH = join(__dirname, '..', 'apps', 'gateway', 'supergraph.graphql');

/** The subgraphs and their default routing URLs (the gateway overrides them from INTAKE_URL etc.). */
const SUBGRAPHS = [
  { name: 'intake', url: 'http://localhost:4001/graphql', definition: intakeSubgraph },
  { name: 'casework', url: 'http://localhost:4002/graphql', definition: caseworkSubgraph },
  { name: 'reporting', url: 'http://localhost:4003/graphql', definition: reportingSubgraph },
  { name: 'communications', url: 'http://localhost:4004/graphql', definition: communicationsSubgraph },
];

/** Prints each subgraph's SDL from its type-graphql classes and composes them with @apollo/composition. */
export async function composeSupergraph(): Promise<string> {
  const services = [];
  for (const s of SUBGRAPHS) {
    const { sdl } = await buildSubgraph(s.definition());
    services.push({ name: s.name, url: s.url, typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  const header = "# Composed by tools/compose-supergraph.ts from the subgraphs' printed SDL. Do not edit; run `npm run compose`.";
  return `${header}\n${result.supergraphSdl}`;
}

export const readCheckedInSupergraph = (): string => readFileSync(SUPERGRAPH_PATH, 'utf8');
export const writeSupergraph = (sdl: string): void => writeFileSync(SUPERGRAPH_PATH, sdl);
