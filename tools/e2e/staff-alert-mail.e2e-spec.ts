import { STAFF_SEED } from '@redress/casework';
import { gql, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

// A staff alert reaches the person by email: a late complaint made through the gateway tells Hart's complaints
// coordinator, and communications emails her at the address the staff directory gives. The communications worker's
// clock is started on a Tuesday morning (CLOCK_STARTS_AT), so the alert always falls in working hours, whenever CI runs.
jest.setTimeout(180_000);

let platform: RunningPlatform;
beforeAll(async () => {
  platform = await startPlatform('staff-alert-mail', { CLOCK_STARTS_AT: '2027-01-12T10:00:00Z' });
});
afterAll(async () => {
  await platform?.stop();
});

const monthsAgo = (n: number): string => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
};

it('emails the coordinator the late-complaint alert, in her council’s name, with the case reference', async () => {
  const res = await gql<{ submitFeedback: { reference: string; outcome: string } }>(
    platform.gatewayUrl,
    'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference outcome } }',
    {
      i: {
        councilId: 'hart',
        kind: 'COMPLAINT',
        channel: 'WEB_FORM',
        serviceArea: 'waste',
        summary: 'Assisted collection missed',
        details: 'The assisted bin collection was missed for most of the spring.',
        skipInformal: true,
        incidentDate: monthsAgo(7),
        lateJustification: 'I was in hospital from April to October.',
        complainant: { type: 'RESIDENT', name: 'Jo Bloggs', email: 'jo.alert-mail@example.org' },
      },
    },
  );
  expect(res.data?.submitFeedback.outcome).toBe('ACCEPTED');
  const { reference } = res.data!.submitFeedback;
  const coordinator = STAFF_SEED.find((s) => s.id === 'hart-coordinator')!;
  const mail = await platform.mail!.waitFor(
    (m) => platform.mail!.messagesTo(coordinator.email).includes(m) && m.text!.includes(reference),
    30_000,
  );
  expect(mail.subject).toBe(`Late complaint to decide: ${reference}`);
  expect(mail.text).toContain(`Dear ${coordinator.name},`);
  expect(mail.from?.text).toContain('Hart District Council');
});
