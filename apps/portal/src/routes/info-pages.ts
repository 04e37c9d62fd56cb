import express from 'express';
import type { Router } from 'express';

/** The pages every public service owes: the accessibility statement (PSBAR 2018), the privacy notice, cookies. */
export function infoPageRoutes(): Router {
  const router = express.Router();
  router.get('/accessibility', (_req, res) => res.render('pages/accessibility', { pageTitle: 'Accessibility statement' }));
  router.get('/privacy', (_req, res) => res.render('pages/privacy', { pageTitle: 'Privacy notice' }));
  router.get('/cookies', (_req, res) => res.render('pages/cookies', { pageTitle: 'Cookies' }));
  return router;
}
