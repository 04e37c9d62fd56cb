import { createOrm, schemaName } from '@redress/platform';
import type { Logger, MikroORM, PlatformConfig } from '@redress/platform';
import { ReportingEvent } from './events/reporting-event.entity';
import { Migration20261123000001 } from './migrations/Migration20261123000001';
import { Migration20261123000002 } from './migrations/Migration20261123000002';
import { Migration20261220000007 } from './migrations/Migration20261220000007';

export const reportingSchema = (config: PlatformConfig): string => schemaName(config, 'reporting');

export function createReportingOrm(config: PlatformConfig, logger: Logger): Promise<MikroORM> {
  return createOrm({
    databaseUrl: config.databaseUrl,
    schema: reportingSchema(config),
    entities: [ReportingEvent],
    migrations: [
      { name: 'Migration20261123000001', class: Migration20261123000001 },
      { name: 'Migration20261123000002', class: Migration20261123000002 },
      { name: 'Migration20261220000007', class: Migration20261220000007 },
    ],
    // The projections: written and read with SQL (projections.ts, figures.ts), rebuilt from event_log by replay.
    sqlTables: ['received_item', 'case_fact', 'stage_fact', 'lesson_learned'],
    logger,
  });
}
