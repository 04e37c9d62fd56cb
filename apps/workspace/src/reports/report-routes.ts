import express from 'express';
import type { Request, Response, Router } from 'express';
import { FIGURES_READERS, Role, londonDate } from '@redress/policy';
import { onlyFor } from '../auth/staff-pages';
import { councilOf, serviceAreaName } from '../data/council-directory';
import { financialYearSoFar } from '../home/home-routes';
import { barChart, chartSvg, monthsChart, rateChart, tablePoints } from './charts';
import type { Chart, ChartPoint } from './charts';
import { tableCsv } from './report-csv';
import { REPORT_CSS } from './report-styles';
import { reportPdf } from './report-pdf';
import { ANNUAL_REPORT, MONTHLY_RECEIVED, QUARTERLY_REPORT } from './report-operations';
import type { ReportFigures } from './report-operations';
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

interface Period {
  year: number;
  quarter: number;
}

/** The financial year and quarter asked for, or today's; out-of-range choices fall back to today's. */
export function periodOf(query: Request['query'], today: string): Period {
  const [y, m] = today.split('-').map(Number);
  const thisYear = m >= 4 ? y : y - 1;
  const thisQuarter = m >= 4 ? Math.ceil((m - 3) / 3) : 4;
  const year = Number(query.year);
  const quarter = Number(query.quarter);
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= thisYear ? year : thisYear,
    quarter: Number.isInteger(quarter) && quarter >= 1 && quarter <= 4 ? quarter : thisQuarter,
  };
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

async function loadReport(req: Request, res: Response, kind: ReportView['kind'], now: Date): Promise<ReportView> {
  const { staff, gateway } = res.locals;
  const today = londonDate(now);
  const period = periodOf(kind === 'dashboard' ? {} : req.query, today);
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
    const view = await loadReport(req, res, kind, now());
    const charts = await Promise.all(chartsOf(view.tables, view.months).map(async (c) => ({ ...c, svg: await chartSvg(c) })));
    const withheld = withholdsSmallNumbers(res.locals.staff.roles);
    res.render(`pages/reports/${kind === 'dashboard' ? 'dashboard' : 'report'}`, {
      pageTitle: view.title,
      view,
      charts,
      chartFor: Object.fromEntries(charts.map((c) => [c.id, c])),
      withheld,
      base: baseOf(view),
      query: queryOf(view),
      years: Array.from({ length: 4 }, (_, i) => periodOf({}, londonDate(now())).year - i),
      lessons: view.report.lessonsLearned,
    });
  };
  const csv = (kind: ReportView['kind']) => async (req: Request, res: Response) => {
    const id = String(req.params.table);
    if (!TABLE_ID.test(id)) return res.status(404).render('pages/not-found', { pageTitle: 'Page not found' });
    const view = await loadReport(req, res, kind, now());
    const table = view.tables.find((t) => t.id === id);
    if (!table) return res.status(404).render('pages/not-found', { pageTitle: 'Page not found' });
    const name = `${kind}-${view.period.year}${kind === 'quarterly' ? `-q${view.period.quarter}` : ''}-${id}.csv`;
    res.set('Content-Type', 'text/csv; charset=utf-8').set('Content-Disposition', `attachment; filename="${name}"`).send(tableCsv(table));
  };
  const pdf = (kind: ReportView['kind']) => async (req: Request, res: Response) => {
    const view = await loadReport(req, res, kind, now());
    const body = await reportPdf(view.title, view.subtitle, view.tables, view.report.lessonsLearned);
    const name = `${kind}-${view.period.year}${kind === 'quarterly' ? `-q${view.period.quarter}` : ''}.pdf`;
    res.set('Content-Type', 'application/pdf').set('Content-Disposition', `attachment; filename="${name}"`).send(body);
  };
  router.get('/', page('dashboard'));
  for (const kind of ['dashboard', 'quarterly', 'annual'] as const) {
    if (kind !== 'dashboard') router.get(`/${kind}`, page(kind));
    router.get(`/${kind}/:table.csv`, csv(kind));
    router.get(`/${kind}.pdf`, pdf(kind));
  }
  return router;
}
