import { ComplainantType } from '@redress/policy';
import { OutboxEvent, createLogger } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { MikroORM } from '@redress/platform';
import { createCaseworkOrm } from '../casework.orm';
import { Case, CaseStage } from './case.entity';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { openCase } from './open-case';

jest.setTimeout(60_000);

const isolation = isolate('casework-open');
let orm: MikroORM;

beforeAll(async () => {
  orm = await createCaseworkOrm(isolation.config('casework'), createLogger('test', 'silent'));
});
afterAll(async () => {
  await orm?.close();
  await isolation.cleanup();
});

const job = (reference: string, receivedAt: string, stage = 1) =>
  newCaseOpenJob(receivedAt, {
    reference,
    stage,
    complainant: { type: ComplainantType.RESIDENT, name: 'Jo Bloggs', email: 'jo@example.org', phone: null, postalAddress: null },
  });

describe('openCase (real PostgreSQL)', () => {
  it('opens one case however often the job is delivered, even twice at once', async () => {
    const j = job('HDC-2026-000101', '2026-11-23T10:00:00Z');
    await openCase(orm.em.fork(), j, new Date());
    await Promise.all([openCase(orm.em.fork(), j, new Date()), openCase(orm.em.fork(), j, new Date())]);
    const em = orm.em.fork();
    expect(await em.count(Case, { reference: 'HDC-2026-000101' })).toBe(1);
    const opened = (await em.find(OutboxEvent, { type: 'case.opened' })).filter(
      (e) => (e.payload as { reference: string }).reference === 'HDC-2026-000101',
    );
    expect(opened).toHaveLength(1);
  });

  it(
    "stores the stage's deadlines from the London date of receipt " + '(Hart Stage 1: acknowledge in 3, respond in 10 working days)',
    async () => {
      // Received Monday 23 November 2026: 3 wd → Thursday 26 November; 10 wd → Monday 7 December.
      await openCase(orm.em.fork(), job('HDC-2026-000102', '2026-11-23T10:00:00Z', 1), new Date());
      const stage = await orm.em.fork().findOneOrFail(CaseStage, { case: { reference: 'HDC-2026-000102' } });
      expect(stage).toMatchObject({ number: 1, acknowledgeBy: '2026-11-26', respondBy: '2026-12-07' });
    },
  );

  it('finds the complainant again by email, so their history across cases is visible', async () => {
    await openCase(orm.em.fork(), job('HDC-2026-000103', '2026-11-23T10:00:00Z'), new Date());
    const cases = await orm.em.fork().find(Case, { reference: { $in: ['HDC-2026-000101', 'HDC-2026-000103'] } });
    expect(new Set(cases.map((c) => c.complainant?.id)).size).toBe(1);
  });
});
