import type { CaseAnonymisedEvent } from '@redress/contracts';
import type { EntityManager } from '@redress/platform';
import { StaffAlertMail } from './staff-alert-mail.entity';

/** What an alert mail says once the case's personal data is gone. */
export const ANONYMISED_ALERT = '[removed: personal data anonymised]';

/**
 * case.anonymised: the case's alert mails lose their words (an alert may name the resident or give their number).
 * Who was told, of what kind, about which reference and when stay: staff data and a reference, not the resident's.
 * Returns how many changed; safe to deliver again.
 */
export const anonymiseAlertMail = (em: EntityManager, event: CaseAnonymisedEvent): Promise<number> =>
  em.nativeUpdate(
    StaffAlertMail,
    { councilId: event.councilId, caseId: event.caseId, message: { $ne: ANONYMISED_ALERT } },
    { message: ANONYMISED_ALERT, failure: null },
  );
