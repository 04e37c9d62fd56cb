import type { Request, Response } from 'express';
import type { FieldError, FormErrors } from './form-errors';
import { NO_ERRORS, formErrors } from './form-errors';

/**
 * POST/redirect/GET for a page with problems: the problems and what was typed wait in the session for the GET that
 * follows (so a refresh never posts again), and are shown once.
 */
export function redirectWithErrors(req: Request, res: Response, to: string, errors: FieldError[], values: Record<string, unknown>): void {
  req.session.flash = { errors, values };
  res.redirect(303, to);
}

export interface Flash {
  errors: FormErrors;
  /** What was typed on the failed attempt, to show again; undefined when there was none. */
  values: Record<string, unknown> | undefined;
}

export function takeFlash(req: Request): Flash {
  const flash = req.session?.flash;
  if (!flash) return { errors: NO_ERRORS, values: undefined };
  delete req.session.flash;
  return { errors: formErrors(flash.errors), values: flash.values };
}
