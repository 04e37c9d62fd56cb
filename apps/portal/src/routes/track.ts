import express from 'express';
import type { Request, Response, Router } from 'express';
import { checkAll, emailAddress, isGatewayError, maxLength, redirectWithErrors, required, takeFlash, text } from '@redress/web';
import type { FieldError, FormBody, GatewayClient } from '@redress/web';
import { COUNCILS, REQUEST_ESCALATION, TRACK_CASE } from '../data/operations';
import type { CaseTracking, CouncilView, EscalationRequestResult } from '../data/operations';
import { OUTCOME_WORDS, REMEDY_WORDS, STATUS_WORDS } from '../complaint/words';
import { answersCleared, asResident, councilOf, loadCouncil, warnBeforeTimeout } from './council';

declare module 'express-session' {
  interface SessionData {
    /**
     * The case a resident showed is theirs (its reference and their email), for the tracking pages: kept here, never in
     * a URL. `asked`: their request for the next stage from the stage it was at, so a second send asks nothing twice.
     */
    tracking?: { councilId: string; reference: string; email: string; asked?: { fromStage: number; result: EscalationRequestResult } };
  }
}

const base = (c: CouncilView) => `/${c.id}/track`;
/** The same answer for a reference that does not exist and for a reference with someone else's email. */
export const NO_MATCH = 'We could not find a complaint with that reference and email address. Check both and try again';

function check(b: FormBody): FieldError[] {
  return checkAll(b, [required('reference', 'Enter the reference number of your complaint'), emailAddress('email')]);
}

/** The gateway's problems with the form (a reference of the wrong shape, say), in GOV.UK words at the field they are about. */
function fieldProblems(problems: { field: string | null }[]): FieldError[] {
  return problems.map((p) =>
    p.field === 'email'
      ? { field: 'email', message: 'Enter an email address in the correct format, like name@example.com' }
      : { field: 'reference', message: 'Enter the reference number as it is on your confirmation, like HDC-2026-000042' },
  );
}

/** The case in the session, read again from the gateway (it moves on as the council works on it), or null. */
async function trackedCase(gateway: GatewayClient, req: Request, c: CouncilView): Promise<CaseTracking | null> {
  const t = req.session.tracking;
  if (t?.councilId !== c.id) return null;
  const { trackCase } = await gateway.request(TRACK_CASE, { reference: t.reference, email: t.email }, asResident(req));
  return trackCase;
}

/** No case in the session (or no longer found): back to the form, or the page that says the answers were cleared. */
function startAgain(req: Request, res: Response, c: CouncilView): void {
  delete req.session.tracking;
  answersCleared(res, base(c));
}

/** The case page's view model: the latest reply in words, and what the resident can do next. */
function caseView(c: CouncilView, t: CaseTracking) {
  const answered = t.status === 'RESPONDED' || t.status === 'CLOSED';
  return {
    council: c,
    pageTitle: `Your complaint ${t.reference}`,
    tracked: t,
    status: STATUS_WORDS[t.status] ?? t.status,
    outcome: t.outcome ? (OUTCOME_WORDS[t.outcome] ?? t.outcome) : null,
    remedies: t.remedies.map((r) => REMEDY_WORDS[r] ?? r),
    showOmbudsman: t.finalStage && answered,
    backLink: base(c),
  };
}

/**
 * Track a complaint (reference + email) and ask for the next stage: POST then redirect then GET, the case held in the
 * session. What the resident may ask for comes from the API (`trackCase.nextStage`, the rule requestEscalation applies).
 */
