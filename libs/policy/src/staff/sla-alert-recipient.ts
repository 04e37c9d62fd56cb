import { AlertKind } from '../enums';
import { complaintsCoordinator } from './late-complaint-alert';
import { formatLongDate } from '../calendar/london-time';
import type { StaffEntry } from './staff-directory';

/** The deadline an alert is about (the timers' names): a stage's acknowledgement or response, or an Ombudsman enquiry. */
export type AlertDeadline = 'ACKNOWLEDGEMENT' | 'RESPONSE' | 'OMBUDSMAN_ENQUIRY';
/** REMINDER: the deadline is near; DUE: it has passed unmet (a breach). */
export type AlertFire = 'REMINDER' | 'DUE';

export interface SlaAlertFacts {
  deadline: AlertDeadline;
  fire: AlertFire;
  /** The case's handler, or null when nobody is assigned. */
  assigneeId: string | null;
}

/** Who hears of it, and as what. */
export interface SlaAlertRecipient {
  staffId: string;
  as: 'HANDLER' | 'MANAGER' | 'COMPLAINTS_COORDINATOR';
}

/**
 * Who receives an SLA alert, from the council's staff directory (in id order). A reminder goes to the handler; a
 * breach to the handler's manager. The complaints coordinator (the first in the directory) takes it when nobody is
 * assigned, the handler is not in the directory or has no manager, and always for an Ombudsman enquiry, which the
 * coordinator coordinates (Hart §6.5). null: nobody can be told (the council has no complaints coordinator).
 */
export function slaAlertRecipient(
  alert: SlaAlertFacts,
  directory: readonly Pick<StaffEntry, 'id' | 'roles' | 'managerId'>[],
): SlaAlertRecipient | null {
  const handler = alert.assigneeId === null ? undefined : directory.find((s) => s.id === alert.assigneeId);
  if (alert.deadline !== 'OMBUDSMAN_ENQUIRY' && handler) {
    if (alert.fire === 'REMINDER') return { staffId: handler.id, as: 'HANDLER' };
    if (handler.managerId) return { staffId: handler.managerId, as: 'MANAGER' };
  }
  const coordinator = complaintsCoordinator(directory);
  return coordinator ? { staffId: coordinator.id, as: 'COMPLAINTS_COORDINATOR' } : null;
}

const DEADLINE_WORDS: Record<AlertDeadline, string> = {
  ACKNOWLEDGEMENT: 'acknowledgement',
  RESPONSE: 'response',
  OMBUDSMAN_ENQUIRY: "reply to the Ombudsman's enquiry",
};

/** What the alert says, in words: "HDC-2026-000001: the response is due by Tuesday 5 January 2027." */
export function slaAlertMessage(reference: string, deadline: AlertDeadline, fire: AlertFire, dueOn: string): string {
  const what = DEADLINE_WORDS[deadline];
  return fire === 'REMINDER'
    ? `${reference}: the ${what} is due by ${formatLongDate(dueOn)}.`
    : `${reference}: the ${what} was due by ${formatLongDate(dueOn)} and has not been made.`;
}

/** An Ombudsman enquiry is its own kind of alert; otherwise a reminder or a breach. */
export function slaAlertKind(deadline: AlertDeadline, fire: AlertFire): AlertKind {
  if (deadline === 'OMBUDSMAN_ENQUIRY') return AlertKind.OMBUDSMAN_ENQUIRY;
  return fire === 'REMINDER' ? AlertKind.REMINDER : AlertKind.BREACH;
}
