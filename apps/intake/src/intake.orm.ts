import { createOrm, OutboxEvent, schemaName } from '@redress/platform';
import type { Logger, MikroORM, PlatformConfig } from '@redress/platform';
import { EscalationRequest } from './escalations/escalation-request.entity';
import { Migration20261123000001 } from './migrations/Migration20261123000001';
import { Migration20261123000002 } from './migrations/Migration20261123000002';
import { Migration20261123000003 } from './migrations/Migration20261123000003';
import { Migration20261201000001 } from './migrations/Migration20261201000001';
import { Migration20261201000002 } from './migrations/Migration20261201000002';
import { Migration20261210000001 } from './migrations/Migration20261210000001';
import { Migration20261220000002 } from './migrations/Migration20261220000002';
import { Migration20261228000001 } from './migrations/Migration20261228000001';
import { Submission } from './submissions/submission.entity';
import { CaseTracking } from './tracking/case-tracking.entity';

export const intakeSchema = (config: PlatformConfig): string => schemaName(config, 'intake');

export function createIntakeOrm(config: PlatformConfig, logger: Logger): Promise<MikroORM> {
  return createOrm({
    databaseUrl: config.databaseUrl,
    schema: intakeSchema(config),
    entities: [Submission, CaseTracking, EscalationRequest, OutboxEvent],
    migrations: [
      { name: 'Migration20261123000001', class: Migration20261123000001 },
      { name: 'Migration20261123000002', class: Migration20261123000002 },
      { name: 'Migration20261123000003', class: Migration20261123000003 },
      { name: 'Migration20261201000001', class: Migration20261201000001 },
      { name: 'Migration20261201000002', class: Migration20261201000002 },
      { name: 'Migration20261210000001', class: Migration20261210000001 },
      { name: 'Migration20261220000002', class: Migration20261220000002 },
      { name: 'Migration20261228000001', class: Migration20261228000001 },
    ],
    // Reference numbers are handed out by one upsert (reference-counter.ts).
    sqlTables: ['reference_counter'],
    logger,
  });
}
