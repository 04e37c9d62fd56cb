import { renderPdf } from '@redress/platform';
import type { TDocumentDefinitions } from '@redress/platform';
import type { ReportTable } from './report-tables';

/** A part of a report in words (the annual report's self-assessment, say): a heading, then items of lines. */
export interface PdfSection {
  heading: string;
  items: { heading?: string; lines: string[] }[];
}

const M = (top: number, bottom: number): [number, number, number, number] => [0, top, 0, bottom];

/** A report as a PDF (the platform's one renderer): its title, then each table with its caption, then any notes. */
export function reportPdfDefinition(
  title: string,
  subtitle: string,
  tables: readonly ReportTable[],
  notes: readonly string[],
  sections: readonly PdfSection[] = [],
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
      ...sections.flatMap((s) => [
        { text: s.heading, fontSize: 13, bold: true, margin: M(10, 4) },
        ...s.items.flatMap((i) => [
          ...(i.heading ? [{ text: i.heading, bold: true, margin: M(6, 2) }] : []),
          ...i.lines.map((line) => ({ text: line, margin: M(0, 2) })),
        ]),
      ]),
    ],
  };
}

export const reportPdf = (
  title: string,
  subtitle: string,
  tables: readonly ReportTable[],
  notes: readonly string[],
  sections: readonly PdfSection[] = [],
): Promise<Buffer> => renderPdf(reportPdfDefinition(title, subtitle, tables, notes, sections));
