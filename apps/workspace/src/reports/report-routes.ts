import express from 'express';
import type { Request, Response, Router } from 'express';
import { ANNUAL_REPORT_EDITORS, FIGURES_READERS, Role, financialQuarterOf, londonDate } from '@redress/policy';
import { formErrors, takeFlash } from '@redress/web';
import type { FieldError } from '@redress/web';
import { onlyFor } from '../auth/staff-pages';
import { councilOf, serviceAreaName } from '../data/council-directory';
import { financialYearSoFar } from '../home/home-routes';
import { barChart, chartSvg, monthsChart, rateChart, tablePoints } from './charts';
import type { Chart, ChartPoint } from './charts';
import { tableCsv } from './report-csv';
import { REPORT_CSS } from './report-styles';
import { reportPdf } from './report-pdf';
import type { PdfSection } from './report-pdf';
import { ANNUAL_REPORT, MONTHLY_RECEIVED, QUARTERLY_REPORT } from './report-operations';
import type { AnnualFigures, ReportFigures } from './report-operations';
import { assessmentRows, dateWords, editsAnnualReport, recordAssessment, recordWords, wordsForm } from './self-assessment';
import { monthsTable, reportTables } from './report-tables';
import type { ReportTable, TableNames } from './report-tables';

/*
 * The report pages for people who would rather look than read: a dashboard, the quarterly report to scrutiny and the
 * annual report (Code section 8), each chart an inline SVG drawn on the server with its table beneath, every table a
 * CSV download and each report a PDF. Aggregates only: no case and no person is named or linked.
 */

/** The Member Responsible for Complaints, with no other figures role, sees small numbers withheld. */
export const withholdsSmallNumbers = (roles: readonly string[]): boolean =>
  roles.includes(Role.MEMBER) && !roles.some((r) => r !== Role.MEMBER && FIGURES_READERS.includes(r as Role));

const TABLE_ID = /^[a-z-]{1,40}$/;

export interface Period {
  year: number;
  quarter: number;
}

/** The first financial year the pages offer figures for. */
export const FIRST_REPORT_YEAR = 2000;

/** The financial year and quarter today falls in (the policy core's calendar). */
const thisPeriod = (today: string): Period => financialQuarterOf(today);

/** The financial year and quarter asked for, or today's; out-of-range choices fall back to today's. */
export function periodOf(query: Request['query'], today: string): Period {
  const now = thisPeriod(today);
  const year = Number(query.year);
  const quarter = Number(query.quarter);
  return {
    year: Number.isInteger(year) && year >= FIRST_REPORT_YEAR && year <= now.year ? year : now.year,
    quarter: Number.isInteger(quarter) && quarter >= 1 && quarter <= 4 ? quarter : now.quarter,
  };
}

const asked = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : value === undefined ? null : '?';

/**
 * The period in the address or the choose-a-period form, checked: a year or quarter left out is today's; one that is
 * not a financial year or quarter there are figures for is a problem, in words a person can act on.
 */
export function checkPeriod(
  query: Request['query'],
  today: string,
  kind: 'quarterly' | 'annual',
): { period: Period; problems: FieldError[] } {
  const now = thisPeriod(today);
  const problems: FieldError[] = [];
  const yearText = asked(query.year);
  const quarterText = kind === 'quarterly' ? asked(query.quarter) : null;
  let year = now.year;
  if (yearText !== null) {
    if (!/^\d{4}$/.test(yearText))
      problems.push({
        field: 'year',
        message: `Choose a financial year from the list: the year it starts in April, like ${now.year} for ${yearWords(now.year)}`,
      });
    else if (Number(yearText) > now.year)
      problems.push({
        field: 'year',
        message:
          `The financial year ${yearText} to ${Number(yearText) + 1} has not started yet: ` +
          `choose ${now.year} to ${now.year + 1} or an earlier year`,
      });
    else if (Number(yearText) < FIRST_REPORT_YEAR)
      problems.push({ field: 'year', message: `There are no figures before April ${FIRST_REPORT_YEAR}: choose a later financial year` });
    else year = Number(yearText);
  }
  let quarter = year === now.year ? now.quarter : 4;
  if (quarterText !== null) {
    if (!/^[1-4]$/.test(quarterText)) problems.push({ field: 'quarter', message: 'Choose a quarter from 1 to 4' });
    else if (!problems.length && year === now.year && Number(quarterText) > now.quarter)
      problems.push({
        field: 'quarter',
        message:
          `Quarter ${quarterText} (${quarterWords({ year, quarter: Number(quarterText) })}) has not started yet: ` +
          `choose quarter ${now.quarter} or an earlier one`,
      });
    else quarter = Number(quarterText);
  }
  return { period: { year, quarter }, problems };
}

