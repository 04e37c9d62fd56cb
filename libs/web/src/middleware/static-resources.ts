import { dirname, join } from 'node:path';
import express from 'express';
import type { Router } from 'express';

/** Where a package's files are, found through Node's own resolution (not a path relative to this file). */
export const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

const GOVUK = join(packageDir('govuk-frontend'), 'dist', 'govuk');
const MOJ = join(packageDir('@ministryofjustice/frontend'), 'moj');

/**
 * GOV.UK Frontend's (and MOJ Frontend's) compiled CSS, JavaScript, fonts and images, and this library's own small
 * stylesheet, under /assets. The CSS asks for its fonts and images at /assets/fonts and /assets/images.
 */
export function staticResources(): Router {
  const router = express.Router();
  const options = { index: false, maxAge: '1h', fallthrough: false } as const;
  router.use('/assets/govuk', express.static(GOVUK, { ...options, extensions: [] }));
  router.use('/assets/moj', express.static(MOJ, options));
  router.use('/assets/web', express.static(join(__dirname, '..', 'assets'), options));
  router.use('/assets', express.static(join(GOVUK, 'assets'), options));
  return router;
}
