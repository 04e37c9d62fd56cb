import { CaseOrder, ComplainantType, Role, endOfLondonDay } from '@redress/policy';
import type { StaffIdentity } from '@redress/platform';
import { caseworkSchema } from '../casework.orm';
import { caseworkTestbed } from '../testing/casework-testbed';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { Case, CaseStage } from './case.entity';
import { toCaseView } from './case.mapper';
import { findCases } from './case-queue';
import type { CaseQueueFilter } from './case-queue';
import { openCase } from './open-case';

jest.setTimeout(60_000);

// The workspace's queues (mine, my team's, unassigned, due soon, awaiting sign-off, late complaints, search) over
// real PostgreSQL, each checked against what the cases are: every filter, every order, and cursors that follow it.
const bed = caseworkTestbed('work-queues');
const officer: StaffIdentity = { sub: 'hart-officer', name: 'Amy Clarke', roles: [Role.OFFICER], council: 'hart' };
// Friday 15 January 2027, noon: Hart Stage 1 answers within 10 working days of receipt.
const NOW = new Date('2027-01-15T12:00:00Z');

interface Made {
  id: string;
  reference: string;
  receivedAt: string;
}
const made: Record<string, Made> = {};

async function make(label: string, receivedAt: string, over: Parameters<typeof newCaseOpenJob>[1] = {}, update: Partial<Case> = {}) {
  const job = newCaseOpenJob(receivedAt, over);
  const c = await openCase(bed.orm.em.fork(), job, new Date(receivedAt));
  if (Object.keys(update).length) await bed.orm.em.fork().nativeUpdate(Case, { id: c.id }, update);
  made[label] = { id: c.id, reference: c.reference, receivedAt };
  return c;
}

const list = (filter: CaseQueueFilter, order?: CaseOrder, first = 100, after: string | null = null) =>
  findCases(bed.orm.em.fork(), caseworkSchema(bed.config), officer, filter, first, after, NOW, order);
const labels = async (filter: CaseQueueFilter, order?: CaseOrder) => {
  const byId = new Map(Object.entries(made).map(([label, m]) => [m.id, label]));
  return (await list(filter, order)).cases.map((c) => byId.get(c.id));
};

beforeAll(async () => {
  // Received 4 January: due Monday 18 January (1 working day left).
  await make('dueMonday', '2027-01-04T10:00:00Z', {}, { assigneeId: 'hart-officer' });
  // Received 5 January, with its answer put back to Monday 1 February (as an extension would).
  const extended = await make('extended', '2027-01-05T10:00:00Z', {}, { assigneeId: 'hart-officer' });
  await bed.orm.em
    .fork()
    .nativeUpdate(CaseStage, { case: extended.id }, { respondBy: '2027-02-01', respondDueAt: endOfLondonDay('2027-02-01') });
  // Received 11 January: due Monday 25 January (6 left), in another service area, unassigned.
  await make('housing', '2027-01-11T10:00:00Z', { serviceArea: 'housing' });
  // Received 14 December: long overdue, a late complaint, with a drafted response awaiting sign-off.
  const late = await make('late', '2026-12-14T10:00:00Z', {}, { assigneeId: 'hart-officer-2', lateComplaint: true });
  await bed.orm.em.fork().nativeUpdate(CaseStage, { case: late.id }, { responseDraftedAt: new Date('2027-01-14T10:00:00Z') });
  // Received 13 January, by someone found by name, email and phone.
  await make('person', '2027-01-13T10:00:00Z', {
    complainant: {
      type: ComplainantType.RESIDENT,
      name: "Siobhán O'Neill",
      email: 'S.ONeill@example.org',
      phone: '01252 622 122',
      postalAddress: null,
    },
  });
  // Another council's case: never in Hart's queues.
  await make('hampshire', '2027-01-12T10:00:00Z', {
    councilId: 'hampshire',
    serviceArea: 'adult-social-care',
    reference: `HCC-2027-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
  });
});

describe('work queues', () => {
  it('lists unassigned cases, a team’s service areas and late complaints', async () => {
    expect(await labels({ unassigned: true })).toEqual(['housing', 'person']);
    expect(await labels({ unassigned: false })).toEqual(['late', 'dueMonday', 'extended']);
    expect(await labels({ serviceAreas: ['housing'] })).toEqual(['housing']);
    expect(await labels({ serviceAreas: ['housing', 'waste'] })).toEqual(['late', 'dueMonday', 'extended', 'housing', 'person']);
    expect(await labels({ lateComplaint: true })).toEqual(['late']);
  });

  it('lists what is due within N working days (not yet late), and what awaits sign-off', async () => {
    expect(await labels({ dueWithinWorkingDays: 1 })).toEqual(['dueMonday']);
    expect(await labels({ dueWithinWorkingDays: 5 })).toEqual(['dueMonday']);
    expect(await labels({ dueWithinWorkingDays: 6 })).toEqual(['dueMonday', 'housing']);
    expect(await labels({ awaitingSignOff: true })).toEqual(['late']);
    expect(await labels({ awaitingSignOff: false })).not.toContain('late');
  });

  it('finds a case by its reference, or its complainant by name, email or phone', async () => {
    expect(await labels({ search: made.person.reference.toLowerCase() })).toEqual(['person']);
    expect(await labels({ search: 'siobhán' })).toEqual(['person']);
    expect(await labels({ search: 's.oneill@EXAMPLE.org' })).toEqual(['person']);
    expect(await labels({ search: '01252622122' })).toEqual(['person']);
    // A LIKE wildcard typed into the box is a character, not "everyone".
    expect(await labels({ search: '%%' })).toEqual([]);
    expect(await labels({ search: made.hampshire.reference })).toEqual([]);
  });

  it('orders oldest first, newest first or due first, and each order’s cursors page through it', async () => {
    const oldest = await labels({});
    expect(oldest).toEqual(['late', 'dueMonday', 'extended', 'housing', 'person']);
    expect(await labels({}, CaseOrder.NEWEST_FIRST)).toEqual([...oldest].reverse());
    expect(await labels({}, CaseOrder.DUE_FIRST)).toEqual(['late', 'dueMonday', 'housing', 'person', 'extended']);
    for (const order of Object.values(CaseOrder)) {
      const all = (await list({}, order)).cases.map((c) => c.id);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await list({}, order, 1, after);
        seen.push(...page.cases.map((c) => c.id));
        if (!page.hasNextPage) break;
        after = page.cursors.at(-1)!;
      }
      expect(seen).toEqual(all);
    }
    const cursor = (await list({}, CaseOrder.DUE_FIRST, 1)).cursors[0];
    await expect(list({}, CaseOrder.OLDEST_FIRST, 1, cursor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('says how many working days are left at each stage, negative once overdue', async () => {
    const load = async (label: string) =>
      toCaseView(
        await bed.orm.em.fork().findOneOrFail(Case, { id: made[label].id }, { populate: ['stages', 'timeline', 'complainant'] }),
        NOW,
      );
    expect((await load('dueMonday')).stage.workingDaysLeft).toBe(1);
    expect((await load('housing')).stage.workingDaysLeft).toBe(6);
    // Due Wednesday 30 December 2026 (Christmas and Boxing Day skipped); by Friday 15 January it is 11 working days
    // late (New Year's Day skipped).
    const late = await load('late');
    expect(late.stage.respondBy).toBe('2026-12-30');
    expect(late.stage.workingDaysLeft).toBe(-11);
  });
});
