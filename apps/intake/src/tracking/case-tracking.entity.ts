import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import type { CaseStatus, Outcome, Remedy } from '@redress/policy';

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
  /** The outcome of the latest response the resident was given (case.responded), not of a draft awaiting sign-off. */
  @Property({ type: 'string', length: 32, nullable: true }) outcome: Outcome | null = null;
  /** The stage of that response, and when it was issued; null until the first. */
  @Property({ type: 'integer', nullable: true }) responseStage: number | null = null;
  @Property({ type: 'string', length: 200, nullable: true }) responseStageName: string | null = null;
  @Property({ type: 'datetime', nullable: true }) respondedAt: Date | null = null;
  /** Its reasons, in the handler's words (personal data: cleared when the case is anonymised). */
  @Property({ type: 'text', nullable: true }) findings: string | null = null;
  @Property({ type: 'json', defaultRaw: `'[]'` }) remedies: Opt<Remedy[]> = [];
  /** Occurrence time of the last event applied: an older event arriving late changes nothing. */
  @Property({ type: 'datetime' }) lastEventAt!: Date;
}
