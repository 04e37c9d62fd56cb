import { createOrm, OutboxEvent, schemaName } from '@redress/platform';
import type { Logger, MikroORM, PlatformConfig } from '@redress/platform';
import { Message } from './messages/message.entity';
import { Migration20261220000001 } from './migrations/Migration20261220000001';
import { Migration20261221000001 } from './migrations/Migration20261221000001';
import { Migration20261221000002 } from './migrations/Migration20261221000002';
import { StaffAlertMail } from './staff-alerts/staff-alert-mail.entity';

export const communicationsSchema = (config: PlatformConfig): string => schemaName(config, 'communications');

export function createCommunicationsOrm(config: PlatformConfig, logger: Logger): Promise<MikroORM> {
  return createOrm({
    databaseUrl: config.databaseUrl,
    schema: communicationsSchema(config),
    entities: [Message, OutboxEvent, StaffAlertMail],
    migrations: [
      { name: 'Migration20261220000001', class: Migration20261220000001 },
      { name: 'Migration20261221000001', class: Migration20261221000001 },
      { name: 'Migration20261221000002', class: Migration20261221000002 },
    ],
    logger,
  });
}
