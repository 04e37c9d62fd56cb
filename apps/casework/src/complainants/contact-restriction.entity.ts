import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { ContactPreference } from '@redress/policy';
import { Complainant } from './complainant.entity';

/**
 * An unreasonable-behaviour contact restriction (Hart s.10; Hampshire): why, what is restricted, how the council will
 * still contact them, the single point of contact, when it is reviewed and ends, and the letter that told them.
 */
@Entity({ tableName: 'contact_restriction' })
export class ContactRestriction {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  /** The complainant's id (the column references complainant; the entity keeps the id, not the relation). */
  @Index()
  @ManyToOne(() => Complainant, {
    fieldName: 'complainant_id',
    mapToPk: true,
    foreignKeyName: 'contact_restriction_complainant_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  complainantId!: string;
  @Property({ type: 'string', length: 64 }) councilId!: string;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'text' }) restrictions!: string;
  /** How the council will still write or speak to them. */
  @Property({ type: 'json' }) allowedMethods!: ContactPreference[];
  @Property({ type: 'string', length: 128 }) singlePointOfContactId!: string;
  @Property({ type: 'string', length: 10 }) reviewOn!: string;
  /** Its last day (London date); null: until it is reviewed and lifted. */
  @Property({ type: 'string', length: 10, nullable: true }) endsOn: string | null = null;
  @Property({ type: 'string', length: 128 }) decidedBy!: string;
  @Property({ type: 'datetime' }) createdAt!: Date;
  /**
   * The restriction letter (why, what, how long), kept here whether or not the person has a case to put it on: the
   * communications service sends it. Null only for restrictions made before letters were written.
   */
  @Property({ type: 'text', nullable: true }) letter: string | null = null;
  @Property({ type: 'datetime', nullable: true }) liftedAt: Date | null = null;
  @Property({ type: 'string', length: 128, nullable: true }) liftedBy: string | null = null;
  @Property({ type: 'text', nullable: true }) liftReason: string | null = null;
  /** When the single point of contact was told the review is due (once per review date). */
  @Property({ type: 'datetime', nullable: true }) reviewAlertedAt: Date | null = null;
}
