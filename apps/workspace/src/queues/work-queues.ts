import { Role, STATUSES_BEING_WORKED } from '@redress/policy';
import type { SignedInStaff } from '../auth/staff-context';
import type { CaseFilter, CaseOrder, CaseStatus } from '../data/operations';
import { STATUS_WORDS } from '../data/words';

/*
 * The work queues: each one a filter of the API's `cases` (the API keeps each person to their own council and decides
 * what they may do to each case). A queue is scoped to the person's team, the service areas they work in or head, and
 * the complaints coordinator's to the whole council.
 */

export type QueueId = 'mine' | 'team' | 'unassigned' | 'overdue' | 'due-soon' | 'sign-off' | 'ombudsman';

/** How far ahead "due soon" looks. */
export const DUE_SOON_WORKING_DAYS = 5;

export interface WorkQueue {
  id: QueueId;
  title: string;
  /** What is in it, in a sentence. */
  description: string;
  filter: CaseFilter;
  /** The status shown unless the person picks another; undefined when the queue has no status choice. */
  defaultStatus?: StatusChoice;
  /** Whether the person may narrow it to one assignee. */
  byAssignee: boolean;
}

/**
 * What the status filter offers: one status, the cases still being worked (open or on hold: a held case is still the
 * handler's, only its clock is stopped), or any status.
 */
export type StatusChoice = CaseStatus | 'BEING_WORKED' | 'ANY';
/** The statuses of a case still being worked, as the policy core's case machine has them. */
export const BEING_WORKED: readonly CaseStatus[] = STATUSES_BEING_WORKED;

export interface QueueViewer {
  staff: SignedInStaff;
  /** The service areas they work in or head (the staff directory). */
  serviceAreas: readonly string[];
  /** The roles that sign off a stage's response at their council (the policy's `signOffRole`s). */
  signOffRoles: readonly string[];
}

const councilWide = (v: QueueViewer) => v.staff.roles.includes(Role.COMPLAINTS_COORDINATOR);

/** The team the queues look at: the whole council for the coordinator, else the person's service areas (none: no team). */
function teamScope(v: QueueViewer): CaseFilter | null {
  if (councilWide(v)) return {};
  return v.serviceAreas.length ? { serviceAreas: [...v.serviceAreas] } : null;
}

/** The queues this person works, in the order the side navigation lists them. */
export function queuesFor(v: QueueViewer): WorkQueue[] {
  const scope = teamScope(v);
  const queues: WorkQueue[] = [
    {
      id: 'mine',
      title: 'My cases',
      description: 'Cases assigned to you.',
      filter: { assigneeId: v.staff.id },
      // A case they hold is still theirs to work: it stays in view, flagged on hold, until it is answered.
      defaultStatus: 'BEING_WORKED',
      byAssignee: false,
    },
  ];
  if (!scope) return queues;
  const team = councilWide(v) ? 'the council' : 'your team’s service areas';
  queues.push(
    {
      id: 'team',
      title: councilWide(v) ? 'All cases' : 'My team’s cases',
      description: councilWide(v) ? 'Every case of the council.' : 'Cases of the service areas you work in.',
      filter: scope,
      // The team's caseload: a held case still needs chasing (the customer, the Statement of Complaint).
      defaultStatus: 'BEING_WORKED',
      byAssignee: true,
    },
    {
      id: 'unassigned',
      title: 'Unassigned',
      description: `Cases of ${team} that nobody has taken yet.`,
      filter: { ...scope, unassigned: true },
      // A held case nobody holds is the one most easily forgotten: it must be taken like any other.
      defaultStatus: 'BEING_WORKED',
      byAssignee: false,
    },
    {
      id: 'overdue',
      title: 'Overdue',
      description: `Cases of ${team} past a deadline.`,
      filter: { ...scope, overdue: true },
      byAssignee: true,
    },
    {
      id: 'due-soon',
      title: `Due in the next ${DUE_SOON_WORKING_DAYS} working days`,
      description: `Cases of ${team} to be answered within ${DUE_SOON_WORKING_DAYS} working days, not yet late.`,
      filter: { ...scope, dueWithinWorkingDays: DUE_SOON_WORKING_DAYS },
      byAssignee: true,
    },
  );
  if (v.staff.roles.some((r) => v.signOffRoles.includes(r)))
    queues.push({
      id: 'sign-off',
      title: 'Awaiting my sign-off',
      description: 'Responses drafted and waiting for you to sign them off or return them for changes.',
      filter: { ...scope, awaitingSignOff: true },
      byAssignee: true,
    });
  queues.push({
    id: 'ombudsman',
    title: 'With the Ombudsman',
    description: `Cases of ${team} the Local Government and Social Care Ombudsman is looking at.`,
    filter: { ...scope, status: 'WITH_OMBUDSMAN' },
    byAssignee: true,
  });
  return queues;
}

