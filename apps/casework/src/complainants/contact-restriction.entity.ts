import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Complainant } from './complainant.entity';

/** An unreasonable-behaviour contact restriction: what is restricted, who the single point of contact is, when it is reviewed. */
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
  @Property({ type: 'string', length: 128 }) singlePointOfContactId!: string;
  @Property({ type: 'string', length: 10 }) reviewOn!: string;
  @Property({ type: 'string', length: 128 }) decidedBy!: string;
  @Property({ type: 'datetime' }) createdAt!: Date;
}
