import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Remedy } from '@redress/policy';
import { indexSql } from '@redress/platform';
import { Case } from '../cases/case.entity';

/** An agreed remedy as a piece of work: who owns it, when it is due, when it was done. */
@Entity({ tableName: 'remedy_action' })
@Unique({ name: 'remedy_action_case_stage_remedy_unique', properties: ['case', 'stage', 'remedy'] })
// What is still to chase, by council and due date.
@Index({ name: 'remedy_action_outstanding_index', expression: indexSql('"council_id", "due_on"', '"completed_at" is null') })
export class RemedyAction {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => Case, { foreignKeyName: 'remedy_action_case_id_fkey', updateRule: 'no action', deleteRule: 'no action' }) case!: Case;
  @Property({ type: 'string', length: 64 }) councilId!: string;
  @Property({ type: 'integer' }) stage!: number;
  @Property({ type: 'string', length: 32 }) remedy!: Remedy;
  @Property({ type: 'string', length: 128 }) ownerId!: string;
  @Property({ type: 'string', length: 10 }) dueOn!: string;
  @Property({ type: 'datetime', nullable: true }) completedAt: Date | null = null;
  @Property({ type: 'string', length: 128, nullable: true }) completedBy: string | null = null;
  @Property({ type: 'text', nullable: true }) note: string | null = null;
  @Property({ type: 'datetime' }) createdAt!: Date;
  /** When its owner was chased for it after the due date (once). */
  @Property({ type: 'datetime', nullable: true }) chasedAt: Date | null = null;
}
