import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Every event reporting consumed, kept as received: projections can be rebuilt by replaying this log. */
@Entity({ tableName: 'event_log' })
export class ReportingEvent {
  @PrimaryKey({ type: 'uuid' }) eventId!: string;
  @Property({ type: 'string', length: 64 }) type!: string;
  @Property({ type: 'json' }) payload!: object;
  @Index() @Property({ type: 'datetime' }) occurredAt!: Date;
  @Property({ type: 'datetime' }) recordedAt!: Date;
}
