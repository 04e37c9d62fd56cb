import { renderMessage } from '@redress/messages';
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

/**
 * The council's template for the message (libs/messages: what casework previews is what is sent). A message with
 * nobody to write to is still written, as staff will read it, to "Sir or Madam".
 */
export function renderFor(job: MessageRequestedJob, largePrint: boolean): RenderedMessage {
  const policy = findCouncilPolicy(job.councilId);
  if (!policy) throw notFound(`There is no council ${job.councilId} on this platform: its messages cannot be written.`);
  const { subject, text, html } = renderMessage({
    policy,
    kind: job.kind,
    reference: job.reference,
    stage: job.stage,
    recipient: { name: job.recipient?.name.trim() || 'Sir or Madam', role: job.recipient?.role ?? 'COMPLAINANT' },
    body: job.body,
    fields: job.fields,
    largePrint,
  });
  return { subject, text, html };
}
