import { randomUUID } from 'node:crypto';
import { formatLondonDateTime, formatLongDate } from '@redress/policy';
import express from 'express';
import type { Request, Response, Router } from 'express';
import { fieldErrorsFromGateway, isGatewayError, redirectWithErrors, required, maxLength, checkAll, takeFlash, text } from '@redress/web';
import type { FieldError, FormBody } from '@redress/web';
import { OPENS_CASES, onlyFor } from '../auth/staff-pages';
import { councilOf, directoryOf, serviceAreaName } from '../data/council-directory';
import { CASE_STANDING, PREVIEW_SUBMISSION, SUBMIT_FEEDBACK } from '../data/operations';
import type { CaseStanding, FeedbackKind, SubmitFeedbackInput, SubmitFeedbackResult, WorkspaceCouncil } from '../data/operations';
import { CHANNEL_WORDS, COMPLAINANT_TYPE_WORDS, CONTACT_WORDS, KIND_WORDS, STATUS_WORDS, timeLeftWords } from '../data/words';
import { caseHref } from '../queues/queue-rows';
import {
  CHANNELS,
  COMPLAINANT_TYPES,
  CONTACT_FIELDS,
  CONTACT_PREFERENCES,
  KINDS,
  blankContact,
  checkContact,
  contactInput,
} from './contact-form';

declare module 'express-session' {
  interface SessionData {
    /** One per "Log a contact" form shown: sending it twice (a double tap, the back button) records it once. */
    contactKey?: string;
    /** The last contact logged, for the page that reads its reference back. */
    contactLogged?: { kind: FeedbackKind; channel: string; result: SubmitFeedbackResult };
    /** The reference a caller gave, to look up (kept here rather than in the address). */
    findReference?: string;
  }
}

const LOG = '/contact-centre/log';

/** The form's answers as typed, to show again with its problems (never the CSRF token). */
const typed = (b: FormBody): Record<string, unknown> => ({ ...b, _csrf: undefined });

/** The API's answer before anything is stored: the questions it still needs answered, at their fields, in its words. */
function stillNeeded(outcome: string, message: string): FieldError[] {
  if (outcome === 'NEEDS_LOCAL_AREA') return [{ field: 'localArea', message }];
  if (outcome === 'NEEDS_JUSTIFICATION') return [{ field: 'lateJustification', message }];
  return [];
}

function formView(council: WorkspaceCouncil, values: Record<string, unknown>, errors: unknown) {
  return {
    pageTitle: 'Log a contact',
    council,
    values,
    errors,
    kinds: KINDS.map((k) => ({ value: k, text: KIND_WORDS[k] })),
    channels: CHANNELS.map((c) => ({ value: c, text: CHANNEL_WORDS[c] })),
    complainantTypes: COMPLAINANT_TYPES.map((t) => ({ value: t, text: COMPLAINANT_TYPE_WORDS[t] })),
    preferences: CONTACT_PREFERENCES.map((p) => ({ value: p, text: CONTACT_WORDS[p] })),
    serviceAreas: council.serviceAreas.map((a) => ({ value: a.code, text: a.name })),
    localAreas: council.localAreas.map((a) => ({ value: a.code, text: a.name })),
    // The late question is asked when the API says it is needed (or was answered already).
    askWhyLate: Boolean(values.lateJustification) || Boolean((errors as { byField?: Record<string, unknown> })?.byField?.lateJustification),
  };
}

/** Previews, then records: a problem the API finds comes back to the form at its field, and nothing is stored. */
async function logContact(req: Request, res: Response, key: string, input: SubmitFeedbackInput, body: FormBody): Promise<void> {
  const { gateway } = res.locals;
  let result: SubmitFeedbackResult;
  try {
    const check = (await gateway.request(PREVIEW_SUBMISSION, { input })).previewSubmission;
    const needed = stillNeeded(check.outcome, check.message);
    if (needed.length) return redirectWithErrors(req, res, LOG, needed, typed(body));
    result = (await gateway.request(SUBMIT_FEEDBACK, { input })).submitFeedback;
  } catch (err) {
    if (!isGatewayError(err) || !err.badInput.length) throw err;
    return redirectWithErrors(req, res, LOG, fieldErrorsFromGateway(err.badInput, CONTACT_FIELDS, 'kind'), typed(body));
  }
  req.session.contactLogged = { kind: input.kind, channel: input.channel, result };
  if (req.session.contactKey === key) delete req.session.contactKey;
  res.redirect(303, '/contact-centre/logged');
}

const onDay = (iso: string): string => formatLongDate(iso.slice(0, 10));
const atTime = (iso: string): string => formatLondonDateTime(new Date(iso));

