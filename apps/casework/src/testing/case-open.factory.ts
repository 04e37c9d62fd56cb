import { randomUUID } from 'node:crypto';
import { Channel, ComplainantType, FeedbackKind, Matter, findCouncilPolicy } from '@redress/policy';
import type { AcceptedSubmission, CaseOpenJob } from '@redress/contracts';

/** A case.open job as intake sends it: a Hart complaint with a named complainant, unless told otherwise. */
export function newCaseOpenJob(receivedAt: string, over: Partial<AcceptedSubmission> = {}): CaseOpenJob {
  const councilId = over.councilId ?? 'hart';
  return {
    v: 1,
    eventId: randomUUID(),
    occurredAt: receivedAt,
    submission: {
      submissionId: randomUUID(),
      reference: `HDC-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
      councilId,
      kind: FeedbackKind.COMPLAINT,
      channel: Channel.WEB_FORM,
      serviceArea: findCouncilPolicy(councilId)!.serviceAreas[0].code,
      matter: Matter.SERVICE_FAILURE,
      summary: 'Missed collection',
      details: 'Missed twice',
      desiredOutcome: null,
      receivedAt,
      stage: 1,
      flags: [],
      complainant: {
        type: ComplainantType.RESIDENT,
        name: 'Jo Bloggs',
        email: `${randomUUID()}@example.org`,
        phone: null,
        postalAddress: null,
      },
      representative: null,
      referredFrom: null,
      ...over,
    },
  };
}
