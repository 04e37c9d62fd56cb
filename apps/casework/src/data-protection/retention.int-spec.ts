import { randomUUID } from 'node:crypto';
import { Channel, ComplainantType, Outcome, Role } from '@redress/policy';
import { OutboxEvent, createLogger } from '@redress/platform';
import type { StaffIdentity } from '@redress/platform';
import { acknowledgeCase } from '../cases/acknowledge-case';
import { runCaseCommand } from '../cases/case-command';
import { Case } from '../cases/case.entity';
import { closeCase } from '../cases/close-case';
import { openCase } from '../cases/open-case';
import { respondToCase } from '../cases/respond-to-case';
import { Complainant } from '../complainants/complainant.entity';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { caseworkTestbed } from '../testing/casework-testbed';
import { eraseSubject } from './erase-subject.processor';
import { sweepCaseRetention } from './retention-sweep';

jest.setTimeout(60_000);

const bed = caseworkTestbed('retention');

const officer: StaffIdentity = {
  sub: 'hart-officer',
  name: 'Amy Clarke',
  roles: [Role.OFFICER, Role.COMPLAINTS_COORDINATOR],
  council: 'hart',
};
const ctx = (now: string) => bed.contextAt(now, officer);

async function openCaseFor(email: string, receivedAt: string) {
  const job = newCaseOpenJob(receivedAt, {
    channel: Channel.LETTER,
    details: 'My neighbour at 4 Acacia Avenue',
    complainant: { type: ComplainantType.RESIDENT, name: 'Jo Bloggs', email, phone: '01252 000000', postalAddress: '4 Acacia Avenue' },
  });
  const c = await openCase(bed.orm.em.fork(), job, new Date(receivedAt));
  await bed.orm.em.fork().nativeUpdate(Case, { id: c.id }, { assigneeId: 'hart-officer' });
  return c;
}

/** Answered and closed on the given London working days. */
async function closedCase(email: string, receivedAt: string, closedAt: string) {
  const c = await openCaseFor(email, receivedAt);
  await runCaseCommand(ctx(receivedAt), c.id, 'ACKNOWLEDGE', acknowledgeCase);
  await runCaseCommand(ctx(closedAt), c.id, 'RESPOND', (s) =>
    respondToCase(s, { outcome: Outcome.NOT_UPHELD, findings: 'Jo Bloggs was told on the phone.', lessonsLearned: 'Tell crews sooner.' }),
  );
  await runCaseCommand(ctx(closedAt), c.id, 'CLOSE', closeCase);
  return c;
}

const reload = (id: string) => bed.orm.em.fork().findOneOrFail(Case, { id }, { populate: ['stages', 'timeline', 'complainant'] });
const sweep = (now: string, months?: number) =>
  sweepCaseRetention(bed.orm.em.fork(), { retentionMonths: months === undefined ? {} : { hart: months } }, new Date(now));

