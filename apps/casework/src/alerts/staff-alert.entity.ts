import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { AlertKind } from '@redress/policy';

/** Something a member of staff must know or do: a reminder, a breach, a decision due, a review date. */
@Entity({ tableName: 'staff_alert' })
export class StaffAlert {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  /** What raised it (an event id, a case and a date): the same alert raised twice is stored once. */
  @Property({ type: 'string', length: 200, unique: 'staff_alert_dedupe_key_unique' }) dedupeKey!: string;
  @Index() @Property({ type: 'string', length: 128 }) recipientId!: string;
  @Property({ type: 'string', length: 64 }) councilId!: string;
  @Property({ type: 'string', length: 32 }) kind!: AlertKind;
  @Property({ type: 'text' }) message!: string;
  @Property({ type: 'uuid', nullable: true }) caseId: string | null = null;
  @Property({ type: 'string', length: 32, nullable: true }) reference: string | null = null;
  /** For deadline alerts: which deadline, reminder or due, and when it falls. */
  @Property({ type: 'string', length: 32, nullable: true }) deadline: string | null = null;
  @Property({ type: 'string', length: 16, nullable: true }) fire: string | null = null;
  @Property({ type: 'datetime', nullable: true }) dueAt: Date | null = null;
  @Property({ type: 'datetime' }) createdAt!: Date;
  @Property({ type: 'datetime', nullable: true }) readAt: Date | null = null;
}
