import { randomUUID } from 'node:crypto';
import { endOfLondonDay, isOverdue, overdueSql } from '@redress/policy';
import type { StageClock } from '@redress/policy';
import { createLogger } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { MikroORM } from '@redress/platform';
import { createCaseworkOrm } from '../casework.orm';
import { STAGE_CLOCK_COLUMNS } from './case-queue';

jest.setTimeout(60_000);

// The work queue's overdue filter is the policy's rule rendered as SQL over the case and stage columns: on
// every combination around a summer deadline, PostgreSQL must give isOverdue's answer.
const isolation = isolate('overdue-rule');
let orm: MikroORM;
beforeAll(async () => {
  orm = await createCaseworkOrm(isolation.config('casework'), createLogger('test', 'silent'));
});
afterAll(async () => {
  await orm?.close();
  await isolation.cleanup();
});

const DUE = endOfLondonDay('2026-07-16'); // Thursday 16 July 2026, 23:59:59.999 BST = 22:59:59.999Z
const ms = (d: Date, n: number) => new Date(d.getTime() + n);
const LATER_DUE = endOfLondonDay('2026-07-30');

interface Row {
  label: string;
  heldSince: Date | null;
  owed: boolean;
  ackMet: Date | null;
  respondDue: Date;
  respondMet: Date | null;
}
const rows: Row[] = [];
for (const heldSince of [null, new Date('2026-07-10T09:00:00Z')]) {
  for (const owed of [false, true]) {
    for (const ackMet of [null, DUE, ms(DUE, 1), new Date('2026-07-17T09:00:00Z')]) {
      for (const respondDue of [DUE, LATER_DUE]) {
        for (const respondMet of [null, ms(DUE, 1)])
          rows.push({ label: String(rows.length), heldSince, owed, ackMet, respondDue, respondMet });
      }
    }
  }
}
const clock = (r: Row): StageClock => ({
  heldSince: r.heldSince,
  acknowledgement: r.owed ? { dueAt: DUE, metAt: r.ackMet } : null,
  response: { dueAt: r.respondDue, metAt: r.respondMet },
});

describe('the overdue rule in SQL agrees with the policy core (real PostgreSQL)', () => {
  it.each([
    ['23:30 BST on the due day (22:30Z): not yet', new Date('2026-07-16T22:30:00Z')],
    ['the instant the deadline falls due', DUE],
    ['one millisecond later, midnight BST', ms(DUE, 1)],
    ['23:30Z on the due day: already 00:30 BST the next day', new Date('2026-07-16T23:30:00Z')],
    ['the next morning', new Date('2026-07-17T09:00:00Z')],
  ])('at %s', async (_why, now) => {
    const overdue = overdueSql(STAGE_CLOCK_COLUMNS, now);
    const values = rows
      .map(() => '(?, ?::timestamptz, ?::timestamptz, ?::timestamptz, ?::timestamptz, ?::timestamptz, ?::uuid)')
      .join(', ');
    const sql = `select s.label, ${overdue.sql} as overdue
      from (values ${values}) as s(label, held_since, acknowledge_due_at, acknowledged_at, respond_due_at, responded_at, complainant_id),
      lateral (select s.complainant_id) as c(complainant_id)`;
    const bindings = rows.flatMap((r) => [r.label, r.heldSince, DUE, r.ackMet, r.respondDue, r.respondMet, r.owed ? randomUUID() : null]);
    const result: { label: string; overdue: boolean }[] = (
      await orm.em
        .getConnection()
        .getKnex()
        .raw(sql, [...overdue.bindings, ...bindings])
    ).rows;
    expect(result).toHaveLength(rows.length);
    const disagreements = result
      .filter((r) => r.overdue !== isOverdue(clock(rows[Number(r.label)]), now))
      .map((r) => rows[Number(r.label)]);
    expect(disagreements).toEqual([]);
  });

  it('is not overdue on the due day at 23:30 BST and is at 00:30 BST the next day (the grid has both answers)', () => {
    const plain = clock({ label: '', heldSince: null, owed: true, ackMet: null, respondDue: LATER_DUE, respondMet: null });
    expect(isOverdue(plain, new Date('2026-07-16T22:30:00Z'))).toBe(false);
    expect(isOverdue(plain, new Date('2026-07-16T23:30:00Z'))).toBe(true);
  });
});
