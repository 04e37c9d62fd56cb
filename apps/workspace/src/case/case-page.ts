import { formatLondonDateTime, formatLongDate, londonDate } from '@redress/policy';
import type { StaffMember } from '../data/operations';
import { CHANNEL_WORDS, COMPLAINANT_TYPE_WORDS, CONTACT_WORDS, KIND_WORDS, STATUS_WORDS, timeLeftWords, workingDays } from '../data/words';
import type { CaseAction, CaseMessage, CaseRecord, CaseStage } from './case-operations';
import {
  ADJUSTMENT_WORDS,
  CATEGORY_WORDS,
  CONSENT_WORDS,
  DELIVERY_STATUS_TAGS,
  DELIVERY_STATUS_WORDS,
  EVENT_WORDS,
  MESSAGE_KIND_WORDS,
  OMBUDSMAN_DECISION_WORDS,
  OUTCOME_WORDS,
  REMEDY_WORDS,
  STATUS_TAGS,
  wordsFor,
} from './case-words';
import { ACTION_FORMS } from './case-actions';

/*
 * The case page's view model: what the API answered, in words (dates written out, London time), ready for the GOV.UK
 * and MOJ macros. Nothing here decides a rule: deadlines, working days left and what may be done all come from the API.
 */

export interface SummaryRow {
  key: { text: string };
  value: { text: string } | { html: string };
}

export interface Badge {
  text: string;
  classes: string;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);

/** Text someone typed, over several lines, kept as they wrote it (escaped: it is never markup). */
export const multiline = (text: string): { html: string } => ({
  html: text
    .split(/\r?\n/)
    .map((line) => escapeHtml(line))
    .join('<br>'),
});

const row = (key: string, value: string | { html: string }): SummaryRow => ({
  key: { text: key },
  value: typeof value === 'string' ? { text: value } : value,
});

/** A London calendar date ("2027-01-05") in words: "Tuesday 5 January 2027". */
export const dateWords = (date: string): string => formatLongDate(date.slice(0, 10));
/** An instant in words, on the London clock: "Tuesday 5 January 2027 at 14:05". */
export const instantWords = (iso: string): string => formatLondonDateTime(new Date(iso));
/** The London date an instant fell on, in words. */
export const instantDateWords = (iso: string): string => formatLongDate(londonDate(new Date(iso)));

const listWords = (codes: readonly string[], table: Readonly<Record<string, string>>, none: string): string =>
  codes.length ? codes.map((c) => wordsFor(table, c)).join(', ') : none;

/** Staff by name from the council's directory (an id the directory does not know is shown as it is). */
export const staffName = (directory: readonly StaffMember[], id: string | null): string =>
  id === null ? 'Unassigned' : (directory.find((m) => m.id === id)?.name ?? id);

/** The flags a handler must see before they pick up the phone or write. */
export function caseFlags(c: Pick<CaseRecord, 'status' | 'overdue' | 'lateComplaint' | 'complainant' | 'stage'>): Badge[] {
  const flags: Badge[] = [];
  if (c.overdue) flags.push({ text: 'Overdue', classes: 'moj-badge--red' });
  if (c.lateComplaint) flags.push({ text: 'Late complaint', classes: 'moj-badge--purple' });
  if (c.complainant?.restricted) flags.push({ text: 'Contact restricted', classes: 'moj-badge--red' });
  if (c.complainant?.adjustments.length) flags.push({ text: 'Adjustments', classes: 'moj-badge--blue' });
  if (c.status === 'ON_HOLD') flags.push({ text: 'On hold', classes: 'moj-badge--grey' });
  if (c.stage.awaitingSignOff) flags.push({ text: 'Awaiting sign-off', classes: 'moj-badge--black' });
  if (!c.complainant) flags.push({ text: 'Anonymous', classes: 'moj-badge--grey' });
  return flags;
}

function aboutRows(c: CaseRecord, directory: readonly StaffMember[]): SummaryRow[] {
  const serviceArea = c.council.serviceAreas.find((a) => a.code === c.serviceArea)?.name ?? c.serviceArea;
  return [
    row('Reference', c.reference),
    row('Kind', wordsFor(KIND_WORDS, c.kind)),
    row('Received', `${instantWords(c.receivedAt)} (${wordsFor(CHANNEL_WORDS, c.channel).toLowerCase()})`),
    row('Service', serviceArea),
    row('Categories', listWords(c.categories, CATEGORY_WORDS, 'None recorded')),
    row('Handled by', staffName(directory, c.assigneeId)),
    ...(c.staffInvolved.length ? [row('Staff it is about', c.staffInvolved.map((id) => staffName(directory, id)).join(', '))] : []),
    ...(c.lateComplaint
      ? [row('Late complaint', 'Made after the time limit: the complaints coordinator decides whether it is considered')]
      : []),
  ];
}

