import { loadConfig } from '@redress/platform';
import { dropSchemas } from '@redress/platform/testing';

// After `npm test`: the schemas the suites made (`t_…`), kept until every suite has finished (see test-isolation.ts).
void dropSchemas(loadConfig('intake').databaseUrl, 't\\_%').then((n) => console.log(`dropped ${n} test schemas`));
