import express from 'express';
import type { Router } from 'express';

/** The pages every service owes, readable before signing in: the accessibility statement and the cookies used. */
export function infoPageRoutes(): Router {
  const router = express.Router();
  router.get('/accessibility', (_req, res) => res.render('pages/accessibility', { pageTitle: 'Accessibility statement' }));
  router.get('/cookies', (_req, res) => res.render('pages/cookies', { pageTitle: 'Cookies' }));
  return router;
}
