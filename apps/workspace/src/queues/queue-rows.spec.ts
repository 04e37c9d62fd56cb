import type { QueueCase } from '../data/operations';
import { timeLeftWords } from '../data/words';
import { caseHref, queueRows, shortDate } from './queue-rows';

const base: QueueCase = {
  id: '6b1f0a52-0000-4000-8000-000000000001',
  reference: 'HDC-2026-000042',
  kind: 'COMPLAINT',
  summary: 'Bin missed',
  status: 'OPEN',
  serviceArea: 'waste',
  assigneeId: 'hart-officer',
  receivedAt: '2026-06-01T23:30:00.000Z',
  overdue: false,
  lateComplaint: false,
  stage: { number: 1, name: 'Stage 1', respondBy: '2026-12-15', workingDaysLeft: 3, awaitingSignOff: false },
  complainant: { restricted: false, adjustments: [] },
};

describe('a queue’s rows', () => {
  it('names the assignee from the directory and links to the case by its reference', () => {
    const [row] = queueRows(
      [base],
      [{ id: 'hart-officer', name: 'Amy Clarke', roles: [], serviceAreas: [], managerId: null, email: null }],
    );
    expect(row).toMatchObject({
      href: '/cases/HDC-2026-000042',
      assignee: 'Amy Clarke',
      timeLeft: '3 working days left',
      late: false,
      flags: [],
    });
    // Received at 23:30 UTC in June: already the next day in London (British Summer Time).
    expect(row.received).toBe('2 Jun 2026');
    expect(caseHref({ reference: 'HDC-2026-000042' })).toBe('/cases/HDC-2026-000042');
  });

  it('flags what a handler must see: late, restricted, adjustments, on hold, awaiting sign-off', () => {
    const [row] = queueRows(
      [
        {
          ...base,
          assigneeId: null,
          status: 'ON_HOLD',
          lateComplaint: true,
          stage: { ...base.stage, awaitingSignOff: true, workingDaysLeft: -2 },
          complainant: { restricted: true, adjustments: [{ id: 'a' }] },
        },
      ],
      [],
    );
    expect(row.assignee).toBe('Unassigned');
    expect(row.late).toBe(true);
    expect(row.flags.map((f) => f.text)).toEqual(['Late complaint', 'Contact restricted', 'Adjustments', 'On hold', 'Awaiting sign-off']);
    expect(row.timeLeft).toBe('On hold (overdue by 2 working days)');
  });

  it('writes the time left as staff read it', () => {
    expect(timeLeftWords({ workingDaysLeft: 1 }, 'OPEN')).toBe('1 working day left');
    expect(timeLeftWords({ workingDaysLeft: 0 }, 'OPEN')).toBe('Due today');
    expect(timeLeftWords({ workingDaysLeft: -1 }, 'OPEN')).toBe('Overdue by 1 working day');
    expect(timeLeftWords({ workingDaysLeft: null }, 'RESPONDED')).toBe('Answered');
    expect(timeLeftWords({ workingDaysLeft: 4 }, 'ON_HOLD')).toBe('On hold (4 working days left)');
    expect(shortDate('2027-01-05')).toBe('5 Jan 2027');
  });
});