function complainantRows(c: CaseRecord): SummaryRow[] | null {
  const p = c.complainant;
  if (!p) return null;
  const adjustments = p.adjustments.map(
    (a) => `${wordsFor(ADJUSTMENT_WORDS, a.kind)}: ${a.need}${a.reviewOn ? ` (review by ${dateWords(a.reviewOn)})` : ''}`,
  );
  return [
    row('Name', p.name),
    row('Who they are', wordsFor(COMPLAINANT_TYPE_WORDS, p.type)),
    ...(p.email ? [row('Email', p.email)] : []),
    ...(p.phone ? [row('Telephone', p.phone)] : []),
    ...(p.postalAddress ? [row('Address', multiline(p.postalAddress))] : []),
    row('Contact by', p.contactPreference ? wordsFor(CONTACT_WORDS, p.contactPreference) : 'No preference given'),
    row(
      'Contact restriction',
      p.restricted ? 'Yes: contact is restricted (unreasonable behaviour). Check the timeline before contacting them' : 'None',
    ),
    row('Reasonable adjustments', adjustments.length ? multiline(adjustments.join('\n')) : 'None recorded'),
  ];
}

function representativeRows(c: CaseRecord): SummaryRow[] | null {
  const r = c.representative;
  if (!r) return null;
  return [
    row('Name', r.name),
    row('Acting as', r.isCouncillor ? `${r.relationship} (a councillor)` : r.relationship),
    row('Consent from the complainant', wordsFor(CONSENT_WORDS, r.consent)),
    ...(r.email ? [row('Email', r.email)] : []),
    ...(r.phone ? [row('Telephone', r.phone)] : []),
    ...(r.postalAddress ? [row('Address', multiline(r.postalAddress))] : []),
  ];
}

export interface StageCard {
  title: string;
  current: boolean;
  rows: SummaryRow[];
}

/** Each deadline as the policy set it, in words; working days left from the API, for the stage in hand. */
export function stageCard(s: CaseStage, c: Pick<CaseRecord, 'status' | 'stage'>): StageCard {
  const current = s.number === c.stage.number;
  const extension = s.extensionWorkingDays ? ` (with an extension of ${workingDays(s.extensionWorkingDays)})` : '';
  const breaches = s.breaches.map((b) => {
    const what = b.kind === 'ACKNOWLEDGEMENT' ? 'Acknowledgement' : 'Response';
    return `${what} due ${instantDateWords(b.dueAt)}: missed, found ${instantWords(b.detectedAt)}`;
  });
  return {
    title: current ? `${s.name} (current stage)` : s.name,
    current,
    rows: [
      row('Opened', instantWords(s.openedAt)),
      row('Acknowledge by', dateWords(s.acknowledgeBy)),
      row('Acknowledged', s.acknowledgedAt ? instantWords(s.acknowledgedAt) : 'Not yet'),
      row('Respond by', `${dateWords(s.respondBy)}${extension}`),
      ...(s.expectedResponseBy ? [row('New date given to the customer', dateWords(s.expectedResponseBy))] : []),
      ...(current && !s.respondedAt ? [row('Time left', timeLeftWords(s, c.status))] : []),
      row('Responded', s.respondedAt ? instantWords(s.respondedAt) : s.awaitingSignOff ? 'Drafted: waiting to be signed off' : 'Not yet'),
      ...(s.outcome ? [row('Outcome', wordsFor(OUTCOME_WORDS, s.outcome))] : []),
      ...(s.outcome || s.remedies.length ? [row('Remedies', listWords(s.remedies, REMEDY_WORDS, 'None'))] : []),
      ...(s.findings ? [row('Findings', multiline(s.findings))] : []),
      ...(s.lessonsLearned ? [row('Lessons learned', multiline(s.lessonsLearned))] : []),
      ...(breaches.length ? [row('Missed deadlines', multiline(breaches.join('\n')))] : []),
    ],
  };
}

/** One row of the remedies table: remedy (and who promised it), who does it, when it is due, whether it is done. */
export type RemedyRow = [{ text: string }, { text: string }, { text: string }, { text: string; classes?: string }];

function remedyRows(c: CaseRecord, directory: readonly StaffMember[]): RemedyRow[] {
  const stageName = (n: number) => (n < 0 ? 'The Ombudsman' : (c.stages.find((s) => s.number === n)?.name ?? `Stage ${n}`));
  return c.remedyActions.map((a) => [
    { text: `${wordsFor(REMEDY_WORDS, a.remedy)} (${stageName(a.stage)})` },
    { text: staffName(directory, a.ownerId) },
    { text: dateWords(a.dueOn) },
    a.completedAt
      ? { text: `Done ${instantDateWords(a.completedAt)}${a.note ? `: ${a.note}` : ''}` }
      : a.overdue
        ? { text: 'Overdue', classes: 'govuk-!-font-weight-bold' }
        : { text: 'Not yet' },
  ]);
}

