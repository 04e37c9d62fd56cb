import type * as Vega from 'vega';
import type * as VegaLite from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { ReportTable } from './report-tables';

/*
 * Charts drawn on the server as SVG (vega-lite compiled to vega, rendered headless): no script in the browser. Each is
 * an image with a text alternative; the data table beneath it carries the figures for screen readers.
 */

export interface ChartPoint {
  label: string;
  value: number;
  series?: string;
}

export interface Chart {
  id: string;
  title: string;
  /** The text alternative: what the chart shows, in a sentence. */
  description: string;
  spec: TopLevelSpec;
}

const numeric = (cell: string | number | undefined): number => (typeof cell === 'number' ? cell : 0);

/** Points for one column of a table (a withheld "fewer than 5" cell draws as 0; its table says which). */
export function tablePoints(table: ReportTable, column: number): ChartPoint[] {
  return table.rows.map((row) => ({ label: String(row[0]), value: numeric(row[column]) }));
}

const BASE = { width: 560, height: 220, background: 'white', config: { aria: false, font: 'Arial, sans-serif' } } as const;

/** A horizontal bar chart, one bar per row: service areas, categories, outcomes. */
export function barChart(id: string, title: string, points: readonly ChartPoint[], unit: string): Chart {
  const shown = points.length === 0 ? 'nothing yet' : points.map((p) => `${p.label} ${p.value}`).join(', ');
  return {
    id,
    title,
    description: `Bar chart of ${unit} by ${title.toLowerCase()}: ${shown}.`,
    spec: {
      ...BASE,
      height: Math.max(60, points.length * 22),
      data: { values: points.map((p) => ({ label: p.label, value: p.value })) },
      mark: { type: 'bar', color: '#1d70b8' },
      encoding: {
        y: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: 220 } },
        x: { field: 'value', type: 'quantitative', title: unit, axis: { tickMinStep: 1 } },
      },
    },
  };
}

/** On-time rate per stage, as percentages (0 to 100). */
export function rateChart(id: string, title: string, points: readonly ChartPoint[]): Chart {
  const shown = points.length === 0 ? 'nothing answered yet' : points.map((p) => `${p.label} ${p.value}%`).join(', ');
  return {
    id,
    title,
    description: `Bar chart of responses on time, per stage: ${shown}.`,
    spec: {
      ...BASE,
      height: Math.max(60, points.length * 30),
      data: { values: points.map((p) => ({ label: p.label, value: p.value })) },
      mark: { type: 'bar', color: '#00703c' },
      encoding: {
        y: { field: 'label', type: 'nominal', sort: null, title: null },
        x: { field: 'value', type: 'quantitative', title: 'Per cent on time', scale: { domain: [0, 100] } },
      },
    },
  };
}

/** Two lines, this year and the year before, month by month from April. */
export function monthsChart(id: string, title: string, points: readonly ChartPoint[]): Chart {
  const series = (name: string) =>
    points
      .filter((p) => p.series === name)
      .map((p) => `${p.label} ${p.value}`)
      .join(', ');
  return {
    id,
    title,
    description:
      'Line chart of complaints received per month. ' +
      `This year: ${series('This year') || 'nothing yet'}. The year before: ${series('Year before') || 'nothing'}.`,
    spec: {
      ...BASE,
      data: { values: points.map((p, i) => ({ label: p.label, value: p.value, series: p.series ?? '', order: i })) },
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'label', type: 'ordinal', sort: null, title: null },
        y: { field: 'value', type: 'quantitative', title: 'Complaints', axis: { tickMinStep: 1 } },
        color: {
          field: 'series',
          type: 'nominal',
          title: null,
          scale: { domain: ['This year', 'Year before'], range: ['#1d70b8', '#505a5f'] },
          legend: { orient: 'top' },
        },
        strokeDash: {
          field: 'series',
          type: 'nominal',
          title: null,
          legend: { orient: 'top' },
          scale: {
            domain: ['This year', 'Year before'],
            range: [
              [1, 0],
              [6, 4],
            ],
          },
        },
      },
    },
  };
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * The chart as an inline SVG: an image (role="img") named by its title and described by its text alternative; the
 * marks inside are presentational.
 */
export async function chartSvg(chart: Chart): Promise<string> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const vl = require('vega-lite') as typeof VegaLite;
  const vega = require('vega') as typeof Vega;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const view = new vega.View(vega.parse(vl.compile(chart.spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const label = `${chart.title}. ${chart.description}`;
  return svg
    .replace(/ role="[^"]*"| aria-roledescription="[^"]*"| aria-label="[^"]*"/g, '')
    .replace(
      /^<svg /,
      `<svg role="img" aria-label="${escapeXml(label)}" focusable="false" class="app-chart__svg" preserveAspectRatio="xMinYMin meet" `,
    )
    .replace(/^(<svg[^>]*>)/, `$1<title>${escapeXml(label)}</title>`)
    .replace(/ width="\d+(\.\d+)?" height="\d+(\.\d+)?" viewBox/, ' viewBox');
}
