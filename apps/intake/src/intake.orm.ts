import { createOrm, OutboxEvent, schemaName } from '@redress/platform';
import type { Logger, MikroORM, PlatformConfig } from '@redress/platform';
import { Migration20261123000001 } from './migrations/Migration20261123000001';
import { Submission } from './submissions/submission.entity';
import { CaseTracking } from './tracking/case-tracking.entity';

export const intakeSchema = (config: PlatformConfig): string => schemaName(config, 'intake');

export function createIntakeOrm(config: PlatformConfig, logger: Logger): Promise<MikroORM> {
  return createOrm({
    databaseUrl: config.databaseUrl,
    schema: intakeSchema(config),
    entities: [Submission, CaseTracking, OutboxEvent],
    migrations: [{ name: 'Migration20261123000001', class: Migration20261123000001 }],
    logger,
  });
}
