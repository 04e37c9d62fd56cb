import { createOrm, OutboxEvent, schemaName } from '@redress/platform';
import type { Logger, MikroORM, PlatformConfig } from '@redress/platform';
import { Message } from './messages/message.entity';
import { Migration20261220000001 } from './migrations/Migration20261220000001';

export const communicationsSchema = (config: PlatformConfig): string => schemaName(config, 'communications');

export function createCommunicationsOrm(config: PlatformConfig, logger: Logger): Promise<MikroORM> {
  return createOrm({
    databaseUrl: config.databaseUrl,
    schema: communicationsSchema(config),
    entities: [Message, OutboxEvent],
    migrations: [{ name: 'Migration20261220000001', class: Migration20261220000001 }],
    logger,
  });
}
