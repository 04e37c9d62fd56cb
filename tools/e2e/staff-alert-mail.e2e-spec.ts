import { STAFF_SEED } from '@redress/casework';
import { alertSendAt, endOfLondonDay, londonDate } from '@redress/policy';
import { eventually, gql, seededStaffTokens, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

// A staff alert reaches the person by email: a late complaint made through the gateway tells Hart's complaints
// coordinator, and communications emails her at the address the staff directory gives. Casework raises the alert on the
// real clock; the communications worker's clock (CLOCK_STARTS_AT) starts at 10:00 London on the next working day, so
// the alert has always come due and the worker is always within working hours, whenever CI runs. (The hours themselves,
// Saturday to Monday 09:00 included, are proved on an injected clock in communications' staff-alert-mail.int-spec.ts.)
jest.setTimeout(180_000);

/** 10:00 London on the first working day after today: after any alert raised today, and seven hours before the close. */
const nextWorkingMorning = (): Date => new Date(alertSendAt(endOfLondonDay(londonDate(new Date()))).getTime() + 3_600_000);

let platform: RunningPlatform;
let clockStartsAt: Date;
let tokens: Record<string, string> = {};
beforeAll(async () => {
  clockStartsAt = nextWorkingMorning();
  platform = await startPlatform('staff-alert-mail', { CLOCK_STARTS_AT: clockStartsAt.toISOString() });
  tokens = await seededStaffTokens(['hart-coordinator']);
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
  expect(mail.from?.value[0].address).toBe('complaints@hart.gov.uk');
  expect(mail.text).toContain('was made more than 6 months after the matter arose');
  // Dated by the worker's clock: sent when it handled the job, within that working morning.
  expect(mail.date!.getTime()).toBeGreaterThanOrEqual(clockStartsAt.getTime());
  // The alert stands in casework as well, for her to read and mark.
  const alerts = await eventually(async () => {
    const res = await gql<{ myAlerts: { kind: string; reference: string | null }[] }>(
      platform.gatewayUrl,
      '{ myAlerts { kind reference } }',
      {},
      tokens['hart-coordinator'],
    );
    return res.data?.myAlerts.some((a) => a.reference === reference) ? res.data.myAlerts : null;
  });
  expect(alerts).toContainEqual({ kind: 'LATE_COMPLAINT', reference });
});
