import type { RequestHandler } from 'express';
import { CASE_HANDLERS, FIGURES_READERS, Role } from '@redress/policy';
import type { SignedInStaff } from './staff-context';

/*
 * Which pages each role is shown. The API decides what each person may read and do (and refuses the rest whatever page
 * asks); this only keeps a page from offering what the API would refuse: an analyst is never shown a case.
 */

/** Who opens case pages and logs contacts: the case handlers of the council (the contact centre among them). */
export const OPENS_CASES: readonly string[] = CASE_HANDLERS;
/** Who works the queues: the people who take, answer and sign off cases (the contact centre logs and finds them). */
export const WORKS_QUEUES: readonly string[] = [Role.OFFICER, Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR];
/** The report pages (reports/): the council's figures, for the roles that read them. */
export const READS_FIGURES: readonly string[] = FIGURES_READERS;
/** The staff directory: the complaints coordinator, who assigns cases across the council. */
export const READS_DIRECTORY: readonly string[] = [Role.COMPLAINTS_COORDINATOR];

export const holdsAny = (staff: SignedInStaff, roles: readonly string[]): boolean => staff.roles.some((r) => roles.includes(r));

/** Where a person lands after signing in: their queues, the contact centre, or (figures only) the home page. */
export function homeOf(staff: SignedInStaff): string {
  if (holdsAny(staff, WORKS_QUEUES)) return '/queues/mine';
  if (holdsAny(staff, OPENS_CASES)) return '/contact-centre';
  return '/home';
}

export interface NavigationItem {
  href: string;
  text: string;
  current?: boolean;
  active?: boolean;
}

/** The service navigation for this person: only the pages their role is shown. */
export function navigationFor(staff: SignedInStaff, path: string): NavigationItem[] {
  const items: (NavigationItem & { prefix: string })[] = [
    ...(holdsAny(staff, WORKS_QUEUES) ? [{ href: '/queues/mine', text: 'Work queues', prefix: '/queues' }] : []),
    ...(holdsAny(staff, OPENS_CASES) ? [{ href: '/contact-centre', text: 'Contact centre', prefix: '/contact-centre' }] : []),
    ...(!holdsAny(staff, OPENS_CASES) ? [{ href: '/home', text: 'Home', prefix: '/home' }] : []),
    ...(holdsAny(staff, READS_FIGURES) ? [{ href: '/reports', text: 'Reports', prefix: '/reports' }] : []),
    { href: '/alerts', text: 'Alerts', prefix: '/alerts' },
    ...(holdsAny(staff, READS_DIRECTORY) ? [{ href: '/directory', text: 'Staff directory', prefix: '/directory' }] : []),
  ];
  return items.map(({ prefix, ...item }) => {
    const here = path === prefix || path.startsWith(`${prefix}/`);
    return here ? { ...item, active: true } : item;
  });
}

/**
 * A page for some roles only: anyone else is told, in words, that their role does not see it (403), and the page's
 * handler never runs.
 */
export function onlyFor(roles: readonly string[], what: string): RequestHandler {
  return (_req, res, next) => {
    if (holdsAny(res.locals.staff, roles)) return next();
    res.status(403).render('pages/forbidden', {
      pageTitle: 'You cannot see this page',
      reason: `Your role does not ${what}.`,
    });
  };
}
