import express from 'express';
import type { Request, Response, Router } from 'express';
import { Role } from '@redress/policy';
import { checkAll, maxLength, redirectWithErrors, required, takeFlash, text } from '@redress/web';
import type { FormBody } from '@redress/web';
import { WORKS_QUEUES, onlyFor } from '../auth/staff-pages';
import { councilOf, directoryOf, serviceAreaName } from '../data/council-directory';
import { CASES } from '../data/operations';
import type { CasePage, StaffMember, WorkspaceCouncil } from '../data/operations';
import { queueRows } from './queue-rows';
import { SORT_ORDERS, STATUS_CHOICES, choiceQuery, filterOf, queuesFor, readChoice } from './work-queues';
import type { QueueChoice, QueueViewer, WorkQueue } from './work-queues';

declare module 'express-session' {
  interface SessionData {
    /** What was searched for (a name, an email address, a phone number): kept here, never in a URL. */
    caseSearch?: string;
  }
}

const PAGE_SIZE = 20;

/** Everyone whose name may be on a case: the people who take and answer cases. */
const caseWorkers = (directory: readonly StaffMember[]) => directory.filter((m) => m.roles.some((r) => WORKS_QUEUES.includes(r)));

function viewerOf(req: Request, res: Response, council: WorkspaceCouncil): QueueViewer {
  const signOffRoles = council.policy.stages.map((s) => s.signOffRole).filter((r): r is string => r !== null);
  return { staff: res.locals.staff, serviceAreas: req.session.signedIn?.serviceAreas ?? [], signOffRoles };
}

/** The table's sortable headings: links that work without JavaScript, with aria-sort on the column in use. */
function sortHeadings(base: string, choice: QueueChoice) {
  const received = choice.sort === 'oldest' || choice.sort === 'newest';
  return {
    received: {
      href: `${base}${choiceQuery(choice, { sort: choice.sort === 'oldest' ? 'newest' : 'oldest', after: null })}`,
      ariaSort: received ? (choice.sort === 'oldest' ? 'ascending' : 'descending') : 'none',
      hint: choice.sort === 'oldest' ? 'newest first' : 'oldest first',
    },
    timeLeft: {
      href: `${base}${choiceQuery(choice, { sort: 'due', after: null })}`,
      ariaSort: choice.sort === 'due' ? 'ascending' : 'none',
      hint: 'soonest due first',
    },
  };
}

/** The filter form's choices: the council's stages and service areas (the team's, in a team queue), the case workers. */
function filterOptions(queue: WorkQueue, council: WorkspaceCouncil, directory: readonly StaffMember[]) {
  const areas = queue.filter.serviceAreas ?? council.serviceAreas.filter((a) => !a.providedBy).map((a) => a.code);
  return {
    stages: council.policy.stages.map((s) => ({ value: String(s.number), text: s.name })),
    serviceAreas: areas.map((code) => ({ value: code, text: serviceAreaName(council, code) })),
    assignees: caseWorkers(directory).map((m) => ({ value: m.id, text: m.name })),
  };
}

type Item = { value: string; text: string };
const select = (anyText: string, items: readonly Item[], chosen: string | null, anyValue = '') => [
  { value: anyValue, text: anyText, selected: chosen === null || chosen === anyValue },
  ...items.map((i) => ({ ...i, selected: i.value === chosen })),
];

/** The selects of the filter form, each with the person's choice selected. */
function filterSelects(options: ReturnType<typeof filterOptions>, choice: QueueChoice) {
  return {
    status: choice.status ? select('Any status', STATUS_CHOICES, choice.status, 'ANY') : null,
    stage: select('Any stage', options.stages, choice.stage === null ? null : String(choice.stage)),
    serviceArea: select('Any service area', options.serviceAreas, choice.serviceArea),
    assignee: select('Anyone', options.assignees, choice.assigneeId),
  };
}

/** "Showing 21 to 40 of 57 cases". */
function pageWords(page: CasePage, choice: QueueChoice): string {
  const shown = page.edges.length;
  if (!page.totalCount) return 'No cases';
  const first = (choice.page - 1) * PAGE_SIZE + 1;
  return shown === page.totalCount
    ? `${page.totalCount} case${page.totalCount === 1 ? '' : 's'}`
    : `Showing ${first} to ${first + shown - 1} of ${page.totalCount} cases`;
}

function pagination(base: string, page: CasePage, choice: QueueChoice) {
  return {
    next:
      page.pageInfo.hasNextPage && page.pageInfo.endCursor
        ? { href: `${base}${choiceQuery(choice, { after: page.pageInfo.endCursor, page: choice.page + 1 })}` }
        : null,
    first: choice.after ? { href: `${base}${choiceQuery(choice, { after: null, page: 1 })}` } : null,
  };
}

