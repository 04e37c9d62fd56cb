import type { CaseAnonymisedEvent, JobOutcome } from '@redress/contracts';
import { done, skipped } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { Message } from './message.entity';

/** What a message says once the person's data is gone: the record of what was sent stays, for the figures. */
export const ANONYMISED_BODY = '[removed: personal data anonymised]';

/**
 * case.anonymised (the retention schedule ran out, or the person asked for erasure): every message of the case,
 * and the receipt sent before the case existed (by its reference), loses its addresses and its words. Kind, method,
 * status and dates stay. Safe to deliver again.
 */
export async function anonymiseMessages(em: EntityManager, event: CaseAnonymisedEvent): Promise<JobOutcome> {
  const changed = await em.nativeUpdate(
    Message,
    { councilId: event.councilId, $or: [{ caseId: event.caseId }, { reference: event.reference }], body: { $ne: ANONYMISED_BODY } },
    { recipient: null, postalAddress: null, subject: `Message about ${event.reference}`, body: ANONYMISED_BODY, html: '', failure: null },
  );
  return changed ? done : skipped('no message of the case holds personal data');
}
