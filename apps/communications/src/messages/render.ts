import { composeMessage, letterDefinition, renderHtml, renderText } from '@redress/messages';
import type { MessageDocument } from '@redress/messages';
import { AdjustmentKind, findCouncilPolicy, londonDate, notFound } from '@redress/policy';
import type { MessageRequestedJob } from '@redress/contracts';
import { renderPdf } from '@redress/platform';

/** A message as it is sent: the subject, the plain-text body and the accessible HTML email. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** A reasonable adjustment asking for larger type: the letter and the email are set larger. */
export const wantsLargePrint = (job: MessageRequestedJob): boolean =>
  Boolean(job.recipient?.adjustments.includes(AdjustmentKind.LARGE_PRINT));

/**
 * The message composed from the council's template (libs/messages: what casework previews is what is sent): the
 * email's text and HTML and the letter's PDF are all rendered from it. A message with nobody to write to is still
 * written, as staff will read it, to "Sir or Madam".
 */
export function composeFor(job: MessageRequestedJob): MessageDocument {
  const policy = findCouncilPolicy(job.councilId);
  if (!policy) throw notFound(`There is no council ${job.councilId} on this platform: its messages cannot be written.`);
  return composeMessage({
    policy,
    kind: job.kind,
    reference: job.reference,
    stage: job.stage,
    recipient: { name: job.recipient?.name.trim() || 'Sir or Madam', role: job.recipient?.role ?? 'COMPLAINANT' },
    body: job.body,
    fields: job.fields,
    largePrint: wantsLargePrint(job),
  });
}

/** The email: its subject, plain text and HTML. */
export const renderEmail = (doc: MessageDocument): RenderedMessage => ({
  subject: doc.subject,
  text: renderText(doc),
  html: renderHtml(doc),
});

/** The printed letter (the platform's one PDF renderer), to the name and address on the record, dated the London day it is printed. */
export const printLetter = (
  doc: MessageDocument,
  to: { recipient: string | null; postalAddress: string | null },
  now: Date,
): Promise<Buffer> =>
  renderPdf(letterDefinition(doc, { recipientName: to.recipient, postalAddress: to.postalAddress, date: londonDate(now) }));
