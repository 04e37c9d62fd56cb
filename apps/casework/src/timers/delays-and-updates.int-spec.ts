import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { AlertKind, Role, addBankHolidays, endOfLondonDay, reminderAt } from '@redress/policy';
import type { SlaAlertJob, SlaTimerJob } from '@redress/contracts';
import { timerJobId } from '@redress/contracts';
import { OutboxEvent } from '@redress/platform';
import type { StaffIdentity } from '@redress/platform';
import type { AcceptedSubmission } from '@redress/contracts';
import { StaffAlert } from '../alerts/staff-alert.entity';
import { acknowledgeCase } from '../cases/acknowledge-case';
import { agreeExtension } from '../cases/agree-extension';
import { CASE_POPULATE, runCaseCommand } from '../cases/case-command';
import { Case, CaseEvent } from '../cases/case.entity';
import { toCaseView } from '../cases/case.mapper';
import { holdCase, resumeCase } from '../cases/hold-case';
import { notifyDelay } from '../cases/notify-delay';
import { openCase } from '../cases/open-case';
import { caseworkTestbed } from '../testing/casework-testbed';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { HoldReason } from '@redress/policy';
import { plannedTimers, scheduleTimers } from './case-timers';
import { reconcileCaseTimers } from './reconcile-timers';
import { deliverSlaAlert } from './sla-alert.processor';
import { processSlaTimer } from './sla-timer.processor';

jest.setTimeout(60_000);

const bed = caseworkTestbed('delays-updates');

const person = (sub: string, role: Role, council = 'hart'): StaffIdentity => ({ sub, name: sub, roles: [role], council });
const hartOfficer = person('hart-officer', Role.OFFICER);
const hartHead = person('hart-head-of-service', Role.HEAD_OF_SERVICE);
const hantsOfficer = person('hampshire-officer', Role.OFFICER, 'hampshire');
const ctx = bed.contextAt;

