import { londonDate } from '@redress/policy';
import type { QueueCase, StaffMember } from '../data/operations';
import { KIND_WORDS, STATUS_WORDS, timeLeftWords } from '../data/words';

/**
 * Where a case's page is (the case pages, case/): `/cases/<reference>`. A reference is the record's public name, given
 * to the resident; it carries no personal data, and the API finds a case by it (`case(reference:)`).
 */
export const caseHref = (c: { reference: string }): string => `/cases/${encodeURIComponent(c.reference)}`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2027-01-05" → "5 Jan 2027", for a table column. */
export const shortDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

export interface Badge {
  text: string;
  classes: string;
}

export interface QueueRow {
  href: string;
  reference: string;
  summary: string;
  kind: string;
  stage: string;
  status: string;
  timeLeft: string;
  late: boolean;
  /** The London day it was received, short: "5 Jan 2027". */
  received: string;
  assignee: string;
  flags: Badge[];
}

/** The flags a handler must see before they pick up the phone or write: MOJ badges, in words. */
function flagsOf(c: QueueCase): Badge[] {
  const flags: Badge[] = [];
  if (c.lateComplaint) flags.push({ text: 'Late complaint', classes: 'moj-badge--purple' });
  if (c.complainant?.restricted) flags.push({ text: 'Contact restricted', classes: 'moj-badge--red' });
  if (c.complainant?.adjustments.length) flags.push({ text: 'Adjustments', classes: 'moj-badge--blue' });
  if (c.status === 'ON_HOLD') flags.push({ text: 'On hold', classes: 'moj-badge--grey' });
  if (c.stage.awaitingSignOff) flags.push({ text: 'Awaiting sign-off', classes: 'moj-badge--black' });
  return flags;
}

/** A queue's cases as the table shows them; assignees by name from the council's directory. */
export function queueRows(cases: readonly QueueCase[], directory: readonly StaffMember[]): QueueRow[] {
  const names = new Map(directory.map((m) => [m.id, m.name]));
  return cases.map((c) => ({
    href: caseHref(c),
    reference: c.reference,
    summary: c.summary,
    kind: KIND_WORDS[c.kind] ?? c.kind,
    stage: c.stage.name,
    status: STATUS_WORDS[c.status] ?? c.status,
    timeLeft: timeLeftWords(c.stage, c.status),
    late: (c.stage.workingDaysLeft ?? 0) < 0 || c.overdue,
    received: shortDate(londonDate(new Date(c.receivedAt))),
    assignee: c.assigneeId ? (names.get(c.assigneeId) ?? c.assigneeId) : 'Unassigned',
    flags: flagsOf(c),
  }));
}
