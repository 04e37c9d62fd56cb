import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { pdfWords } from '@redress/platform/testing';
import { ROOT } from '../processes';
import { startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

/*
 * The report pages in real headless Chromium with JavaScript off: an analyst signs in through the local OpenID
 * provider's login form, opens the dashboard and the quarterly and annual reports, sees each chart drawn as an image
 * with a text alternative and its table beneath, with no case linked; axe-core finds no WCAG 2.2 AA violation at 375 px
 * and desktop width; a CSV and a PDF are downloaded over HTTP with the session cookie and read.
 */

jest.setTimeout(240_000);

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENSHOTS = join(ROOT, 'tmp', 'screenshots', 'workspace-reports');
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '375px', width: 375, height: 740 },
];

let platform: RunningPlatform;
let browser: Browser;
let workspace = '';

beforeAll(async () => {
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  [platform, browser] = await Promise.all([
    startPlatform('workspace-reports', {}, { workspace: true }),
    chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }),
  ]);
  workspace = platform.workspaceUrl!;
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

interface Person {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

async function signedIn(staffId: string, viewport: { width: number; height: number }): Promise<Person> {
  const context = await browser.newContext({ baseURL: workspace, viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(new URL(page.url()).origin).toBe(platform.signIn!.issuer);
  await page.getByLabel('Staff id').fill(staffId);
  await page.getByLabel('Password').fill('redress');
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(new URL(page.url()).origin).toBe(workspace);
  return { context, page, cdp };
}

async function accessibilityViolations({ page, cdp }: Person): Promise<string[]> {
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
  const violations = await page.evaluate(
    `${AXE}; axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} } })
      .then((r) => r.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => n.target.join(' ')).join(', ') + ')'))`,
  );
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  return violations as string[];
}

const PAGES = [
  { path: '/reports', h1: 'Complaints dashboard', charts: 5, name: 'dashboard' },
  { path: '/reports/quarterly?year=2026&quarter=2', h1: 'Quarterly complaints report', charts: 4, name: 'quarterly' },
  { path: '/reports/annual?year=2026', h1: 'Annual complaints performance and service improvement report', charts: 5, name: 'annual' },
];

describe.each(WIDTHS)('the report pages at $name width, for an analyst', (viewport) => {
  let analyst: Person;
  beforeAll(async () => {
    analyst = await signedIn('hart-analyst', viewport);
  });
  afterAll(() => analyst?.context.close());

  it.each(PAGES)('$name: charts with text alternatives and tables, no case linked, no axe violation', async (p) => {
    const { page } = analyst;
    await page.goto(p.path);
    expect((await page.locator('h1').textContent())?.trim()).toBe(p.h1);
    const charts = page.locator('figure.app-chart svg[role="img"]');
    expect(await charts.count()).toBe(p.charts);
    for (const chart of await charts.all()) {
      expect(await chart.getAttribute('aria-label')).toMatch(/chart of/);
      expect(await chart.locator('path').count()).toBeGreaterThan(0);
    }
    // Each chart's table follows it, with its CSV download.
    expect(await page.locator('figure.app-chart + table.govuk-table').count()).toBe(p.charts);
    expect(await page.getByRole('link', { name: /\(CSV\)$/ }).count()).toBe(await page.locator('table.govuk-table').count());
    expect(await page.locator('a[href^="/cases"]').count()).toBe(0);
    expect(await accessibilityViolations(analyst)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `${p.name}-${viewport.name}.png`), fullPage: true });
  });

  if (viewport.name === 'desktop')
    it('downloads a table as CSV and the report as a PDF, with the session cookie', async () => {
      const cookie = (await analyst.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      const csv = await fetch(`${workspace}/reports/annual/by-service-area.csv?year=2026`, { headers: { cookie } });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      expect((await csv.text()).split('\r\n')[0]).toBe(
        'Service area,Complaints received,Responses,Upheld,Partly upheld,Not upheld,On time,Late,Escalated',
      );
      const pdf = await fetch(`${workspace}/reports/quarterly.pdf?year=2026&quarter=2`, { headers: { cookie } });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const words = await pdfWords(Buffer.from(await pdf.arrayBuffer()));
      expect(words).toContain('Quarterly complaints report');
      expect(words).toContain('Quarter 2 of 2026 to 27: July to September 2026');
      expect(words).toContain('Complaints by service area');
      // Without the session, nothing is given away.
      const anonymous = await fetch(`${workspace}/reports/annual/summary.csv`, { redirect: 'manual' });
      expect(anonymous.status).not.toBe(200);
    });
});