const yearWords = (year: number) => `April ${year} to March ${year + 1}`;
const QUARTER_MONTHS = ['April to June', 'July to September', 'October to December', 'January to March'];
const quarterWords = (p: Period) => `${QUARTER_MONTHS[p.quarter - 1]} ${p.quarter === 4 ? p.year + 1 : p.year}`;

async function namesFor(res: Response): Promise<TableNames> {
  const council = await councilOf(res.locals.gateway, res.locals.staff.councilId);
  return {
    serviceArea: (code) => (code === 'UNKNOWN' ? 'Not known' : serviceAreaName(council, code)),
    stage: (n) => council.policy.stages.find((s) => s.number === n)?.name ?? `Stage ${n}`,
  };
}

function chartsOf(tables: readonly ReportTable[], months: ReportTable | null): Chart[] {
  const byId = (id: string) => tables.find((t) => t.id === id) as ReportTable;
  const charts: Chart[] = [];
  if (months) {
    const points: ChartPoint[] = months.rows.flatMap((r) => [
      ...(r[1] === '' ? [] : [{ label: String(r[0]).slice(0, 3), value: typeof r[1] === 'number' ? r[1] : 0, series: 'This year' }]),
      { label: String(r[0]).slice(0, 3), value: typeof r[2] === 'number' ? r[2] : 0, series: 'Year before' },
    ]);
    charts.push({ ...monthsChart('per-month', 'Complaints received per month', points), tableId: 'per-month' } as Chart);
  }
  const rate = byId('on-time-by-stage').rows.map((r) => ({
    label: String(r[0]),
    value: r[3] === 'None answered' ? 0 : Number(String(r[3]).replace('%', '')),
  }));
  charts.push(rateChart('on-time-by-stage', 'On-time rate per stage', rate));
  charts.push(barChart('by-service-area', 'Service area', tablePoints(byId('by-service-area'), 1), 'complaints received'));
  charts.push(barChart('by-category', 'Category', tablePoints(byId('by-category'), 1), 'complaints received'));
  charts.push(barChart('outcomes', 'Outcome', tablePoints(byId('outcomes'), 1), 'responses'));
  return charts;
}

interface ReportView {
  kind: 'dashboard' | 'quarterly' | 'annual';
  title: string;
  subtitle: string;
  period: Period;
  report: ReportFigures;
  tables: ReportTable[];
  months: ReportTable | null;
}

/**
 * The period a report page asks for; null when the address or the form gives one there is no report for, after
 * answering with the choose-a-period page (status 400) and its error summary.
 */
function periodFor(req: Request, res: Response, kind: ReportView['kind'], now: Date): Period | null {
  const today = londonDate(now);
  if (kind === 'dashboard') return periodOf({}, today);
  const { period, problems } = checkPeriod(req.query, today, kind);
  if (!problems.length) return period;
  const title = kind === 'quarterly' ? 'Quarterly complaints report' : 'Annual complaints performance and service improvement report';
  res.status(400).render('pages/reports/choose-period', {
    pageTitle: `Choose a period: ${title}`,
    narrow: true,
    heading: title,
    kind,
    base: `/reports/${kind}`,
    errors: formErrors(problems),
    years: yearsOffered(now),
    period: thisPeriod(today),
  });
  return null;
}

