import { join } from 'node:path';
import type { Express } from 'express';
import nunjucks from 'nunjucks';
import { formatLondonDateTime, formatLongDate, londonDate } from '@redress/policy';
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
 * The views as every web app renders them: the app's views first, then this library's layout and error pages, then the
 * GOV.UK Frontend macros (`govuk/components/…/macro.njk`) and MOJ Frontend's (`moj/components/…`). Autoescaping on.
 * Tests render templates through this too, so they see the filters the apps have.
 */
export function viewEnvironment(options: ViewOptions): nunjucks.Environment {
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader(
      [options.views, WEB_VIEWS, join(packageDir('govuk-frontend'), 'dist'), packageDir('@ministryofjustice/frontend')],
      { noCache: options.reloadTemplates ?? !options.production },
    ),
    { autoescape: true, throwOnUndefined: false },
  );
  env.addGlobal('serviceName', options.serviceName);
  env.addGlobal('serviceUrl', options.serviceUrl ?? '/');
  // Dates as people read them: "Tuesday 5 January 2027".
  env.addFilter('longDate', (iso: unknown) =>
    typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}/.test(iso) ? formatLongDate(iso.slice(0, 10)) : '',
  );
  // MOJ Frontend's timeline writes its dates through `mojDate`: on the London clock, never the server's time zone
  // ("Tuesday 5 January 2027 at 14:05"; with 'date', the London date the instant fell on).
  env.addFilter('mojDate', (timestamp: unknown, type?: string) => {
    if (typeof timestamp !== 'string' || Number.isNaN(Date.parse(timestamp))) return '';
    const instant = new Date(timestamp);
    return type === 'date' ? formatLongDate(londonDate(instant)) : formatLondonDateTime(instant);
  });
  env.addGlobal('dateInputItems', dateInputItems);
  return env;
}

/** Nunjucks as the Express app's view engine (`res.render('pages/…')`). */
export function setUpNunjucks(app: Express, options: ViewOptions): nunjucks.Environment {
  const env = viewEnvironment(options);
  env.express(app);
  app.set('view engine', 'njk');
  app.set('views', [options.views, WEB_VIEWS]);
  return env;
}
