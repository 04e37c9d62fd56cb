import type { EntityManager, StaffIdentity } from '@redress/platform';

/** What was done: reads of personal data and every change. Never the personal content itself. */
export type AuditAction = 'READ_CASE' | 'LIST_CASES' | `CHANGE_${string}` | 'RESTRICT_CONTACT';

/**
 * Appends to the audit log (who, what, when, which ids). The table refuses UPDATE and DELETE, so the log
 * stays append-only, and it holds ids only, so it survives erasure of the personal data it points at.
 */
export async function audit(em: EntityManager, schema: string, staff: StaffIdentity | null, action: AuditAction, ids: readonly string[], now: Date): Promise<void> {
  if (!ids.length) return;
  await em.getConnection().execute(
    `insert into "${schema}"."audit_log" ("at", "actor", "council_id", "action", "ids") values (?, ?, ?, ?, ?::jsonb)`,
    [now, staff?.sub ?? 'system', staff?.council ?? null, action, JSON.stringify(ids)],
    'run',
    em.getTransactionContext(),
  );
}
