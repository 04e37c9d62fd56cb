import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { CaseStatus, Outcome } from '@redress/policy';

/** Intake's small projection of case status, fed by case.* events, to answer trackCase without calling casework. */
@Entity({ tableName: 'case_tracking' })
export class CaseTracking {
  @PrimaryKey({ type: 'string', length: 32 }) reference!: string;
  @Property({ type: 'uuid' }) caseId!: string;
  @Property({ type: 'string', length: 64 }) councilId!: string;
  @Property({ type: 'string', length: 32 }) status!: CaseStatus;
  @Property({ type: 'integer' }) stage!: number;
  @Property({ type: 'string', length: 200 }) stageName!: string;
  @Property({ type: 'string', length: 10, nullable: true }) acknowledgeBy: string | null = null;
  @Property({ type: 'string', length: 10, nullable: true }) respondBy: string | null = null;
  @Property({ type: 'string', length: 32, nullable: true }) outcome: Outcome | null = null;
  /** Occurrence time of the last event applied: an older event arriving late changes nothing. */
  @Property({ type: 'datetime' }) lastEventAt!: Date;
}
