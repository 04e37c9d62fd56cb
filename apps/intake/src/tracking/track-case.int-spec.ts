import { randomUUID } from 'node:crypto';
import { CaseStatus, Channel, ComplainantType, ConsentEvidence, FeedbackKind, Outcome, Remedy, findCouncilPolicy } from '@redress/policy';
import type { CaseChangedEvent, CaseOpenedEvent, CaseRespondedEvent } from '@redress/contracts';
import { createLogger } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { MikroORM } from '@redress/platform';
import { applyCaseAnonymised } from '../data-protection/case-anonymised.processor';
import { createIntakeOrm, intakeSchema } from '../intake.orm';
import { submitFeedback } from '../submissions/submit-feedback';
import type { SubmitFeedbackInput } from '../submissions/submission.types';
import { applyCaseResponse, applyCaseSnapshot } from './case-tracking.processor';
import { trackCase } from './track-case';

/*
 * trackCase against real PostgreSQL, fed the events casework sends: the latest response's outcome, reasons and remedies
 * (never a draft awaiting sign-off), what the resident may ask for now, the representative's email as good as the
 * complainant's, and the reasons gone when the case is anonymised.
 */

jest.setTimeout(60_000);

const isolation = isolate('intake-tracking');
const config = isolation.config('intake');
let orm: MikroORM;

beforeAll(async () => {
  orm = await createIntakeOrm(config, createLogger('test', 'silent'));
});
afterAll(async () => {
  await orm?.close();
  await isolation.cleanup();
});

const hartArea = () => findCouncilPolicy('hart')!.serviceAreas.find((a) => !a.referral)!.code;
const RECEIVED = new Date('2026-11-23T10:00:00Z');

async function submitted(over: Partial<SubmitFeedbackInput> = {}): Promise<string> {
  const input: SubmitFeedbackInput = {
    councilId: 'hart',
    kind: FeedbackKind.COMPLAINT,
    channel: Channel.WEB_FORM,
    serviceArea: hartArea(),
    summary: 'Missed collection',
    details: 'Our bin was missed twice.',
    skipInformal: true,
    complainant: { type: ComplainantType.RESIDENT, name: 'Jo Bloggs', email: 'jo.tracking@example.org' },
    ...over,
  };
  const r = await submitFeedback(input, { em: orm.em.fork(), schema: intakeSchema(config), staff: null, now: RECEIVED });
  return r.reference;
}

const caseId = randomUUID();
const snapshot = (reference: string, at: string, over: Partial<CaseChangedEvent> = {}): CaseChangedEvent => ({
  v: 1,
  eventId: randomUUID(),
  occurredAt: at,
  caseId,
  reference,
  councilId: 'hart',
  change: 'ACKNOWLEDGED',
  status: CaseStatus.OPEN,
  stage: 1,
  stageName: 'Stage 1',
  acknowledgeBy: '2026-11-26',
  respondBy: '2026-12-07',
  outcome: null,
  onTime: null,
  sla: null,
  previousStage: null,
  stageOpenedAt: RECEIVED.toISOString(),
  remedies: [],
  lessonsLearned: null,
  categories: [],
  ...over,
});
const response = (reference: string, over: Partial<CaseRespondedEvent> = {}): CaseRespondedEvent => ({
  v: 1,
  eventId: randomUUID(),
  occurredAt: '2026-11-30T10:00:00.000Z',
  caseId,
  reference,
  councilId: 'hart',
  stage: 1,
  stageName: 'Stage 1',
  outcome: Outcome.PARTIALLY_UPHELD,
  findings: 'Two collections were missed because the crew had the wrong round.',
  remedies: [Remedy.APOLOGY, Remedy.ACTION_TAKEN],
  respondedAt: '2026-11-30T10:00:00.000Z',
  ...over,
});
const track = (reference: string, email = 'jo.tracking@example.org', now = new Date('2026-12-01T10:00:00Z')) =>
  trackCase(orm.em.fork(), reference, email, now);

