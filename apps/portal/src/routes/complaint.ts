import { randomUUID } from 'node:crypto';
import express from 'express';
import type { Request, Response, Router } from 'express';
import { londonDate } from '@redress/policy';
import { isGatewayError, redirectWithErrors, takeFlash } from '@redress/web';
import type { GatewayClient, GatewayError } from '@redress/web';
import { PREVIEW_SUBMISSION, SUBMIT_FEEDBACK } from '../data/operations';
import type { CouncilView } from '../data/operations';
import { submissionInput } from '../complaint/answers';
import type { ComplaintAnswers } from '../complaint/answers';
import {
  askedQuestions,
  firstFormalStage,
  informalStage,
  nextQuestion,
  pageForInputPath,
  previousQuestion,
  questionBySlug,
  takesAnonymous,
} from '../complaint/questions';
import { OUTCOME_PAGES, nextStepAfterCheck } from '../complaint/outcome';
import { CATEGORY_WORDS, COMPLAINANT_TYPE_WORDS, CONSENT_IN_A_SENTENCE, CONSENT_WORDS, MATTER_WORDS } from '../complaint/words';
import { answersCleared, asResident, councilOf, loadCouncil, warnBeforeTimeout } from './council';

const base = (c: CouncilView) => `/${c.id}/complaint`;

/** The answers of this council's complaint in the session, or null (none started, or one for another council). */
function answersFor(req: Request, c: CouncilView): ComplaintAnswers | null {
  const a = req.session.complaint;
  return a && a.councilId === c.id ? a : null;
}

function nextPath(a: ComplaintAnswers, c: CouncilView): string {
  const q = nextQuestion(a, c);
  return q ? `${base(c)}/${q.slug}` : `${base(c)}/check`;
}

/** The gateway's bad-input problems back on the page that answers them (or the first page). */
function backToQuestion(req: Request, res: Response, err: GatewayError, a: ComplaintAnswers, c: CouncilView): void {
  const problem = err.badInput[0];
  const q = (problem?.field && pageForInputPath(problem.field, a, c)) || askedQuestions(a, c)[0];
  const target = q.fields[problem?.field ?? ''];
  const field = typeof target === 'object' ? target : { field: target ?? Object.values(q.fields)[0]?.toString() ?? q.slug };
  redirectWithErrors(req, res, `${base(c)}/${q.slug}`, [{ ...field, message: problem?.message ?? err.message }], {});
}

/** The view model every question page shares: the council's words the templates need, kept in one place. */
function questionView(c: CouncilView, a: ComplaintAnswers) {
  return {
    informalStage: informalStage(c),
    formalStage: firstFormalStage(c),
    takesAnonymous: takesAnonymous(c),
    matterWords: MATTER_WORDS,
    categoryWords: CATEGORY_WORDS,
    complainantTypeWords: COMPLAINANT_TYPE_WORDS,
    consentWords: CONSENT_WORDS,
    consentChoices: [...c.policy.representativeConsent, 'NONE'],
    consentInWords: c.policy.representativeConsent.map((e) => CONSENT_IN_A_SENTENCE[e]).join(' or '),
    late: a.late === true,
  };
}

