import express from 'express';
import type { Request, Response, Router } from 'express';
import { isGatewayError, redirectWithErrors, takeFlash } from '@redress/web';
import type { FormBody } from '@redress/web';
import type { StaffGateway } from '../auth/staff-context';
import { OPENS_CASES, onlyFor } from '../auth/staff-pages';
import { directoryOf } from '../data/council-directory';
import type { StaffMember } from '../data/operations';
import { TAKE_FORM, actionForm, refusalErrors } from './case-actions';
import type { ActionContext, ActionForm } from './case-actions';
import { actionFormView } from './case-forms';
import { CASE_FOR_ACTION, CASE_KEY, CASE_LETTER, CASE_PAGE, PREVIEW_MESSAGE, RESEND_MESSAGE } from './case-operations';
import type { MessageKind, MessagePreview } from './case-operations';
import { casePage, multiline } from './case-page';

declare module 'express-session' {
  interface SessionData {
    /** What the last action on a case changed, for the banner on its page (shown once). */
    caseNotice?: { reference: string; text: string };
  }
}

/*
 * The case page and its actions (mounted at /cases, after sign-in): `GET /cases/<reference>` is the case,
 * `GET|POST /cases/<reference>/<action>` each action's form, posted, then back to the case with a banner (POST, redirect,
 * GET). The address carries the case's reference (its public name: no personal data); the API's ids go in no URL but
 * a message's. Everything shown and offered comes from the API, as the signed-in person: another council's case, or a
 * case that does not exist, is "Page not found".
 */

const REFERENCE = /^[A-Z]{2,8}-\d{4}-\d{6}$/;
/** The reference in the address, as the API spells it; null when it cannot be one. */
export const referenceOf = (param: unknown): string | null => {
  const ref = typeof param === 'string' ? param.trim().toUpperCase() : '';
  return REFERENCE.test(ref) ? ref : null;
};

export const caseHref = (reference: string): string => `/cases/${encodeURIComponent(reference)}`;

const notFound = (res: Response) => res.status(404).render('pages/not-found');

/** The message the customer would get if the action were taken now, or why nothing would be sent. */
async function previewOf(
  gateway: StaffGateway,
  caseId: string,
  kind: MessageKind,
): Promise<{ message: MessagePreview & { bodyHtml: string } } | { nothing: string }> {
  try {
    const { previewMessage: m } = await gateway.request(PREVIEW_MESSAGE, { caseId, kind });
    return { message: { ...m, bodyHtml: multiline(m.body).html } };
  } catch (err) {
    if (!isGatewayError(err)) throw err;
    return { nothing: err.problems[0]?.message ?? 'The message cannot be shown just now.' };
  }
}

const typedValues = (body: FormBody): Record<string, unknown> => {
  const { _csrf: _token, ...typed } = body as Record<string, unknown>;
  return typed;
};

async function showCase(req: Request, res: Response): Promise<void> {
  const reference = referenceOf(req.params.caseId);
  if (!reference) return void notFound(res);
  const { gateway, staff } = res.locals;
  const [{ case: c }, directory] = await Promise.all([gateway.request(CASE_PAGE, { reference }), directoryOf(gateway, staff.councilId)]);
  if (!c) return void notFound(res);
  const flash = takeFlash(req);
  const notice = req.session.caseNotice?.reference === reference ? req.session.caseNotice.text : null;
  delete req.session.caseNotice;
  res.render('pages/case/case', {
    pageTitle: `${c.reference}: ${c.summary}`,
    view: casePage(c, directory),
    caseHref: caseHref(c.reference),
    notice,
    errors: flash.errors,
  });
}

async function showForm(form: ActionForm, req: Request, res: Response): Promise<void> {
  const reference = referenceOf(req.params.caseId);
  if (!reference) return void notFound(res);
  const { gateway, staff } = res.locals;
  const [{ case: c }, directory] = await Promise.all([
    gateway.request(CASE_FOR_ACTION, { reference }),
    directoryOf(gateway, staff.councilId),
  ]);
  if (!c) return void notFound(res);
  const flash = takeFlash(req);
  // A form is offered only while the API lists its action; a refusal just shown stays on its form, whatever changed.
  if (!c.allowedActions.includes(form.action) && !flash.errors.errorList.length) return res.redirect(303, caseHref(reference));
  res.render(`pages/case/${form.slug}`, {
    pageTitle: form.title,
    narrow: true,
    form,
    view: actionFormView(form, c, directory, (flash.values ?? {}) as FormBody),
    preview: form.preview ? await previewOf(gateway, c.id, form.preview) : null,
    caseHref: caseHref(reference),
    backLink: caseHref(reference),
    errors: flash.errors,
  });
}

