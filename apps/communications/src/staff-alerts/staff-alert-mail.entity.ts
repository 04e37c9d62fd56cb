import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { AlertKind } from '@redress/policy';
import { indexSql } from '@redress/platform';

/** PENDING: waits for its time (working hours) or for a retry; SENT: in a digest the mail server took; FAILED: never will be. */
export type AlertMailStatus = 'PENDING' | 'SENT' | 'FAILED';

/**
 * One staff alert to email, once per alert (id = casework's alert id, so a redelivered job finds it), with when it
 * may go (`sendAt`, the working-hours rule) and what became of it. A person's alerts that are due go in one digest.
 * Holds staff names and work addresses, case references and the alert's words: an alert may name a resident (a review
 * of their restriction, a request to phone them), so case.anonymised removes the words of the case's alerts.
 */
@Entity({ tableName: 'staff_alert_mail' })
@Index({ name: 'staff_alert_mail_pending_index', expression: indexSql('"send_at"', `"status" = 'PENDING'`) })
export class StaffAlertMail {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 64 }) councilId!: string;
  @Property({ type: 'string', length: 128 }) staffId!: string;
  @Property({ type: 'string', length: 200 }) staffName!: string;
  /** Where the staff directory said to write when the alert was raised. */
  @Property({ type: 'string', length: 254 }) email!: string;
  @Property({ type: 'string', length: 32 }) kind!: AlertKind;
  @Property({ type: 'text' }) message!: string;
  @Index({ name: 'staff_alert_mail_case_id_index' }) @Property({ type: 'uuid', nullable: true }) caseId: string | null = null;
  @Property({ type: 'string', length: 32, nullable: true }) reference: string | null = null;
  @Property({ type: 'datetime' }) raisedAt!: Date;
  /** When it may be sent: at once within working hours, else the next working day's 09:00 London (`alertSendAt`). */
  @Property({ type: 'datetime' }) sendAt!: Date;
  @Property({ type: 'string', length: 16 }) status!: AlertMailStatus;
  /** Times its digest was handed to the mail server. */
  @Property({ type: 'int' }) attempts: number = 0;
  /** After a temporary failure: not before then. */
  @Property({ type: 'datetime', nullable: true }) retryAt: Date | null = null;
  /** Why it failed (and, while it waits for a retry, what went wrong last). */
  @Property({ type: 'text', nullable: true }) failure: string | null = null;
  /** The email it went in (its Message-ID without the brackets): the alerts of one digest share it. */
  @Property({ type: 'string', length: 100, nullable: true }) digestId: string | null = null;
  @Property({ type: 'datetime' }) createdAt!: Date;
  @Property({ type: 'datetime', nullable: true }) sentAt: Date | null = null;
}
