import type { AnnualFigures, QuarterlyFigures, ReportFigures, ReportRow, ReportSla } from './report-operations';

/*
 * A report as tables: the one model the page, the CSV downloads and the PDF are all drawn from, so that each shows the
 * same figures. A cell the API withheld (fewer than 5 people, in the Member's view) is FEWER_THAN_5, never its 0.
 */

export const FEWER_THAN_5 = 'fewer than 5';

export type Cell = string | number;

export interface ReportTable {
  /** Its address part: /reports/annual/<id>.csv */
  id: string;
  caption: string;
  headings: string[];
  rows: Cell[][];
}

/** UPPER_SNAKE enum values in plain English: FAILURE_TO_PROVIDE_SERVICE → "Failure to provide service". */
export const enumWords = (value: string): string => {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A count as shown: "fewer than 5" when the API withheld it. */
export const count = (value: number, field: string, suppressed: readonly string[]): Cell =>
  suppressed.includes(field) ? FEWER_THAN_5 : value;

export const percent = (rate: number | null): string => (rate === null ? 'None answered' : `${Math.round(rate * 100)}%`);

const onTimeRate = (sla: ReportSla): number | null => {
  const answered = sla.respondedOnTime + sla.respondedLate;
  return sla.onTimeRate ?? (answered === 0 ? null : sla.respondedOnTime / answered);
};

export interface TableNames {
  serviceArea(code: string): string;
  stage(n: number): string;
}

function rowTable(id: string, caption: string, first: string, rows: readonly ReportRow[], name: (key: string) => string): ReportTable {
  return {
    id,
    caption,
    headings: [first, 'Complaints received', 'Responses', 'Upheld', 'Partly upheld', 'Not upheld', 'On time', 'Late', 'Escalated'],
    rows: rows.map((r) => [
      name(r.key),
      count(r.received, 'received', r.suppressed),
      count(r.closed, 'closed', r.suppressed),
      count(r.upheld, 'upheld', r.suppressed),
      count(r.partiallyUpheld, 'partiallyUpheld', r.suppressed),
      count(r.notUpheld, 'notUpheld', r.suppressed),
      count(r.respondedOnTime, 'respondedOnTime', r.suppressed),
      count(r.respondedLate, 'respondedLate', r.suppressed),
      count(r.escalated, 'escalated', r.suppressed),
    ]),
  };
}

/** The tables of a quarterly or an annual report, in the order the page shows them. */
export function reportTables(report: ReportFigures | QuarterlyFigures | AnnualFigures, names: TableNames): ReportTable[] {
  const s = report.suppressed;
  const tables: ReportTable[] = [
    {
      id: 'summary',
      caption: 'Summary',
      headings: ['Figure', 'Number'],
      rows: [
        ['Complaints received', count(report.complaints, 'complaints', s)],
        ['Compliments', count(report.compliments, 'compliments', s)],
        ['Comments', count(report.comments, 'comments', s)],
        ['Service requests', count(report.serviceRequests, 'serviceRequests', s)],
        ['Escalated to the next stage', count(report.escalations, 'escalations', s)],
        ['Referred to the Ombudsman', count(report.ombudsmanReferrals, 'ombudsmanReferrals', s)],
        ['Answered on time', percent(onTimeRate(report.sla))],
        ['Open and overdue', report.sla.openOverdue],
      ],
    },
    {
      id: 'on-time-by-stage',
      caption: 'Responses on time, by stage',
      headings: ['Stage', 'On time', 'Late', 'On-time rate'],
      rows: report.slaByStage.map((st) => [
        names.stage(st.stage),
        st.sla.respondedOnTime,
        st.sla.respondedLate,
        percent(onTimeRate(st.sla)),
      ]),
    },
    rowTable('by-stage', 'Complaints by stage', 'Stage', report.byStage, (k) => names.stage(Number(k))),
    rowTable('by-service-area', 'Complaints by service area', 'Service area', report.byServiceArea, (k) => names.serviceArea(k)),
    rowTable('by-category', 'Complaints by category', 'Category', report.byCategory, enumWords),
    {
      id: 'outcomes',
      caption: 'Outcomes of responses',
      headings: ['Outcome', 'Responses'],
      // A row by outcome counts the stages answered with it (on time or late); `closed` counts cases closed, not here.
      rows: report.byOutcome.map((r) => [
        enumWords(r.key),
        r.suppressed.includes('respondedOnTime') || r.suppressed.includes('respondedLate')
          ? FEWER_THAN_5
          : r.respondedOnTime + r.respondedLate,
      ]),
    },
    {
      id: 'refused',
      caption: 'Complaints not taken on, by reason',
      headings: ['Reason', 'Number'],
      rows: report.refused.map((r) => [r.description, count(r.count, 'count', r.suppressed)]),
    },
    {
      id: 'ombudsman-decisions',
      caption: 'Ombudsman decisions',
      headings: ['Decision', 'Number'],
      rows: report.ombudsmanDecisions.map((r) => [enumWords(r.decision), count(r.count, 'count', r.suppressed)]),
    },
    {
      id: 'compliments',
      caption: 'Compliments by service area',
      headings: ['Service area', 'Compliments'],
      rows: report.praise.map((r) => [names.serviceArea(r.serviceArea), count(r.count, 'count', r.suppressed)]),
    },
  ];
  if ('lastEightQuarters' in report)
    tables.push({
      id: 'last-eight-quarters',
      caption: 'Complaints received in the last eight quarters',
      headings: ['Quarter', 'Complaints received'],
      rows: report.lastEightQuarters.map((p) => [p.period, p.value]),
    });
  if ('byQuarter' in report) tables.push(rowTable('by-quarter', 'Complaints by quarter', 'Quarter', report.byQuarter, (k) => k));
  return tables;
}

/** The months of a year of complaints beside the year before's: one row per month, April first. */
export function monthsTable(
  thisYear: readonly { period: string; value: number; suppressed: boolean }[],
  lastYear: readonly { period: string; value: number; suppressed: boolean }[],
): ReportTable {
  const shown = (p: { value: number; suppressed: boolean } | undefined): Cell =>
    p === undefined ? '' : p.suppressed ? FEWER_THAN_5 : p.value;
  const monthOf = (period: string) => Number(period.slice(5, 7));
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const rows = lastYear.map((before) => {
    const now = thisYear.find((p) => monthOf(p.period) === monthOf(before.period));
    return [names[monthOf(before.period) - 1], shown(now), shown(before)];
  });
  return {
    id: 'per-month',
    caption: 'Complaints received per month, with the year before',
    headings: ['Month', 'This year', 'Year before'],
    rows,
  };
}