export function trackRoutes(gateway: GatewayClient): Router {
  const router = express.Router();
  router.use('/:councilId/track', loadCouncil(gateway), warnBeforeTimeout);

  router.get('/:councilId/track', (req, res) => {
    const c = councilOf(res);
    const flash = takeFlash(req);
    res.render('pages/track/find', {
      council: c,
      pageTitle: 'Track your complaint',
      values: flash.values ?? {},
      errors: flash.errors,
      backLink: `/${c.id}`,
    });
  });

  router.post('/:councilId/track', async (req, res) => {
    const c = councilOf(res);
    const body = (req.body ?? {}) as FormBody;
    const values = { reference: text(body, 'reference'), email: text(body, 'email') };
    const problems = check(body);
    if (problems.length) return redirectWithErrors(req, res, base(c), problems, values);
    const reference = values.reference.replace(/\s+/g, '').toUpperCase();
    let tracked: CaseTracking | null;
    try {
      tracked = (await gateway.request(TRACK_CASE, { reference, email: values.email }, asResident(req))).trackCase;
    } catch (err) {
      if (isGatewayError(err) && err.badInput.length) return redirectWithErrors(req, res, base(c), fieldProblems(err.badInput), values);
      throw err;
    }
    if (!tracked) return redirectWithErrors(req, res, base(c), [{ field: 'reference', message: NO_MATCH }], values);
    // A reference of another council on the platform: its own pages, with its own stages and Ombudsman details.
    const { councils } = await gateway.request(COUNCILS, {}, asResident(req));
    const owner = councils.find((k) => tracked.reference.startsWith(`${k.referencePrefix}-`))?.id ?? c.id;
    req.session.tracking = { councilId: owner, reference: tracked.reference, email: values.email };
    res.redirect(303, `/${owner}/track/your-complaint`);
  });

  router.get('/:councilId/track/your-complaint', async (req, res) => {
    const c = councilOf(res);
    const t = await trackedCase(gateway, req, c);
    if (!t) return startAgain(req, res, c);
    res.render('pages/track/case', caseView(c, t));
  });

  router.get('/:councilId/track/next-stage', async (req, res) => {
    const c = councilOf(res);
    const t = await trackedCase(gateway, req, c);
    if (!t) return startAgain(req, res, c);
    if (req.session.tracking?.asked?.fromStage === t.stage) return res.redirect(303, `${base(c)}/next-stage/sent`);
    if (t.nextStage === null) return res.redirect(303, `${base(c)}/your-complaint`);
    const flash = takeFlash(req);
    res.render('pages/track/next-stage', {
      council: c,
      tracked: t,
      pageTitle: `Ask for ${t.nextStageName}`,
      values: flash.values ?? {},
      errors: flash.errors,
      backLink: `${base(c)}/your-complaint`,
    });
  });

  router.post('/:councilId/track/next-stage', async (req, res) => {
    const c = councilOf(res);
    const t = await trackedCase(gateway, req, c);
    const session = req.session.tracking;
    if (!t || !session) return startAgain(req, res, c);
    // Sent already (a double click, the back button): the first answer, never a second request.
    if (session.asked?.fromStage === t.stage) return res.redirect(303, `${base(c)}/next-stage/sent`);
    const body = (req.body ?? {}) as FormBody;
    const problems = checkAll(body, [
      required('reason', 'Tell us why you are not happy with our reply'),
      maxLength('reason', 2000, 'Your reason'),
    ]);
    if (problems.length) return redirectWithErrors(req, res, `${base(c)}/next-stage`, problems, { reason: text(body, 'reason') });
    const input = { reference: session.reference, email: session.email, reason: text(body, 'reason') };
    const { requestEscalation } = await gateway.request(REQUEST_ESCALATION, { input }, asResident(req));
    session.asked = { fromStage: t.stage, result: requestEscalation };
    res.redirect(303, `${base(c)}/next-stage/sent`);
  });

  router.get('/:councilId/track/next-stage/sent', (req, res) => {
    const c = councilOf(res);
    const t = req.session.tracking;
    if (t?.councilId !== c.id || !t.asked) return startAgain(req, res, c);
    const result = t.asked.result;
    res.render('pages/track/asked', {
      council: c,
      result,
      pageTitle: result.accepted ? 'Request sent' : 'We cannot move your complaint to the next stage',
    });
  });

  return router;
}
