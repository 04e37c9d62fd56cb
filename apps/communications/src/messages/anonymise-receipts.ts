import type { JobOutcome, SubmissionAnonymisedEvent } from '@redress/contracts';
import { done, skipped } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { ANONYMISED_BODY, anonymisedMessage } from './anonymise-messages';
import { Message } from './message.entity';

/**
 * submission.anonymised: intake anonymised a contact that opened no case (a comment, a compliment, a service
 * request…), by the retention schedule or an erasure request. What was sent for it (its receipt, its thanks) loses its
 * address and its words, found by reference within the council. A message intake owed that is not on the record yet
 * (the two events travel on different queues) is waited for: the job fails, and is tried again with backoff. Safe to
 * deliver again: a second time finds nothing to clear.
 */
export async function anonymiseReceipts(em: EntityManager, event: SubmissionAnonymisedEvent): Promise<JobOutcome> {
  if (event.messageOwed && !(await em.count(Message, { councilId: event.councilId, reference: event.reference })))
    throw new Error(`the message owed for ${event.reference} is not on the delivery record yet: trying again later`);
  const changed = await em.nativeUpdate(
    Message,
    { councilId: event.councilId, reference: event.reference, body: { $ne: ANONYMISED_BODY } },
    anonymisedMessage(event.reference),
  );
  return changed ? done : skipped('no message of the contact holds personal data');
}
