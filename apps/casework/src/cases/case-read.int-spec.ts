import { randomUUID } from 'node:crypto';
import { Outcome, Remedy, Role, SlaKind } from '@redress/policy';
import type { StaffIdentity } from '@redress/platform';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { caseworkSchema } from '../casework.orm';
import { caseworkTestbed } from '../testing/casework-testbed';
import { acknowledgeCase } from './acknowledge-case';
import { CASE_POPULATE, runCaseCommand } from './case-command';
import type { CasePart } from './case-command';
import { Case, SlaBreach } from './case.entity';
import { toCaseView } from './case.mapper';
import { loadCase } from './case.resolver';
import { escalateCase } from './escalate-case';
import { openCase } from './open-case';
import { respondToCase } from './respond-to-case';

jest.setTimeout(60_000);

const bed = caseworkTestbed('case-read');
const ctx = bed.contextAt;
const NOW = '2026-12-02T12:00:00Z';

/** Every subset of the parts a read may load: the prepared read must answer each exactly as MikroORM's findOne does. */
const subsets: CasePart[][] = CASE_POPULATE.filter((p) => p !== 'stages').reduce<CasePart[][]>(
  (all, part) => [...all, ...all.map((s) => [...s, part])],
  [['stages']],
);

describe('reading a case (its SQL prepared once, real PostgreSQL)', () => {
  let c: Case;
  beforeAll(async () => {
    const job = newCaseOpenJob('2026-11-23T10:00:00Z');
    c = await openCase(bed.orm.em.fork(), job, new Date('2026-11-23T10:00:00Z'));
    await bed.orm.em.fork().nativeUpdate(Case, { id: c.id }, { assigneeId: 'hart-officer' });
    await runCaseCommand(ctx('2026-11-24T09:00:00Z'), c.id, 'ACKNOWLEDGE', acknowledgeCase);
    await runCaseCommand(ctx('2026-11-30T10:00:00Z'), c.id, 'RESPOND', (s) =>
      respondToCase(s, {
        outcome: Outcome.UPHELD,
        findings: 'Collections were missed',
        remedies: [Remedy.APOLOGY],
        lessonsLearned: 'Check rounds',
      }),
    );
    await runCaseCommand(ctx('2026-12-01T10:00:00Z'), c.id, 'ESCALATE', (s) => escalateCase(s, 'Still missed'));
    const em = bed.orm.em.fork();
    const stage1 = (await em.findOne(Case, { id: c.id }, { populate: ['stages'] }))!.stages.getItems()[0];
    for (const [kind, due] of [
      [SlaKind.RESPONSE, '2026-11-28T23:59:59Z'],
      [SlaKind.ACKNOWLEDGEMENT, '2026-11-23T23:59:59Z'],
    ] as const)
      em.create(SlaBreach, { id: randomUUID(), stage: stage1, kind, dueAt: new Date(due), detectedAt: new Date(due) });
    await em.flush();
  });

  it.each(subsets.map((s) => [s.join(', '), s] as const))('loads %s as findOne does', async (_, parts) => {
    const ours = await loadCase(ctx(NOW), { reference: c.reference }, parts);
    const orm = await bed.orm.em.fork().findOne(Case, { reference: c.reference }, { populate: parts });
    expect(ours).toEqual(toCaseView(orm!, new Date(NOW)));
    expect(ours!.stages.map((s) => s.number)).toEqual([1, 2]);
    if (parts.includes('stages.breaches')) expect(ours!.stages[0].breaches.map((b) => b.kind)).toEqual(['ACKNOWLEDGEMENT', 'RESPONSE']);
    if (parts.includes('timeline'))
      expect(ours!.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['ACKNOWLEDGED', 'ESCALATED']));
    if (parts.includes('complainant')) expect(ours!.complainant?.name).toBe('Jo Bloggs');
    expect(await loadCase(ctx(NOW), { id: c.id }, parts)).toEqual(ours);
  });

  it('finds nothing for a reference no case has, and nothing of another council', async () => {
    expect(await loadCase(ctx(NOW), { reference: 'HDC-1999-000000' })).toBeNull();
    const other: StaffIdentity = { sub: 'hcc-officer', name: 'Ola', roles: [Role.OFFICER], council: 'hampshire' };
    expect(await loadCase(ctx(NOW, other), { reference: c.reference })).toBeNull();
  });

  it('audits every read with the case and its complainant, whichever parts it loads; none for another council', async () => {
    const reads = async (): Promise<{ actor: string; council_id: string; ids: string[] }[]> =>
      bed.orm.em
        .fork()
        .getConnection()
        .execute(
          `select actor, council_id, ids from "${caseworkSchema(bed.config)}".audit_log ` +
            `where action = 'READ_CASE' and ids @> ?::jsonb order by seq`,
          [JSON.stringify([c.id])],
        );
    const before = (await reads()).length;
    const complainantId = (await bed.orm.em.fork().findOne(Case, { id: c.id }))!.complainant!.id;
    await loadCase(ctx(NOW), { reference: c.reference }, ['stages']);
    await loadCase(ctx(NOW), { id: c.id }, ['stages', 'complainant']);
    const other: StaffIdentity = { sub: 'hcc-officer', name: 'Ola', roles: [Role.OFFICER], council: 'hampshire' };
    await loadCase(ctx(NOW, other), { reference: c.reference });
    expect((await reads()).slice(before)).toEqual([
      { actor: 'hart-officer', council_id: 'hart', ids: [c.id, complainantId] },
      { actor: 'hart-officer', council_id: 'hart', ids: [c.id, complainantId] },
    ]);
  });

  it('reads and audits inside a transaction, on its connection: rolled back, the audit row goes with it', async () => {
    const countReads = async (em = bed.orm.em.fork()) =>
      Number(
        (
          await em
            .getConnection()
            .execute(
              `select count(*) as n from "${caseworkSchema(bed.config)}".audit_log where action = 'READ_CASE' and ids @> ?::jsonb`,
              [JSON.stringify([c.id])],
              'all',
              em.getTransactionContext(),
            )
        )[0].n,
      );
    const before = await countReads();
    const base = ctx(NOW);
    await expect(
      base.em.transactional(async (tx) => {
        const read = await loadCase({ ...base, em: tx }, { reference: c.reference });
        expect(read?.reference).toBe(c.reference);
        // Written, in the transaction: seen there, not yet outside it.
        expect(await countReads(tx)).toBe(before + 1);
        expect(await countReads()).toBe(before);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await countReads()).toBe(before);
  });

  it('takes a reference holding a quote as a value, not as SQL', async () => {
    expect(await loadCase(ctx(NOW), { reference: "HDC-2026-000001' or '1'='1" })).toBeNull();
  });
});
