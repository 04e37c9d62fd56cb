import { createOrm, schemaName } from '@redress/platform';
import type { Logger, MikroORM, PlatformConfig } from '@redress/platform';
import { ReportingEvent } from './events/reporting-event.entity';
import { PROJECTION_TABLES } from './events/projections';
import { Migration20261123000001 } from './migrations/Migration20261123000001';
import { Migration20261123000002 } from './migrations/Migration20261123000002';
import { Migration20261220000007 } from './migrations/Migration20261220000007';
import { Migration20261230000001 } from './migrations/Migration20261230000001';

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
      { name: 'Migration20261230000001', class: Migration20261230000001 },
    ],
    // The projections: written and read with SQL (projections.ts, figures.ts), rebuilt from event_log by replay; and
    // the annual report's own words (annual-report.store.ts), which are not.
    sqlTables: [...PROJECTION_TABLES, 'self_assessment', 'annual_report'],
    logger,
  });
}
