import 'reflect-metadata';
import { runSubgraph } from '@redress/platform';
import { reportingModule, reportingSubgraph } from './reporting.module';

runSubgraph(reportingModule, reportingSubgraph()).catch((err: Error) => {
  console.error(`reporting failed to start: ${err.message}`);
  process.exit(1);
});
