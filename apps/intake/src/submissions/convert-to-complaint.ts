import { FeedbackKind, findCouncilPolicy } from '@redress/policy';
import { audit, badInput, conflict, notFound, signedInStaff } from '@redress/platform';
import type { AuthContext, EntityManager } from '@redress/platform';
import { Submission } from './submission.entity';
import { decide, storeSubmission, toResult } from './submit-feedback';
import type { SubmitFeedbackInput, SubmitFeedbackResult } from './submission.types';

/**
 * A service request becomes a complaint where there is evidence of repeated or systemic failure (Hampshire,
 * "Service Requests"). The complaint is received now, under its own reference, and the two records link.
 */
export async function convertToComplaint(
  em: EntityManager,
  schema: string,
  auth: AuthContext,
  reference: string,
  reason: string,
  now: Date,
): Promise<SubmitFeedbackResult> {
  const staff = signedInStaff(auth);
  const request = await em.findOne(Submission, { reference: reference.trim().toUpperCase(), councilId: staff.council });
  if (!request) throw notFound(`No service request ${reference} in your council.`);
  if (request.kind !== FeedbackKind.SERVICE_REQUEST)
    throw badInput(`${request.reference} is a ${request.kind.toLowerCase().replace('_', ' ')}, not a service request.`, 'reference');
  const existing = request.links.find((l) => l.relation === 'CONVERTED_TO');
  if (existing) throw conflict(`${request.reference} was already raised as complaint ${existing.reference}.`);
  const policy = findCouncilPolicy(request.councilId)!;
  const input: SubmitFeedbackInput = {
    councilId: request.councilId,
    kind: FeedbackKind.COMPLAINT,
    channel: request.channel,
    serviceArea: request.serviceArea,
    matter: request.matter,
    summary: request.summary,
    details: `${request.details}\n\nRaised as a complaint: ${reason.trim()}`,
    complainant: request.complainantName
      ? {
          type: request.complainantType!,
          name: request.complainantName,
          email: request.complainantEmail,
          phone: request.complainantPhone,
          postalAddress: request.complainantPostalAddress,
        }
      : null,
  };
  const complaint = await em.transactional(async (tx) => {
    const c = await storeSubmission(tx, schema, policy, input, decide(input, policy, now), {
      receivedAt: now,
      recordedBy: staff.sub,
      hash: null,
      links: [{ relation: 'CONVERTED_FROM', reference: request.reference }],
      now,
    });
    request.links = [...request.links, { relation: 'CONVERTED_TO', reference: c.reference }];
    tx.persist(request);
    await audit(tx, staff, 'CONVERT_TO_COMPLAINT', [request.id, c.id], now);
    return c;
  });
  return toResult(complaint);
}
