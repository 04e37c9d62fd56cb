import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { isolate, pdfWords } from '@redress/platform/testing';
import type { Isolation } from '@redress/platform/testing';
import { seedHistory } from '../history/seed-history';
import { startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';
import { axeWithoutScripts, freshScreenshots, launchChromium, personWithoutScripts, signInOnProvider } from '../testing/browser';
import type { BrowserPerson as Person } from '../testing/browser';

/*
 * The report pages in real headless Chromium with JavaScript off: an analyst signs in through the local OpenID
 * provider's login form, opens the dashboard and the quarterly and annual reports, sees each chart drawn as an image
 * with a text alternative and its table beneath, with no case linked; axe-core finds no WCAG 2.2 AA violation at 375 px
 * and desktop width; a CSV and a PDF are downloaded over HTTP with the session cookie and read.
 */

jest.setTimeout(240_000);

let SCREENSHOTS = '';
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '375px', width: 375, height: 740 },
];

// Small enough to seed in well under a minute on two cores, big enough that every chart of this quarter has figures.
const HISTORY_SCALE = 0.1;

let isolation: Isolation;
let platform: RunningPlatform;
let browser: Browser;
let workspace = '';

beforeAll(async () => {
  SCREENSHOTS = freshScreenshots('workspace-reports');
  // Three financial years of history up to today, through the real code path (tools/history), at the small scale CI
  // uses, in the suite's own schemas and queues; then the platform starts on them (the seeder refuses a running one).
  isolation = isolate('workspace-reports');
  const [history, launched] = await Promise.all([
    seedHistory({ env: isolation.env, scale: HISTORY_SCALE, seed: 15, now: new Date(), workers: 0 }),
    launchChromium(),
  ]);
  browser = launched;
  console.log(`workspace-reports: history of ${history.submissions} contacts, ${history.cases} cases in ${history.seconds} s`);
  platform = await startPlatform('workspace-reports', {}, { workspace: true, isolation });
  workspace = platform.workspaceUrl!;
});

afterAll(async () => {
  await browser?.close();
  if (platform) await platform.stop();
  else await isolation?.cleanup();
});

