import { join } from 'node:path';
import type { Express } from 'express';
import nunjucks from 'nunjucks';
import { formatLongDate } from '@redress/policy';
import { packageDir } from './static-resources';
import { dateInputItems } from '../forms/date-input';

export const WEB_VIEWS = join(__dirname, '..', 'views');

export interface ViewOptions {
  /** The app's own views, searched first (pages/, partials/). */
  views: string;
  serviceName: string;
  /** Where the service name in the header links to. */
  serviceUrl?: string;
  production: boolean;
  /** Read the views again for every page (edit a template, reload the page); default: outside production. */
  reloadTemplates?: boolean;
}

/**
 * Nunjucks for the GOV.UK Frontend macros (`govuk/components/…/macro.njk`) and MOJ Frontend's (`moj/components/…`),
 * the app's views first, then this library's layout and error pages. Autoescaping on.
 */
export function setUpNunjucks(app: Express, options: ViewOptions): nunjucks.Environment {
  const env = nunjucks.configure(
    [options.views, WEB_VIEWS, join(packageDir('govuk-frontend'), 'dist'), packageDir('@ministryofjustice/frontend')],
    { autoescape: true, express: app, noCache: options.reloadTemplates ?? !options.production, throwOnUndefined: false },
  );
  app.set('view engine', 'njk');
  app.set('views', [options.views, WEB_VIEWS]);
  env.addGlobal('serviceName', options.serviceName);
  env.addGlobal('serviceUrl', options.serviceUrl ?? '/');
  // Dates as people read them: "Tuesday 5 January 2027".
  env.addFilter('longDate', (iso: unknown) =>
    typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}/.test(iso) ? formatLongDate(iso.slice(0, 10)) : '',
  );
  env.addGlobal('dateInputItems', dateInputItems);
  return env;
}
