import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from './pdf';
import { pdfInfo, pdfText, pdfWords } from './testing/pdf-text';

jest.setTimeout(30_000);

const definition = (): TDocumentDefinitions => ({
  info: { title: 'Your complaint HDC-2026-000042', author: 'Hart District Council' },
  defaultStyle: { font: 'Roboto', fontSize: 12 },
  content: [
    { text: 'Hart District Council', bold: true, fontSize: 16 },
    'Monday 21 December 2026',
    { text: ['We will refund ', { text: '£25.50', bold: true }, ' and say “sorry” — it’s owed.'] },
    { ul: ['Apologise', 'Collect the bin'] },
  ],
});

describe('renderPdf: the one PDF renderer (letters and reports)', () => {
  it('makes a PDF whose text pdftotext reads back, £ and curly quotes included, with its title and author', async () => {
    const pdf = await renderPdf(definition());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const lines = (await pdfText(pdf))
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines.slice(0, 2)).toEqual(['Hart District Council', 'Monday 21 December 2026']);
    expect(lines).toContain('We will refund £25.50 and say “sorry” — it’s owed.');
    expect(await pdfWords(pdf.toString('base64'))).toContain('Apologise Collect the bin');
    // What a PDF reader shows as its title and author.
    expect(await pdfInfo(pdf)).toMatchObject({ Title: 'Your complaint HDC-2026-000042', Author: 'Hart District Council', Pages: '1' });
  });

  it('leaves the caller’s definition as it was, so the same one renders twice', async () => {
    const def = definition();
    const before = JSON.stringify(def);
    await renderPdf(def);
    expect(JSON.stringify(def)).toBe(before);
    expect(await pdfText(await renderPdf(def))).toContain('Monday 21 December 2026');
  });

  it('reads no file and no URL a definition names (only its own fonts)', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/passwd' }] })).rejects.toThrow(/denied by resource access policy/);
    await expect(renderPdf({ content: [{ image: 'http://127.0.0.1:9/x.png' }] })).rejects.toThrow(/denied by resource access policy/);
  });

  it('pdfText says what to do with something that is not a PDF', async () => {
    await expect(pdfText(Buffer.from('not a pdf'))).rejects.toThrow(/^pdftotext: /);
  });
});
