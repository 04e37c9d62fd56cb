import { Collection, Entity, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import type {
  CaseStatus,
  Channel,
  ComplaintCategory,
  FeedbackKind,
  HoldReason,
  Matter,
  OmbudsmanDecision,
  Outcome,
  Remedy,
  SlaKind,
} from '@redress/policy';
import type { RepresentativeRecord } from '@redress/contracts';
import { indexSql } from '@redress/platform';
import { Complainant } from '../complainants/complainant.entity';

@Entity({ tableName: 'case' })
// What the retention sweep scans: closed cases not yet anonymised.
@Index({ name: 'case_retention_index', expression: indexSql('"council_id"', `"status" = 'CLOSED' and "anonymised_at" is null`) })
export class Case {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 32, unique: 'case_reference_key' }) reference!: string;
  /** One case per intake submission: a replayed case.open job finds it and does nothing. */
  @Property({ type: 'uuid', unique: 'case_submission_id_key' }) submissionId!: string;
  @Index() @Property({ type: 'string', length: 64 }) councilId!: string;
  @Property({ type: 'string', length: 32 }) kind!: FeedbackKind;
  @Property({ type: 'string', length: 32 }) channel!: Channel;
  @Property({ type: 'string', length: 64 }) serviceArea!: string;
  @Property({ type: 'string', length: 64 }) matter!: Matter;
  @Property({ type: 'string', length: 200 }) summary!: string;
  @Property({ type: 'text' }) details!: string;
  @Property({ type: 'text', nullable: true }) desiredOutcome: string | null = null;
  /** Open stages are what the reconciler scans. */
  @Index() @Property({ type: 'string', length: 32 }) status!: CaseStatus;
  @Property({ type: 'integer' }) currentStage!: number;
  @Property({ type: 'datetime' }) receivedAt!: Date;
  @Property({ type: 'json', defaultRaw: `'[]'` }) flags: string[] = [];
  @Index() @Property({ type: 'string', length: 128, nullable: true }) assigneeId: string | null = null;
  @ManyToOne(() => Complainant, {
    nullable: true,
    ref: true,
    foreignKeyName: 'case_complainant_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  complainant: Ref<Complainant> | null = null;
  @Property({ type: 'json', nullable: true }) representative: RepresentativeRecord | null = null;
  @OneToMany(() => CaseStage, (s) => s.case, { orderBy: { number: 'asc' } }) stages = new Collection<CaseStage>(this);
  @OneToMany(() => CaseEvent, (e) => e.case, { orderBy: { at: 'asc', seq: 'asc' } }) timeline = new Collection<CaseEvent>(this);
  @Property({ type: 'datetime' }) createdAt!: Date;
  @Property({ type: 'string', length: 64, nullable: true }) ombudsmanReference: string | null = null;
  @Property({ type: 'datetime', nullable: true }) referredToOmbudsmanAt: Date | null = null;
  @Property({ type: 'string', length: 64, nullable: true }) ombudsmanDecision: OmbudsmanDecision | null = null;
  @Property({ type: 'text', nullable: true }) ombudsmanSummary: string | null = null;
  @Property({ type: 'json', defaultRaw: `'[]'` }) ombudsmanRemedies: Remedy[] = [];
  /** The date the Ombudsman asked the council to answer its enquiry by, and when it was answered. */
  @Property({ type: 'string', length: 10, nullable: true }) ombudsmanEnquiryRespondBy: string | null = null;
  @Property({ type: 'datetime', nullable: true }) ombudsmanEnquiryDueAt: Date | null = null;
  @Property({ type: 'datetime', nullable: true }) ombudsmanEnquiryAnsweredAt: Date | null = null;
  @Property({ type: 'datetime', nullable: true }) ombudsmanEnquiryOverdueAt: Date | null = null;
  /** Personal data removed (retention schedule or erasure): the case stays for the figures. */
  @Property({ type: 'datetime', nullable: true }) anonymisedAt: Date | null = null;
  /** What went wrong, as the complainant said and the handler corrected (Hart s.3). */
  @Property({ type: 'json', defaultRaw: `'[]'` }) categories: ComplaintCategory[] = [];
  /** Made out of time with a justification: the coordinator decides whether it is considered (Hart s.6; Hampshire). */
  @Property({ type: 'boolean', defaultRaw: 'false' }) lateComplaint = false;
  @Property({ type: 'datetime', nullable: true }) lateDecidedAt: Date | null = null;
  @Property({ type: 'boolean', nullable: true }) lateAccepted: boolean | null = null;
  /** Staff the complaint is about: they never handle it (Hampshire Stage 2 "suitably removed"; Hart s.11). */
  @Property({ type: 'json', defaultRaw: `'[]'` }) staffInvolved: string[] = [];
}

@Entity({ tableName: 'case_stage' })
@Unique({ name: 'case_stage_case_id_number_unique', properties: ['case', 'number'] })
export class CaseStage {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => Case, { foreignKeyName: 'case_stage_case_id_fkey', updateRule: 'no action', deleteRule: 'no action' }) case!: Case;
  @Property({ type: 'integer' }) number!: number;
  @Property({ type: 'string', length: 200 }) name!: string;
  @Property({ type: 'datetime' }) openedAt!: Date;
  @Property({ type: 'string', length: 10 }) acknowledgeBy!: string;
  @Property({ type: 'datetime' }) acknowledgeDueAt!: Date;
  @Property({ type: 'datetime', nullable: true }) acknowledgedAt: Date | null = null;
  @Property({ type: 'string', length: 10 }) respondBy!: string;
  @Property({ type: 'datetime' }) respondDueAt!: Date;
  @Property({ type: 'datetime', nullable: true }) respondedAt: Date | null = null;
  @Property({ type: 'integer' }) extensionWorkingDays = 0;
  @Property({ type: 'string', length: 32, nullable: true }) outcome: Outcome | null = null;
  @Property({ type: 'json', defaultRaw: `'[]'` }) remedies: Remedy[] = [];
  @Property({ type: 'text', nullable: true }) findings: string | null = null;
  /** Written for sharing: no personal data. */
  @Property({ type: 'text', nullable: true }) lessonsLearned: string | null = null;
  @Property({ type: 'text', nullable: true }) notInvestigatedReason: string | null = null;
  /** A response awaiting sign-off (Hart Stage 2: the Joint Chief Executive) is drafted, not yet issued. */
  @Property({ type: 'datetime', nullable: true }) responseDraftedAt: Date | null = null;
  @Property({ type: 'string', length: 128, nullable: true }) signedOffBy: string | null = null;
  @Property({ type: 'string', length: 128, nullable: true }) handledBy: string | null = null;
  /** Where the scope is unclear (Hampshire), investigation waits for an agreed Statement of Complaint. */
  @Property({ type: 'boolean' }) statementRequired = false;
  @Property({ type: 'text', nullable: true }) statementOfComplaint: string | null = null;
  @Property({ type: 'datetime', nullable: true }) statementAgreedAt: Date | null = null;
  /** Set while the clock is stopped; on resume the unmet deadlines move by the working days on hold. */
  @Property({ type: 'datetime', nullable: true }) heldSince: Date | null = null;
  @Property({ type: 'string', length: 64, nullable: true }) holdReason: HoldReason | null = null;
  @Property({ type: 'integer' }) workingDaysOnHold = 0;
  /** The new date a delay notice gave the customer (Code 5); respondBy, the promise, does not move. */
  @Property({ type: 'string', length: 10, nullable: true }) expectedResponseBy: string | null = null;
  @OneToMany(() => SlaBreach, (b) => b.stage, { orderBy: { detectedAt: 'asc' } }) breaches = new Collection<SlaBreach>(this);
}