async function sendForm(form: ActionForm, req: Request, res: Response): Promise<void> {
  const reference = referenceOf(req.params.caseId);
  if (!reference) return void notFound(res);
  const { gateway, staff } = res.locals;
  const body = (req.body ?? {}) as FormBody;
  // Taking a case is a button on its page: a refusal is shown there.
  const back = form === TAKE_FORM ? caseHref(reference) : `${caseHref(reference)}/${form.slug}`;
  const problems = form.check(body);
  if (problems.length) return redirectWithErrors(req, res, back, problems, typedValues(body));
  const { case: key } = await gateway.request(CASE_KEY, { reference });
  if (!key) return void notFound(res);
  let directory: Promise<StaffMember[]> | null = null;
  const ctx: ActionContext = { gateway, staff, key, directory: () => (directory ??= directoryOf(gateway, staff.councilId)) };
  let text: string;
  try {
    text = await form.send(ctx, body);
  } catch (err) {
    return redirectWithErrors(req, res, back, refusalErrors(err, form.fields, form.fallback), typedValues(body));
  }
  req.session.caseNotice = { reference, text };
  res.redirect(303, caseHref(reference));
}

/** Send an email again (communications keeps what was sent): the banner says where it went, or why it did not. */
async function resend(req: Request, res: Response): Promise<void> {
  const reference = referenceOf(req.params.caseId);
  if (!reference) return void notFound(res);
  const messageId = String(req.params.messageId);
  const button = `resend-${messageId}`;
  let sent;
  try {
    sent = (await res.locals.gateway.request(RESEND_MESSAGE, { messageId })).resendMessage;
  } catch (err) {
    return redirectWithErrors(req, res, caseHref(reference), refusalErrors(err, {}, button), {});
  }
  if (sent.status !== 'SENT')
    return redirectWithErrors(
      req,
      res,
      caseHref(reference),
      [{ field: button, message: `The email to ${sent.recipient} was not delivered again.` }],
      {},
    );
  req.session.caseNotice = { reference, text: `Email sent again to ${sent.recipient}.` };
  res.redirect(303, caseHref(reference));
}

/** A printed letter's PDF, as it was sent (to print another copy). */
async function letter(req: Request, res: Response): Promise<void> {
  const reference = referenceOf(req.params.caseId);
  if (!reference) return void notFound(res);
  const { case: c } = await res.locals.gateway.request(CASE_LETTER, { reference });
  const pdf = c?.messages?.find((m) => m.id === req.params.messageId)?.letterPdf;
  if (!pdf) return void notFound(res);
  res.type('application/pdf').set('Content-Disposition', `inline; filename="${reference}-letter.pdf"`).send(Buffer.from(pdf, 'base64'));
}

/** The case pages, for the people who open cases (an analyst or a Member sees none). Mounted at /cases. */
export function caseRoutes(): Router {
  const router = express.Router();
  // An analyst or the Member Responsible sees no case page at all, whatever the address.
  router.use(onlyFor(OPENS_CASES, 'open cases'));
  router.get('/:caseId', showCase);
  router.post('/:caseId/messages/:messageId/resend', resend);
  router.get('/:caseId/messages/:messageId/letter', letter);
  router.post('/:caseId/take', (req, res) => sendForm(TAKE_FORM, req, res));
  router.get('/:caseId/:action', (req, res, next) => {
    const form = actionForm(String(req.params.action));
    if (!form || form === TAKE_FORM) return next();
    return showForm(form, req, res);
  });
  router.post('/:caseId/:action', (req, res, next) => {
    const form = actionForm(String(req.params.action));
    if (!form || form === TAKE_FORM) return next();
    return sendForm(form, req, res);
  });
  return router;
}
