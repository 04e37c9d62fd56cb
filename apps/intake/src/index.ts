export * from './intake.module';
export { submitFeedback } from './submissions/submit-feedback';
// Intake's own application functions, called in process by tools/history (years of history through the real code path).
export { convertToComplaint } from './submissions/convert-to-complaint';
export type { SubmitFeedbackInput, SubmitFeedbackResult } from './submissions/submission.types';
export { applyCaseResponse, applyCaseSnapshot } from './tracking/case-tracking.processor';