describe('trackCase, fed by casework’s events (real PostgreSQL)', () => {
  it('shows the latest response’s outcome, reasons and remedies, and offers the next stage only once there is one to ask for', async () => {
    const reference = await submitted();
    const opened: CaseOpenedEvent = {
      ...snapshot(reference, '2026-11-23T10:00:01.000Z'),
      submissionId: randomUUID(),
      kind: FeedbackKind.COMPLAINT,
      serviceArea: hartArea(),
      receivedAt: RECEIVED.toISOString(),
      channel: Channel.WEB_FORM,
      matter: 'SERVICE_FAILURE' as CaseOpenedEvent['matter'],
      anonymous: false,
    };
    await applyCaseSnapshot(orm.em.fork(), opened);
    expect(await track(reference)).toMatchObject({
      tracking: { stage: 1, outcome: null, findings: null, remedies: [], responseStage: null },
      nextStage: null, // not answered, and the reply is not yet due
      finalStage: false,
    });

    // A Hart Stage 2 draft awaiting sign-off carries its outcome on the case's snapshot: the resident does not see it.
    await applyCaseSnapshot(orm.em.fork(), snapshot(reference, '2026-11-27T10:00:00.000Z', { outcome: Outcome.UPHELD }));
    expect((await track(reference))?.tracking.outcome).toBeNull();

    const answered = response(reference);
    await applyCaseSnapshot(orm.em.fork(), snapshot(reference, '2026-11-30T10:00:00.000Z', { status: CaseStatus.RESPONDED }));
    expect(await applyCaseResponse(orm.em.fork(), answered)).toEqual({ outcome: 'done' });
    expect(await applyCaseResponse(orm.em.fork(), answered)).toMatchObject({ outcome: 'skipped' });
    expect(await track(reference)).toMatchObject({
      tracking: {
        status: 'RESPONDED',
        outcome: 'PARTIALLY_UPHELD',
        findings: 'Two collections were missed because the crew had the wrong round.',
        remedies: ['APOLOGY', 'ACTION_TAKEN'],
        responseStage: 1,
        responseStageName: 'Stage 1',
      },
      nextStage: { number: 2, name: 'Stage 2' },
      finalStage: false,
      nextSteps: expect.stringContaining('ask for Stage 2'),
    });

    // Escalated: the new stage is open; the latest response is still Stage 1's, and nothing more can be asked yet.
    await applyCaseSnapshot(
      orm.em.fork(),
      snapshot(reference, '2026-12-01T10:00:00.000Z', { change: 'ESCALATED', stage: 2, stageName: 'Stage 2', respondBy: '2026-12-30' }),
    );
    expect(await track(reference)).toMatchObject({
      tracking: { stage: 2, status: 'OPEN', responseStage: 1, outcome: 'PARTIALLY_UPHELD' },
      nextStage: null,
      finalStage: true,
    });
    // An older response delivered late changes nothing.
    await applyCaseResponse(
      orm.em.fork(),
      response(reference, { stage: 2, outcome: Outcome.UPHELD, respondedAt: '2026-12-04T10:00:00.000Z' }),
    );
    await applyCaseResponse(orm.em.fork(), response(reference, { findings: 'old', respondedAt: '2026-11-29T10:00:00.000Z' }));
    expect((await track(reference))?.tracking).toMatchObject({ responseStage: 2, outcome: 'UPHELD' });

    // A wrong email is the same answer as no such case.
    expect(await track(reference, 'someone.else@example.org')).toBeNull();
    expect(await track('HDC-2026-999999')).toBeNull();

    // Anonymised (retention, erasure): the reasons go with the rest of the person's data.
    await applyCaseAnonymised(orm.em.fork(), {
      v: 1,
      eventId: randomUUID(),
      occurredAt: '2033-01-01T00:00:00.000Z',
      caseId,
      submissionId: randomUUID(),
      reference,
      councilId: 'hart',
      reason: 'RETENTION',
    });
    expect((await track(reference))?.tracking).toMatchObject({ findings: null, outcome: 'UPHELD' });
  });

  it('a representative tracks the complaint they made with their own email', async () => {
    const reference = await submitted({
      complainant: { type: ComplainantType.RESIDENT, name: 'Pat Resident' },
      representative: {
        name: 'Sam Advocate',
        relationship: 'advocate',
        consent: ConsentEvidence.WRITTEN,
        email: 'Sam.Advocate@example.org',
      },
    });
    await applyCaseSnapshot(orm.em.fork(), snapshot(reference, '2026-11-23T10:00:01.000Z'));
    expect((await track(reference, 'sam.advocate@example.org'))?.tracking.reference).toBe(reference);
    expect(await track(reference, 'pat@example.org')).toBeNull();
  });
});
