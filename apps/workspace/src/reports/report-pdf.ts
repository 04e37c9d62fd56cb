import { renderPdf } from '@redress/platform';
import type { TDocumentDefinitions } from '@redress/platform';
import type { ReportTable } from './report-tables';

/** A report as a PDF (the platform's one renderer): its title, then each table with its caption, then any notes. */
export function reportPdfDefinition(
  title: string,
  subtitle: string,
  tables: readonly ReportTable[],
  notes: readonly string[],
): TDocumentDefinitions {
  return {
    info: { title },
    pageSize: 'A4',
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: [
      { text: title, fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      { text: subtitle, margin: [0, 0, 0, 12] },
      ...tables.flatMap((t) => [
        { text: t.caption, fontSize: 13, bold: true, margin: [0, 10, 0, 4] as [number, number, number, number] },
        t.rows.length === 0
          ? { text: 'None.' }
          : {
              table: {
                headerRows: 1,
                body: [t.headings.map((h) => ({ text: h, bold: true })), ...t.rows.map((r) => r.map((c) => String(c)))],
              },
              layout: 'lightHorizontalLines',
            },
      ]),
      ...(notes.length
        ? [
            { text: 'Lessons learned', fontSize: 13, bold: true, margin: [0, 10, 0, 4] as [number, number, number, number] },
            { ul: [...notes] },
          ]
        : []),
    ],
  };
}

export const reportPdf = (title: string, subtitle: string, tables: readonly ReportTable[], notes: readonly string[]): Promise<Buffer> =>
  renderPdf(reportPdfDefinition(title, subtitle, tables, notes));