const yearsOffered = (now: Date) => Array.from({ length: 4 }, (_, i) => periodOf({}, londonDate(now)).year - i);

async function loadReport(res: Response, kind: ReportView['kind'], period: Period, now: Date): Promise<ReportView> {
  const { staff, gateway } = res.locals;
  const today = londonDate(now);
  const suppressSmallNumbers = withholdsSmallNumbers(staff.roles);
  const names = await namesFor(res);
  let report: ReportFigures;
  let title: string;
  let subtitle: string;
  if (kind === 'quarterly') {
    report = (await gateway.request(QUARTERLY_REPORT, { councilId: staff.councilId, ...period, suppressSmallNumbers })).quarterlyReport;
    title = 'Quarterly complaints report';
    subtitle = `Quarter ${period.quarter} of ${period.year} to ${String(period.year + 1).slice(2)}: ${quarterWords(period)}`;
  } else {
    report = (await gateway.request(ANNUAL_REPORT, { councilId: staff.councilId, year: period.year, suppressSmallNumbers })).annualReport;
    title = kind === 'annual' ? 'Annual complaints performance and service improvement report' : 'Complaints dashboard';
    subtitle =
      kind === 'annual' ? `Financial year ${yearWords(period.year)}` : `This financial year so far: ${financialYearSoFar(today).label}`;
  }
  let months: ReportTable | null = null;
  if (kind !== 'quarterly') {
    const trend = (from: string, to: string) =>
      gateway.request(MONTHLY_RECEIVED, { councilId: staff.councilId, from, to, suppressSmallNumbers }).then((d) => d.trend);
    const [thisYear, lastYear] = await Promise.all([
      trend(`${period.year}-04-01`, period.year === periodOf({}, today).year ? today : `${period.year + 1}-03-31`),
      trend(`${period.year - 1}-04-01`, `${period.year}-03-31`),
    ]);
    months = monthsTable(thisYear, lastYear);
  }
  const tables = [...(months ? [months] : []), ...reportTables(report, names)];
  return { kind, title, subtitle, period, report, tables, months };
}

/** What the annual report's PDF adds to its tables: the self-assessment, and the report's own words (Code 8). */
function annualSections(view: ReportView): PdfSection[] {
  if (view.kind !== 'annual') return [];
  const report = view.report as AnnualFigures;
  return [
    {
      heading: 'Self-assessment against the Complaint Handling Code',
      items: report.selfAssessment.map((r) => ({
        heading: `${r.section}: ${r.requirement}`,
        lines: [
          `Compliant: ${r.compliant ? 'Yes' : 'No'}`,
          ...(r.evidence ? [`Evidence: ${r.evidence}`] : []),
          ...(r.commentary ? [`Commentary: ${r.commentary}`] : []),
          ...(r.action ? [`Action: ${r.action}${r.actionBy ? `, by ${dateWords(r.actionBy)}` : ''}`] : []),
        ],
      })),
    },
    {
      heading: 'Service improvements',
      items: [{ lines: report.serviceImprovements.length ? report.serviceImprovements : ['None recorded.'] }],
    },
    { heading: 'Response of the governing body', items: [{ lines: [report.governanceResponse ?? 'Not yet recorded.'] }] },
    { heading: 'The Ombudsman’s annual letter', items: [{ lines: [report.ombudsmanAnnualLetter ?? 'Not yet recorded.'] }] },
  ];
}

const queryOf = (view: ReportView) =>
  view.kind === 'quarterly'
    ? `?year=${view.period.year}&quarter=${view.period.quarter}`
    : view.kind === 'annual'
      ? `?year=${view.period.year}`
      : '';
const baseOf = (view: ReportView) => (view.kind === 'dashboard' ? '/reports/dashboard' : `/reports/${view.kind}`);

