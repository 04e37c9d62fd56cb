import type { SubmissionCheck } from '../data/operations';

/** Where the dry run's answer sends the resident next: back to a question, to the outcome's own page, or on to check their answers. */
export type NextStep = { question: string } | { outcome: 'referred' | 'needs-consent' | 'not-accepted' } | { checkAnswers: true };

/**
 * The intake outcome decides; the portal only chooses the page for it. A referral to a council on this platform goes
 * on to "Check your answers" (sending it passes it there, or records why that council would not take it: the
 * message says which); a referral anywhere else has nothing to send, so its page says who to contact.
 */
export function nextStepAfterCheck(check: SubmissionCheck, hasLocalAreas: boolean): NextStep {
  switch (check.outcome) {
    case 'NEEDS_JUSTIFICATION':
      return { question: 'late' };
    case 'NEEDS_LOCAL_AREA':
      return hasLocalAreas ? { question: 'local-area' } : { outcome: 'not-accepted' };
    case 'NEEDS_CONSENT':
      return { outcome: 'needs-consent' };
    case 'NOT_ACCEPTED':
      return { outcome: 'not-accepted' };
    case 'REFERRED':
      return check.referral?.councilId ? { checkAnswers: true } : { outcome: 'referred' };
    default:
      return { checkAnswers: true };
  }
}
