import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { DeliveryMethod, DeliveryStatus, MessageKind } from '@redress/policy';
import type { MessageRecipient } from '@redress/contracts';

/**
 * The delivery record: one row per owed message (id = the job's messageId, so a redelivered job finds it), with what
 * was sent as it was sent. Subject, body, addresses and the letter are personal data: staff read them through
 * `Case.messages` (audited), and they go with the case's personal data.
 */
@Entity({ tableName: 'message' })
@Index({ name: 'message_council_reference_index', properties: ['councilId', 'reference'] })
export class Message {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 32 }) kind!: MessageKind;
  @Property({ type: 'string', length: 64 }) councilId!: string;
  @Index({ name: 'message_case_id_index' }) @Property({ type: 'uuid', nullable: true }) caseId: string | null = null;
  @Property({ type: 'string', length: 32 }) reference!: string;
  @Property({ type: 'int', nullable: true }) stage: number | null = null;
  /** The email address, or the name on the letter; null when there is nobody to write to. */
  @Property({ type: 'text', nullable: true }) recipient: string | null = null;
  @Property({ type: 'string', length: 16, nullable: true }) recipientRole: MessageRecipient['role'] | null = null;
  /** LETTER: where it goes. */
  @Property({ type: 'text', nullable: true }) postalAddress: string | null = null;
  /** An adjustment asked for large print: the letter and the email are set in larger type. */
  @Property({ type: 'boolean' }) largePrint: boolean = false;
  /** null when SUPPRESSED before a method was chosen. */
  @Property({ type: 'string', length: 16, nullable: true }) method: DeliveryMethod | null = null;
  @Property({ type: 'text' }) subject!: string;
  /** Plain text, as sent. */
  @Property({ type: 'text' }) body!: string;
  @Property({ type: 'text' }) html!: string;
  @Property({ type: 'string', length: 16 }) status!: DeliveryStatus;
  /** Why it failed or was suppressed (and, while it waits for a retry, what went wrong last). */
  @Property({ type: 'text', nullable: true }) failure: string | null = null;
  /** Times it was handed to the mail server (a resend counts one more), or printed (a letter: once). */
  @Property({ type: 'int' }) attempts: number = 0;
  /**
   * LETTER: the PDF as it was printed (null until then, and once anonymised). Lazy: a list of messages loads it only
   * when a case handler asks for it (`populate: ['letterPdf']`).
   */
  @Property({ type: 'blob', nullable: true, lazy: true }) letterPdf: Buffer | null = null;
  @Property({ type: 'datetime' }) createdAt!: Date;
  @Property({ type: 'datetime', nullable: true }) sentAt: Date | null = null;
}
