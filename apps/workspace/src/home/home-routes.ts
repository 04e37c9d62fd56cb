import express from 'express';
import type { Router } from 'express';
import { FIGURES_READERS, formatLongDate, londonDate } from '@redress/policy';
import { OPENS_CASES, holdsAny, homeOf } from '../auth/staff-pages';
import { SLA_COMPLIANCE } from '../data/operations';
import type { SlaCompliance } from '../data/operations';
import { ROLE_WORDS } from '../data/words';

/** The financial year a London date is in (April to March, as councils report): its first day, and the day given. */
export function financialYearSoFar(today: string): { from: string; to: string; label: string } {
  const [year, month] = today.split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
  return { from: `${start}-04-01`, to: today, label: `${start} to ${String(start + 1).slice(2)}` };
}

const percent = (rate: number | null): string => (rate === null ? 'Nothing answered yet' : `${Math.round(rate * 100)}%`);

function figureRows(sla: SlaCompliance): [string, string][] {
  return [
    ['Answered on time', percent(sla.onTimeRate)],
    ['Responses on time', String(sla.respondedOnTime)],
    ['Responses late', String(sla.respondedLate)],
    ['Acknowledged on time', String(sla.acknowledgedOnTime)],
    ['Acknowledged late', String(sla.acknowledgedLate)],
    ['Open and overdue now', String(sla.openOverdue)],
  ];
}

/**
 * Where each person starts: their queues, the contact centre, or, for the roles that read figures only (an analyst,
 * the Member Responsible for Complaints), a page of the council's figures and no case at all.
 */
export function homeRoutes(now: () => Date = () => new Date()): Router {
  const router = express.Router();
  router.get('/', (_req, res) => res.redirect(303, homeOf(res.locals.staff)));

  router.get('/home', async (_req, res) => {
    const { staff, gateway } = res.locals;
    // Case handlers start at their queues or the contact centre; this page is for everyone else.
    if (holdsAny(staff, OPENS_CASES)) return res.redirect(303, homeOf(staff));
    const today = londonDate(now());
    const year = financialYearSoFar(today);
    const sla = holdsAny(staff, FIGURES_READERS)
      ? (await gateway.request(SLA_COMPLIANCE, { councilId: staff.councilId, from: year.from, to: year.to })).slaCompliance
      : null;
    res.render('pages/home', {
      pageTitle: 'Staff workspace',
      roles: staff.roles.map((r) => ROLE_WORDS[r] ?? r).join(', '),
      year: { ...year, fromWords: formatLongDate(year.from), toWords: formatLongDate(year.to) },
      figures: sla ? figureRows(sla) : null,
    });
  });
  return router;
}
