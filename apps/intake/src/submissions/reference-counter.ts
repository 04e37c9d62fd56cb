import type { EntityManager } from '@redress/platform';

/**
 * Next reference for a council and year: `HDC-2026-000042`. The counter row is locked by the upsert until
 * the submission's transaction ends, so references are unique and gap-free under concurrency
 * (a rolled-back submission gives its number back).
 */
export async function allocateReference(
  em: EntityManager,
  schema: string,
  councilId: string,
  prefix: string,
  year: number,
): Promise<string> {
  const rows: { last_value: number }[] = await em.getConnection().execute(
    `insert into "${schema}"."reference_counter" ("council_id", "year", "last_value") values (?, ?, 1)
     on conflict ("council_id", "year") do update set "last_value" = "reference_counter"."last_value" + 1
     returning "last_value"`,
    [councilId, year],
    'all',
    em.getTransactionContext(),
  );
  return formatReference(prefix, year, rows[0].last_value);
}

export const formatReference = (prefix: string, year: number, sequence: number): string =>
  `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
