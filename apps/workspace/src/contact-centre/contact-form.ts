import { formatLondonTime, londonDate, startOfLondonDay } from '@redress/policy';
import { checkAll, checkPastDate, dateParts, emailAddress, isoDate, maxLength, oneOf, required, text } from '@redress/web';
import type { FieldError, FieldMap, FormBody } from '@redress/web';
import type { Channel, ComplainantType, ContactPreference, FeedbackKind, SubmitFeedbackInput, WorkspaceCouncil } from '../data/operations';

/*
 * "Log a contact": a complaint, compliment, comment or service request made to the contact centre by telephone, in
 * person or by letter, with when it was received. The page's checks are of the form only (a field missing, a time that
 * is not a time); whether it is late, referred or needs more is the API's answer (previewSubmission).
 */

export const KINDS: readonly FeedbackKind[] = ['COMPLAINT', 'COMPLIMENT', 'COMMENT', 'SERVICE_REQUEST'];
export const CHANNELS: readonly Channel[] = ['TELEPHONE', 'IN_PERSON', 'LETTER'];
export const COMPLAINANT_TYPES: readonly ComplainantType[] = [
  'RESIDENT',
  'WORKER_OR_VISITOR',
  'BUSINESS',
  'COMMUNITY_GROUP',
  'PROFESSIONAL_BODY',
  'OTHER',
];
export const CONTACT_PREFERENCES: readonly ContactPreference[] = ['TELEPHONE', 'EMAIL', 'LETTER'];

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** Minutes after London midnight for "14:05" (or "14.05"); null when it is not a time on the 24-hour clock. */
export function minutesOf(time: string): number | null {
  const m = TIME.exec(time.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

const minutesOnLondonClock = (instant: Date): number => minutesOf(formatLondonTime(instant))!;

/**
 * The instant a London date and wall-clock time name ("2026-03-29", 14:05 → 13:05 UTC, British Summer Time). The
 * clocks change by an hour at 01:00 UTC, so the start of the London day plus the minutes, corrected once by what the
 * London clock then shows (the difference taken the short way round midnight), is exact; the hour that does not exist
 * in spring is read as the hour before the change.
 */
export function londonInstant(date: string, minutes: number): Date {
  const guess = startOfLondonDay(date).getTime() + minutes * 60_000;
  const shown = minutesOnLondonClock(new Date(guess));
  const correction = ((((minutes - shown + 720) % 1440) + 1440) % 1440) - 720;
  return new Date(guess + correction * 60_000);
}

/** What the form starts with: received by telephone, today, now (London). */
export function blankContact(now: Date): Record<string, string> {
  const [year, month, day] = londonDate(now).split('-');
  return {
    channel: 'TELEPHONE',
    'receivedAt-day': String(Number(day)),
    'receivedAt-month': String(Number(month)),
    'receivedAt-year': year,
    receivedTime: formatLondonTime(now),
    complainantType: 'RESIDENT',
  };
}

const given = (b: FormBody, name: string): string | undefined => text(b, name) || undefined;

function checkReceived(b: FormBody, now: Date): FieldError[] {
  const today = londonDate(now);
  const date = checkPastDate(dateParts(b, 'receivedAt'), 'receivedAt', 'the date it was received', today);
  if (date.length) return date;
  const minutes = minutesOf(text(b, 'receivedTime'));
  if (minutes === null) return [{ field: 'receivedTime', message: 'Enter the time it was received on the 24-hour clock, like 14:05' }];
  if (londonInstant(isoDate(dateParts(b, 'receivedAt'))!, minutes).getTime() > now.getTime())
    return [{ field: 'receivedTime', message: 'The time it was received must be now or in the past' }];
  return [];
}

function checkIncident(b: FormBody, today: string): FieldError[] {
  const parts = dateParts(b, 'incidentDate');
  if (!parts.day && !parts.month && !parts.year) return [];
  return checkPastDate(parts, 'incidentDate', 'the date it happened', today);
}

/** How the caller wants to hear back needs the detail to reach them that way. */
function checkReachable(b: FormBody): FieldError[] {
  const preference = text(b, 'contactPreference');
  const needs: Record<string, [string, string]> = {
    TELEPHONE: ['phone', 'Enter a phone number, or choose another way to contact them'],
    EMAIL: ['email', 'Enter an email address, or choose another way to contact them'],
    LETTER: ['postalAddress', 'Enter a postal address, or choose another way to contact them'],
  };
  const need = needs[preference];
  return need && !text(b, need[0]) ? [{ field: need[0], message: need[1] }] : [];
}

function checkCaller(b: FormBody): FieldError[] {
  const contact = ['phone', 'email', 'postalAddress', 'contactPreference', 'adjustments'].some((f) => text(b, f));
  if (!text(b, 'name'))
    return contact
      ? [{ field: 'name', message: 'Enter their name, or leave their contact details empty if they want to stay anonymous' }]
      : [];
  return checkAll(b, [
    maxLength('name', 200, 'Their name'),
    oneOf('complainantType', COMPLAINANT_TYPES, 'Select who they are'),
    ...(text(b, 'email') ? [emailAddress('email')] : []),
    maxLength('phone', 40, 'The phone number'),
    maxLength('postalAddress', 500, 'The postal address'),
    ...(text(b, 'contactPreference') ? [oneOf('contactPreference', CONTACT_PREFERENCES, 'Select how they want us to contact them')] : []),
    checkReachable,
    maxLength('adjustments', 500, 'What they need from us'),
  ]).map((e) => (e.field === 'email' && e.message === 'Enter your email address' ? { ...e, message: 'Enter their email address' } : e));
}

/** The form's own checks, in the order of the fields on the page. */
export function checkContact(b: FormBody, council: WorkspaceCouncil, now: Date): FieldError[] {
  return [
    ...checkAll(b, [oneOf('kind', KINDS, 'Select what kind of contact it is'), oneOf('channel', CHANNELS, 'Select how it was made')]),
    ...checkReceived(b, now),
    ...checkAll(b, [
      oneOf(
        'serviceArea',
        council.serviceAreas.map((a) => a.code),
        'Select the service it is about',
      ),
      ...(council.localAreas.length && text(b, 'localArea')
        ? [
            oneOf(
              'localArea',
              council.localAreas.map((a) => a.code),
              'Select where it happened',
            ),
          ]
        : []),
      required('summary', 'Enter a short summary'),
      maxLength('summary', 200, 'The summary'),
      required('details', 'Enter what they told you'),
      maxLength('details', 10_000, 'What they told you'),
      maxLength('desiredOutcome', 2_000, 'What they want to happen'),
      maxLength('praised', 200, 'Who or which team'),
      maxLength('lateJustification', 2_000, 'Why they could not complain sooner'),
    ]),
    ...checkIncident(b, londonDate(now)),
    ...checkCaller(b),
  ];
}

/** The submission the form records, in the council's name, as the signed-in member of staff. */
export function contactInput(b: FormBody, councilId: string, idempotencyKey: string): SubmitFeedbackInput {
  const name = given(b, 'name');
  const incident = isoDate(dateParts(b, 'incidentDate'));
  return {
    councilId,
    kind: text(b, 'kind') as FeedbackKind,
    channel: text(b, 'channel') as Channel,
    serviceArea: text(b, 'serviceArea'),
    summary: text(b, 'summary'),
    details: text(b, 'details'),
    desiredOutcome: given(b, 'desiredOutcome'),
    receivedAt: londonInstant(isoDate(dateParts(b, 'receivedAt'))!, minutesOf(text(b, 'receivedTime'))!).toISOString(),
    ...(incident ? { incidentDate: incident } : {}),
    lateJustification: given(b, 'lateJustification'),
    praised: given(b, 'praised'),
    localArea: given(b, 'localArea'),
    idempotencyKey,
    ...(name
      ? {
          complainant: {
            type: (given(b, 'complainantType') ?? 'RESIDENT') as ComplainantType,
            name,
            email: given(b, 'email'),
            phone: given(b, 'phone'),
            postalAddress: given(b, 'postalAddress'),
            contactPreference: given(b, 'contactPreference') as ContactPreference | undefined,
            adjustments: given(b, 'adjustments'),
          },
        }
      : {}),
  };
}

/** Which field of the form each of the API's input paths is answered in. */
export const CONTACT_FIELDS: FieldMap = {
  'input.kind': 'kind',
  'input.channel': 'channel',
  'input.receivedAt': { field: 'receivedAt', href: 'receivedAt-day' },
  'input.serviceArea': 'serviceArea',
  'input.localArea': 'localArea',
  'input.summary': 'summary',
  'input.details': 'details',
  'input.desiredOutcome': 'desiredOutcome',
  'input.praised': 'praised',
  'input.incidentDate': { field: 'incidentDate', href: 'incidentDate-day' },
  'input.lateJustification': 'lateJustification',
  'input.complainant.name': 'name',
  'input.complainant.type': 'complainantType',
  'input.complainant.email': 'email',
  'input.complainant.phone': 'phone',
  'input.complainant.postalAddress': 'postalAddress',
  'input.complainant.contactPreference': 'contactPreference',
  'input.complainant.adjustments': 'adjustments',
};
