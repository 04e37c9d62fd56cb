import 'reflect-metadata';
import { runSubgraph } from '@redress/platform';
import { caseworkModule, caseworkSubgraph } from './casework.module';

runSubgraph(caseworkModule, caseworkSubgraph()).catch((err: Error) => {
  console.error(`casework failed to start: ${err.message}`);
  process.exit(1);
});
