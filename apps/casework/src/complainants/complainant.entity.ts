import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ComplainantType, ContactPreference } from '@redress/policy';

/**
 * A person who complains (or, under a contact restriction, someone who has not yet), found again by email within a
 * council so their history across cases is visible. Whether they are restricted is read from their restrictions.
 */
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
  /** How they prefer to be contacted (Code s.5): a telephone preference means their handler phones them. */
  @Property({ type: 'string', length: 16, nullable: true }) contactPreference: ContactPreference | null = null;
  @Property({ type: 'datetime' }) createdAt!: Date;
  @Property({ type: 'datetime', nullable: true }) anonymisedAt: Date | null = null;
}
