import { randomUUID } from 'node:crypto';
import express from 'express';
import type { Router } from 'express';
import { checkAll, emailAddress, isGatewayError, maxLength, oneOf, redirectWithErrors, required, takeFlash, text } from '@redress/web';
import type { FieldError, FormBody, GatewayClient } from '@redress/web';
import { SUBMIT_FEEDBACK } from '../data/operations';
import type { CouncilView, SubmitFeedbackInput, SubmitFeedbackResult } from '../data/operations';
import { asResident, councilOf, loadCouncil, warnBeforeTimeout } from './council';

declare module 'express-session' {
  interface SessionData {
    /** One per compliment or comment form: a double submit records it once. */
    feedbackKey?: { councilId: string; key: string };
    feedbackSent?: { councilId: string; result: SubmitFeedbackResult };
  }
}

const given = (b: FormBody, name: string) => text(b, name) || undefined;

function check(b: FormBody, c: CouncilView): FieldError[] {
  return checkAll(b, [
    oneOf('kind', ['COMPLIMENT', 'COMMENT'], 'Select whether it is a compliment or a comment'),
    oneOf(
      'serviceArea',
      c.serviceAreas.map((s) => s.code),
      'Select the service it is about',
    ),
    maxLength('praised', 200, 'Who or which team'),
    required('details', 'Enter what you would like to tell us'),
    maxLength('details', 10_000, 'What you would like to tell us'),
    maxLength('name', 200, 'Your name'),
    ...(text(b, 'email') ? [emailAddress('email')] : []),
  ]);
}

/** The record the form makes: a compliment or comment, from a named person when they gave a name. */
function feedbackInput(b: FormBody, councilId: string, key: string): SubmitFeedbackInput {
  const details = text(b, 'details');
  const name = given(b, 'name');
  return {
    councilId,
    kind: text(b, 'kind') as 'COMPLIMENT' | 'COMMENT',
    channel: 'WEB_FORM',
    serviceArea: text(b, 'serviceArea'),
    // The first line, as the title staff see in their list.
    summary: details.split('\n')[0].slice(0, 200),
    details,
    praised: given(b, 'praised'),
    idempotencyKey: key,
    ...(name
      ? {
          complainant: {
            type: 'RESIDENT' as const,
            name,
            email: given(b, 'email'),
            contactPreference: given(b, 'email') ? ('EMAIL' as const) : undefined,
          },
        }
      : {}),
  };
}

/** Compliments and comments: one short form (Hart §1 "promote compliments and feedback via our online form"). */
export function feedbackRoutes(gateway: GatewayClient): Router {
  const router = express.Router();
  router.use('/:councilId/feedback', loadCouncil(gateway), warnBeforeTimeout);

  router.get('/:councilId/feedback', (req, res) => {
    const c = councilOf(res);
    // One key per form shown: every send of this form (a double click included) records it once.
    if (req.session.feedbackKey?.councilId !== c.id) req.session.feedbackKey = { councilId: c.id, key: randomUUID() };
    const flash = takeFlash(req);
    res.render('pages/feedback/form', {
      council: c,
      pageTitle: `Pay a compliment or leave a comment for ${c.name}`,
      values: flash.values ?? {},
      errors: flash.errors,
      backLink: `/${c.id}`,
    });
  });

  router.post('/:councilId/feedback', async (req, res) => {
    const c = councilOf(res);
    const key = req.session.feedbackKey?.councilId === c.id ? req.session.feedbackKey.key : null;
    // Sent already (the form's key went with it): its thank-you page, never a second record.
    if (!key) return res.redirect(303, req.session.feedbackSent?.councilId === c.id ? `/${c.id}/feedback/sent` : `/${c.id}/feedback`);
    const body = (req.body ?? {}) as FormBody;
    const problems = check(body, c);
    if (problems.length) return redirectWithErrors(req, res, `/${c.id}/feedback`, problems, { ...body, _csrf: undefined });
    let result;
    try {
      result = (await gateway.request(SUBMIT_FEEDBACK, { input: feedbackInput(body, c.id, key) }, asResident(req))).submitFeedback;
    } catch (err) {
      if (!isGatewayError(err) || !err.badInput.length) throw err;
      const message = err.badInput[0].message;
      return redirectWithErrors(req, res, `/${c.id}/feedback`, [{ field: 'details', message }], { ...body, _csrf: undefined });
    }
    req.session.feedbackSent = { councilId: c.id, result };
    delete req.session.feedbackKey;
    res.redirect(303, `/${c.id}/feedback/sent`);
  });

  router.get('/:councilId/feedback/sent', (req, res) => {
    const c = councilOf(res);
    const sent = req.session.feedbackSent;
    if (sent?.councilId !== c.id) return res.redirect(303, `/${c.id}/feedback`);
    res.render('pages/feedback/sent', { council: c, result: sent.result, pageTitle: 'Thank you' });
  });

  return router;
}
