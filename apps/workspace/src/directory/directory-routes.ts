import express from 'express';
import type { Router } from 'express';
import { READS_DIRECTORY, onlyFor } from '../auth/staff-pages';
import { councilOf, directoryOf, serviceAreaName } from '../data/council-directory';
import { ROLE_WORDS } from '../data/words';

/**
 * The staff directory, for the complaints coordinator: who holds which role and service area, and who manages them.
 * Read-only: the directory is seeded (editing it is for a later change).
 */
export function directoryRoutes(): Router {
  const router = express.Router();
  router.get('/directory', onlyFor(READS_DIRECTORY, 'see the staff directory'), async (_req, res) => {
    const { staff, gateway } = res.locals;
    const [council, directory] = await Promise.all([councilOf(gateway, staff.councilId), directoryOf(gateway, staff.councilId)]);
    const names = new Map(directory.map((m) => [m.id, m.name]));
    res.render('pages/directory', {
      pageTitle: 'Staff directory',
      council,
      people: directory.map((m) => ({
        id: m.id,
        name: m.name,
        roles: m.roles.map((r) => ROLE_WORDS[r] ?? r).join(', '),
        serviceAreas: m.serviceAreas.map((code) => serviceAreaName(council, code)),
        manager: m.managerId ? (names.get(m.managerId) ?? m.managerId) : null,
        email: m.email,
      })),
    });
  });
  return router;
}