export function reportRoutes(now: () => Date = () => new Date()): Router {
  const router = express.Router();
  router.get('/reports.css', (_req, res) =>
    res.set('Content-Type', 'text/css; charset=utf-8').set('Cache-Control', 'max-age=3600').send(REPORT_CSS),
  );
  router.use(onlyFor(FIGURES_READERS, 'read the council’s figures'));
  const page = (kind: ReportView['kind']) => async (req: Request, res: Response) => {
    const period = periodFor(req, res, kind, now());
    if (!period) return;
    const view = await loadReport(res, kind, period, now());
    const charts = await Promise.all(chartsOf(view.tables, view.months).map(async (c) => ({ ...c, svg: await chartSvg(c) })));
    const withheld = withholdsSmallNumbers(res.locals.staff.roles);
    const flash = takeFlash(req);
    const notice = req.session.reportNotice ?? null;
    delete req.session.reportNotice;
    const editable = kind === 'annual' && editsAnnualReport(res.locals.staff.roles);
    const annual = kind === 'annual' ? (view.report as AnnualFigures) : null;
    res.render(`pages/reports/${kind === 'dashboard' ? 'dashboard' : 'report'}`, {
      pageTitle: view.title,
      view,
      charts,
      chartFor: Object.fromEntries(charts.map((c) => [c.id, c])),
      withheld,
      base: baseOf(view),
      query: queryOf(view),
      years: yearsOffered(now()),
      lessons: view.report.lessonsLearned,
      notice,
      errors: flash.errors,
      editable,
      assessment: annual ? assessmentRows(annual.selfAssessment, editable, flash.values) : [],
      words: annual && editable ? wordsForm(annual, flash.values) : null,
    });
  };
  const csv = (kind: ReportView['kind']) => async (req: Request, res: Response) => {
    const id = String(req.params.table);
    if (!TABLE_ID.test(id)) return res.status(404).render('pages/not-found', { pageTitle: 'Page not found' });
    const period = periodFor(req, res, kind, now());
    if (!period) return;
    const view = await loadReport(res, kind, period, now());
    const table = view.tables.find((t) => t.id === id);
    if (!table) return res.status(404).render('pages/not-found', { pageTitle: 'Page not found' });
    const name = `${kind}-${view.period.year}${kind === 'quarterly' ? `-q${view.period.quarter}` : ''}-${id}.csv`;
    res.set('Content-Type', 'text/csv; charset=utf-8').set('Content-Disposition', `attachment; filename="${name}"`).send(tableCsv(table));
  };
  const pdf = (kind: ReportView['kind']) => async (req: Request, res: Response) => {
    const period = periodFor(req, res, kind, now());
    if (!period) return;
    const view = await loadReport(res, kind, period, now());
    const body = await reportPdf(view.title, view.subtitle, view.tables, view.report.lessonsLearned, annualSections(view));
    const name = `${kind}-${view.period.year}${kind === 'quarterly' ? `-q${view.period.quarter}` : ''}.pdf`;
    res.set('Content-Type', 'application/pdf').set('Content-Disposition', `attachment; filename="${name}"`).send(body);
  };
  // The annual report's own words, by the complaints coordinator: POST, then back to the report.
  const edit = (save: typeof recordAssessment) => async (req: Request, res: Response) => {
    const { period, problems } = checkPeriod(
      { year: (req.body as Record<string, unknown> | undefined)?.year as string },
      londonDate(now()),
      'annual',
    );
    if (problems.length) return void periodFor(req, res, 'annual', now());
    await save(req, res, period.year, `/reports/annual?year=${period.year}`);
  };
  const editors = onlyFor(ANNUAL_REPORT_EDITORS, 'record the annual report’s self-assessment and responses');
  router.post('/annual/self-assessment', editors, edit(recordAssessment));
  router.post('/annual/words', editors, edit(recordWords));
  router.get('/', page('dashboard'));
  for (const kind of ['dashboard', 'quarterly', 'annual'] as const) {
    if (kind !== 'dashboard') router.get(`/${kind}`, page(kind));
    router.get(`/${kind}/:table.csv`, csv(kind));
    router.get(`/${kind}.pdf`, pdf(kind));
  }
  return router;
}