/** A deadline that passed unmet, recorded once per (stage, kind, due instant). */
@Entity({ tableName: 'sla_breach' })
@Unique({ name: 'sla_breach_stage_kind_due_unique', properties: ['stage', 'kind', 'dueAt'] })
export class SlaBreach {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => CaseStage, { foreignKeyName: 'sla_breach_stage_id_fkey', updateRule: 'no action', deleteRule: 'no action' })
  stage!: CaseStage;
  @Property({ type: 'string', length: 32 }) kind!: SlaKind;
  @Property({ type: 'datetime' }) dueAt!: Date;
  @Property({ type: 'datetime' }) detectedAt!: Date;
}

/** The case's timeline: append-only, every change with who did it and when. */
@Entity({ tableName: 'case_event' })
@Index({ name: 'case_event_case_id_index', properties: ['case', 'at'] })
export class CaseEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true }) seq?: string;
  @ManyToOne(() => Case, { foreignKeyName: 'case_event_case_id_fkey', updateRule: 'no action', deleteRule: 'no action' }) case!: Case;
  @Property({ type: 'datetime' }) at!: Date;
  @Property({ type: 'string', length: 64 }) type!: string;
  @Property({ type: 'string', length: 200, nullable: true }) actor: string | null = null;
  @Property({ type: 'text', nullable: true }) detail: string | null = null;
}
