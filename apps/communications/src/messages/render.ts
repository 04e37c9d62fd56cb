import { AdjustmentKind, findCouncilPolicy, notFound } from '@redress/policy';
import type { MessageRequestedJob } from '@redress/contracts';

/** A message as it is sent: the subject, the plain-text body and the accessible HTML email. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** A reasonable adjustment asking for larger type: the letter and the email are set larger. */
export const wantsLargePrint = (job: MessageRequestedJob): boolean =>
  Boolean(job.recipient?.adjustments.includes(AdjustmentKind.LARGE_PRINT));

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * Renders the council's template for the message. TEMPORARY: stands in for `renderMessage` from `@redress/messages`
 * (being written alongside), with the same inputs and output, until it lands.
 */
export function renderFor(job: MessageRequestedJob, largePrint: boolean): RenderedMessage {
  const policy = findCouncilPolicy(job.councilId);
  if (!policy) throw notFound(`There is no council ${job.councilId} on this platform: its messages cannot be written.`);
  const subject = `${policy.councilName}: your reference ${job.reference}`;
  const greeting = `Dear ${job.recipient?.name ?? 'Sir or Madam'},`;
  const paragraphs = [greeting, ...job.body.split(/\n{2,}/), 'Yours sincerely,', policy.councilName];
  const size = largePrint ? '24px' : '19px';
  return {
    subject,
    text: paragraphs.join('\n\n'),
    html:
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
      `<body style="font-family: Arial, sans-serif; font-size: ${size}; line-height: 1.5">` +
      paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('') +
      '</body></html>',
  };
}