export function complaintRoutes(gateway: GatewayClient): Router {
  const router = express.Router({ mergeParams: true });
  router.use('/:councilId/complaint', loadCouncil(gateway), warnBeforeTimeout);

  router.get('/:councilId/complaint/start', (req, res) => {
    const c = councilOf(res);
    const a = answersFor(req, c) ?? { councilId: c.id, idempotencyKey: randomUUID() };
    req.session.complaint = a;
    res.redirect(303, nextPath(a, c));
  });

  router.get('/:councilId/complaint/check', async (req, res) => {
    const c = councilOf(res);
    const a = answersFor(req, c);
    if (!a) return answersCleared(res, `/${c.id}`);
    if (nextQuestion(a, c)) return res.redirect(303, nextPath(a, c));
    let check;
    try {
      check = (await gateway.request(PREVIEW_SUBMISSION, { input: submissionInput(a) }, asResident(req))).previewSubmission;
    } catch (err) {
      if (isGatewayError(err) && err.badInput.length) return backToQuestion(req, res, err, a, c);
      throw err;
    }
    a.check = check;
    a.late = check.late;
    const step = nextStepAfterCheck(check, c.localAreas.length > 0, a);
    // Past the time limit (or, in a two-tier area, where it happened is needed): that question, then the dry run again.
    if ('question' in step) return res.redirect(303, `${base(c)}/${step.question}`);
    if ('outcome' in step) return res.redirect(303, `${base(c)}/${step.outcome}`);
    const rows = askedQuestions(a, c).flatMap((q) => q.rows(a, c).map((r) => ({ ...r, href: `${base(c)}/${q.slug}`, slug: q.slug })));
    const stage = c.policy.stages.find((s) => s.number === check.stage) ?? null;
    res.render('pages/complaint/check-answers', {
      council: c,
      rows,
      check,
      stage,
      anonymous: a.who === 'anonymous',
      backLink: `${base(c)}/${askedQuestions(a, c).at(-1)!.slug}`,
    });
  });

  for (const outcome of OUTCOME_PAGES) {
    router.get(`/:councilId/complaint/${outcome}`, (req, res) => {
      const c = councilOf(res);
      const a = answersFor(req, c);
      if (!a) return answersCleared(res, `/${c.id}`);
      if (!a.check) return res.redirect(303, `${base(c)}/check`);
      res.render(`pages/complaint/${outcome}`, {
        council: c,
        check: a.check,
        answers: a,
        ...questionView(c, a),
        backLink: `${base(c)}/check`,
      });
    });
  }

  router.post('/:councilId/complaint/submit', async (req, res) => {
    const c = councilOf(res);
    const a = answersFor(req, c);
    // Sent already (a double click, or the back button): the first result, never a second complaint.
    if (!a && req.session.submitted?.councilId === c.id) return res.redirect(303, `${base(c)}/confirmation`);
    if (!a) return answersCleared(res, `/${c.id}`);
    if (nextQuestion(a, c) || !a.check) return res.redirect(303, `${base(c)}/check`);
    let result;
    try {
      result = (await gateway.request(SUBMIT_FEEDBACK, { input: submissionInput(a) }, asResident(req))).submitFeedback;
    } catch (err) {
      if (isGatewayError(err) && err.badInput.length) return backToQuestion(req, res, err, a, c);
      throw err;
    }
    req.session.submitted = { councilId: c.id, result };
    delete req.session.complaint;
    res.redirect(303, `${base(c)}/confirmation`);
  });

  router.get('/:councilId/complaint/confirmation', (req, res) => {
    const c = councilOf(res);
    const submitted = req.session.submitted;
    if (submitted?.councilId !== c.id) return res.redirect(303, `/${c.id}`);
    const result = submitted.result;
    const stage = c.policy.stages.find((s) => s.number === result.stage) ?? null;
    res.render('pages/complaint/confirmation', { council: c, result, stage });
  });

  router.get('/:councilId/complaint/:slug', (req, res, next) => {
    const c = councilOf(res);
    const q = questionBySlug(req.params.slug);
    if (!q) return next();
    const a = answersFor(req, c);
    if (!a) return answersCleared(res, `/${c.id}`);
    if (!q.asks(a, c)) return res.redirect(303, nextPath(a, c));
    const flash = takeFlash(req);
    const previous = previousQuestion(q.slug, a, c);
    res.render(`pages/complaint/${q.slug}`, {
      council: c,
      pageTitle: q.title(a, c),
      values: { ...a, ...(flash.values ?? {}) },
      errors: flash.errors,
      backLink: previous ? `${base(c)}/${previous.slug}` : `/${c.id}`,
      ...questionView(c, a),
    });
  });

  router.post('/:councilId/complaint/:slug', (req, res, next) => {
    const c = councilOf(res);
    const q = questionBySlug(req.params.slug);
    if (!q) return next();
    const a = answersFor(req, c);
    if (!a) return answersCleared(res, `/${c.id}`);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const problems = q.check(body, c, londonDate(new Date()));
    if (problems.length) return redirectWithErrors(req, res, `${base(c)}/${q.slug}`, problems, q.read(body));
    Object.assign(a, q.read(body));
    // An answer changed after the dry run: it is asked again before anything is sent.
    delete a.check;
    res.redirect(303, nextPath(a, c));
  });

  return router;
}
