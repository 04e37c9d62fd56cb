import { stringify } from 'csv-stringify/sync';
import type { ReportTable } from './report-tables';

/**
 * A table as CSV (RFC 4180, a heading row, CRLF): what a spreadsheet opens. A cell that starts like a formula is
 * quoted with a leading apostrophe, so that a spreadsheet shows it rather than running it.
 */
export function tableCsv(table: ReportTable): string {
  const safe = (cell: string | number) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
  return stringify([table.headings, ...table.rows.map((r) => r.map(safe))], { record_delimiter: 'windows' });
}
