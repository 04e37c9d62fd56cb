import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { AdjustmentKind } from '@redress/policy';
import { Complainant } from './complainant.entity';

/** A reasonable adjustment a person needs (Code s.5; Equality Act 2010): what kind, the need in words, when it is reviewed. */
@Entity({ tableName: 'reasonable_adjustment' })
export class ReasonableAdjustment {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Index()
  @ManyToOne(() => Complainant, {
    fieldName: 'complainant_id',
    mapToPk: true,
    foreignKeyName: 'reasonable_adjustment_complainant_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  complainantId!: string;
  @Property({ type: 'string', length: 64 }) councilId!: string;
  @Property({ type: 'string', length: 32 }) kind!: AdjustmentKind;
  @Property({ type: 'text' }) need!: string;
  @Property({ type: 'string', length: 10, nullable: true }) reviewOn: string | null = null;
  @Property({ type: 'datetime' }) recordedAt!: Date;
  /** Who recorded it; null when it came with the complaint (intake). */
  @Property({ type: 'string', length: 128, nullable: true }) recordedBy: string | null = null;
  /** When the reviewers were told the review is due (once). */
  @Property({ type: 'datetime', nullable: true }) reviewAlertedAt: Date | null = null;
}
