import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ComplainantType } from '@redress/policy';

/** A person who complains, found again by email within a council so their history across cases is visible. */
@Entity({ tableName: 'complainant' })
@Index({ properties: ['councilId', 'email'] })
export class Complainant {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 64 }) councilId!: string;
  @Property({ type: 'string', length: 32 }) type!: ComplainantType;
  @Property({ type: 'string', length: 200 }) name!: string;
  @Property({ type: 'string', length: 320, nullable: true }) email: string | null = null;
  @Property({ type: 'string', length: 64, nullable: true }) phone: string | null = null;
  @Property({ type: 'text', nullable: true }) postalAddress: string | null = null;
  @Property({ type: 'boolean' }) restricted = false;
  @Property({ type: 'datetime' }) createdAt!: Date;
  @Property({ type: 'datetime', nullable: true }) anonymisedAt: Date | null = null;
}