describe('the retention schedule in casework (real PostgreSQL)', () => {
  it(
    'anonymises a closed case from the first London day six years after its last activity, ' + 'not a moment before, and only once',
    async () => {
      const email = `${randomUUID()}@example.org`;
      const c = await closedCase(email, '2020-01-06T10:00:00Z', '2020-01-10T15:00:00Z');
      const open = await openCaseFor(`${randomUUID()}@example.org`, '2020-01-06T10:00:00Z');

      expect(await sweep('2026-01-09T23:59:59.999Z')).toBe(0);
      expect((await reload(c.id)).complainant?.getEntity().name).toBe('Jo Bloggs');

      expect(await sweep('2026-01-10T00:00:00.000Z')).toBe(1);
      const after = await reload(c.id);
      expect(after).toMatchObject({ summary: 'Anonymised', details: '', representative: null, status: 'CLOSED' });
      expect(after.anonymisedAt?.toISOString()).toBe('2026-01-10T00:00:00.000Z');
      expect(after.complainant?.getEntity()).toMatchObject({ name: 'Anonymised', email: null, phone: null, postalAddress: null });
      const stage = after.stages.getItems()[0];
      // The figures' facts stay: the outcome, and lessons learned (written for sharing); the findings go.
      expect(stage).toMatchObject({ outcome: Outcome.NOT_UPHELD, findings: 'Anonymised', lessonsLearned: 'Tell crews sooner.' });
      expect(
        after.timeline
          .getItems()
          .filter((e) => e.type !== 'ANONYMISED')
          .map((e) => e.detail),
      ).toEqual(
        after.timeline
          .getItems()
          .filter((e) => e.type !== 'ANONYMISED')
          .map(() => null),
      );
      expect(JSON.stringify(after)).not.toMatch(/Jo Bloggs|Acacia|01252|@example\.org/);

      // Intake is told, with ids only.
      const told = await bed.orm.em.fork().find(OutboxEvent, { type: 'case.anonymised' });
      expect(told.map((e) => e.payload)).toEqual([
        expect.objectContaining({
          caseId: c.id,
          submissionId: c.submissionId,
          reference: c.reference,
          councilId: 'hart',
          reason: 'RETENTION',
        }),
      ]);

      // Repeatable: nothing more to do; an open case is never touched, however old.
      expect(await sweep('2030-01-01T00:00:00Z')).toBe(0);
      expect((await reload(open.id)).summary).toBe('Missed collection');
    },
  );

  it("keeps a person's contact details while another of their cases still needs them", async () => {
    const email = `${randomUUID()}@example.org`;
    const old = await closedCase(email, '2019-03-04T10:00:00Z', '2019-03-08T10:00:00Z');
    await openCaseFor(email, '2026-11-02T10:00:00Z');
    expect(await sweep('2026-11-05T10:00:00Z')).toBe(1);
    const after = await reload(old.id);
    expect(after.summary).toBe('Anonymised');
    expect(after.complainant?.getEntity()).toMatchObject({ name: 'Jo Bloggs', email, anonymisedAt: null });
    expect(await bed.orm.em.fork().count(Complainant, { email })).toBe(1);
  });

  it("follows the deployment's override of the council's period, and deletes published outbox rows older than a day", async () => {
    const c = await closedCase(`${randomUUID()}@example.org`, '2026-11-02T10:00:00Z', '2026-11-06T10:00:00Z');
    const em = bed.orm.em.fork();
    const published = em.create(OutboxEvent, {
      id: randomUUID(),
      type: 'case.changed',
      payload: {},
      occurredAt: new Date('2026-11-01T00:00:00Z'),
      publishedAt: new Date('2026-11-01T00:00:01Z'),
    });
    const pending = em.create(OutboxEvent, {
      id: randomUUID(),
      type: 'case.changed',
      payload: {},
      occurredAt: new Date('2026-11-01T00:00:00Z'),
      publishedAt: null,
    });
    await em.flush();
    expect(await sweep('2027-01-05T10:00:00Z', 2)).toBe(0);
    expect(await sweep('2027-01-06T00:00:00Z', 2)).toBe(1);
    expect((await reload(c.id)).anonymisedAt).not.toBeNull();
    const left = (await bed.orm.em.fork().find(OutboxEvent, { id: { $in: [published.id, pending.id] } })).map((e) => e.id);
    expect(left).toEqual([pending.id]);
  });

  it('applies an erasure request once however often it is delivered, and keeps a case that is open again', async () => {
    const closed = await closedCase(`${randomUUID()}@example.org`, '2026-11-02T10:00:00Z', '2026-11-06T10:00:00Z');
    const open = await openCaseFor(`${randomUUID()}@example.org`, '2026-11-02T10:00:00Z');
    const job = {
      v: 1 as const,
      eventId: randomUUID(),
      occurredAt: '2026-11-20T10:00:00.000Z',
      councilId: 'hart',
      caseIds: [closed.id, open.id],
      requestedBy: 'hart-coordinator',
    };
    const logger = createLogger('test', 'silent');
    expect(await eraseSubject(bed.orm.em.fork(), job, new Date('2026-11-20T10:00:00Z'), logger)).toBe(1);
    expect(await eraseSubject(bed.orm.em.fork(), job, new Date('2026-11-20T10:05:00Z'), logger)).toBe(0);
    const after = await reload(closed.id);
    expect(
      after.timeline
        .getItems()
        .filter((e) => e.type === 'ANONYMISED')
        .map((e) => e.detail),
    ).toEqual(['Personal data anonymised: the person asked for their data to be erased.']);
    expect(await bed.orm.em.fork().count(OutboxEvent, { type: 'case.anonymised', payload: { caseId: closed.id } })).toBe(1);
    expect((await reload(open.id)).complainant?.getEntity().name).toBe('Jo Bloggs');
  });
});
