import { randomUUID } from 'node:crypto';
import { Remedy } from '@redress/policy';
import { caseworkTestbed } from '../testing/casework-testbed';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { openCase } from '../cases/open-case';
import { Case } from '../cases/case.entity';
import { StaffAlert } from '../alerts/staff-alert.entity';
import { RemedyAction } from './remedy-action.entity';
import { chaseOverdueRemedies } from './chase-remedies';

jest.setTimeout(60_000);

const bed = caseworkTestbed('chase-remedies');

describe('chasing remedies in British Summer Time (real PostgreSQL)', () => {
  it('chases a remedy due Thursday 16 July 2026 only once that London day has ended, and dates the alert 23:59:59.999 BST', async () => {
    const c = await openCase(bed.orm.em.fork(), newCaseOpenJob('2026-07-01T09:00:00Z'), new Date('2026-07-01T09:00:00Z'));
    const em = bed.orm.em.fork();
    em.create(RemedyAction, {
      id: randomUUID(),
      case: em.getReference(Case, c.id),
      councilId: 'hart',
      stage: 1,
      remedy: Remedy.APOLOGY,
      ownerId: 'hart-officer',
      dueOn: '2026-07-16',
      completedAt: null,
      completedBy: null,
      note: null,
      createdAt: new Date('2026-07-02T09:00:00Z'),
      chasedAt: null,
    });
    await em.flush();
    // 23:30 BST on the due day (22:30Z): still due today, not chased.
    expect(await chaseOverdueRemedies(bed.orm.em.fork(), new Date('2026-07-16T22:30:00Z'))).toBe(0);
    // 00:30 BST on Friday 17 July (23:30Z on the 16th): overdue, chased once.
    expect(await chaseOverdueRemedies(bed.orm.em.fork(), new Date('2026-07-16T23:30:00Z'))).toBe(1);
    const alerts = await bed.orm.em.fork().find(StaffAlert, { caseId: c.id, deadline: 'REMEDY' });
    // Due at the end of the London day: 22:59:59.999Z in summer, not 23:59:59.999Z (an hour into the 17th).
    expect(alerts.map((a) => [a.recipientId, a.kind, a.dueAt?.toISOString()])).toEqual([
      ['hart-officer', 'REMEDY_DUE', '2026-07-16T22:59:59.999Z'],
    ]);
    expect(alerts[0].message).toMatch(/was promised by Thursday 16 July 2026 and is not recorded as done\./);
    expect(await chaseOverdueRemedies(bed.orm.em.fork(), new Date('2026-07-17T09:00:00Z'))).toBe(0);
  });
});
