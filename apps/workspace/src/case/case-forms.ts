import { dateParts, text, values as many } from '@redress/web';
import type { DateParts, FormBody } from '@redress/web';
import type { StaffMember } from '../data/operations';
import { CHANNEL_WORDS, CONTACT_WORDS, ROLE_WORDS, timeLeftWords, workingDays } from '../data/words';
import type { ActionForm } from './case-actions';
import type { CaseForAction } from './case-operations';
import { dateWords, stageCard, staffName } from './case-page';
import type { SummaryRow } from './case-page';
import {
  ADJUSTMENT_WORDS,
  CATEGORY_WORDS,
  DIRECTION_WORDS,
  HOLD_REASON_WORDS,
  OMBUDSMAN_DECISION_WORDS,
  OUTCOME_HINTS,
  OUTCOME_WORDS,
  REMEDY_WORDS,
  wordsFor,
} from './case-words';

/*
 * An action's form page as the GOV.UK macros take it: the choices (with what was typed before still chosen), the
 * policy's own figures (an extension's maximum) and the draft being signed off. Presentation only: the API decides.
 */

export interface Choice {
  value: string;
  text: string;
  hint?: { text: string };
  checked?: boolean;
  selected?: boolean;
}

/** Radios or checkboxes from a table of words, those in `chosen` ticked. */
export function choices(table: Readonly<Record<string, string>>, chosen: readonly string[], hints: Readonly<Record<string, string>> = {}) {
  return Object.entries(table).map(([value, words]) => ({
    value,
    text: words,
    ...(hints[value] ? { hint: { text: hints[value] } } : {}),
    checked: chosen.includes(value),
  }));
}

/** A select of people, with a first "choose" line. */
function people(directory: readonly StaffMember[], chosen: string, prompt: string): Choice[] {
  const handlers = directory.filter((m) => m.roles.some((r) => ['OFFICER', 'HEAD_OF_SERVICE', 'COMPLAINTS_COORDINATOR'].includes(r)));
  return [
    { value: '', text: prompt },
    ...handlers.map((m) => ({
      value: m.id,
      text: `${m.name} (${m.roles.map((r) => wordsFor(ROLE_WORDS, r)).join(', ')})`,
      selected: m.id === chosen,
    })),
  ];
}

const DATE_FIELDS = ['enquiryRespondBy', 'dueOn', 'newRespondBy', 'reviewOn', 'endsOn'] as const;

/** What the policy allows for an extension at the current stage, in words (the API checks it). */
export function extensionCap(c: CaseForAction): string {
  const stage = c.council.policy.stages.find((s) => s.number === c.stage.number);
  const agreed = c.stage.extensionWorkingDays ? `${workingDays(c.stage.extensionWorkingDays)} already agreed` : 'none agreed so far';
  const max = stage?.maxExtensionWorkingDays ?? null;
  return max === null
    ? `${c.council.name}'s policy sets no fixed maximum for an extension at ${c.stage.name} (${agreed}).`
    : `${c.council.name}'s policy allows up to ${workingDays(max)} of extension in all at ${c.stage.name}: ${agreed}.`;
}

/** Who signs off this stage's responses, in words (null: they are sent as they are written). */
export function signOffBy(c: CaseForAction): string | null {
  const role = c.council.policy.stages.find((s) => s.number === c.stage.number)?.signOffRole ?? null;
  return role ? wordsFor(ROLE_WORDS, role).toLowerCase() : null;
}

export interface ActionFormView {
  caption: string;
  /** Where the stage stands: its deadline in words, and the working days left (the API's). */
  standing: SummaryRow[];
  button: string;
  values: Record<string, string>;
  dates: Record<string, DateParts>;
  choices: Record<string, Choice[]>;
  extensionCap: string;
  signOffBy: string | null;
  /** The drafted response (sign-off, return for changes). */
  draft: SummaryRow[];
}

/** The form page of `form` for the case, with `typed` (what was sent on a failed attempt, or nothing) filled in again. */
export function actionFormView(form: ActionForm, c: CaseForAction, directory: readonly StaffMember[], typed: FormBody): ActionFormView {
  const picked = (name: string, fallback: readonly string[] = []) => (typed[name] === undefined ? [...fallback] : many(typed, name));
  const one = (name: string) => picked(name).slice(0, 1);
  const signOff = signOffBy(c);
  const openRemedies = c.remedyActions.filter((a) => !a.completedAt);
  const draftRows = c.stage.awaitingSignOff
    ? stageCard(c.stage, c).rows.filter((r) => ['Outcome', 'Remedies', 'Findings', 'Lessons learned'].includes(r.key.text))
    : [];
  return {
    caption: `${c.reference}: ${c.summary}`,
    standing: [
      { key: { text: 'Stage' }, value: { text: c.stage.name } },
      { key: { text: 'Respond by' }, value: { text: dateWords(c.stage.respondBy) } },
      ...(c.stage.respondedAt ? [] : [{ key: { text: 'Time left' }, value: { text: timeLeftWords(c.stage, c.status) } }]),
      { key: { text: 'Handled by' }, value: { text: staffName(directory, c.assigneeId) } },
    ],
    button: form.slug === 'respond' && signOff ? 'Send for sign-off' : form.button,
    values: Object.fromEntries(Object.keys(typed).map((k) => [k, text(typed, k)])),
    dates: Object.fromEntries(DATE_FIELDS.map((d) => [d, dateParts(typed, d)])),
    choices: {
      assignees: people(directory, text(typed, 'assigneeId'), 'Choose who will handle it'),
      contacts: people(directory, text(typed, 'singlePointOfContactId'), 'Choose the single point of contact'),
      holdReasons: choices(HOLD_REASON_WORDS, one('reason')),
      directions: choices(DIRECTION_WORDS, one('direction')),
      channels: choices(CHANNEL_WORDS, one('channel')),
      outcomes: choices(OUTCOME_WORDS, one('outcome'), OUTCOME_HINTS),
      remedies: choices(REMEDY_WORDS, picked('remedies')),
      decisions: choices(OMBUDSMAN_DECISION_WORDS, one('decision')),
      adjustmentKinds: choices(ADJUSTMENT_WORDS, one('kind')),
      // The categories the case has, until the person changes them.
      categories: choices(CATEGORY_WORDS, picked('categories', c.categories)),
      contactMethods: choices(CONTACT_WORDS, picked('allowedMethods')),
      accept: choices({ yes: 'Yes, consider it', no: 'No, do not investigate it' }, one('accept')),
      remedyActions: openRemedies.map((a) => ({
        value: a.id,
        text: `${wordsFor(REMEDY_WORDS, a.remedy)}, due ${dateWords(a.dueOn)} (${staffName(directory, a.ownerId)})`,
        checked: text(typed, 'actionId') === a.id,
      })),
    },
    extensionCap: extensionCap(c),
    signOffBy: signOff,
    draft: draftRows,
  };
}
