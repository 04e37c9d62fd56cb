import { COUNCIL_POLICIES, isPastRetention } from '@redress/policy';
import { purgePublishedOutbox, retentionMonthsFor } from '@redress/platform';
import type { EntityManager, PlatformConfig } from '@redress/platform';
import { Submission } from '../submissions/submission.entity';
import { anonymiseSubmissions } from './anonymise-submission';

const DAY_MS = 24 * 60 * 60_000;

/**
 * Intake's part of the retention schedule. A contact that opened no case here (a comment, a compliment, a service
 * request, one referred elsewhere or not accepted) is anonymised once its retention period has run from receipt;
 * an accepted one (a case) waits for casework's case.anonymised, as the case's clock runs from its closure. Published outbox rows older than a day are deleted
 * (an accepted complaint's event carries the contact details). Returns how many submissions were anonymised.
 */
export async function sweepSubmissionRetention(em: EntityManager, config: Pick<PlatformConfig, 'retentionMonths'>, now: Date): Promise<number> {
  const schema = em.config.get('schema') ?? 'public';
  let anonymised = 0;
  for (const policy of COUNCIL_POLICIES) {
    const months = retentionMonthsFor(config, policy);
    const bound = new Date(now);
    bound.setUTCMonth(bound.getUTCMonth() - months);
    const rows: { id: string }[] = await em.getConnection().execute(
      `select s."id" from "${schema}"."submission" s where s."council_id" = ? and s."anonymised_at" is null and s."received_at" < ?
         and s."outcome" <> 'ACCEPTED'`,
      [policy.councilId, new Date(bound.getTime() + 2 * DAY_MS)],
    );
    if (!rows.length) continue;
    anonymised += await em.fork().transactional(async (tx) => {
      const due = (await tx.find(Submission, { id: { $in: rows.map((r) => r.id) } })).filter((s) => isPastRetention(s.receivedAt, months, now));
      return anonymiseSubmissions(tx, due, 'RETENTION', null, now);
    });
  }
  await purgePublishedOutbox(em, schema, new Date(now.getTime() - DAY_MS));
  return anonymised;
}
