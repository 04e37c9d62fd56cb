import { Role } from '@redress/policy';
import type { SignedInStaff } from '../auth/staff-context';
import { STATUS_CHOICES, choiceQuery, filterOf, queuesFor, readChoice } from './work-queues';
import type { QueueViewer } from './work-queues';

const staff = (id: string, roles: string[]): SignedInStaff => ({ id, name: id, roles, councilId: 'hart' });
const amy: QueueViewer = { staff: staff('hart-officer', [Role.OFFICER]), serviceAreas: ['waste', 'street-cleaning'], signOffRoles: [] };
const priya: QueueViewer = {
  staff: staff('hart-coordinator', [Role.COMPLAINTS_COORDINATOR]),
  serviceAreas: [],
  signOffRoles: [Role.COMPLAINTS_COORDINATOR],
};
const options = { stages: [0, 1, 2], serviceAreas: ['waste', 'street-cleaning'], assignees: ['hart-officer', 'hart-head-of-service'] };

describe('the work queues a person works', () => {
  it('an officer: their own cases, and their team’s service areas in every other queue; no sign-off queue', () => {
    const queues = queuesFor(amy);
    expect(queues.map((q) => [q.id, q.title])).toEqual([
      ['mine', 'My cases'],
      ['team', 'My team’s cases'],
      ['unassigned', 'Unassigned'],
      ['overdue', 'Overdue'],
      ['due-soon', 'Due in the next 5 working days'],
      ['ombudsman', 'With the Ombudsman'],
    ]);
    const team = { serviceAreas: ['waste', 'street-cleaning'] };
    expect(queues.map((q) => q.filter)).toEqual([
      { assigneeId: 'hart-officer' },
      team,
      { ...team, unassigned: true },
      { ...team, overdue: true },
      { ...team, dueWithinWorkingDays: 5 },
      { ...team, status: 'WITH_OMBUDSMAN' },
    ]);
  });

  it('the coordinator: the whole council, and the sign-off queue their council’s policy gives them', () => {
    const queues = queuesFor(priya);
    expect(queues.find((q) => q.id === 'team')).toMatchObject({ title: 'All cases', filter: {} });
    expect(queues.find((q) => q.id === 'sign-off')).toMatchObject({ title: 'Awaiting my sign-off', filter: { awaitingSignOff: true } });
    expect(queues.find((q) => q.id === 'unassigned')?.filter).toEqual({ unassigned: true });
  });

  it('a Head of Service at a council whose policy names no sign-off role has no sign-off queue', () => {
    const owen: QueueViewer = { staff: staff('h', [Role.HEAD_OF_SERVICE]), serviceAreas: ['highways'], signOffRoles: [] };
    expect(queuesFor(owen).map((q) => q.id)).not.toContain('sign-off');
    expect(queuesFor({ ...owen, signOffRoles: [Role.HEAD_OF_SERVICE] }).map((q) => q.id)).toContain('sign-off');
  });

  it('someone with no service areas in the directory has their own cases only', () => {
    expect(queuesFor({ ...amy, serviceAreas: [] }).map((q) => q.id)).toEqual(['mine']);
  });
});

