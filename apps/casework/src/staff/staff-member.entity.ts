import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '@redress/policy';

/** The council's staff directory: who handles what, and whose manager hears of a breach. */
@Entity({ tableName: 'staff_member' })
export class StaffMember {
  @PrimaryKey({ type: 'string', length: 128 }) id!: string;
  @Index() @Property({ type: 'string', length: 64 }) councilId!: string;
  @Property({ type: 'string', length: 200 }) name!: string;
  @Property({ type: 'json' }) roles!: Role[];
  @Property({ type: 'json' }) serviceAreas!: string[];
  @Property({ type: 'string', length: 128, nullable: true }) managerId: string | null = null;
}

/** An alert for a member of staff: a reminder to the handler, a breach to their manager. */
@Entity({ tableName: 'staff_alert' })
export class StaffAlert {
  /** The sla.alert event id: a redelivered alert is stored once. */
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Index() @Property({ type: 'string', length: 128 }) recipientId!: string;
  @Property({ type: 'uuid' }) caseId!: string;
  @Property({ type: 'string', length: 32 }) reference!: string;
  @Property({ type: 'string', length: 32 }) deadline!: string;
  @Property({ type: 'string', length: 16 }) fire!: string;
  @Property({ type: 'datetime' }) dueAt!: Date;
  @Property({ type: 'datetime' }) createdAt!: Date;
  @Property({ type: 'datetime', nullable: true }) readAt: Date | null = null;
}
