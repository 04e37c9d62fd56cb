import { documentErrors, pdfWords } from '@redress/platform/testing';
import { barChart, chartSvg, monthsChart, rateChart, tablePoints } from './charts';
import { tableCsv } from './report-csv';
import { reportPdf } from './report-pdf';
import { REPORT_OPERATIONS } from './report-operations';
import type { QuarterlyFigures, ReportRow } from './report-operations';
import { FEWER_THAN_5, enumWords, monthsTable, reportTables } from './report-tables';
import { checkPeriod, periodOf, withholdsSmallNumbers } from './report-routes';
import { checkAssessment, dateWords, rowIds } from './self-assessment';

const row = (key: string, received: number, suppressed: string[] = []): ReportRow => ({
  key,
  received,
  compliments: 0,
  comments: 0,
  serviceRequests: 0,
  closed: received,
  upheld: 1,
  partiallyUpheld: 0,
  notUpheld: received - 1,
  notInvestigated: 0,
  escalated: 0,
  respondedOnTime: received - 1,
  respondedLate: 1,
  averageWorkingDaysToRespond: 5,
  suppressed,
});
const sla = { acknowledgedOnTime: 9, acknowledgedLate: 1, respondedOnTime: 8, respondedLate: 2, openOverdue: 1, onTimeRate: 0.8 };
const quarter: QuarterlyFigures = {
  councilId: 'hart',
  year: 2026,
  quarter: 2,
  complaints: 12,
  compliments: 3,
  comments: 0,
  serviceRequests: 0,
  escalations: 2,
  ombudsmanReferrals: 0,
  byStage: [row('1', 10), row('2', 2)],
  byServiceArea: [row('WASTE', 9), row('PARKING', 0, ['received', 'closed'])],
  byCategory: [row('DELAY', 7), row('STAFF_BEHAVIOUR', 5)],
  byOutcome: [row('UPHELD', 4), row('NOT_UPHELD', 6)],
  sla,
  slaByStage: [
    { stage: 1, sla },
    { stage: 2, sla: { ...sla, respondedOnTime: 0, respondedLate: 0, onTimeRate: null } },
  ],
  refused: [{ reason: 'OUT_OF_TIME', description: 'Out of time', count: 0, suppressed: ['count'] }],
  ombudsmanDecisions: [],
  praise: [{ serviceArea: 'WASTE', count: 3, suppressed: [] }],
  lessonsLearned: ['Crews now photograph missed bins.'],
  suppressed: ['compliments'],
  lastEightQuarters: [{ period: '2026-Q2', value: 12 }],
};
const names = {
  serviceArea: (c: string) => ({ WASTE: 'Waste and recycling', PARKING: 'Parking' })[c] ?? c,
  stage: (n: number) => `Stage ${n}`,
};

describe('the report tables', () => {
  const tables = reportTables(quarter, names);
  const t = (id: string) => tables.find((x) => x.id === id)!;

  it('show withheld counts as "fewer than 5", never as their 0', () => {
    expect(t('by-service-area').rows[1].slice(0, 3)).toEqual(['Parking', FEWER_THAN_5, FEWER_THAN_5]);
    expect(t('summary').rows).toContainEqual(['Compliments', FEWER_THAN_5]);
    expect(t('refused').rows).toEqual([['Out of time', FEWER_THAN_5]]);
  });

  it('count the responses of each outcome, answered on time or late (not the cases closed)', () => {
    const byOutcome = [
      { ...row('UPHELD', 0), closed: 0, respondedOnTime: 3, respondedLate: 1 },
      { ...row('NOT_UPHELD', 0, ['respondedLate']), closed: 0, respondedOnTime: 6, respondedLate: 2 },
    ];
    expect(reportTables({ ...quarter, byOutcome }, names).find((x) => x.id === 'outcomes')!.rows).toEqual([
      ['Upheld', 4],
      ['Not upheld', FEWER_THAN_5],
    ]);
  });

  it('name service areas, stages and enum values in plain English, and give on-time rates per stage', () => {
    expect(t('by-service-area').rows[0][0]).toBe('Waste and recycling');
    expect(enumWords('STAFF_BEHAVIOUR')).toBe('Staff behaviour');
    expect(t('on-time-by-stage').rows).toEqual([
      ['Stage 1', 8, 2, '80%'],
      ['Stage 2', 0, 0, 'None answered'],
    ]);
  });

  it('put each month beside the same month of the year before', () => {
    const months = monthsTable(
      [{ period: '2026-04', value: 3, suppressed: false }],
      [
        { period: '2025-04', value: 5, suppressed: false },
        { period: '2025-05', value: 2, suppressed: true },
      ],
    );
    expect(months.rows).toEqual([
      ['April', 3, 5],
      ['May', '', FEWER_THAN_5],
    ]);
  });
});

