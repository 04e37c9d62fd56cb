import type { Request, Response } from 'express';
import { ANNUAL_REPORT_EDITORS, londonDate } from '@redress/policy';
import { dateParts, isoDate, redirectWithErrors, text } from '@redress/web';
import type { DateParts, FieldError, FieldMap, FormBody } from '@redress/web';
import { refusalErrors } from '../case/case-actions';
import type { AnnualFigures } from './report-operations';
import { RECORD_SELF_ASSESSMENT, UPDATE_ANNUAL_REPORT } from './report-operations';

declare module 'express-session' {
  interface SessionData {
    /** What the last change to a report recorded, for the banner on its page (shown once). */
    reportNotice?: string;
  }
}

/*
 * The annual report's own words (Code 8): the complaints coordinator's self-assessment, one form per requirement of the
 * Code (evidence, commentary, and an action with a date where not compliant), and the governing body's response and
 * the Ombudsman's annual letter. Each form posts, then back to the report (POST, redirect, GET); a problem, found here
 * or by the API, is shown in the error summary on the report with what was typed. Everyone else reads the rows.
 */

export const editsAnnualReport = (roles: readonly string[]): boolean => roles.some((r) => ANNUAL_REPORT_EDITORS.includes(r as never));

type Assessment = AnnualFigures['selfAssessment'][number];

