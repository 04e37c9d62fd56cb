import type { SubmissionCheck } from '../data/operations';
import type { ComplaintAnswers } from './answers';

/** The intake outcomes that have a page of their own (nothing to send, or nothing the council can take as it stands). */
export type OutcomePage = 'referred' | 'needs-consent' | 'needs-justification' | 'not-accepted';
export const OUTCOME_PAGES: readonly OutcomePage[] = ['referred', 'needs-consent', 'needs-justification', 'not-accepted'];

/** Where the dry run's answer sends the resident next: back to a question, to the outcome's own page, or on to check their answers. */
export type NextStep = { question: string } | { outcome: OutcomePage } | { checkAnswers: true };

/**
 * The intake outcome decides; the portal only chooses the page for it. A referral to a council on this platform goes
 * on to "Check your answers" (sending it passes it there, or records why that council would not take it: the
 * message says which); a referral anywhere else has nothing to send, so its page says who to contact. Past the time
 * limit, the late question is asked; said to have no reason, the answer is its own page.
 */
export function nextStepAfterCheck(check: SubmissionCheck, hasLocalAreas: boolean, a: Pick<ComplaintAnswers, 'lateReason'> = {}): NextStep {
  switch (check.outcome) {
    case 'NEEDS_JUSTIFICATION':
      return a.lateReason === 'no' ? { outcome: 'needs-justification' } : { question: 'late' };
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