describe('the CSV downloads', () => {
  it('have a heading row, quote what needs it, and keep "fewer than 5"', () => {
    const csv = tableCsv({
      id: 'x',
      caption: 'X',
      headings: ['Area', 'Complaints'],
      rows: [
        ['Roads, paths', 4],
        ['Parking', FEWER_THAN_5],
      ],
    });
    expect(csv).toBe('Area,Complaints\r\n"Roads, paths",4\r\nParking,fewer than 5\r\n');
  });

  it('never hand a spreadsheet a formula', () => {
    expect(tableCsv({ id: 'x', caption: 'X', headings: ['A'], rows: [['=HYPERLINK("x")']] })).toBe('A\r\n"\'=HYPERLINK(""x"")"\r\n');
  });
});

describe('the chart specs and their SVG', () => {
  it('draw one bar per row, a withheld cell as 0, with the figures in the text alternative', async () => {
    const table = reportTables(quarter, names).find((x) => x.id === 'by-service-area')!;
    const chart = barChart('by-service-area', 'Service area', tablePoints(table, 1), 'complaints received');
    expect((chart.spec as { data: { values: unknown[] } }).data.values).toEqual([
      { label: 'Waste and recycling', value: 9 },
      { label: 'Parking', value: 0 },
    ]);
    expect(chart.description).toBe('Bar chart of complaints received by service area: Waste and recycling 9, Parking 0.');
    const svg = await chartSvg(chart);
    expect(svg).toMatch(/^<svg role="img" aria-label="Service area\. Bar chart of complaints received/);
    expect(svg).toContain('<title>Service area. Bar chart');
    expect(svg).toContain('Waste and recycling');
    expect(svg).not.toMatch(/aria-roledescription|role="graphics/);
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(2);
  });

  it('scale the on-time rate from 0 to 100 per cent, and draw this year against the year before', async () => {
    const rate = rateChart('r', 'On-time rate per stage', [{ label: 'Stage 1', value: 80 }]);
    expect(JSON.stringify(rate.spec)).toContain('"domain":[0,100]');
    const months = monthsChart('m', 'Per month', [
      { label: 'Apr', value: 3, series: 'This year' },
      { label: 'Apr', value: 5, series: 'Year before' },
    ]);
    expect(months.description).toBe('Line chart of complaints received per month. This year: Apr 3. The year before: Apr 5.');
    expect(await chartSvg(months)).toContain('Year before');
  });
});

describe('the report PDF', () => {
  it('has the title, each table and the lessons learned, as text', async () => {
    const tables = reportTables(quarter, names);
    const words = await pdfWords(await reportPdf('Quarterly complaints report', 'Quarter 2 of 2026 to 27', tables, quarter.lessonsLearned));
    expect(words).toContain('Quarterly complaints report');
    expect(words).toContain('Complaints by service area');
    expect(words).toContain('Parking fewer than 5');
    expect(words).toContain('Crews now photograph missed bins.');
  });
});

describe('who sees what, and which period', () => {
  it('withholds small numbers for the Member Responsible alone', () => {
    expect(withholdsSmallNumbers(['MEMBER'])).toBe(true);
    expect(withholdsSmallNumbers(['MEMBER', 'ANALYST'])).toBe(false);
    expect(withholdsSmallNumbers(['ANALYST'])).toBe(false);
  });

  it('reads the financial year and quarter asked for, or today’s', () => {
    expect(periodOf({}, '2026-12-02')).toEqual({ year: 2026, quarter: 3 });
    expect(periodOf({}, '2027-02-01')).toEqual({ year: 2026, quarter: 4 });
    expect(periodOf({ year: '2025', quarter: '1' }, '2026-12-02')).toEqual({ year: 2025, quarter: 1 });
    expect(periodOf({ year: '2099', quarter: '9' }, '2026-12-02')).toEqual({ year: 2026, quarter: 3 });
  });
});

describe("the report pages' GraphQL documents", () => {
  it.each(Object.entries(REPORT_OPERATIONS))('%s is valid against the supergraph', (_name, op) => {
    expect(documentErrors(op.document)).toEqual([]);
  });
});

describe('a period asked for in the address or the form', () => {
  const today = '2026-12-02';
  it('is today’s when left out, the one asked for when there is a report for it', () => {
    expect(checkPeriod({}, today, 'quarterly')).toEqual({ period: { year: 2026, quarter: 3 }, problems: [] });
    expect(checkPeriod({ year: '2024' }, today, 'quarterly')).toEqual({ period: { year: 2024, quarter: 4 }, problems: [] });
    expect(checkPeriod({ year: '2025', quarter: '2' }, today, 'quarterly').problems).toEqual([]);
    expect(checkPeriod({ year: '2026', quarter: '9' }, today, 'annual').problems).toEqual([]);
  });

  it('is a problem, in words a person can act on, when there is no report for it', () => {
    const problem = (query: Record<string, string | string[]>, kind: 'quarterly' | 'annual' = 'quarterly') =>
      checkPeriod(query, today, kind).problems.map((p) => `${p.field}: ${p.message}`);
    expect(problem({ year: 'banana' }, 'annual')).toEqual([
      'year: Choose a financial year from the list: the year it starts in April, like 2026 for April 2026 to March 2027',
    ]);
    expect(problem({ year: '2027' }, 'annual')).toEqual([
      'year: The financial year 2027 to 2028 has not started yet: choose 2026 to 2027 or an earlier year',
    ]);
    expect(problem({ year: '1999' })).toEqual(['year: There are no figures before April 2000: choose a later financial year']);
    expect(problem({ year: '2026', quarter: '4' })).toEqual([
      'quarter: Quarter 4 (January to March 2027) has not started yet: choose quarter 3 or an earlier one',
    ]);
    expect(problem({ year: '2025', quarter: '0' })).toEqual(['quarter: Choose a quarter from 1 to 4']);
    expect(problem({ year: ['2025', '2026'] })).toHaveLength(1);
  });
});

describe('the self-assessment form', () => {
  const ids = rowIds('5.2');
  const problems = (body: Record<string, string>) => checkAssessment({ section: '5.2', ...body }, 'requirement 5.2').map((p) => p.field);

  it('asks for the evidence, and an action with a real date where the council does not comply', () => {
    expect(problems({ compliant: 'yes', evidence: 'The policy page.' })).toEqual([]);
    expect(problems({})).toEqual([ids.compliant, ids.evidence]);
    expect(problems({ compliant: 'no', evidence: 'x' })).toEqual([ids.action, ids.actionBy]);
    expect(
      problems({ compliant: 'no', evidence: 'x', action: 'y', 'actionBy-day': '31', 'actionBy-month': '2', 'actionBy-year': '2027' }),
    ).toEqual([ids.actionBy]);
    expect(
      problems({ compliant: 'no', evidence: 'x', action: 'y', 'actionBy-day': '31', 'actionBy-month': '3', 'actionBy-year': '2027' }),
    ).toEqual([]);
    expect(ids.evidence).toBe('sa-5-2-evidence');
    expect(dateWords('2027-03-31')).toBe('31 March 2027');
  });
});
