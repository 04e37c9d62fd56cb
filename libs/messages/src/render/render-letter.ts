import type { Content, ContentText, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatLongDate } from '@redress/policy';
import type { ContactLine, MessageBlock, MessageDocument } from './message-document';

export interface LetterOptions {
  /** The name on the envelope (the recipient's own, or their representative's); null: none is printed. */
  recipientName: string | null;
  /** Where the letter goes, as it was given: a line break or a comma starts a new line of the address block. */
  postalAddress: string | null;
  /** The letter's date, a London calendar date (YYYY-MM-DD), printed in words. */
  date: string;
}

/** The font family the PDF renderer provides (libs/platform `renderPdf`: Roboto, with £ and curly quotes). */
export const LETTER_FONT = 'Roboto';

/** Points. RNIB: large print is 16pt or more; standard print 12pt. Headings stand out by size and weight. */
const SIZES = {
  standard: { body: 12, heading: 15, councilName: 16, letterhead: 11 },
  large: { body: 16, heading: 20, councilName: 20, letterhead: 16 },
} as const;

/** The field composeMessage opens with: a letter shows it with the date, above the heading. */
const REFERENCE_LABEL = 'Your reference';

const addressLines = (address: string | null): string[] =>
  (address ?? '')
    .split(/\r?\n|,/)
    .map((l) => l.trim())
    .filter(Boolean);

const contactText = (l: ContactLine): ContentText => ({
  text: [`${l.label}: `, l.href ? { text: l.value, link: l.href } : l.value],
});

function blockContent(block: MessageBlock): Content {
  switch (block.type) {
    case 'paragraph':
      return { text: block.lines.join('\n'), style: 'paragraph' };
    case 'field':
      if (block.list) return { stack: [{ text: `${block.label}:`, bold: true }, { ul: [...block.values] }], style: 'paragraph' };
      if (block.inline) return { text: [{ text: `${block.label}: `, bold: true }, block.values[0]], style: 'paragraph' };
      return { stack: [{ text: `${block.label}:`, bold: true }, block.values[0]], style: 'paragraph' };
    default:
      return {
        stack: [
          { text: block.intro, style: 'paragraph' },
          { stack: [{ text: block.name, bold: true }, ...block.lines.map(contactText)], style: 'paragraph' },
        ],
      };
  }
}

const isReference = (b: MessageBlock): b is Extract<MessageBlock, { type: 'field' }> => b.type === 'field' && b.label === REFERENCE_LABEL;

/**
 * The printed letter, as a pdfmake document definition (plain data; libs/platform `renderPdf` makes the PDF): the
 * letterhead, the recipient's name and address, the reference and the date in words, the heading, then the same
 * blocks as the email, the sign-off and the signature. Large print sets every line at 16pt or more.
 */
export function letterDefinition(doc: MessageDocument, opts: LetterOptions): TDocumentDefinitions {
  const size = doc.largePrint ? SIZES.large : SIZES.standard;
  const gap = Math.round(size.body * 0.75);
  const reference = doc.blocks.find(isReference);
  const recipient = [...(opts.recipientName?.trim() ? [opts.recipientName.trim()] : []), ...addressLines(opts.postalAddress)];
  const styles: StyleDictionary = {
    councilName: { fontSize: size.councilName, bold: true },
    letterhead: { fontSize: size.letterhead },
    heading: { fontSize: size.heading, bold: true, margin: [0, gap, 0, gap] },
    paragraph: { margin: [0, 0, 0, gap] },
  };
  const content: Content[] = [
    {
      stack: [
        { text: doc.letterhead.councilName, style: 'councilName' },
        ...doc.letterhead.address,
        ...doc.letterhead.contacts.map(contactText),
      ],
      style: 'letterhead',
      alignment: 'right',
      margin: [0, 0, 0, gap * 2],
    },
    ...(recipient.length ? [{ stack: recipient, margin: [0, 0, 0, gap * 2] } as Content] : []),
    {
      stack: [
        ...(reference ? [{ text: [{ text: `${REFERENCE_LABEL}: `, bold: true }, reference.values[0]] } as Content] : []),
        formatLongDate(opts.date),
      ],
      style: 'paragraph',
    },
    { text: doc.heading, style: 'heading' },
    { text: doc.salutation, style: 'paragraph' },
    ...doc.blocks.filter((b) => !isReference(b)).map(blockContent),
    { text: doc.signOff, style: 'paragraph' },
    { stack: [...doc.signature] },
  ];
  return {
    info: { title: doc.subject, author: doc.letterhead.councilName, subject: doc.heading, creator: 'Redress' },
    language: 'en-GB',
    displayTitle: true,
    pageSize: 'A4',
    pageMargins: [56, 48, 56, 56],
    defaultStyle: { font: LETTER_FONT, fontSize: size.body, lineHeight: 1.25 },
    styles,
    content,
  };
}