async function signedIn(staffId: string, viewport: { width: number; height: number }): Promise<Person> {
  const person = await personWithoutScripts(browser, workspace, viewport);
  const { page } = person;
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(new URL(page.url()).origin).toBe(platform.signIn!.issuer);
  await signInOnProvider(page, staffId);
  expect(new URL(page.url()).origin).toBe(workspace);
  return person;
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
    const drawn = [];
    for (const chart of await charts.all()) {
      const label = await chart.getAttribute('aria-label');
      expect(label).toMatch(/chart of/);
      // Drawn with the seeded history: bars of some length, or lines, not just the axes.
      const marks = await chart.locator('g.role-mark path').evaluateAll((paths) => paths.map((m) => m.getAttribute('d') ?? ''));
      drawn.push({ label, marks: marks.filter((d) => d !== '' && !/^M[-\d.,]+h0v/.test(d)).length > 0 });
    }
    expect(drawn.filter((c) => !c.marks)).toEqual([]);
    // Each chart's table follows it, with its CSV download, and holds figures for the seeded periods.
    const tables = page.locator('figure.app-chart + table.govuk-table');
    expect(await tables.count()).toBe(p.charts);
    for (const table of await tables.all()) {
      const cells = await table.locator('tbody td').allTextContents();
      expect(cells.map((c) => parseInt(c.trim(), 10)).filter((n) => n > 0).length).toBeGreaterThan(0);
    }
    expect(await page.getByRole('link', { name: /\(CSV\)$/ }).count()).toBe(await page.locator('table.govuk-table').count());
    expect(await page.locator('a[href^="/cases"]').count()).toBe(0);
    expect(await axeWithoutScripts(analyst)).toEqual([]);
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

describe('a period there is no report for', () => {
  let analyst: Person;
  beforeAll(async () => {
    analyst = await signedIn('hart-analyst', WIDTHS[0]);
  });
  afterAll(() => analyst?.context.close());

  const BAD = [
    { path: '/reports/annual?year=banana', field: 'year', message: /^Choose a financial year from the list/ },
    { path: '/reports/annual?year=2031', field: 'year', message: /^The financial year 2031 to 2032 has not started yet/ },
    { path: '/reports/quarterly?year=2025&quarter=7', field: 'quarter', message: /^Choose a quarter from 1 to 4/ },
    { path: '/reports/quarterly?year=1999&quarter=1', field: 'year', message: /^There are no figures before April 2000/ },
  ];

  it.each(BAD)('$path: an error summary (400) that says what to choose, then the report', async (b) => {
    const { page } = analyst;
    const response = await page.goto(b.path);
    expect(response?.status()).toBe(400);
    const summary = page.locator('.govuk-error-summary');
    expect((await summary.locator('h2').textContent())?.trim()).toBe('There is a problem');
    const link = summary.locator('a');
    expect(await link.count()).toBe(1);
    expect((await link.textContent())?.trim()).toMatch(b.message);
    expect(await link.getAttribute('href')).toBe(`#${b.field}`);
    expect(await page.locator(`#${b.field}-error`).textContent()).toMatch(new RegExp(b.message.source.replace(/^\^/, '')));
    expect(await axeWithoutScripts(analyst)).toEqual([]);
    // The form on the same page puts it right.
    await page.getByLabel('Financial year').selectOption('2025');
    if (b.path.includes('quarterly')) await page.getByLabel('Quarter').selectOption('2');
    await page.getByRole('button', { name: 'Show report' }).click();
    expect(page.url()).toMatch(/year=2025/);
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);
    expect(await page.locator('figure.app-chart').count()).toBeGreaterThan(0);
  });

  it('refuses a bad period for a CSV or a PDF the same way, never a 500', async () => {
    const cookie = (await analyst.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    for (const path of ['/reports/annual/summary.csv?year=20x6', '/reports/quarterly.pdf?year=2026&quarter=0']) {
      const res = await fetch(`${workspace}${path}`, { headers: { cookie } });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('There is a problem');
    }
  });
});

describe('the self-assessment and the report’s own words, on the annual report', () => {
  let coordinator: Person;
  const evidence = 'The complaints policy page, reviewed by the Overview and Scrutiny Committee in June 2026.';
  const action = 'Publish the self-assessment on the council website.';
  const response = 'Cabinet noted the report and asked for a review of Stage 2 timescales.';
  const letter = 'The Ombudsman upheld two complaints and found no fault in one.';
  let section = '';

  beforeAll(async () => {
    coordinator = await signedIn('hart-coordinator', WIDTHS[0]);
  });
  afterAll(() => coordinator?.context.close());

  it('the complaints coordinator records a requirement: a missing answer is shown in the error summary, then it is saved', async () => {
    const { page } = coordinator;
    await page.goto('/reports/annual?year=2026');
    const rows = page.locator('.app-self-assessment__row');
    expect(await rows.count()).toBeGreaterThan(5);
    // Every row has its form.
    expect(await page.locator('form[action="/reports/annual/self-assessment"]').count()).toBe(await rows.count());
    const row = rows.first();
    section = (await row.locator('input[name="section"]').getAttribute('value'))!;
    await row.locator('summary').click();
    await row.getByRole('radio', { name: 'No' }).check();
    await row.getByLabel(`Evidence for ${section}`).fill(evidence);
    await row.getByLabel(`Action for ${section}`, { exact: true }).fill('');
    await row.getByRole('button', { name: `Save the assessment of ${section}` }).click();
    // Not compliant, with no action: refused, with what was typed kept and the row's form open.
    const summary = page.locator('.govuk-error-summary');
    expect((await summary.locator('h2').textContent())?.trim()).toBe('There is a problem');
    expect(await summary.locator('a').allTextContents()).toEqual([
      `Enter the action for requirement ${section}: what will change so that the council meets it`,
      `Enter the date the action for requirement ${section} will be done by`,
    ]);
    const again = page.locator('.app-self-assessment__row').first();
    expect(await again.getByLabel(`Evidence for ${section}`).inputValue()).toBe(evidence);
    expect(await axeWithoutScripts(coordinator)).toEqual([]);
    await again.getByLabel(`Action for ${section}`, { exact: true }).fill(action);
    await again.getByLabel('Day').fill('31');
    await again.getByLabel('Month').fill('3');
    await again.getByLabel('Year').fill('2027');
    await again.getByRole('button', { name: `Save the assessment of ${section}` }).click();
    expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
      `Self-assessment of requirement ${section} recorded.`,
    );
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);
    const saved = page.locator('.app-self-assessment__row').first();
    const shown = (await saved.locator('.govuk-summary-list').textContent())!.replace(/\s+/g, ' ');
    expect(shown).toContain('Compliant No');
    expect(shown).toContain(evidence);
    expect(shown).toContain(`${action}, by 31 March 2027`);
  });

  it('records the governing body’s response and the Ombudsman’s annual letter, shown on the page and in the PDF', async () => {
    const { page } = coordinator;
    await page.goto('/reports/annual?year=2026');
    await page.getByLabel('The governing body’s response to this report').fill(response);
    await page.getByLabel('A summary of the Ombudsman’s annual letter').fill(letter);
    await page.getByRole('button', { name: 'Save the response and the letter' }).click();
    expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain('are saved');
    const words = await page.locator('.app-report-words').allTextContents();
    expect(words.map((w) => w.trim())).toEqual([response, letter]);
    expect(await axeWithoutScripts(coordinator)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'annual-coordinator.png'), fullPage: true });

    const cookie = (await coordinator.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const pdf = await fetch(`${workspace}/reports/annual.pdf?year=2026`, { headers: { cookie } });
    expect(pdf.status).toBe(200);
    const text = await pdfWords(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('Self-assessment against the Complaint Handling Code');
    expect(text).toContain(`Evidence: ${evidence}`);
    expect(text).toContain(`Action: ${action}, by 31 March 2027`);
    expect(text).toContain(response);
    expect(text).toContain(letter);
  });

  it('shows the API’s refusal in the error summary: Hart’s informal stage means it cannot claim to meet 5.2', async () => {
    const { page } = coordinator;
    await page.goto('/reports/annual?year=2026');
    const row = page.locator('#sa-5-2');
    expect(await row.locator('.govuk-summary-list').textContent()).toMatch(/Compliant\s*No/);
    await row.locator('summary').click();
    await row.getByRole('radio', { name: 'Yes' }).check();
    await row.getByLabel('Evidence for 5.2').fill('Stage 1 is the first formal stage.');
    await row.getByRole('button', { name: 'Save the assessment of 5.2' }).click();
    const link = page.locator('.govuk-error-summary a');
    expect(await link.count()).toBe(1);
    expect(await link.textContent()).toMatch(
      /^The policy itself does not meet 5\.2: .*informal resolution stage.* Record it as not compliant, with an action\.$/,
    );
    expect(await link.getAttribute('href')).toBe('#sa-5-2-compliant');
    expect(await page.locator('#sa-5-2 details').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#sa-5-2-evidence').inputValue()).toBe('Stage 1 is the first formal stage.');
    // Nothing was recorded.
    expect(await page.locator('#sa-5-2 .govuk-summary-list').textContent()).not.toContain('Stage 1 is the first formal stage.');
  });

  it.each(['hart-analyst', 'hart-member'])('%s reads the rows and the words, with no form to change them', async (staffId) => {
    const reader = await signedIn(staffId, WIDTHS[0]);
    try {
      await reader.page.goto('/reports/annual?year=2026');
      expect(await reader.page.locator('form[method="post"][action^="/reports/annual/"]').count()).toBe(0);
      const first = (await reader.page.locator('.app-self-assessment__row').first().textContent())!.replace(/\s+/g, ' ');
      expect(first).toContain(evidence);
      expect((await reader.page.locator('.app-report-words').allTextContents()).map((w) => w.trim())).toEqual([response, letter]);
      // Posting anyway, with a good CSRF token (the sign-out form's), is refused for the role.
      const token = await reader.page.locator('input[name="_csrf"]').first().getAttribute('value');
      const cookie = (await reader.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      const res = await fetch(`${workspace}/reports/annual/words`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: token!, year: '2026', governanceResponse: 'x' }).toString(),
        redirect: 'manual',
      });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('Your role does not record the annual report’s self-assessment');
    } finally {
      await reader.context.close();
    }
  });
});

describe('the Member Responsible for Complaints', () => {
  it('sees the dashboard with aggregates only: no case, no person, small numbers withheld', async () => {
    const member = await signedIn('hart-member', WIDTHS[0]);
    try {
      const { page } = member;
      await page.goto('/reports');
      expect((await page.locator('h1').textContent())?.trim()).toBe('Complaints dashboard');
      expect(await page.locator('figure.app-chart svg[role="img"]').count()).toBe(5);
      const summary = await page.locator('#table-summary tbody').textContent();
      expect(summary).toMatch(/Complaints received\s*(\d+|fewer than 5)/);
      expect(await page.locator('.govuk-inset-text').textContent()).toContain('fewer than 5');
      expect(await page.locator('a[href^="/cases"]').count()).toBe(0);
      const main = (await page.locator('main').textContent())!;
      // No case reference and no email address anywhere on the page.
      expect(main).not.toMatch(/\b[A-Z]{2,8}-\d{4}-\d{6}\b/);
      expect(main).not.toMatch(/@/);
      expect(await axeWithoutScripts(member)).toEqual([]);
    } finally {
      await member.context.close();
    }
  });
});
