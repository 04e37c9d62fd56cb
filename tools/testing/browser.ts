import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { SIGN_IN } from '../sign-in/sign-in-settings';
import { ROOT } from '../processes';

/*
 * What the browser suites share: Debian's Chromium, headless; a person's browser with JavaScript off; axe-core's WCAG 2.2
 * AA check over a page as it loaded without scripts; the local OpenID provider's sign-in form; the screenshots folder.
 */

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Debian's chromium (tools/ensure-services.sh installs it), without the background traffic a test has no use for. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** tmp/screenshots/<suite>, emptied: a person looks at what the last run saw (git-ignored; CI keeps tmp/ as artefacts). */
export function freshScreenshots(suite: string): string {
  const dir = join(ROOT, 'tmp', 'screenshots', suite);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface BrowserPerson {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/**
 * How long one browser step (a navigation, a click, a wait for an element) may take before the test fails. Tests do not
 * time pages (the bench does): in CI two suites each run a whole platform and a Chromium on two cores, where a report
 * page that takes 1 s alone has taken over 15 s. Only a page that never comes should fail here.
 */
export const STEP_TIMEOUT_MS = 60_000;

/**
 * A browser context of one person's, JavaScript off. Scripts are off through the DevTools protocol (what
 * `javaScriptEnabled: false` does), so that they can be let on for a moment to run axe-core over the page as it
 * loaded without them (axe never finishes in a context that has JavaScript off).
 */
export async function personWithoutScripts(
  browser: Browser,
  baseURL: string,
  viewport?: { width: number; height: number },
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<BrowserPerson> {
  const context = await browser.newContext({
    baseURL,
    ...(viewport ? { viewport: { width: viewport.width, height: viewport.height } } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  const cdp = await context.newCDPSession(page);
  await scripts(cdp, false);
  return { context, page, cdp };
}

export const scripts = (cdp: CDPSession, on: boolean) => cdp.send('Emulation.setScriptExecutionDisabled', { value: !on });

/** axe-core's WCAG 2.2 AA violations on the page as it is (evaluated, so the content security policy does not stop it). */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await page.evaluate(
    `${AXE}; axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} }, resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => n.target.join(' ')).join(', ') + ')'))`,
  )) as string[];
}

/** axe-core over the page as it loaded with JavaScript off: scripts are let on for the run only. */
export async function axeWithoutScripts({ page, cdp }: BrowserPerson): Promise<string[]> {
  // The page's own scripts never ran: GOV.UK Frontend marks the body js-enabled when they do.
  if ((await page.locator('body').getAttribute('class'))?.includes('js-enabled')) throw new Error('the page ran its scripts');
  await scripts(cdp, true);
  try {
    return await axeViolations(page);
  } finally {
    await scripts(cdp, false);
  }
}

/** Fills the local OpenID provider's own sign-in form, as a person does, wherever the app sent the browser. */
export async function signInOnProvider(page: Page, staffId: string): Promise<void> {
  await page.getByLabel('Staff id').fill(staffId);
  await page.getByLabel('Password').fill(SIGN_IN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
