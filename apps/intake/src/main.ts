import 'reflect-metadata';
import { runSubgraph } from '@redress/platform';
import { intakeModule, intakeSubgraph } from './intake.module';

runSubgraph(intakeModule, intakeSubgraph()).catch((err: Error) => {
  console.error(`intake failed to start: ${err.message}`);
  process.exit(1);
});
