import type { MessageKind } from '@redress/policy';

/** A way to reach someone, as it is printed, and the link an email gives it (null: printed only). */
export interface ContactLine {
  label: 'Website' | 'Email' | 'Telephone' | 'Post';
  value: string;
  href: string | null;
}

/** One block of a message, in plain text (every renderer escapes for its own format). */
export type MessageBlock =
  /** A paragraph; its lines are kept apart (a line break, not a new paragraph). */
  | { type: 'paragraph'; lines: string[] }
  /** A labelled value: `inline` "Label: value" when short, else the value under its label; `list` one item a line. */
  | { type: 'field'; label: string; values: string[]; inline: boolean; list: boolean }
  /** Someone to contact (the Ombudsman): why, their name, and their details. */
  | { type: 'contact'; intro: string; name: string; lines: ContactLine[] };

/**
 * A message composed from the council's template: everything a renderer needs and nothing to decide. The email's
 * text and HTML and the letter's PDF are all rendered from this, so what is previewed is what is sent.
 */
export interface MessageDocument {
  councilId: string;
  templateVersion: number;
  kind: MessageKind;
  subject: string;
  heading: string;
  letterhead: { councilName: string; address: string[]; contacts: ContactLine[] };
  /** "Dear Jo Bloggs,". */
  salutation: string;
  blocks: MessageBlock[];
  signOff: string;
  /** Name, office or service, "On behalf of …", council. */
  signature: string[];
  /** Reasonable adjustment LARGE_PRINT: larger type in the HTML (and in the letter). */
  largePrint: boolean;
}
