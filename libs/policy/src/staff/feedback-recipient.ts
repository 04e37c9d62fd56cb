import { FeedbackKind, Role } from '../enums';
import type { StaffEntry } from './staff-directory';
import { complaintsCoordinator } from './late-complaint-alert';

/**
 * Who reads the comments and compliments a council received (Hart §1 "highlight compliments about individuals or
 * teams"): the staff who handle complaints, not the contact centre that takes them down, nor analysts (figures
 * only). ADMIN holds every role within its council.
 */
export const FEEDBACK_READERS: readonly Role[] = [Role.OFFICER, Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR];

/** The kinds of feedback that are recorded for the service rather than opened as a case. */
export const RECORDED_FEEDBACK: readonly FeedbackKind[] = [FeedbackKind.COMMENT, FeedbackKind.COMPLIMENT];

export interface FeedbackAlertRecipient {
  staffId: string;
  as: 'HEAD_OF_SERVICE' | 'COMPLAINTS_COORDINATOR';
}

/**
 * Who is told of a comment or compliment about a service area: its Head of Service (the first in the directory, in
 * id order, who heads that area), so that it reaches the people concerned (a compliment) or the service learns from
 * it (a comment); else the complaints coordinator (the first). null: the council has neither.
 */
export function feedbackAlertRecipient(
  serviceArea: string,
  directory: readonly Pick<StaffEntry, 'id' | 'roles' | 'serviceAreas'>[],
): FeedbackAlertRecipient | null {
  const head = directory.find((s) => s.roles.includes(Role.HEAD_OF_SERVICE) && s.serviceAreas.includes(serviceArea));
  if (head) return { staffId: head.id, as: 'HEAD_OF_SERVICE' };
  const coordinator = complaintsCoordinator(directory);
  return coordinator ? { staffId: coordinator.id, as: 'COMPLAINTS_COORDINATOR' } : null;
}

export interface FeedbackFacts {
  kind: FeedbackKind;
  reference: string;
  /** The service area's name, as residents know it. */
  serviceAreaName: string;
  /** For a compliment: who was praised. */
  praised: string | null;
}

/** What the alert says: which feedback, about what, and who was praised (never the resident's words or details). */
export function feedbackAlertMessage(f: FeedbackFacts): string {
  const what = f.kind === FeedbackKind.COMPLIMENT ? 'A compliment' : 'A comment';
  const praised = f.praised ? `, praising ${f.praised}` : '';
  const next =
    f.kind === FeedbackKind.COMPLIMENT
      ? 'please pass it on to the people concerned'
      : 'share it with the service so that it can learn from it';
  return `${what} about ${f.serviceAreaName} was received (${f.reference})${praised}: see feedback for what they wrote, and ${next}.`;
}