// ---------------------------------------------------------------- what the person chose (the query string)

export type SortKey = 'due' | 'oldest' | 'newest';
export const SORT_ORDERS: Readonly<Record<SortKey, CaseOrder>> = { due: 'DUE_FIRST', oldest: 'OLDEST_FIRST', newest: 'NEWEST_FIRST' };
export const STATUSES: readonly CaseStatus[] = ['OPEN', 'ON_HOLD', 'RESPONDED', 'CLOSED', 'WITH_OMBUDSMAN'];
/** The status filter's choices after "Any status", in words: the cases being worked first, then each status alone. */
export const STATUS_CHOICES: readonly { value: StatusChoice; text: string }[] = [
  { value: 'BEING_WORKED', text: 'Open or on hold' },
  ...STATUSES.map((s) => ({ value: s, text: STATUS_WORDS[s] })),
];
const isStatusChoice = (v: string | null): v is StatusChoice => v === 'ANY' || v === 'BEING_WORKED' || STATUSES.includes(v as CaseStatus);

/** The filters and order a person picked, read from the query string (anything not offered is ignored). */
export interface QueueChoice {
  status: StatusChoice | null;
  stage: number | null;
  serviceArea: string | null;
  assigneeId: string | null;
  lateOnly: boolean;
  sort: SortKey;
  after: string | null;
  /** Which page this is (1 = the first), for "page 2" in words; the cursor does the work. */
  page: number;
}

export interface ChoiceOptions {
  stages: readonly number[];
  serviceAreas: readonly string[];
  assignees: readonly string[];
}

const one = (v: unknown): string | null => (typeof v === 'string' && v.length <= 200 ? v : null);
const CURSOR = /^[A-Za-z0-9_-]{1,400}$/;

export function readChoice(query: Record<string, unknown>, queue: WorkQueue, options: ChoiceOptions): QueueChoice {
  const status = one(query.status);
  const stage = Number(one(query.stage) ?? 'x');
  const serviceArea = one(query.serviceArea);
  const assignee = one(query.assignee);
  const sort = one(query.sort);
  const given = one(query.after);
  const after = given && CURSOR.test(given) ? given : null;
  const page = Number(one(query.page) ?? '1');
  let chosenStatus: QueueChoice['status'] = null;
  if (queue.defaultStatus) chosenStatus = isStatusChoice(status) ? status : queue.defaultStatus;
  return {
    status: chosenStatus,
    stage: Number.isInteger(stage) && options.stages.includes(stage) ? stage : null,
    serviceArea: serviceArea && options.serviceAreas.includes(serviceArea) ? serviceArea : null,
    assigneeId: queue.byAssignee && assignee && options.assignees.includes(assignee) ? assignee : null,
    lateOnly: one(query.late) === 'yes',
    sort: sort && sort in SORT_ORDERS ? (sort as SortKey) : 'due',
    after,
    page: after && Number.isInteger(page) && page > 1 && page < 10_000 ? page : 1,
  };
}

/** The API's status filter for a status choice: none for any status. */
function statusFilter(status: StatusChoice | null): CaseFilter {
  if (!status || status === 'ANY') return {};
  return status === 'BEING_WORKED' ? { statuses: [...BEING_WORKED] } : { status };
}

/** The queue's own filter, narrowed by what the person chose. */
export function filterOf(queue: WorkQueue, choice: QueueChoice): CaseFilter {
  return {
    ...queue.filter,
    ...statusFilter(choice.status),
    ...(choice.stage !== null ? { stage: choice.stage } : {}),
    ...(choice.serviceArea ? { serviceArea: choice.serviceArea } : {}),
    ...(choice.assigneeId ? { assigneeId: choice.assigneeId } : {}),
    ...(choice.lateOnly ? { lateComplaint: true } : {}),
  };
}

/** The query string of the same queue with some choices changed (a sort link, the next page): no personal data in it. */
export function choiceQuery(choice: QueueChoice, change: Partial<QueueChoice>): string {
  const c = { ...choice, ...change };
  const params = new URLSearchParams();
  if (c.status) params.set('status', c.status);
  if (c.stage !== null) params.set('stage', String(c.stage));
  if (c.serviceArea) params.set('serviceArea', c.serviceArea);
  if (c.assigneeId) params.set('assignee', c.assigneeId);
  if (c.lateOnly) params.set('late', 'yes');
  if (c.sort !== 'due') params.set('sort', c.sort);
  if (c.after) {
    params.set('after', c.after);
    params.set('page', String(c.page));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
