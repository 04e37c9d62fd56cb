import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { HART_POLICY, MessageKind, isCodedError } from '@redress/policy';
import { composeMessage } from './compose-message';
import type { MessageDocument } from './message-document';
import { LETTER_FONT, letterDefinition } from './render-letter';

/** The words of a definition in reading order, one string per line of text as pdfmake would set it. */
function linesOf(node: Content | undefined): string[] {
  if (node === undefined || node === null) return [];
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap((n) => linesOf(n as Content));
  const n = node as { text?: Content; stack?: Content[]; ul?: Content[] };
  if (n.stack) return linesOf(n.stack);
  if (n.ul) return n.ul.flatMap((item) => linesOf(item).map((l) => `• ${l}`));
  if (Array.isArray(n.text)) return [n.text.map((t) => linesOf(t as Content).join('')).join('')];
  return linesOf(n.text);
}
const textOf = (def: TDocumentDefinitions): string[] => linesOf(def.content);

/** Every font size the definition sets, for the body text and each style. */
const sizesOf = (def: TDocumentDefinitions): number[] => [
  def.defaultStyle!.fontSize!,
  ...Object.values(def.styles!)
    .map((s) => s.fontSize)
    .filter((s): s is number => s !== undefined),
];

const ack = composeMessage({
  policy: HART_POLICY,
  kind: MessageKind.ACKNOWLEDGEMENT,
  reference: 'HDC-2026-000042',
  stage: 1,
  recipient: { name: 'Jo Bloggs', role: 'COMPLAINANT' },
  body: 'Your reference: HDC-2026-000042. We have received your complaint.\nWe will reply by Tuesday 5 January 2027.',
  fields: { summary: 'Bins missed', handlerName: 'Amy Clarke' },
});

const letter = (doc: MessageDocument = ack, over: Partial<Parameters<typeof letterDefinition>[1]> = {}) =>
  letterDefinition(doc, {
    recipientName: 'Jo Bloggs',
    postalAddress: '1 High Street, Fleet\nHampshire GU51 1AA',
    date: '2026-12-21',
    ...over,
  });

describe('the PDF letter (a pdfmake document definition)', () => {
  it('opens with the letterhead, then the recipient’s name and address, the reference and the date in words', () => {
    const lines = textOf(letter());
    expect(lines.slice(0, 11)).toEqual([
      'Hart District Council',
      'Civic Offices',
      'Harlington Way',
      'Fleet GU51 4AE',
      'Email: complaints@hart.gov.uk',
      'Jo Bloggs',
      '1 High Street',
      'Fleet',
      'Hampshire GU51 1AA',
      'Your reference: HDC-2026-000042',
      'Monday 21 December 2026',
    ]);
    // The heading, then the letter as the email has it (the reference shown once, above).
    expect(lines.slice(11)).toEqual([
      ack.heading,
      'Dear Jo Bloggs,',
      'We have received your complaint.\nWe will reply by Tuesday 5 January 2027.',
      ...lines.slice(14, -ack.signature.length - 1),
      'Yours sincerely,',
      ...ack.signature,
    ]);
    expect(lines.filter((l) => l.startsWith('Your reference'))).toHaveLength(1);
    expect(lines).toContain('What we understand your complaint to be: Bins missed');
  });

  it('carries its title (the subject) and author (the council), in English, on A4, in the renderer’s font', () => {
    const def = letter();
    expect(def.info).toMatchObject({ title: ack.subject, author: 'Hart District Council', subject: ack.heading });
    expect(def).toMatchObject({ language: 'en-GB', displayTitle: true, pageSize: 'A4' });
    expect(def.defaultStyle).toMatchObject({ font: LETTER_FONT, fontSize: 12 });
    expect(LETTER_FONT).toBe('Roboto');
    // Plain data: the same letter twice is the same definition.
    expect(JSON.parse(JSON.stringify(def))).toEqual(letter());
  });

  it('sets every block: paragraphs by line, fields inline or under their label, lists, and the Ombudsman’s details', () => {
    const doc: MessageDocument = {
      ...ack,
      blocks: [
        { type: 'paragraph', lines: ['First line.', 'Second line.'] },
        { type: 'field', label: 'Decision', values: ['Upheld'], inline: true, list: false },
        { type: 'field', label: 'Our reasons', values: ['A long explanation of why we decided as we did.'], inline: false, list: false },
        { type: 'field', label: 'What we will do', values: ['Apologise', 'Collect the bin'], inline: false, list: true },
        {
          type: 'contact',
          intro: 'If you are still unhappy you can ask the Ombudsman.',
          name: 'Local Government and Social Care Ombudsman',
          lines: [
            { label: 'Website', value: 'www.lgo.org.uk', href: 'https://www.lgo.org.uk' },
            { label: 'Post', value: 'PO Box 4771, Coventry CV4 0EH', href: null },
          ],
        },
      ],
    };
    const def = letter(doc);
    const lines = textOf(def);
    const start = lines.indexOf('Dear Jo Bloggs,') + 1;
    expect(lines.slice(start, lines.indexOf('Yours sincerely,'))).toEqual([
      'First line.\nSecond line.',
      'Decision: Upheld',
      'Our reasons:',
      'A long explanation of why we decided as we did.',
      'What we will do:',
      '• Apologise',
      '• Collect the bin',
      'If you are still unhappy you can ask the Ombudsman.',
      'Local Government and Social Care Ombudsman',
      'Website: www.lgo.org.uk',
      'Post: PO Box 4771, Coventry CV4 0EH',
    ]);
    // A website or an email address is a link in the PDF too; a postal address is not.
    expect(JSON.stringify(def.content)).toContain('"link":"https://www.lgo.org.uk"');
    expect(JSON.stringify(def.content)).not.toContain('"link":null');
  });

  it('large print (LARGE_PRINT): every line at 16pt or more, headings larger still, the same words', () => {
    const standard = letter();
    const large = letter({ ...ack, largePrint: true });
    expect(textOf(large)).toEqual(textOf(standard));
    expect(Math.min(...sizesOf(large))).toBeGreaterThanOrEqual(16);
    expect(large.defaultStyle!.fontSize).toBe(16);
    expect(large.styles!.heading.fontSize).toBeGreaterThan(16);
    expect(standard.defaultStyle!.fontSize).toBe(12);
    expect(standard.styles!.heading.fontSize).toBeGreaterThan(12);
  });

  it('without a name, an address or a reference, those lines are left out; a date that is not one is refused', () => {
    const noRef: MessageDocument = { ...ack, blocks: ack.blocks.filter((b) => b.type !== 'field' || b.label !== 'Your reference') };
    const lines = textOf(letter(noRef, { recipientName: '  ', postalAddress: null }));
    expect(lines.slice(4, 6)).toEqual(['Email: complaints@hart.gov.uk', 'Monday 21 December 2026']);
    expect(lines.join('\n')).not.toContain('Your reference');
    const bare: MessageDocument = { ...noRef, letterhead: { councilName: 'Hart District Council', address: [], contacts: [] } };
    expect(textOf(letter(bare, { recipientName: null, postalAddress: 'Flat 2, 10 High Street' })).slice(0, 4)).toEqual([
      'Hart District Council',
      'Flat 2',
      '10 High Street',
      'Monday 21 December 2026',
    ]);
    let error: unknown;
    try {
      letter(ack, { date: '21/12/2026' });
    } catch (e) {
      error = e;
    }
    expect(isCodedError(error) && error.code).toBe('BAD_USER_INPUT');
  });
});