function ombudsmanRows(c: CaseRecord): SummaryRow[] | null {
  if (!c.ombudsmanReference && !c.ombudsmanDecision) return null;
  return [
    ...(c.ombudsmanReference ? [row("Ombudsman's reference", c.ombudsmanReference)] : []),
    ...(c.ombudsmanEnquiryRespondBy ? [row('Answer their enquiry by', dateWords(c.ombudsmanEnquiryRespondBy))] : []),
    row('Decision', c.ombudsmanDecision ? wordsFor(OMBUDSMAN_DECISION_WORDS, c.ombudsmanDecision) : 'Not yet made'),
  ];
}

export interface MessageView {
  id: string;
  title: string;
  subject: string;
  status: Badge;
  how: string;
  when: string;
  /** The text as sent, its lines kept (escaped). */
  bodyHtml: string;
  failure: string | null;
  /** Send the email again (the API refuses a letter, or a message never sent). */
  canResend: boolean;
  /** The printed letter's PDF, for a letter that was printed. */
  letterHref: string | null;
}

export function messageView(m: CaseMessage, reference: string): MessageView {
  const how =
    m.method === 'LETTER' ? `Letter to ${m.recipient ?? 'no one'}` : m.method === 'EMAIL' ? `Email to ${m.recipient}` : 'Not sent';
  return {
    id: m.id,
    title: wordsFor(MESSAGE_KIND_WORDS, m.kind),
    subject: m.subject,
    status: { text: wordsFor(DELIVERY_STATUS_WORDS, m.status), classes: DELIVERY_STATUS_TAGS[m.status] ?? '' },
    how,
    when: m.sentAt ? `Sent ${instantWords(m.sentAt)}` : `Written ${instantWords(m.createdAt)}`,
    bodyHtml: multiline(m.body).html,
    failure: m.failure,
    canResend: m.method === 'EMAIL' && (m.status === 'SENT' || m.status === 'FAILED'),
    letterHref:
      m.method === 'LETTER' && m.status === 'SENT'
        ? `/cases/${encodeURIComponent(reference)}/messages/${encodeURIComponent(m.id)}/letter`
        : null,
  };
}

export interface TimelineItem {
  label: { text: string };
  byline?: { text: string };
  datetime: { timestamp: string; type: 'datetime' };
  html: string;
}

/** The timeline as the MOJ timeline shows it: newest first, each line what happened, who did it and when. */
export function timelineItems(timeline: CaseRecord['timeline']): TimelineItem[] {
  return [...timeline]
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
    .map((e) => ({
      label: { text: wordsFor(EVENT_WORDS, e.type) },
      ...(e.actor ? { byline: { text: e.actor } } : {}),
      datetime: { timestamp: e.at, type: 'datetime' as const },
      html: e.detail ? `<p class="govuk-body">${multiline(e.detail).html}</p>` : '',
    }));
}

export interface ActionLink {
  text: string;
  href: string;
}

/** The actions this person may take now, as the API lists them: taking the case is a button here, the rest have a page. */
export function actionLinks(reference: string, allowed: readonly CaseAction[]): { take: boolean; links: ActionLink[] } {
  const base = `/cases/${encodeURIComponent(reference)}`;
  return {
    take: allowed.includes('TAKE'),
    links: ACTION_FORMS.filter((f) => allowed.includes(f.action)).map((f) => ({ text: f.link, href: `${base}/${f.slug}` })),
  };
}

export interface CasePageView {
  reference: string;
  summary: string;
  councilName: string;
  status: Badge;
  flags: Badge[];
  about: SummaryRow[];
  complainant: SummaryRow[] | null;
  representative: SummaryRow[] | null;
  stages: StageCard[];
  remedies: RemedyRow[];
  ombudsman: SummaryRow[] | null;
  /** null: the record of messages cannot be read just now. */
  messages: MessageView[] | null;
  timeline: TimelineItem[];
  actions: { take: boolean; links: ActionLink[] };
}

/** The case page: everything the API said about the case, in words, with the actions this person may take. */
export function casePage(c: CaseRecord, directory: readonly StaffMember[]): CasePageView {
  return {
    reference: c.reference,
    summary: c.summary,
    councilName: c.council.name,
    status: { text: wordsFor(STATUS_WORDS, c.status), classes: STATUS_TAGS[c.status] ?? '' },
    flags: caseFlags(c),
    about: aboutRows(c, directory),
    complainant: complainantRows(c),
    representative: representativeRows(c),
    // The stage in hand first, then the earlier ones, latest first.
    stages: [...c.stages].sort((a, b) => b.number - a.number).map((s) => stageCard(s, c)),
    remedies: remedyRows(c, directory),
    ombudsman: ombudsmanRows(c),
    messages: c.messages ? c.messages.map((m) => messageView(m, c.reference)) : null,
    timeline: timelineItems(c.timeline),
    actions: actionLinks(c.reference, c.allowedActions),
  };
}