/** The ids of one row's form fields, unique on the page: `sa-5-2-evidence`. */
export const rowIds = (section: string) => {
  const p = `sa-${section.replace(/[^0-9A-Za-z]+/g, '-')}`;
  return {
    anchor: p,
    compliant: `${p}-compliant`,
    evidence: `${p}-evidence`,
    commentary: `${p}-commentary`,
    action: `${p}-action`,
    actionBy: `${p}-actionBy`,
  };
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** 2027-03-31 → 31 March 2027. */
export const dateWords = (iso: string | null): string | null => {
  if (!iso) return null;
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

const partsOf = (iso: string | null): DateParts => {
  if (!iso) return { day: '', month: '', year: '' };
  const [y, m, d] = iso.slice(0, 10).split('-');
  return { day: String(Number(d)), month: String(Number(m)), year: y };
};

export interface AssessmentRowView {
  section: string;
  requirement: string;
  compliantWords: string;
  evidence: string | null;
  commentary: string | null;
  action: string | null;
  actionBy: string | null;
  recorded: string | null;
  ids: ReturnType<typeof rowIds>;
  /** The form, for the complaints coordinator: what is kept, or what was typed on a refused attempt. */
  form: {
    open: boolean;
    compliant: 'yes' | 'no';
    evidence: string;
    commentary: string;
    action: string;
    actionBy: DateParts;
  } | null;
}

type RowForm = NonNullable<AssessmentRowView['form']>;

/** A row's form as typed on a refused attempt (kept open), or as kept. */
function rowForm(r: Assessment, typed: FormBody | null): RowForm {
  if (!typed)
    return {
      open: false,
      compliant: r.compliant ? 'yes' : 'no',
      evidence: r.evidence ?? '',
      commentary: r.commentary ?? '',
      action: r.action ?? '',
      actionBy: partsOf(r.actionBy),
    };
  const compliant = text(typed, 'compliant');
  return {
    open: true,
    compliant: compliant === 'yes' || compliant === 'no' ? compliant : r.compliant ? 'yes' : 'no',
    evidence: text(typed, 'evidence'),
    commentary: text(typed, 'commentary'),
    action: text(typed, 'action'),
    actionBy: dateParts(typed, 'actionBy'),
  };
}

/** The self-assessment's rows as the annual report page shows them; `typed` is a refused attempt's values. */
export function assessmentRows(
  rows: readonly Assessment[],
  editable: boolean,
  typed: Record<string, unknown> | undefined,
): AssessmentRowView[] {
  const again = typed && typed.form === 'self-assessment' ? (typed as FormBody) : null;
  return rows.map((r) => ({
    section: r.section,
    requirement: r.requirement,
    compliantWords: r.compliant ? 'Yes' : 'No',
    evidence: r.evidence,
    commentary: r.commentary,
    action: r.action,
    actionBy: dateWords(r.actionBy),
    recorded: r.recordedAt ? dateWords(londonDate(new Date(r.recordedAt))) : null,
    ids: rowIds(r.section),
    form: editable ? rowForm(r, again && text(again, 'section') === r.section ? again : null) : null,
  }));
}

/** The words form, for the complaints coordinator: what is kept, or what was typed on a refused attempt. */
export function wordsForm(report: AnnualFigures, typed: Record<string, unknown> | undefined) {
  const again = typed && typed.form === 'annual-words' ? (typed as FormBody) : null;
  return again
    ? { governanceResponse: text(again, 'governanceResponse'), ombudsmanAnnualLetter: text(again, 'ombudsmanAnnualLetter') }
    : { governanceResponse: report.governanceResponse ?? '', ombudsmanAnnualLetter: report.ombudsmanAnnualLetter ?? '' };
}

const MAX_WORDS = 5000;

/** One row's answers, checked before the API sees them: what is missing or not a real date, in the design system's words. */
export function checkAssessment(body: FormBody, requirement: string): FieldError[] {
  const ids = rowIds(text(body, 'section'));
  const problems: FieldError[] = [];
  const compliant = text(body, 'compliant');
  if (compliant !== 'yes' && compliant !== 'no')
    problems.push({ field: ids.compliant, message: `Select yes if the council meets ${requirement}` });
  if (!text(body, 'evidence'))
    problems.push({ field: ids.evidence, message: `Enter the evidence for ${requirement}: what shows whether the council meets it` });
  for (const [name, what] of [
    ['evidence', 'The evidence'],
    ['commentary', 'The commentary'],
    ['action', 'The action'],
  ] as const)
    if (text(body, name).length > MAX_WORDS)
      problems.push({ field: ids[name], message: `${what} for ${requirement} must be ${MAX_WORDS} characters or fewer` });
  if (compliant === 'no' && !text(body, 'action'))
    problems.push({ field: ids.action, message: `Enter the action for ${requirement}: what will change so that the council meets it` });
  const parts = dateParts(body, 'actionBy');
  const given = [parts.day, parts.month, parts.year].filter(Boolean).length;
  if (given === 0 && compliant === 'no')
    problems.push({
      field: ids.actionBy,
      href: `${ids.actionBy}-day`,
      message: `Enter the date the action for ${requirement} will be done by`,
    });
  else if (given > 0 && !isoDate(parts))
    problems.push({
      field: ids.actionBy,
      href: `${ids.actionBy}-day`,
      message: `The action date for ${requirement} must be a real date, like 31 3 2027`,
    });
  return problems;
}

const typedValues = (body: FormBody, form: string): Record<string, unknown> => {
  const { _csrf: _token, ...typed } = body as Record<string, unknown>;
  return { ...typed, form };
};

/** POST /reports/annual/self-assessment: one requirement's assessment for the year, then back to its row. */
export async function recordAssessment(req: Request, res: Response, year: number, back: string): Promise<void> {
  const { gateway, staff } = res.locals;
  const body = (req.body ?? {}) as FormBody;
  const section = text(body, 'section');
  const ids = rowIds(section);
  const requirement = `requirement ${section}`;
  const to = `${back}#${ids.anchor}`;
  const problems = checkAssessment(body, requirement);
  if (problems.length) return redirectWithErrors(req, res, to, problems, typedValues(body, 'self-assessment'));
  const parts = dateParts(body, 'actionBy');
  const map: FieldMap = {
    'input.section': ids.evidence,
    'input.compliant': ids.compliant,
    'input.evidence': ids.evidence,
    'input.commentary': ids.commentary,
    'input.action': ids.action,
    'input.actionBy': { field: ids.actionBy, href: `${ids.actionBy}-day` },
  };
  try {
    await gateway.request(RECORD_SELF_ASSESSMENT, {
      councilId: staff.councilId,
      year,
      input: {
        section,
        compliant: text(body, 'compliant') === 'yes',
        evidence: text(body, 'evidence'),
        commentary: text(body, 'commentary') || null,
        action: text(body, 'action') || null,
        actionBy: [parts.day, parts.month, parts.year].some(Boolean) ? isoDate(parts) : null,
      },
    });
  } catch (err) {
    return redirectWithErrors(req, res, to, refusalErrors(err, map, ids.evidence), typedValues(body, 'self-assessment'));
  }
  req.session.reportNotice = `Self-assessment of requirement ${section} recorded.`;
  res.redirect(303, to);
}

/** POST /reports/annual/words: the governing body's response and the Ombudsman's annual letter. */
export async function recordWords(req: Request, res: Response, year: number, back: string): Promise<void> {
  const { gateway, staff } = res.locals;
  const body = (req.body ?? {}) as FormBody;
  const to = `${back}#annual-words`;
  const problems: FieldError[] = [];
  for (const [name, what] of [
    ['governanceResponse', 'The response of the governing body'],
    ['ombudsmanAnnualLetter', 'The summary of the Ombudsman’s annual letter'],
  ] as const)
    if (text(body, name).length > MAX_WORDS) problems.push({ field: name, message: `${what} must be ${MAX_WORDS} characters or fewer` });
  if (problems.length) return redirectWithErrors(req, res, to, problems, typedValues(body, 'annual-words'));
  try {
    await gateway.request(UPDATE_ANNUAL_REPORT, {
      councilId: staff.councilId,
      year,
      input: { governanceResponse: text(body, 'governanceResponse'), ombudsmanAnnualLetter: text(body, 'ombudsmanAnnualLetter') },
    });
  } catch (err) {
    const map: FieldMap = { 'input.governanceResponse': 'governanceResponse', 'input.ombudsmanAnnualLetter': 'ombudsmanAnnualLetter' };
    return redirectWithErrors(req, res, to, refusalErrors(err, map, 'governanceResponse'), typedValues(body, 'annual-words'));
  }
  req.session.reportNotice = 'The governing body’s response and the Ombudsman’s annual letter are saved.';
  res.redirect(303, to);
}
