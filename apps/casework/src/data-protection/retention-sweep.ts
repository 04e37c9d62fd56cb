import { COUNCIL_POLICIES, retentionCutoff } from '@redress/policy';
import { purgePublishedOutbox, retentionMonthsFor, schemaOf } from '@redress/platform';
import type { EntityManager, PlatformConfig } from '@redress/platform';
import { anonymiseCase } from './anonymise-case';

const DAY_MS = 24 * 60 * 60_000;
const SYSTEM = 'Redress (retention schedule)';

/**
 * The retention schedule, run by the worker at start and then daily (repeatable: an anonymised case is skipped).
 * Closed cases whose last activity is past the council's retention period lose their personal data, one
 * transaction each; published outbox rows older than a day go too. Returns how many cases were anonymised.
 */
export async function sweepCaseRetention(em: EntityManager, config: Pick<PlatformConfig, 'retentionMonths'>, now: Date): Promise<number> {
  const schema = schemaOf(em);
  let anonymised = 0;
  for (const policy of COUNCIL_POLICIES) {
    const cutoff = retentionCutoff(retentionMonthsFor(config, policy), now);
    const rows: { id: string }[] = await em.getConnection().execute(
      `select c."id" from "${schema}"."case" c join "${schema}"."case_event" e on e."case_id" = c."id"
        where c."council_id" = ? and c."status" = 'CLOSED' and c."anonymised_at" is null group by c."id" having max(e."at") < ?`,
      [policy.councilId, cutoff],
    );
    for (const row of rows) {
      if (await em.fork().transactional((tx) => anonymiseCase(tx, row.id, 'RETENTION', SYSTEM, now))) anonymised += 1;
    }
  }
  await purgePublishedOutbox(em, new Date(now.getTime() - DAY_MS));
  return anonymised;
}
