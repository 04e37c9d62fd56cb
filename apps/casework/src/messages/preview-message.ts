import { renderMessage } from '@redress/messages';
import { chooseDelivery, findCouncilPolicy, previewCustomerMessage, previewDelivery, previewableKind } from '@redress/policy';
import type { DeliveryMethod, MessageKind } from '@redress/policy';
import { audit, signedInStaff } from '@redress/platform';
import type { CaseworkContext } from '../casework.context';
import { loadCaseFor } from '../cases/case-command';
import { currentStage } from '../cases/case-snapshot';
import type { OwedMessage } from './owed-message';
import { messageRequest } from './owed-message';

export interface MessagePreview {
  kind: MessageKind;
  method: DeliveryMethod;
  /** The email address, or the name on the letter. */
  recipient: string;
  subject: string;
  /** The plain text, as the email would carry it. */
  body: string;
}

/**
 * What the customer would receive if staff took the action now: built as the action owes it (owed-message.ts: the
 * representative where one acts, the methods a restriction leaves, the merge fields from the case), with the policy
 * core's text and dates as the action would leave them, the method communications would choose, and the council's
 * template (libs/messages, as communications renders it). What only the action gives is left out. Audited as a read
 * of the case; another council's case is "not found", like a missing one.
 */
export async function previewMessage(ctx: CaseworkContext, caseId: string, kind: MessageKind): Promise<MessagePreview> {
  const owedKind = previewableKind(kind);
  const c = await loadCaseFor(ctx, caseId);
  const policy = findCouncilPolicy(c.councilId)!;
  const now = ctx.now();
  const preview = previewCustomerMessage({ kind: owedKind, policy, reference: c.reference, stage: currentStage(c), now });
  // A restriction letter goes to the person restricted themselves, as restrictContact owes it.
  const person = owedKind === 'CONTACT_RESTRICTION' ? c.complainant?.getEntity() : undefined;
  const owed: OwedMessage = { kind: owedKind, body: preview.text, ...(person ? { person } : {}) };
  const request = await messageRequest(ctx.em, c, preview.stage, owed, now);
  for (const field of preview.actionFields) request.fields[field] = null;
  const { method, recipient } = previewDelivery(chooseDelivery(request.kind, request.recipient, request.allowedMethods));
  const { subject, text } = renderMessage({
    policy,
    kind: request.kind,
    reference: request.reference,
    stage: request.stage,
    recipient: { name: request.recipient?.name.trim() || 'Sir or Madam', role: request.recipient?.role ?? 'COMPLAINANT' },
    body: request.body,
    fields: request.fields,
  });
  await audit(ctx.em, signedInStaff(ctx.auth), 'PREVIEW_MESSAGE', [c.id, ...(c.complainant ? [c.complainant.id] : [])], now);
  return { kind: request.kind, method, recipient, subject, body: text };
}
