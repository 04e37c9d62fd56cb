import express from 'express';
import type { Router } from 'express';
import { formatLondonDateTime } from '@redress/policy';
import { takeFlash } from '@redress/web';
import { OPENS_CASES, holdsAny } from '../auth/staff-pages';
import { MARK_ALERT_READ, MY_ALERTS } from '../data/operations';
import type { StaffAlert } from '../data/operations';
import { ALERT_GROUPS, ALERT_KIND_WORDS } from '../data/words';
import { caseHref } from '../queues/queue-rows';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const GROUPS = [
  { id: 'due', title: 'Due', empty: 'Nothing is due.' },
  { id: 'breached', title: 'Missed deadlines and failures', empty: 'Nothing was missed.' },
  { id: 'waiting', title: 'Waiting for you', empty: 'Nothing is waiting for you.' },
] as const;

function alertView(a: StaffAlert, linkCases: boolean) {
  return {
    id: a.id,
    kind: ALERT_KIND_WORDS[a.kind] ?? a.kind,
    message: a.message,
    reference: a.reference,
    // A compliment or comment has a reference but no case: only an alert about a case links to one.
    href: linkCases && a.caseId && a.reference ? caseHref({ reference: a.reference }) : null,
    createdAt: formatLondonDateTime(new Date(a.createdAt)),
    read: a.readAt !== null,
  };
}

/**
 * The alerts inbox (myAlerts): what is due, what was missed, what waits for the person, each linking to its case;
 * each marked read with a button (a form: it works without JavaScript).
 */
export function alertRoutes(): Router {
  const router = express.Router();

  router.get('/alerts', async (req, res) => {
    const { staff, gateway } = res.locals;
    const all = req.query.show === 'all';
    const { myAlerts } = await gateway.request(MY_ALERTS, { unreadOnly: !all });
    const linkCases = holdsAny(staff, OPENS_CASES);
    const groups = GROUPS.map((g) => ({
      ...g,
      alerts: myAlerts.filter((a) => (ALERT_GROUPS[a.kind] ?? 'waiting') === g.id).map((a) => alertView(a, linkCases)),
    }));
    const flash = takeFlash(req);
    res.render('pages/alerts', {
      pageTitle: all ? 'All your alerts' : 'Your alerts',
      all,
      groups,
      total: myAlerts.length,
      errors: flash.errors,
      tabs: [
        { href: '/alerts', text: 'Unread', active: !all },
        { href: '/alerts?show=all', text: 'All, read too', active: all },
      ],
    });
  });

  router.post('/alerts/:id/read', async (req, res) => {
    const id = String(req.params.id);
    if (!UUID.test(id)) return res.status(404).render('pages/not-found');
    await res.locals.gateway.request(MARK_ALERT_READ, { id });
    const back = (req.body as Record<string, unknown> | undefined)?.show === 'all' ? '/alerts?show=all' : '/alerts';
    res.redirect(303, back);
  });

  return router;
}
