import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { indexSql } from '@redress/platform';
import type { Channel, ComplainantType, ComplaintCategory, ContactPreference, FeedbackKind, IntakeOutcome, Matter } from '@redress/policy';
import type { RepresentativeRecord } from '@redress/contracts';

export interface ReferralRecord {
  route: string;
  detail: string;
  councilId?: string;
  serviceArea?: string;
  reference?: string;
}

export type LinkRelation = 'REFERRED_TO' | 'REFERRED_FROM' | 'CONVERTED_TO' | 'CONVERTED_FROM';
export interface SubmissionLink {
  relation: LinkRelation;
  reference: string;
}

/** Every contact the council receives, whatever its outcome: the record of the contact. */
@Entity({ tableName: 'submission' })
@Unique({ properties: ['councilId', 'idempotencyKey'] })
@Index({ name: 'submission_complainant_email_index', expression: indexSql('lower("complainant_email")') })
@Index({ name: 'submission_feedback_index', properties: ['councilId', 'kind', 'receivedAt'] })
@Index({ name: 'submission_retention_index', expression: indexSql('"council_id", "received_at"', '"anonymised_at" is null') })
export class Submission {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 32, unique: 'submission_reference_key' }) reference!: string;
  @Index() @Property({ type: 'string', length: 64 }) councilId!: string;
  @Property({ type: 'string', length: 32 }) kind!: FeedbackKind;
  @Property({ type: 'string', length: 32 }) channel!: Channel;
  @Property({ type: 'string', length: 64 }) serviceArea!: string;
  @Property({ type: 'string', length: 64 }) matter!: Matter;
  @Property({ type: 'string', length: 200 }) summary!: string;
  @Property({ type: 'text' }) details!: string;
  @Property({ type: 'text', nullable: true }) desiredOutcome: string | null = null;
  @Property({ type: 'string', length: 10, nullable: true }) incidentDate: string | null = null;
  @Property({ type: 'datetime' }) receivedAt!: Date;
  /** Staff member who recorded it (null = the public, through the web form or email). */
  @Property({ type: 'string', length: 128, nullable: true }) recordedBy: string | null = null;
  @Property({ type: 'text', nullable: true }) lateJustification: string | null = null;
  @Property({ type: 'boolean' }) safeguardingConcern = false;
  @Property({ type: 'boolean' }) skipInformal = false;
  @Property({ type: 'string', length: 32, nullable: true }) complainantType: ComplainantType | null = null;
  @Property({ type: 'string', length: 200, nullable: true }) complainantName: string | null = null;
  @Property({ type: 'string', length: 320, nullable: true }) complainantEmail: string | null = null;
  @Property({ type: 'string', length: 64, nullable: true }) complainantPhone: string | null = null;
  @Property({ type: 'text', nullable: true }) complainantPostalAddress: string | null = null;
  @Property({ type: 'string', length: 16, nullable: true }) complainantContactPreference: ContactPreference | null = null;
  /** Reasonable adjustments asked for, in the complainant's words (personal data: anonymised with the rest). */
  @Property({ type: 'text', nullable: true }) complainantAdjustments: string | null = null;
  @Property({ type: 'json', nullable: true }) representative: RepresentativeRecord | null = null;
  @Property({ type: 'string', length: 32 }) outcome!: IntakeOutcome;
  @Property({ type: 'text' }) message!: string;
  @Property({ type: 'json', nullable: true }) referral: ReferralRecord | null = null;
  @Property({ type: 'integer', nullable: true }) stage: number | null = null;
  @Property({ type: 'string', length: 10, nullable: true }) acknowledgeBy: string | null = null;
  @Property({ type: 'string', length: 10, nullable: true }) respondBy: string | null = null;
  @Property({ type: 'json', defaultRaw: `'[]'` }) flags: string[] = [];
  @Property({ type: 'string', length: 200, nullable: true }) idempotencyKey: string | null = null;
  /** Fingerprint of the input, so a reused idempotency key with different input is refused. */
  @Property({ type: 'string', length: 64, nullable: true }) inputHash: string | null = null;
  @Property({ type: 'datetime' }) createdAt!: Date;
  @Property({ type: 'json', defaultRaw: `'[]'` }) links: SubmissionLink[] = [];
  /** What went wrong, as given at intake (Hart §3; Hampshire "What the complaints scheme covers"). */
  @Property({ type: 'json', defaultRaw: `'[]'` }) categories: ComplaintCategory[] = [];
  /** Where in a county's area the matter arose (a code of the council's localAreas). */
  @Property({ type: 'string', length: 64, nullable: true }) localArea: string | null = null;
  /** For a compliment: the team or person praised. */
  @Property({ type: 'string', length: 200, nullable: true }) praised: string | null = null;
  /** Personal data removed (retention schedule or erasure); the record of the contact stays for the figures. */
  @Property({ type: 'datetime', nullable: true }) anonymisedAt: Date | null = null;
}
