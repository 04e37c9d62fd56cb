import { awaitingSignOffSql, isAwaitingSignOff } from '@redress/policy';
import { createLogger } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { MikroORM } from '@redress/platform';
import { createCaseworkOrm } from '../casework.orm';
import { SIGN_OFF_COLUMNS } from './case-queue';

jest.setTimeout(60_000);

// The work queue's awaitingSignOff filter is the policy's rule rendered as SQL over the stage's columns: on every
// combination of drafted and issued, PostgreSQL must give isAwaitingSignOff's answer, and its negation the opposite.
const isolation = isolate('sign-off-rule');
let orm: MikroORM;
beforeAll(async () => {
  orm = await createCaseworkOrm(isolation.config('casework'), createLogger('test', 'silent'));
});
afterAll(async () => {
  await orm?.close();
  await isolation.cleanup();
});

const DRAFTED = new Date('2027-01-11T10:00:00Z');
const ISSUED = new Date('2027-01-12T15:00:00Z');
const rows = [null, DRAFTED].flatMap((responseDraftedAt) => [null, ISSUED].map((respondedAt) => ({ responseDraftedAt, respondedAt })));

describe('the sign-off rule in SQL agrees with the policy core (real PostgreSQL)', () => {
  it('on every combination of drafted and issued, and negated', async () => {
    const awaiting = awaitingSignOffSql(SIGN_OFF_COLUMNS);
    const values = rows.map(() => '(?::int, ?::timestamptz, ?::timestamptz)').join(', ');
    const sql = `select s.label, ${awaiting.sql} as awaiting, not ${awaiting.sql} as negated
      from (values ${values}) as s(label, response_drafted_at, responded_at)`;
    const bindings = rows.flatMap((r, i) => [i, r.responseDraftedAt, r.respondedAt]);
    const result: { label: number; awaiting: boolean; negated: boolean }[] = (
      await orm.em
        .getConnection()
        .getKnex()
        .raw(sql, [...awaiting.bindings, ...awaiting.bindings, ...bindings])
    ).rows;
    expect(result.map((r) => [r.awaiting, r.negated])).toEqual(rows.map((r) => [isAwaitingSignOff(r), !isAwaitingSignOff(r)]));
    expect(result.map((r) => r.awaiting)).toEqual([false, false, true, false]);
  });
});
