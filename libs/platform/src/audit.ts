import type { StaffIdentity } from './auth';
import type { EntityManager, SqlStatement } from './orm';
import { schemaOf } from './orm';

/**
 * What was done: reads of personal data and every change, never the personal content itself. One union for
 * every service, so a typo fails to compile; a service adds its actions here.
 */
export type AuditAction =
  // casework
  | 'READ_CASE'
  | 'LIST_CASES'
  | 'SEARCH_CASES_BY_PERSON'
  | 'PREVIEW_MESSAGE'
  | `CHANGE_${string}`
  | 'RESTRICT_CONTACT'
  | 'LIFT_CONTACT_RESTRICTION'
  | 'RECORD_ADJUSTMENT'
  | 'SET_CONTACT_PREFERENCE'
  | 'COMPLETE_REMEDY'
  // intake
  | 'RECORD_SUBMISSION'
  | 'SUBMIT_FEEDBACK'
  | 'CONVERT_TO_COMPLAINT'
  | 'REQUEST_ESCALATION'
  | 'READ_FEEDBACK'
  // communications: each message sent (by the worker, or again by staff), each read of the messages of a case
  | 'SEND_MESSAGE'
  | 'SEND_ALERT_EMAIL'
  | 'RESEND_MESSAGE'
  | 'READ_MESSAGES'
  // data protection, in both
  | 'ANONYMISE_RETENTION'
  | 'ANONYMISE_ERASURE'
  | 'SUBJECT_ACCESS_EXPORT'
  | 'ERASURE_REQUEST';

/** The actor for what a member of the public does (no token): a submission or escalation request of their own. */
export const publicActor = (councilId: string): StaffIdentity => ({
  sub: 'public',
  name: 'A member of the public',
  roles: [],
  council: councilId,
});

/** What an action records beyond who, what, when and which ids. */
export interface AuditDetail {
  /**
   * Why, in the words of the member of staff who did it, where the law asks for the grounds to be kept (an
   * erasure request: when and how it was made). Never personal content copied from the record.
   */
  reason?: string;
}

const auditInsert = (schema: string, placeholder: (n: number) => string): string =>
  `insert into "${schema}"."audit_log" ("at", "actor", "council_id", "action", "ids", "reason") ` +
  `values (${placeholder(1)}, ${placeholder(2)}, ${placeholder(3)}, ${placeholder(4)}, ${placeholder(5)}::jsonb, ${placeholder(6)})`;

const auditValues = (staff: StaffIdentity | null, action: AuditAction, ids: readonly string[], now: Date, detail: AuditDetail) => [
  now,
  staff?.sub ?? 'system',
  staff?.council ?? null,
  action,
  JSON.stringify(ids),
  detail.reason ?? null,
];

/**
 * Appends to the audit log (who, what, when, which ids, and the stated reason where there is one), in the
 * caller's transaction when there is one. The table refuses UPDATE and DELETE, so the log stays append-only,
 * and it holds ids rather than personal data, so it survives erasure of the personal data it points at.
 */
export async function audit(
  em: EntityManager,
  staff: StaffIdentity | null,
  action: AuditAction,
  ids: readonly string[],
  now: Date,
  detail: AuditDetail = {},
): Promise<void> {
  if (!ids.length) return;
  await em.getConnection().execute(
    auditInsert(schemaOf(em), () => '?'),
    auditValues(staff, action, ids, now, detail),
    'run',
    em.getTransactionContext(),
  );
}

/** The same audit row as `audit` writes, as a statement to send on a connection of the caller's (a prepared read's). */
export function auditStatement(
  schema: string,
  staff: StaffIdentity | null,
  action: AuditAction,
  ids: readonly string[],
  now: Date,
  detail: AuditDetail = {},
): SqlStatement {
  return { text: auditInsert(schema, (n) => `$${n}`), values: auditValues(staff, action, ids, now, detail) };
}

/**
 * DDL for a service's append-only audit log (the table, its ids index and the trigger refusing UPDATE, DELETE and
 * TRUNCATE), as first created: the "reason" column came later (auditReasonColumnSql), in a migration of its own.
 */
export const auditLogTableSql = (schema: string): string[] => [
  `create table "${schema}"."audit_log" (
      "seq" bigserial primary key,
      "at" timestamptz not null,
      "actor" varchar(128) not null,
      "council_id" varchar(64) null,
      "action" varchar(64) not null,
      "ids" jsonb not null)`,
  `create index "audit_log_ids_index" on "${schema}"."audit_log" using gin ("ids")`,
  // Append-only, enforced by the database rather than by good intentions.
  `create function "${schema}".audit_log_append_only() returns trigger language plpgsql as ` +
    "$$ begin raise exception 'audit_log is append-only'; end $$",
  `create trigger audit_log_append_only before update or delete or truncate on "${schema}"."audit_log" ` +
    `for each statement execute function "${schema}".audit_log_append_only()`,
];

/** DDL adding the stated reason to a service's audit log (an erasure request's grounds); null for every other action. */
export const auditReasonColumnSql = (schema: string): string[] => [`alter table "${schema}"."audit_log" add column "reason" text null`];
