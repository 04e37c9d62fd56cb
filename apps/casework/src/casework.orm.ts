import { createOrm, OutboxEvent, schemaName } from '@redress/platform';
import type { Logger, MikroORM, PlatformConfig } from '@redress/platform';
import { Case, CaseEvent, CaseStage } from './cases/case.entity';
import { Complainant } from './complainants/complainant.entity';
import { Migration20261123000001 } from './migrations/Migration20261123000001';

export const caseworkSchema = (config: PlatformConfig): string => schemaName(config, 'casework');

export function createCaseworkOrm(config: PlatformConfig, logger: Logger): Promise<MikroORM> {
  return createOrm({
    databaseUrl: config.databaseUrl,
    schema: caseworkSchema(config),
    entities: [Case, CaseStage, CaseEvent, Complainant, OutboxEvent],
    migrations: [{ name: 'Migration20261123000001', class: Migration20261123000001 }],
    logger,
  });
}
