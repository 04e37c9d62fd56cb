import type { CaseAnonymisedEvent, JobOutcome } from '@redress/contracts';
import { done, skipped } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { StaffAlertMail } from '../staff-alerts/staff-alert-mail.entity';
import { Message } from './message.entity';

/** What a message says once the person's data is gone: the record of what was sent stays, for the figures. */
export const ANONYMISED_BODY = '[removed: personal data anonymised]';

/**
 * What a message keeps once the person's data is gone: kind, method, status and dates (the record of what was sent,
 * for the figures), not the address, the words or a letter's PDF.
 */
export const anonymisedMessage = (reference: string) => ({
  recipient: null,
  postalAddress: null,
  subject: `Message about ${reference}`,
  body: ANONYMISED_BODY,
  html: '',
  letterPdf: null,
  failure: null,
});

/**
 * case.anonymised (the retention schedule ran out, or the person asked for erasure): every message of the case,
 * and the receipt sent before the case existed (by its reference), loses its addresses, its words and a letter's PDF.
 * Kind, method, status and dates stay. Safe to deliver again.
 */
export async function anonymiseMessages(em: EntityManager, event: CaseAnonymisedEvent): Promise<JobOutcome> {
  const changed = await em.nativeUpdate(
    Message,
    { councilId: event.councilId, $or: [{ caseId: event.caseId }, { reference: event.reference }], body: { $ne: ANONYMISED_BODY } },
    anonymisedMessage(event.reference),
  );
  // A staff alert's words may name the resident ("phone Jo Bloggs"): they go too; who was alerted, and when, stay.
  const alerts = await em.nativeUpdate(
    StaffAlertMail,
    { councilId: event.councilId, caseId: event.caseId, message: { $ne: ANONYMISED_BODY } },
    { message: ANONYMISED_BODY },
  );
  return changed || alerts ? done : skipped('no message of the case holds personal data');
}