/** A case opened by the worker at `receivedAt`, handled by `assignee`, with its timers scheduled. */
async function open(receivedAt: string, assignee: string, over: Partial<AcceptedSubmission> = {}): Promise<Case> {
  const reference = `${over.councilId === 'hampshire' ? 'HCC' : 'HDC'}-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const c = await openCase(bed.orm.em.fork(), newCaseOpenJob(receivedAt, { reference, ...over }), new Date(receivedAt));
  await bed.orm.em.fork().nativeUpdate(Case, { id: c.id }, { assigneeId: assignee });
  await scheduleTimers(
    bed.timers,
    c.stages.getItems().flatMap((s) => plannedTimers(c, s)),
    new Date(receivedAt),
  );
  return c;
}

const load = (id: string) => bed.orm.em.fork().findOneOrFail(Case, { id }, { populate: CASE_POPULATE });
const view = async (id: string, now: string) => toCaseView(await load(id), new Date(now));
const messages = async (id: string) =>
  (await bed.orm.em.fork().find(CaseEvent, { case: id, type: 'MESSAGE_TO_CUSTOMER' }, { orderBy: { at: 'asc', seq: 'asc' } })).map(
    (e) => e.detail!,
  );
/** The timers the case has pending in Redis, as "RESPONSE/REMINDER 2026-11-30". */
async function pending(id: string): Promise<SlaTimerJob[]> {
  const jobs = (await bed.timers.getJobs(['delayed', 'wait', 'prioritized'])) as Job<SlaTimerJob>[];
  return jobs.filter((j) => j.name === 'sla.timer' && j.data.caseId === id).map((j) => j.data);
}
const planned = async (id: string) => {
  const c = await load(id);
  return plannedTimers(
    c,
    c.stages.getItems().find((s) => s.number === c.currentStage)!,
  ).map((t) => t.job);
};
const progressTimer = async (id: string) => (await planned(id)).find((j) => j.deadline === 'PROGRESS_UPDATE');
const alertsFor = (caseId: string) => bed.orm.em.fork().find(StaffAlert, { caseId }, { orderBy: { createdAt: 'asc' } });

describe('a delay is explained with a new date (Code 5; Hart §6.4)', () => {
  it('records the new date for the customer and moves the reminder to it; the promise and its breach stay', async () => {
    // Hart Stage 1 received Monday 2 November 2026: the reply is promised by Monday 16 November.
    const c = await open('2026-11-02T10:00:00Z', 'hart-officer');
    const oldReminder = (await planned(c.id)).find((j) => j.deadline === 'RESPONSE' && j.fire === 'REMINDER')!;
    const delay = (on: string, newRespondBy: string) =>
      runCaseCommand(ctx(on, hartOfficer), c.id, { action: 'NOTIFY_DELAY', newRespondBy }, (s) =>
        notifyDelay(s, newRespondBy, 'the crew report is not back yet'),
      );
    // Not after the date already given: refused, naming the input, and nothing changes.
    await expect(delay('2026-11-12T10:00:00Z', '2026-11-16')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'newRespondBy' });
    expect((await view(c.id, '2026-11-12T10:00:00Z')).stage.expectedResponseBy).toBeNull();

    const v = await delay('2026-11-12T10:00:00Z', '2026-11-30');
    expect(v.stage).toMatchObject({ respondBy: '2026-11-16', expectedResponseBy: '2026-11-30' });
    expect(v.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['DELAY_NOTIFIED', 'MESSAGE_TO_CUSTOMER']));
    expect((await messages(c.id)).at(-1)).toMatch(
      /by email .*: Your reference: HDC-.* will be later than Monday 16 November 2026, the date we gave you\. The crew report is not back yet\. We now expect to reply by Monday 30 November 2026\.$/,
    );

    const jobs = await planned(c.id);
    const reminder = jobs.find((j) => j.deadline === 'RESPONSE' && j.fire === 'REMINDER')!;
    expect(reminder.dueAt).toBe(endOfLondonDay('2026-11-30').toISOString());
    expect(jobs.find((j) => j.deadline === 'RESPONSE' && j.fire === 'DUE')!.dueAt).toBe(endOfLondonDay('2026-11-16').toISOString());
    const ids = (await pending(c.id)).map(timerJobId);
    expect(ids).toContain(timerJobId(reminder));
    expect(ids).not.toContain(timerJobId(oldReminder));

    // The old reminder is stale; the new one reminds the handler of the date the customer now expects.
    const at = reminderAt(new Date(reminder.dueAt));
    expect(await processSlaTimer(bed.orm.em.fork(), oldReminder, at)).toEqual({ outcome: 'skipped', why: 'stale: the deadline has moved' });
    expect(await processSlaTimer(bed.orm.em.fork(), reminder, at)).toEqual({ outcome: 'done' });
    expect((await view(c.id, at.toISOString())).timeline.find((e) => e.type === 'SLA_REMINDER')?.detail).toBe('response due by 2026-11-30');
    // Hart Stage 1 needs no one else told.
    expect(await alertsFor(c.id)).toEqual([]);
  });

  it("alerts the handler before a response deadline with the options: extend with the customer's agreement, or a delay", async () => {
    const c = await open('2026-11-03T10:00:00Z', 'hart-officer');
    const stage = c.stages.getItems()[0];
    const alert: SlaAlertJob = {
      v: 1,
      eventId: randomUUID(),
      occurredAt: '2026-11-16T23:59:59Z',
      caseId: c.id,
      reference: c.reference,
      councilId: 'hart',
      stage: 1,
      deadline: 'RESPONSE',
      fire: 'REMINDER',
      dueAt: stage.respondDueAt.toISOString(),
      assigneeId: 'hart-officer',
    };
    expect(await deliverSlaAlert(bed.orm.em.fork(), alert, new Date('2026-11-16T23:59:59Z'))).toEqual({ outcome: 'done' });
    const [stored] = await alertsFor(c.id);
    expect(stored).toMatchObject({ recipientId: 'hart-officer', kind: AlertKind.REMINDER });
    expect(stored.message).toBe(
      `${c.reference}: the response is due by Tuesday 17 November 2026. If it cannot be sent by then, agree an extension with ` +
        'the customer, or tell the customer of the delay, with the reason and a new date (notify a delay).',
    );
  });
});

describe('Hart Stage 2 (§6.2): the Joint Chief Executive is informed, and the customer kept updated once it takes longer', () => {
  it('alerts the complaints coordinator of an extension and of a delay, once each, and starts regular updates', async () => {
    const c = await open('2026-11-02T10:00:00Z', 'hart-head-of-service', { stage: 2 });
    expect(await progressTimer(c.id)).toBeUndefined();

    await runCaseCommand(ctx('2026-11-10T10:00:00Z', hartHead), c.id, { action: 'EXTEND', extensionWorkingDays: 5 }, (s) =>
      agreeExtension(s, 5, 'a site visit is needed'),
    );
    await runCaseCommand(ctx('2026-11-20T10:00:00Z', hartHead), c.id, { action: 'NOTIFY_DELAY', newRespondBy: '2027-01-05' }, (s) =>
      notifyDelay(s, '2027-01-05', 'the contractor has not replied'),
    );
    const alerts = await alertsFor(c.id);
    expect(alerts.map((a) => [a.recipientId, a.kind])).toEqual([
      ['hart-coordinator', AlertKind.STAGE_DELAYED],
      ['hart-coordinator', AlertKind.STAGE_DELAYED],
    ]);
    expect(alerts[0].message).toBe(
      `${c.reference}: Stage 2 is taking longer: an extension was agreed with the customer (a site visit is needed); the response ` +
        'is now due by Monday 7 December 2026, not Monday 30 November 2026.',
    );
    expect(alerts[1].message).toMatch(
      /Stage 2 will be answered late: .* now expects a reply by Tuesday 5 January 2027; it was promised by Monday 7 December 2026\.$/,
    );

    // Ten working days after the delay notice (the last message), at nine: Friday 4 December 2026.
    const update = (await progressTimer(c.id))!;
    expect(update.dueAt).toBe('2026-12-04T09:00:00.000Z');
    expect((await pending(c.id)).map(timerJobId)).toContain(timerJobId(update));
    const before = (await messages(c.id)).length;
    expect(await processSlaTimer(bed.orm.em.fork(), update, new Date(update.dueAt), bed.timers)).toEqual({ outcome: 'done' });
    // The same timer firing again writes nothing more.
    expect((await processSlaTimer(bed.orm.em.fork(), update, new Date(update.dueAt), bed.timers)).outcome).toBe('skipped');
    const after = await messages(c.id);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatch(
      /We are still looking into your complaint under Stage 2 and expect to reply by Tuesday 5 January 2027\. We will write again within 10 working days/,
    );
    // The next one is planned: ten working days on, Friday 18 December.
    expect((await pending(c.id)).filter((j) => j.deadline === 'PROGRESS_UPDATE').map((j) => j.dueAt)).toContain('2026-12-18T09:00:00.000Z');
  });
});

describe('Hampshire: "kept informed and provided with regular updates" (appendix 1)', () => {
  it('writes an update after 10 working days without a message, once a period; a message moves it; reconciled', async () => {
    const c = await open('2026-11-02T10:00:00Z', 'hampshire-officer', { councilId: 'hampshire' });
    const first = (await progressTimer(c.id))!;
    expect(first.dueAt).toBe('2026-11-16T09:00:00.000Z');
    expect((await pending(c.id)).map(timerJobId)).toContain(timerJobId(first));

    // The acknowledgement on Wednesday 4 November is a message: the update moves to Wednesday 18 November.
    await runCaseCommand(ctx('2026-11-04T15:00:00Z', hantsOfficer), c.id, 'ACKNOWLEDGE', acknowledgeCase);
    const moved = (await progressTimer(c.id))!;
    expect(moved.dueAt).toBe('2026-11-18T09:00:00.000Z');
    const ids = (await pending(c.id)).map(timerJobId);
    expect(ids).toContain(timerJobId(moved));
    expect(ids).not.toContain(timerJobId(first));
    // A stale trigger (left behind) writes nothing.
    expect(await processSlaTimer(bed.orm.em.fork(), first, new Date(first.dueAt))).toMatchObject({ outcome: 'skipped' });

    const before = (await messages(c.id)).length;
    expect(await processSlaTimer(bed.orm.em.fork(), moved, new Date(moved.dueAt), bed.timers)).toEqual({ outcome: 'done' });
    expect(await processSlaTimer(bed.orm.em.fork(), moved, new Date(moved.dueAt), bed.timers)).toMatchObject({ outcome: 'skipped' });
    const texts = await messages(c.id);
    expect(texts).toHaveLength(before + 1);
    expect(texts.at(-1)).toMatch(
      /^To Jo Bloggs by email .*: Your reference: HCC-.*\. We are still looking into your complaint under Stage 1 and expect to reply by Monday 30 November 2026\./,
    );

    // Redis wiped: the reconciler plans the next one again from the stored timeline (Wednesday 2 December).
    for (const j of await bed.timers.getJobs(['delayed', 'wait'])) if ((j.data as SlaTimerJob).caseId === c.id) await j.remove();
    await reconcileCaseTimers(bed.orm.em.fork(), bed.timers, new Date('2026-11-18T10:00:00Z'));
    expect((await pending(c.id)).filter((j) => j.deadline === 'PROGRESS_UPDATE').map((j) => j.dueAt)).toEqual(['2026-12-02T09:00:00.000Z']);

    // On hold there are no updates (the customer was told it is paused); resuming tells the customer, as promised.
    await runCaseCommand(ctx('2026-11-19T10:00:00Z', hantsOfficer), c.id, 'HOLD', (s) => holdCase(s, HoldReason.AWAITING_CUSTOMER, null));
    expect(await progressTimer(c.id)).toBeUndefined();
    await runCaseCommand(ctx('2026-11-23T10:00:00Z', hantsOfficer), c.id, 'RESUME', resumeCase);
    expect((await messages(c.id)).at(-1)).toMatch(
      /We have restarted work on your complaint under Stage 1\. We will now reply by Wednesday 2 December 2026\.$/,
    );
    expect((await progressTimer(c.id))!.dueAt).toBe('2026-12-07T09:00:00.000Z');
  });
});

// Last: the holiday added here stays in this file's calendar.
describe('a bank holiday announced later moves running deadlines', () => {
  it("recomputes the open cases' unmet deadlines it affects, on the timeline, with case.changed and new timers; once", async () => {
    // Received Monday 1 February 2027: acknowledge by Thursday 4, respond by Monday 15 February.
    const c = await open('2027-02-01T10:00:00Z', 'hart-officer');
    const later = await open('2027-03-01T10:00:00Z', 'hart-officer');
    const oldDue = (await planned(c.id)).find((j) => j.deadline === 'RESPONSE' && j.fire === 'DUE')!;
    expect(addBankHolidays([{ date: '2027-02-03', name: 'Bank holiday for a royal wedding' }])).toHaveLength(1);

    const now = new Date('2027-02-02T10:00:00Z');
    expect((await reconcileCaseTimers(bed.orm.em.fork(), bed.timers, now)).deadlinesMoved).toBe(1);
    const v = await view(c.id, now.toISOString());
    expect(v.stage).toMatchObject({ acknowledgeBy: '2027-02-05', respondBy: '2027-02-16' });
    expect(v.timeline.filter((e) => e.type === 'DEADLINES_MOVED').map((e) => e.detail)).toEqual([
      'Acknowledgement deadline moved from Thursday 4 February 2027 to Friday 5 February 2027: bank holiday Bank holiday for a ' +
        'royal wedding (Wednesday 3 February 2027) added',
      'Response deadline moved from Monday 15 February 2027 to Tuesday 16 February 2027: bank holiday Bank holiday for a royal ' +
        'wedding (Wednesday 3 February 2027) added',
    ]);
    const changed = (await bed.orm.em.fork().find(OutboxEvent, { type: 'case.changed' }))
      .map((e) => e.payload as { caseId: string; change: string; respondBy: string })
      .filter((e) => e.caseId === c.id && e.change === 'DEADLINES_MOVED');
    expect(changed).toEqual([expect.objectContaining({ respondBy: '2027-02-16' })]);
    const ids = (await pending(c.id)).map(timerJobId);
    expect(ids).not.toContain(timerJobId(oldDue));
    expect(ids).toContain(timerJobId({ ...oldDue, dueAt: endOfLondonDay('2027-02-16').toISOString() }));
    expect((await view(later.id, now.toISOString())).stage.respondBy).toBe('2027-03-15');

    // A second start finds the deadlines right and moves nothing.
    expect((await reconcileCaseTimers(bed.orm.em.fork(), bed.timers, now)).deadlinesMoved).toBe(0);
    expect((await view(c.id, now.toISOString())).timeline.filter((e) => e.type === 'DEADLINES_MOVED')).toHaveLength(2);
  });
});