/** Where a case stands, in the words a caller is told: each line a label and its value. */
function standingView(c: CaseStanding, council: WorkspaceCouncil, assignee: string | null) {
  const s = c.stage;
  const rows: [string, string][] = [
    ['What it is', `${KIND_WORDS[c.kind]} about ${serviceAreaName(council, c.serviceArea).toLowerCase()}`],
    ['Status', STATUS_WORDS[c.status]],
    ['Stage', s.name],
    ['Received', atTime(c.receivedAt)],
    ['Acknowledged', s.acknowledgedAt ? atTime(s.acknowledgedAt) : `Not yet: due by ${onDay(s.acknowledgeBy)}`],
    ['Response', s.respondedAt ? `Sent ${atTime(s.respondedAt)}` : `Due by ${onDay(s.respondBy)}`],
  ];
  if (!s.respondedAt && s.expectedResponseBy) rows.push(['Now expected by', onDay(s.expectedResponseBy)]);
  if (!s.respondedAt) rows.push(['Time left', timeLeftWords(s, c.status)]);
  rows.push(['Handled by', assignee ?? 'Not assigned yet']);
  return { href: caseHref(c), reference: c.reference, rows };
}

/**
 * The contact centre, built for a phone: "Log a contact" (by telephone, in person or by letter, with when it was
 * received) ends with the reference and the promised dates to read back; "Find a case" tells a caller where theirs
 * stands.
 */
export function contactCentreRoutes(now: () => Date = () => new Date()): Router {
  const router = express.Router();
  router.use('/contact-centre', onlyFor(OPENS_CASES, 'log contacts or open cases'));

  router.get('/contact-centre', (req, res) => {
    const flash = takeFlash(req);
    res.render('pages/contact-centre/start', { pageTitle: 'Contact centre', errors: flash.errors, values: flash.values ?? {} });
  });

  router.get(LOG, async (req, res) => {
    const { staff, gateway } = res.locals;
    const council = await councilOf(gateway, staff.councilId);
    req.session.contactKey ??= randomUUID();
    const flash = takeFlash(req);
    res.render('pages/contact-centre/log', formView(council, flash.values ?? blankContact(now()), flash.errors));
  });

  router.post(LOG, async (req, res) => {
    const { staff, gateway } = res.locals;
    const key = req.session.contactKey;
    // Recorded already (its key went with it): the page with its reference, never a second record.
    if (!key) return res.redirect(303, req.session.contactLogged ? '/contact-centre/logged' : LOG);
    const body = (req.body ?? {}) as FormBody;
    const council = await councilOf(gateway, staff.councilId);
    const problems = checkContact(body, council, now());
    if (problems.length) return redirectWithErrors(req, res, LOG, problems, typed(body));
    await logContact(req, res, key, contactInput(body, staff.councilId, key), body);
  });

  router.get('/contact-centre/logged', (req, res) => {
    const logged = req.session.contactLogged;
    if (!logged) return res.redirect(303, LOG);
    res.render('pages/contact-centre/logged', {
      pageTitle: `${KIND_WORDS[logged.kind]} logged`,
      logged,
      kind: KIND_WORDS[logged.kind].toLowerCase(),
      channel: CHANNEL_WORDS[logged.channel].toLowerCase(),
      caseHref: logged.result.outcome === 'ACCEPTED' ? caseHref(logged.result) : null,
    });
  });

  router.post('/contact-centre/find', (req, res) => {
    const body = (req.body ?? {}) as FormBody;
    const problems = checkAll(body, [
      required('reference', 'Enter the reference the caller gives, like HDC-2026-000123'),
      maxLength('reference', 40, 'The reference'),
    ]);
    if (problems.length) return redirectWithErrors(req, res, '/contact-centre', problems, typed(body));
    req.session.findReference = text(body, 'reference').toUpperCase();
    res.redirect(303, '/contact-centre/case');
  });

  router.get('/contact-centre/case', async (req, res) => {
    const { staff, gateway } = res.locals;
    const reference = req.session.findReference;
    if (!reference) return res.redirect(303, '/contact-centre');
    const [{ case: found }, council, directory] = await Promise.all([
      gateway.request(CASE_STANDING, { reference }),
      councilOf(gateway, staff.councilId),
      directoryOf(gateway, staff.councilId),
    ]);
    if (!found) {
      return res.status(404).render('pages/contact-centre/not-found', { pageTitle: 'No case with that reference', reference });
    }
    const assignee = found.assigneeId ? (directory.find((m) => m.id === found.assigneeId)?.name ?? found.assigneeId) : null;
    res.render('pages/contact-centre/case', {
      pageTitle: `Where ${found.reference} stands`,
      standing: standingView(found, council, assignee),
    });
  });

  return router;
}