describe('what the person chose, from the query string', () => {
  const [mine, team] = queuesFor(amy);

  it('starts with the cases still being worked (open or on hold), soonest due first, on the first page', () => {
    const choice = readChoice({}, mine, options);
    expect(choice).toEqual({
      status: 'BEING_WORKED',
      stage: null,
      serviceArea: null,
      assigneeId: null,
      lateOnly: false,
      sort: 'due',
      after: null,
      page: 1,
    });
    expect(filterOf(mine, choice)).toEqual({ assigneeId: 'hart-officer', statuses: ['OPEN', 'ON_HOLD'] });
    expect(choiceQuery(choice, {})).toBe('?status=BEING_WORKED');
  });

  it('my cases, my team’s and the unassigned start with the cases being worked; the other queues have no status choice', () => {
    expect(queuesFor(amy).map((q) => [q.id, q.defaultStatus])).toEqual([
      ['mine', 'BEING_WORKED'],
      ['team', 'BEING_WORKED'],
      ['unassigned', 'BEING_WORKED'],
      ['overdue', undefined],
      ['due-soon', undefined],
      ['ombudsman', undefined],
    ]);
    expect(filterOf(team, readChoice({}, team, options))).toEqual({
      serviceAreas: ['waste', 'street-cleaning'],
      statuses: ['OPEN', 'ON_HOLD'],
    });
  });

  it('offers, after any status, the cases being worked in words, then each status alone', () => {
    expect(STATUS_CHOICES.map((c) => [c.value, c.text])).toEqual([
      ['BEING_WORKED', 'Open or on hold'],
      ['OPEN', 'Open'],
      ['ON_HOLD', 'On hold'],
      ['RESPONDED', 'Responded'],
      ['CLOSED', 'Closed'],
      ['WITH_OMBUDSMAN', 'With the Ombudsman'],
    ]);
  });

  it('one status alone, as picked (an address kept from before still works)', () => {
    const open = readChoice({ status: 'OPEN' }, mine, options);
    expect(filterOf(mine, open)).toEqual({ assigneeId: 'hart-officer', status: 'OPEN' });
    expect(choiceQuery(open, {})).toBe('?status=OPEN');
    expect(filterOf(mine, readChoice({ status: 'ON_HOLD' }, mine, options))).toEqual({ assigneeId: 'hart-officer', status: 'ON_HOLD' });
    expect(filterOf(mine, readChoice({ status: 'BEING_WORKED' }, mine, options))).toEqual({
      assigneeId: 'hart-officer',
      statuses: ['OPEN', 'ON_HOLD'],
    });
  });

  it('narrows the queue by what was picked, and "any status" drops the status', () => {
    const choice = readChoice(
      { status: 'ANY', stage: '1', serviceArea: 'waste', assignee: 'hart-head-of-service', late: 'yes', sort: 'newest' },
      team,
      options,
    );
    expect(filterOf(team, choice)).toEqual({
      serviceAreas: ['waste', 'street-cleaning'],
      stage: 1,
      serviceArea: 'waste',
      assigneeId: 'hart-head-of-service',
      lateComplaint: true,
    });
    expect(choiceQuery(choice, { after: 'abc_-1', page: 2 })).toBe(
      '?status=ANY&stage=1&serviceArea=waste&assignee=hart-head-of-service&late=yes&sort=newest&after=abc_-1&page=2',
    );
  });

  it('ignores what it does not offer: another council’s service, a stranger, a made-up status or order, a bad cursor', () => {
    const choice = readChoice(
      {
        status: 'LOST',
        stage: '7',
        serviceArea: 'highways',
        assignee: 'hampshire-officer',
        sort: 'random',
        after: 'not a cursor!',
        page: '3',
      },
      team,
      options,
    );
    expect(choice).toEqual({
      status: 'BEING_WORKED',
      stage: null,
      serviceArea: null,
      assigneeId: null,
      lateOnly: false,
      sort: 'due',
      after: null,
      page: 1,
    });
    // A queue without an assignee choice keeps the person's own.
    expect(readChoice({ assignee: 'hart-head-of-service' }, mine, options).assigneeId).toBeNull();
    // Repeated parameters (an array) are not a choice.
    expect(readChoice({ stage: ['1', '2'] }, team, options).stage).toBeNull();
  });

  it('a queue with no status choice (overdue) never filters by status', () => {
    const overdue = queuesFor(amy).find((q) => q.id === 'overdue')!;
    const choice = readChoice({ status: 'CLOSED' }, overdue, options);
    expect(choice.status).toBeNull();
    expect(filterOf(overdue, choice)).toEqual({ serviceAreas: ['waste', 'street-cleaning'], overdue: true });
  });
});
