import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { Role, addWorkingDays, formatLongDate, londonDate } from '@redress/policy';
import { eventually, gql, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

/*
 * A bank holiday announced after cases are running (as in 2022 and 2023): the platform is started again with the
 * holiday in EXTRA_BANK_HOLIDAYS_FILE, and the open case's deadlines move past it, each move on the timeline.
 */

jest.setTimeout(180_000);

const today = londonDate(new Date());
// The next working day: inside every running case's acknowledgement window.
const holiday = addWorkingDays(today, 1);
const HOLIDAYS_FILE = join(mkdtempSync(join(tmpdir(), 'redress-announced-')), 'extra-bank-holidays.json');
writeFileSync(HOLIDAYS_FILE, JSON.stringify([{ date: holiday, name: 'Coronation bank holiday' }]));

let platform: RunningPlatform | undefined;
let token: string;

interface CaseView {
  stage: { acknowledgeBy: string; respondBy: string };
  timeline: { type: string; detail: string | null }[];
}
const READ = 'query C($r: String!) { case(reference: $r) { stage { acknowledgeBy respondBy } timeline { type detail } } }';
const read = async (ref: string) =>
  (await gql<{ case: CaseView | null }>(platform!.gatewayUrl, READ, { r: ref }, token)).data?.case ?? null;

beforeAll(async () => {
  token = await signDevToken({ sub: 'hart-officer', name: 'Amy Clarke', council: 'hart', roles: [Role.OFFICER] }, DEV_JWT_SECRET);
});
afterAll(async () => {
  await platform?.stop();
});

it('moves the running deadlines of an open case past a bank holiday announced later, and says so on its timeline', async () => {
  platform = await startPlatform('announced');
  const submitted = await gql<{ submitFeedback: { reference: string; acknowledgeBy: string; respondBy: string } }>(
    platform.gatewayUrl,
    `mutation { submitFeedback(input: { councilId: "hart", kind: COMPLAINT, channel: WEB_FORM, serviceArea: "waste",
      summary: "Bins missed", details: "Missed three weeks running.",
      complainant: { type: RESIDENT, name: "Robin Hart", email: "robin.announced@example.org" } }) { reference acknowledgeBy respondBy } }`,
  );
  const { reference, acknowledgeBy, respondBy } = submitted.data!.submitFeedback;
  const before = await eventually(() => read(reference));
  expect(before.stage).toEqual({ acknowledgeBy, respondBy });

  // The government announces a holiday on the next working day; the council starts the platform with it.
  const isolation = platform.isolation;
  await platform.halt();
  platform = await startPlatform('announced', { EXTRA_BANK_HOLIDAYS_FILE: HOLIDAYS_FILE }, { isolation });

  const closures = [holiday];
  // Each deadline falls one working day later: the holiday is inside both windows.
  const moved = { acknowledgeBy: addWorkingDays(acknowledgeBy, 1, closures), respondBy: addWorkingDays(respondBy, 1, closures) };
  expect(moved.acknowledgeBy).not.toBe(acknowledgeBy);
  const after = await eventually(async () => {
    const c = await read(reference);
    return c && c.stage.acknowledgeBy !== acknowledgeBy ? c : null;
  }, 30_000);
  expect(after.stage).toEqual(moved);
  const lines = after.timeline.filter((e) => e.type === 'DEADLINES_MOVED').map((e) => e.detail);
  expect(lines.join(' ')).toContain(
    `deadline moved from ${formatLongDate(acknowledgeBy)} to ${formatLongDate(moved.acknowledgeBy)}: ` +
      `bank holiday Coronation bank holiday (${formatLongDate(holiday)}) added`,
  );
});
