import { AdjustmentKind, CaseStatus, ContactPreference } from '../enums';
import type { LocalDate } from '../calendar/london-time';
import { formatLongDate, londonDate } from '../calendar/london-time';

/*
 * Reasonable adjustments (Complaint Handling Code s.5: "record any reasonable adjustments agreed, and keep them under
 * review"; s.3 and the Equality Act 2010) and how the person prefers to be contacted.
 */

/** What a complainant wrote at intake becomes an adjustment of kind OTHER, their words kept as the need, for the handler to classify. */
export function intakeAdjustment(words: string | null | undefined): { kind: AdjustmentKind; need: string } | null {
  const need = words?.trim();
  return need ? { kind: AdjustmentKind.OTHER, need } : null;
}

/** A review date, when one is given, is after today. */
export function adjustmentReviewProblem(reviewOn: LocalDate | null | undefined, now: Date): string | null {
  return reviewOn && reviewOn <= londonDate(now) ? 'reviewOn must be a date after today: when the adjustment is looked at again.' : null;
}

/** Reviews fall due on their date (a London date), and stay due until someone is told. */
export const reviewDue = (reviewOn: LocalDate | null, now: Date): boolean => reviewOn !== null && reviewOn <= londonDate(now);

/**
 * The handler should phone the person: they prefer the telephone, or need telephone contact as an adjustment. The
 * written response is still sent (Hart s.6.4 "a written response").
 */
export function wantsTelephone(preference: ContactPreference | null, adjustments: readonly AdjustmentKind[]): boolean {
  return preference === ContactPreference.TELEPHONE || adjustments.includes(AdjustmentKind.TELEPHONE_CONTACT);
}

export function telephoneAlertMessage(reference: string, name: string, phone: string | null): string {
  return (
    `${reference}: ${name} asks to be contacted by telephone${phone ? ` (${phone})` : ' (no number on record: ask for one)'}. ` +
    'Phone them about their complaint; the written response is still sent.'
  );
}

/** Who reviews a person's adjustment: the handlers of their cases not yet closed, else the complaints coordinator. */
export function adjustmentReviewers(
  cases: readonly { status: CaseStatus; assigneeId: string | null }[],
  coordinatorId: string | null,
): string[] {
  const handlers = [...new Set(cases.filter((c) => c.status !== CaseStatus.CLOSED && c.assigneeId).map((c) => c.assigneeId as string))];
  if (handlers.length) return handlers;
  return coordinatorId ? [coordinatorId] : [];
}

const kindWords = (kind: AdjustmentKind): string => kind.toLowerCase().replace(/_/g, ' ');

export function adjustmentReviewMessage(name: string, a: { kind: AdjustmentKind; need: string; reviewOn: LocalDate }): string {
  return (
    `Review the reasonable adjustment for ${name} (${kindWords(a.kind)}: ${a.need}), due for review on ${formatLongDate(a.reviewOn)}: ` +
    'check it still meets their needs and record a new one if it has changed.'
  );
}

export function restrictionReviewMessage(name: string, r: { restrictions: string; reviewOn: LocalDate }): string {
  return (
    `Review the contact restriction on ${name} (${r.restrictions}), due for review on ${formatLongDate(r.reviewOn)}: ` +
    'decide whether it is still needed, and lift it if it is not.'
  );
}
