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
  /** Where the council writes to them; null for a directory loaded without one. */
  @Property({ type: 'string', length: 254, nullable: true }) email: string | null = null;
}
