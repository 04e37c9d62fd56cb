import { COUNCIL_POLICIES, retentionCutoff } from '@redress/policy';
import { purgePublishedOutbox, retentionMonthsFor, schemaOf } from '@redress/platform';
import type { EntityManager, PlatformConfig } from '@redress/platform';
import { Submission } from '../submissions/submission.entity';
import { anonymiseSubmissions } from './anonymise-submission';

const DAY_MS = 24 * 60 * 60_000;
const BATCH = 500;

/**
 * Intake's part of the retention schedule. A contact that opened no case here (a comment, a compliment, a service
 * request, one referred elsewhere or not accepted) is anonymised once its retention period has run from receipt;
 * an accepted one (a case) waits for casework's case.anonymised, as the case's clock runs from its closure.
 * Published outbox rows older than a day are deleted (an accepted complaint's event carries the contact
 * details). Returns how many submissions were anonymised.
 */
export async function sweepSubmissionRetention(
  em: EntityManager,
  config: Pick<PlatformConfig, 'retentionMonths'>,
  now: Date,
): Promise<number> {
  const schema = schemaOf(em);
  let anonymised = 0;
  for (const policy of COUNCIL_POLICIES) {
    const cutoff = retentionCutoff(retentionMonthsFor(config, policy), now);
    // A batch a transaction, so a first run over years of contacts neither holds locks long nor loads them all.
    for (;;) {
      const rows: { id: string }[] = await em.getConnection().execute(
        `select s."id" from "${schema}"."submission" s where s."council_id" = ? and s."anonymised_at" is null and s."received_at" < ?
           and s."outcome" <> 'ACCEPTED' limit ${BATCH}`,
        [policy.councilId, cutoff],
      );
      if (!rows.length) break;
      anonymised += await em
        .fork()
        .transactional(async (tx) =>
          anonymiseSubmissions(tx, await tx.find(Submission, { id: { $in: rows.map((r) => r.id) } }), 'RETENTION', null, now),
        );
      if (rows.length < BATCH) break;
    }
  }
  await purgePublishedOutbox(em, new Date(now.getTime() - DAY_MS));
  return anonymised;
}
