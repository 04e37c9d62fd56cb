import { CaseStatus } from '@redress/policy';
import type { SubjectErasureJob } from '@redress/contracts';
import type { EntityManager, Logger } from '@redress/platform';
import { Case } from '../cases/case.entity';
import { anonymiseCase } from './anonymise-case';

/**
 * subject.erase: intake granted a person's erasure request. Idempotent (an anonymised case is skipped); a case
 * that was reopened in the meantime is kept and logged, as the law lets the council keep what it still needs.
 */
export async function eraseSubject(em: EntityManager, job: SubjectErasureJob, now: Date, logger: Logger): Promise<number> {
  let erased = 0;
  for (const caseId of job.caseIds) {
    const c = await em.fork().findOne(Case, { id: caseId, councilId: job.councilId });
    if (!c) continue;
    if (c.status !== CaseStatus.CLOSED) {
      logger.warn({ caseId, status: c.status }, 'erasure skipped: the case is no longer closed');
      continue;
    }
    if (
      await em.fork().transactional((tx) => anonymiseCase(tx, caseId, 'ERASURE', `Redress (erasure requested via ${job.requestedBy})`, now))
    )
      erased += 1;
  }
  return erased;
}
