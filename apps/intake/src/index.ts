export * from './intake.module';
export { submitFeedback } from './submissions/submit-feedback';