async function showQueue(req: Request, res: Response): Promise<void> {
  const { staff, gateway } = res.locals;
  const [council, directory] = await Promise.all([councilOf(gateway, staff.councilId), directoryOf(gateway, staff.councilId)]);
  const queues = queuesFor(viewerOf(req, res, council));
  const queue = queues.find((q) => q.id === req.params.queueId);
  if (!queue) return res.status(404).render('pages/not-found');
  const options = filterOptions(queue, council, directory);
  const choice = readChoice(req.query as Record<string, unknown>, queue, {
    stages: council.policy.stages.map((s) => s.number),
    serviceAreas: options.serviceAreas.map((a) => a.value),
    assignees: options.assignees.map((a) => a.value),
  });
  const { cases } = await gateway.request(CASES, {
    filter: filterOf(queue, choice),
    first: PAGE_SIZE,
    after: choice.after,
    orderBy: SORT_ORDERS[choice.sort],
  });
  const base = `/queues/${queue.id}`;
  const flash = takeFlash(req);
  res.render('pages/queues/queue', {
    pageTitle: choice.page > 1 ? `${queue.title} (page ${choice.page})` : queue.title,
    queue,
    queues: queues.map((q) => ({ href: `/queues/${q.id}`, text: q.title, active: q.id === queue.id })),
    rows: queueRows(
      cases.edges.map((e) => e.node),
      directory,
    ),
    count: pageWords(cases, choice),
    pagination: pagination(base, cases, choice),
    sort: sortHeadings(base, choice),
    choice,
    selects: filterSelects(options, choice),
    filtered: Boolean(
      (choice.status && choice.status !== queue.defaultStatus) ||
      choice.stage !== null ||
      choice.serviceArea ||
      choice.assigneeId ||
      choice.lateOnly,
    ),
    searchTerm: req.session.caseSearch ?? '',
    errors: flash.errors,
  });
}

async function showSearch(req: Request, res: Response): Promise<void> {
  const { staff, gateway } = res.locals;
  const term = req.session.caseSearch;
  const flash = takeFlash(req);
  if (!term) return res.render('pages/queues/search', { pageTitle: 'Find a case', errors: flash.errors, searchTerm: '' });
  const after = typeof req.query.after === 'string' && /^[A-Za-z0-9_-]{1,400}$/.test(req.query.after) ? req.query.after : null;
  const pageNumber = after ? Math.max(2, Number(req.query.page) || 2) : 1;
  const choice: QueueChoice = {
    status: null,
    stage: null,
    serviceArea: null,
    assigneeId: null,
    lateOnly: false,
    sort: 'newest',
    after,
    page: pageNumber,
  };
  const [{ cases }, directory] = await Promise.all([
    gateway.request(CASES, { filter: { search: term }, first: PAGE_SIZE, after, orderBy: 'NEWEST_FIRST' }),
    directoryOf(gateway, staff.councilId),
  ]);
  const next =
    cases.pageInfo.hasNextPage && cases.pageInfo.endCursor
      ? { href: `/search?after=${cases.pageInfo.endCursor}&page=${pageNumber + 1}` }
      : null;
  res.render('pages/queues/search', {
    pageTitle: 'Cases found',
    searchTerm: term,
    rows: queueRows(
      cases.edges.map((e) => e.node),
      directory,
    ),
    count: pageWords(cases, choice),
    pagination: { next, first: after ? { href: '/search' } : null },
    errors: flash.errors,
  });
}

/**
 * The work queues (one page, a side navigation of queues), sortable and filterable with links and a GET form that work
 * without JavaScript, paged with the API's cursors; and the search, whose words are posted and kept in the session.
 */
export function queueRoutes(): Router {
  const router = express.Router();
  const queuesOnly = onlyFor(WORKS_QUEUES, 'work case queues');

  router.get('/queues', queuesOnly, (_req, res) => res.redirect(303, '/queues/mine'));
  router.get('/queues/:queueId', queuesOnly, showQueue);

  // Anyone who opens cases may look one up (the contact centre included); the API decides what a search may look into.
  const searchers = onlyFor([...WORKS_QUEUES, Role.CONTACT_CENTRE], 'open cases');
  router.get('/search', searchers, showSearch);
  router.post('/search', searchers, (req, res) => {
    const body = (req.body ?? {}) as FormBody;
    const problems = checkAll(body, [
      required('term', 'Enter a case reference, or the complainant’s name, email address or phone number'),
      maxLength('term', 200, 'What you search for'),
    ]);
    if (problems.length) return redirectWithErrors(req, res, '/search', problems, {});
    req.session.caseSearch = text(body, 'term');
    res.redirect(303, '/search');
  });
  router.post('/search/clear', searchers, (req, res) => {
    delete req.session.caseSearch;
    res.redirect(303, '/search');
  });
  return router;
}
