import type { AdjustmentKind, AlertKind, ContactPreference, DeliveryMethod, MessageKind } from '@redress/policy';
import type { EventBase, RepresentativeRecord } from './events';

/** Who a message is for: the representative where one acts (Hart s.4, Hampshire: the council writes to them), else the complainant. */
export interface MessageRecipient {
  role: 'COMPLAINANT' | 'REPRESENTATIVE';
  name: string;
  email: string | null;
  postalAddress: string | null;
  phone: string | null;
  /** How they asked to be contacted, and the adjustments recorded for them (large print…). */
  contactPreference: ContactPreference | null;
  adjustments: AdjustmentKind[];
}

/** A representative as a recipient: the council writes to them (their own preferences are not recorded). */
export const representativeRecipient = (r: RepresentativeRecord): MessageRecipient => ({
  role: 'REPRESENTATIVE',
  name: r.name,
  email: r.email,
  postalAddress: r.postalAddress,
  phone: r.phone,
  contactPreference: null,
  adjustments: [],
});

/**
 * A message a complainant is owed, decided by intake or casework (the policy core wrote its text) and put on the
 * `notifications` queue through their outbox. Communications renders it with the council's template, chooses the
 * method, sends it and records it, once per messageId.
 */
export interface MessageRequestedJob extends EventBase {
  /** The same owed message asked for twice is one message (the outbox event id of the change that owed it). */
  messageId: string;
  kind: MessageKind;
  councilId: string;
  /** null for a receipt before any case exists (and for compliments, which never have one). */
  caseId: string | null;
  reference: string;
  /** The stage it is about, where there is one (its signatory: Hart Stage 2 is the Joint Chief Executive's office). */
  stage: number | null;
  /** null: nobody to write to (anonymous): recorded as SUPPRESSED. */
  recipient: MessageRecipient | null;
  /** How a contact restriction lets the council write to them (null: no restriction in force). */
  allowedMethods: ContactPreference[] | null;
  /** What the message says, as the policy core wrote it for the timeline. */
  body: string;
  /** Merge fields the templates may use: summary, desiredOutcome, handlerName, respondBy… (all plain data). */
  fields: Record<string, string | number | boolean | string[] | null>;
}

/** Communications sent (or suppressed) a message: casework puts it on the case's timeline. */
export interface MessageDeliveredEvent extends EventBase {
  messageId: string;
  kind: MessageKind;
  councilId: string;
  caseId: string | null;
  reference: string;
  status: 'SENT' | 'SUPPRESSED';
  method: DeliveryMethod | null;
  /** The address or the name on the letter; null when suppressed. */
  recipient: string | null;
  /** Why it was suppressed. */
  reason: string | null;
  /** The email's subject or the letter's heading, for the timeline ("Sent by email to jo@example.org: <subject>"). */
  subject?: string | null;
}

/** A message that could not be delivered (refused recipient, bad address, retries spent): the handler is alerted. */
export interface MessageFailedEvent extends EventBase {
  messageId: string;
  kind: MessageKind;
  councilId: string;
  caseId: string | null;
  reference: string;
  method: DeliveryMethod | null;
  recipient: string | null;
  failure: string;
  /** The email's subject or the letter's heading, for the timeline. */
  subject?: string | null;
}

/**
 * A staff alert casework has just raised (a reminder, a breach, a decision due…), for communications to email to the
 * person it is for, within working hours and in one digest with their others. Put on the `notifications` queue through
 * casework's outbox with the alert itself; only for someone the staff directory gives an email address. The alert
 * stands in `myAlerts` whatever becomes of the email.
 */
export interface StaffAlertJob extends EventBase {
  /** The alert's id in casework: one email line per alert, however often the job is delivered. */
  alertId: string;
  councilId: string;
  /** Who it is for, with the address the staff directory gives them. */
  staff: { id: string; name: string; email: string };
  kind: AlertKind;
  /** What the alert says, as the policy core wrote it. */
  message: string;
  caseId: string | null;
  reference: string | null;
  /** When casework raised it (ISO 8601): the working-hours rule counts from here. */
  raisedAt: string;
}
