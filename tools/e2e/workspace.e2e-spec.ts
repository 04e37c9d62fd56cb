import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { Browser, Page } from 'playwright-core';
import { eventually, gql, seededStaffTokens, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';
import {
  axeWithoutScripts,
  freshScreenshots,
  launchChromium,
  personWithoutScripts,
  signInOnProvider as fillProviderForm,
} from '../testing/browser';
import type { BrowserPerson as Person } from '../testing/browser';

/*
 * The staff workspace in real headless Chromium with JavaScript off, against the running platform, each person signing
 * in through the local OpenID provider's own login form (the authorization-code flow production runs): sign-in and
 * sign-out (the provider's session ends too); an idle session's end, said on the sign-in page; the work queues showing a
 * case opened from the web form, sorted and filtered by links and a GET form, searched by a posted term that never
 * reaches an address; a contact-centre agent at 375 px logging a telephone complaint and reading back its reference,
 * then finding where it stands; an analyst seeing no case page; a Hart officer refused a Hampshire case by address;
 * the alerts inbox; the coordinator's directory. axe-core finds no WCAG 2.2 AA violation on any page template, at 375 px
 * and desktop width (screenshots of each in tmp/screenshots/workspace).
 */

jest.setTimeout(240_000);

let SCREENSHOTS = '';
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '375px', width: 375, height: 740 },
];
const STAFF = ['hart-officer', 'hart-head-of-service', 'hampshire-officer'] as const;

let platform: RunningPlatform;
let browser: Browser;
let redis: Redis;
let workspace = '';
let tokens: Record<string, string> = {};
/** The seeded cases: a Hart bin complaint, a Hampshire road complaint, a Hart compliment (its Head of Service alerted). */
const seeded = { hart: '', hampshire: '', compliment: '' };

const SUBMIT = 'mutation S($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { reference outcome } }';

async function submit(input: Record<string, unknown>): Promise<string> {
  const res = await gql<{ submitFeedback: { reference: string } }>(platform.gatewayUrl, SUBMIT, { input });
  if (res.errors) throw new Error(res.errors[0].message);
  return res.data!.submitFeedback.reference;
}

/** The case a reference names, once casework has opened it, as that council's staff read it through the gateway. */
const openedCase = (reference: string, who: (typeof STAFF)[number]) =>
  eventually(async () => {
    const res = await gql<{ case: { id: string; channel: string; receivedAt: string; summary: string } | null }>(
      platform.gatewayUrl,
      'query C($r: String!) { case(reference: $r) { id channel receivedAt summary } }',
      { r: reference },
      tokens[who],
    );
    return res.data?.case ?? null;
  }, 30_000);

beforeAll(async () => {
  SCREENSHOTS = freshScreenshots('workspace');
  [platform, browser] = await Promise.all([startPlatform('workspace', {}, { workspace: true }), launchChromium()]);
  workspace = platform.workspaceUrl!;
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  tokens = await seededStaffTokens(STAFF);
  const resident = (name: string, email: string) => ({ type: 'RESIDENT', name, email });
  seeded.hart = await submit({
    councilId: 'hart',
    kind: 'COMPLAINT',
    channel: 'WEB_FORM',
    serviceArea: 'waste',
    summary: 'Green bin missed three weeks running',
    details: 'Our green bin has not been emptied on the last three collection days.',
    complainant: resident('Jo Bloggs', 'jo.bloggs@example.org'),
  });
  seeded.hampshire = await submit({
    councilId: 'hampshire',
    kind: 'COMPLAINT',
    channel: 'WEB_FORM',
    serviceArea: 'highways',
    summary: 'Pothole on the A30 not repaired',
    details: 'A deep pothole outside number 12 has been reported twice.',
    complainant: resident('Sam Hill', 'sam.hill@example.org'),
  });
  seeded.compliment = await submit({
    councilId: 'hart',
    kind: 'COMPLIMENT',
    channel: 'WEB_FORM',
    serviceArea: 'waste',
    summary: 'The bin crew were kind',
    details: 'The crew on Fleet Road put our bins back every week.',
    praised: 'The Fleet Road crew',
  });
  await Promise.all([openedCase(seeded.hart, 'hart-officer'), openedCase(seeded.hampshire, 'hampshire-officer')]);
});

afterAll(async () => {
  await browser?.close();
  redis?.disconnect();
  await platform?.stop();
});

// ---------------------------------------------------------------- a person at a browser

/** A browser of its own for one person, JavaScript off. */
const person = (viewport = WIDTHS[0]): Promise<Person> => personWithoutScripts(browser, workspace, viewport);

/** Signs in on the local OpenID provider's own page, as a person does, from wherever the workspace sent them. */
async function signInOnProvider(page: Page, staffId: string): Promise<void> {
  expect(new URL(page.url()).origin).toBe(platform.signIn!.issuer);
  await fillProviderForm(page, staffId);
}

/** A person signed in, from the workspace's sign-in page. */
async function signedIn(staffId: string, viewport = WIDTHS[0]): Promise<Person> {
  const p = await person(viewport);
  await p.page.goto('/sign-in');
  await p.page.getByRole('button', { name: 'Sign in' }).click();
  await signInOnProvider(p.page, staffId);
  expect(new URL(p.page.url()).origin).toBe(workspace);
  return p;
}

const h1 = async (page: Page) => (await page.locator('h1').first().textContent())?.trim() ?? '';
const mainText = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

/** Every page template checked: its name, once each at each width. */
const checked: string[] = [];

/**
 * The page is the one expected (its heading), and the first time this template is seen it passes axe-core at desktop
 * width and at 375 px, nothing scrolls sideways at 375 px but a table in its own scrolling region, and a screenshot of
 * each width is kept.
 */
async function onPage(p: Person, template: string, heading: RegExp | string): Promise<void> {
  const title = await h1(p.page);
  if (typeof heading === 'string') expect(title).toBe(heading);
  else expect(title).toMatch(heading);
  if (checked.includes(template)) return;
  checked.push(template);
  const current = p.page.viewportSize()!;
  for (const size of WIDTHS) {
    await p.page.setViewportSize(size);
    await p.page.screenshot({
      path: join(SCREENSHOTS, `${String(checked.length).padStart(2, '0')}-${template}-${size.name}.png`),
      fullPage: true,
    });
    const sideways = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect({ template, width: size.width, violations: await axeWithoutScripts(p), sideways }).toEqual({
      template,
      width: size.width,
      violations: [],
      sideways: 0,
    });
  }
  await p.page.setViewportSize(current);
}

/** The reference links in the queue or search table on the page. */
const tableReferences = (page: Page) => page.locator('table tbody tr td:first-child a').allTextContents();

// ---------------------------------------------------------------- an officer: signing in, the work queues

describe('an officer signs in through the council’s OpenID provider and works the queues', () => {
  let officer: Person;
  afterAll(() => officer?.context.close());

  it('sends someone not signed in to sign in, through the provider’s own page, and back to the page they asked for', async () => {
    officer = await person();
    const p = officer;
    await p.page.goto('/queues/unassigned');
    await onPage(p, 'sign-in', 'Sign in to the staff workspace');
    await p.page.getByRole('button', { name: 'Sign in' }).click();
    // The provider's login form: a wrong password is refused there, in words.
    await p.page.getByLabel('Staff id').fill('hart-officer');
    await p.page.getByLabel('Password').fill('guess');
    await p.page.getByRole('button', { name: 'Sign in' }).click();
    expect(await p.page.getByRole('alert').textContent()).toMatch(/Enter a seeded staff id and the development password/);
    await signInOnProvider(p.page, 'hart-officer');
    expect(p.page.url()).toBe(`${workspace}/queues/unassigned`);
    expect(await p.page.locator('.app-signed-in').textContent()).toMatch(/Signed in as Amy Clarke \(Officer\)/);
    expect(await p.page.locator('header').textContent()).toContain('Hart District Council');

    // The tokens stay on the server: the workspace gives the browser its session cookie and CSRF cookie, and no token
    // reaches the browser in any cookie (the provider's own are the provider's).
    const cookies = await p.context.cookies(workspace);
    expect(
      cookies
        .filter((c) => c.name.startsWith('redress.'))
        .map((c) => c.name)
        .sort(),
    ).toEqual(['redress.workspace', 'redress.workspace.csrf']);
    expect(cookies.find((c) => c.name === 'redress.workspace')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(cookies.some((c) => /eyJ/.test(decodeURIComponent(c.value)))).toBe(false);
  });

  it('shows the seeded case in the officer’s unassigned queue, with its stage, time left and no one assigned', async () => {
    await officer.page.goto('/queues/unassigned');
    await onPage(officer, 'queue', 'Unassigned');
    const row = officer.page.locator('table tbody tr', { hasText: seeded.hart });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(
      /Green bin missed three weeks running Complaint Informal resolution Open \d+ working days? left .* Unassigned/,
    );
    // Hampshire's case is nowhere in a Hart officer's queues.
    expect(await tableReferences(officer.page)).not.toContain(seeded.hampshire);
    expect(await officer.page.locator('table tbody tr td:first-child a', { hasText: seeded.hart }).getAttribute('href')).toBe(
      `/cases/${seeded.hart}`,
    );
    // The queues a Hart officer works, and not the coordinator's sign-off queue.
    const queues = await officer.page.locator('.moj-side-navigation a').allTextContents();
    expect(queues.map((q) => q.trim())).toEqual([
      'My cases',
      'My team’s cases',
      'Unassigned',
      'Overdue',
      'Due in the next 5 working days',
      'With the Ombudsman',
    ]);
  });

  it('sorts on the server with heading links, and filters with a plain GET form', async () => {
    await officer.page.goto('/queues/team');
    await officer.page.getByRole('link', { name: /Received/ }).click();
    expect(new URL(officer.page.url()).searchParams.get('sort')).toBe('oldest');
    expect(await officer.page.locator('th[aria-sort="ascending"]').textContent()).toContain('Received');
    expect(await tableReferences(officer.page)).toContain(seeded.hart);
    await officer.page.getByLabel('Service area').selectOption({ label: 'Street cleaning' });
    await officer.page.getByRole('button', { name: 'Apply filters' }).click();
    expect(new URL(officer.page.url()).searchParams.get('serviceArea')).toBe('street-cleaning');
    expect(await mainText(officer.page)).toContain('There are no cases in this queue with these filters.');
    await officer.page.getByLabel('Service area').selectOption({ label: 'Bin collection and recycling' });
    await officer.page.getByRole('button', { name: 'Apply filters' }).click();
    expect(await tableReferences(officer.page)).toEqual([seeded.hart]);
  });

  it('finds a case by reference or by the complainant’s name, the words never in the address', async () => {
    await officer.page.goto('/queues/mine');
    await officer.page.getByLabel('Find a case').fill('Jo Bloggs');
    await officer.page.getByRole('button', { name: 'Search', exact: true }).click();
    await onPage(officer, 'search', 'Cases found');
    expect(officer.page.url()).toBe(`${workspace}/search`);
    expect(await tableReferences(officer.page)).toEqual([seeded.hart]);
    await officer.page.getByLabel('Find a case').fill(seeded.hart.toLowerCase());
    await officer.page.getByRole('button', { name: 'Search', exact: true }).click();
    expect(await tableReferences(officer.page)).toEqual([seeded.hart]);
    // Another council's reference finds nothing.
    await officer.page.getByLabel('Find a case').fill(seeded.hampshire);
    await officer.page.getByRole('button', { name: 'Search', exact: true }).click();
    expect(await mainText(officer.page)).toContain(`No cases found for “${seeded.hampshire}”`);
    // An empty search is an error on the page, linked to the field.
    await officer.page.getByLabel('Find a case').fill('');
    await officer.page.getByRole('button', { name: 'Search', exact: true }).click();
    await onPage(officer, 'search-error', /Cases found|Find a case/);
    expect(await officer.page.locator('.govuk-error-summary a').getAttribute('href')).toBe('#term');
    expect(officer.page.url()).not.toContain('Bloggs');
  });

  it('a Hart officer cannot open a Hampshire case by its address: the page says so, in words', async () => {
    // Their own council's case opens from the queue (the case pages are the case helper's: here only that it opens).
    await officer.page.goto('/queues/unassigned');
    await officer.page.getByRole('link', { name: seeded.hart }).click();
    expect(officer.page.url()).toBe(`${workspace}/cases/${seeded.hart}`);
    expect(await mainText(officer.page)).toContain('Green bin missed three weeks running');
    const res = await officer.page.goto(`/cases/${seeded.hampshire}`);
    expect(res?.status()).toBe(404);
    await onPage(officer, 'not-found', 'Page not found');
    expect(await mainText(officer.page)).toContain('Staff see the cases of their own council only.');
    expect(await mainText(officer.page)).not.toContain('Pothole');
  });

  it('the directory is the coordinator’s: an officer is told their role does not see it', async () => {
    expect(await officer.page.getByRole('link', { name: 'Staff directory' }).count()).toBe(0);
    const res = await officer.page.goto('/directory');
    expect(res?.status()).toBe(403);
    await onPage(officer, 'forbidden', 'You cannot see this page');
    expect(await mainText(officer.page)).toContain('Your role does not see the staff directory.');
  });

  /** The officer's session in Redis, by the id their cookie carries. */
  const sessionKey = async () => {
    const sid = decodeURIComponent((await officer.context.cookies(workspace)).find((c) => c.name === 'redress.workspace')!.value);
    return `${platform.isolation.env.QUEUE_PREFIX}:workspace:session:${sid.slice(2, sid.lastIndexOf('.'))}`;
  };

  it('renews an access token at its end through the provider’s session, without asking for the password again', async () => {
    const key = await sessionKey();
    const session = JSON.parse((await redis.get(key))!) as { signedIn: { accessToken: string; expiresAt: number } };
    const before = session.signedIn.accessToken;
    session.signedIn.expiresAt = Date.now(); // the token's end, as the provider gave it
    await redis.set(key, JSON.stringify(session), 'KEEPTTL');
    await officer.page.goto('/queues/overdue');
    expect(officer.page.url()).toBe(`${workspace}/queues/overdue`);
    expect(await h1(officer.page)).toBe('Overdue');
    const renewed = JSON.parse((await redis.get(await sessionKey()))!) as { signedIn: { accessToken: string; expiresAt: number } };
    expect(renewed.signedIn.accessToken).not.toBe(before);
    expect(renewed.signedIn.expiresAt).toBeGreaterThan(Date.now() + 30 * 60_000);
  });

  it('ends a session left idle (its time-to-live in Redis) and says so on the sign-in page', async () => {
    // With JavaScript, the timeout warning (in the workspace's words) opens two minutes before the end.
    expect(await officer.page.locator('dialog.redress-timeout-warning h2').textContent()).toBe('You will be signed out soon');
    const key = await sessionKey();
    // Each request renews the session for the idle time (30 minutes), and no longer.
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(29 * 60);
    expect(ttl).toBeLessThanOrEqual(30 * 60);
    await redis.del(key); // what Redis does when the time-to-live runs out
    await officer.page.goto('/queues/team');
    expect(await h1(officer.page)).toBe('Sign in to the staff workspace');
    expect(await mainText(officer.page)).toContain('You were signed out because you did not do anything for 30 minutes');
  });
});

// ---------------------------------------------------------------- the contact centre, on a phone

describe('the contact centre at 375 px', () => {
  let agent: Person;
  let reference = '';
  beforeAll(async () => {
    agent = await signedIn('hart-contact-centre', WIDTHS[1]);
  });
  afterAll(() => agent.context.close());

  it('lands on the contact centre; an empty form shows the GOV.UK error summary linking to each field', async () => {
    await onPage(agent, 'contact-centre', 'Contact centre');
    expect(await agent.page.getByRole('link', { name: 'Work queues' }).count()).toBe(0);
    await agent.page.getByRole('button', { name: 'Log a contact' }).click();
    await onPage(agent, 'log-contact', 'Log a contact');
    await agent.page.getByRole('button', { name: 'Log the contact' }).click();
    await onPage(agent, 'log-contact-errors', 'Log a contact');
    const summary = agent.page.locator('.govuk-error-summary');
    expect(await summary.locator('a').allTextContents()).toEqual([
      'Select what kind of contact it is',
      'Select the service it is about',
      'Enter a short summary',
      'Enter what they told you',
    ]);
    expect(await summary.locator('a').first().getAttribute('href')).toBe('#kind');
  });

  it('logs a telephone complaint received earlier today and reads back the reference and the promised dates', async () => {
    const page = agent.page;
    await page.getByLabel('Complaint', { exact: true }).check();
    // Telephone is already chosen; the time it was received is set earlier than now (and the date is today's).
    const channel = page.getByRole('group', { name: 'How it was made' });
    expect(await channel.getByLabel('Telephone').isChecked()).toBe(true);
    await page.getByLabel('Time received').fill('00:01');
    await page.getByLabel('Service', { exact: true }).selectOption({ label: 'Bin collection and recycling' });
    await page.getByLabel('Short summary').fill('Assisted collection missed again');
    await page.getByLabel('What they told you').fill('The caller says the assisted bin collection was missed for the third week.');
    await page.getByLabel('Name', { exact: true }).fill('Pat Doe');
    await page.getByLabel('Phone number (optional)').fill('01252 000000');
    await page
      .getByRole('group', { name: /How they want us to contact them/ })
      .getByLabel('Telephone')
      .check();
    let sent = '';
    page.once('request', (r) => {
      if (r.method() === 'POST') sent = r.postData() ?? '';
    });
    await page.getByRole('button', { name: 'Log the contact' }).click();
    await onPage(agent, 'contact-logged', 'Complaint logged');
    reference = ((await page.locator('#reference').textContent()) ?? '').trim();
    expect(reference).toMatch(/^HDC-\d{4}-\d{6}$/);
    const readBack = await mainText(page);
    expect(readBack).toContain(`Your reference ${reference}`);
    expect(readBack).toMatch(/We will acknowledge it by \w+day \d{1,2} \w+ \d{4}/);
    expect(readBack).toMatch(/We will respond by \w+day \d{1,2} \w+ \d{4}/);
    expect(readBack).toContain('recorded as received by telephone');
    // The case opened from it says how it came in and when: today, at one minute past midnight, London time.
    const opened = await openedCase(reference, 'hart-officer');
    expect(opened).toMatchObject({ channel: 'TELEPHONE', summary: 'Assisted collection missed again' });
    const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
    expect(london.format(new Date(opened.receivedAt))).toBe('00:01');
    // The same form sent again (a double tap, a retry): the same reference, no second record.
    const again = await page.request.post('/contact-centre/log', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: sent,
    });
    expect(again.url()).toBe(`${workspace}/contact-centre/logged`);
    expect(await again.text()).toContain(reference);
  });

  it('finds where the case stands by its reference, to tell the caller', async () => {
    await agent.page.getByRole('link', { name: 'Back to the contact centre' }).click();
    await agent.page.getByLabel('Reference').fill(reference.toLowerCase());
    await agent.page.getByRole('button', { name: 'Find the case' }).click();
    await onPage(agent, 'case-standing', `Where ${reference} stands`);
    const standing = await mainText(agent.page);
    expect(standing).toContain('Complaint about bin collection and recycling');
    expect(standing).toMatch(/Acknowledged Not yet: due by \w+day/);
    expect(standing).toMatch(/Handled by Not assigned yet/);
    expect(agent.page.url()).toBe(`${workspace}/contact-centre/case`);
    // Another council's reference is not found here either.
    await agent.page.goto('/contact-centre');
    await agent.page.getByLabel('Reference').fill(seeded.hampshire);
    await agent.page.getByRole('button', { name: 'Find the case' }).click();
    await onPage(agent, 'case-standing-not-found', 'No case with that reference');
  });

  it('refuses a form sent without its CSRF token', async () => {
    const res = await agent.page.request.post('/contact-centre/find', { form: { reference: seeded.hart } });
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain('Your form could not be sent');
  });
});

// ---------------------------------------------------------------- who sees what

describe('roles', () => {
  it('an analyst sees the figures and no case page at all', async () => {
    const analyst = await signedIn('hart-analyst');
    expect(analyst.page.url()).toBe(`${workspace}/home`);
    await onPage(analyst, 'home', 'Staff workspace');
    expect(await mainText(analyst.page)).toContain('Your role sees the council’s figures, never a case or the people in it.');
    expect(await mainText(analyst.page)).toContain('Open and overdue now');
    const nav = (await analyst.page.locator('header nav a').allTextContents()).map((t) => t.trim());
    expect(nav).toEqual(['Home', 'Reports', 'Alerts']);
    for (const path of [`/cases/${seeded.hart}`, '/queues/mine', '/contact-centre', '/search']) {
      const res = await analyst.page.goto(path);
      expect({ path, status: res?.status(), heading: await h1(analyst.page) }).toEqual({
        path,
        status: 403,
        heading: 'You cannot see this page',
      });
      expect(await mainText(analyst.page)).not.toContain('Green bin');
    }
    await analyst.context.close();
  });

  it('the coordinator reads the directory of their own council, then signs out of the workspace and of the provider', async () => {
    const coordinator = await signedIn('hart-coordinator');
    await coordinator.page.getByRole('link', { name: 'Staff directory' }).click();
    await onPage(coordinator, 'directory', 'Staff directory');
    const amy = (await coordinator.page.locator('tbody tr', { hasText: 'Amy Clarke' }).innerText()).replace(/\s+/g, ' ');
    expect(amy).toMatch(/Amy Clarke hart-officer Officer Bin collection and recycling, Street cleaning, Environmental health Tom Briggs/);
    expect(await mainText(coordinator.page)).not.toContain('Sara Khan');
    // The coordinator's queues are the whole council's, with the sign-off queue Hart's Stage 2 needs.
    await coordinator.page.goto('/queues/team');
    expect(await h1(coordinator.page)).toBe('All cases');
    expect(await coordinator.page.locator('.moj-side-navigation').textContent()).toContain('Awaiting my sign-off');

    // Signing out: the provider asks to confirm ending its own session (RP-initiated logout), then sends them back.
    await coordinator.page.getByRole('button', { name: 'Sign out' }).click();
    await coordinator.page.getByRole('button', { name: /Yes, sign me out/ }).click();
    expect(coordinator.page.url()).toBe(`${workspace}/signed-out`);
    await onPage(coordinator, 'signed-out', 'You have signed out');
    await coordinator.page.goto('/queues/mine');
    expect(await h1(coordinator.page)).toBe('Sign in to the staff workspace');
    // The provider's session ended too: signing in again asks for the password.
    await coordinator.page.getByRole('button', { name: 'Sign in' }).click();
    expect(await coordinator.page.getByLabel('Password').count()).toBe(1);
    await coordinator.context.close();
  });
});

// ---------------------------------------------------------------- alerts

describe('the alerts inbox', () => {
  it('shows the Head of Service the compliment waiting for them, and marks it read', async () => {
    const head = await signedIn('hart-head-of-service');
    await head.page.getByRole('link', { name: 'Alerts' }).click();
    await eventually(async () => {
      await head.page.reload();
      return (await mainText(head.page)).includes(seeded.compliment) || null;
    }, 30_000);
    await onPage(head, 'alerts', 'Your alerts');
    const waiting = await mainText(head.page);
    expect(waiting).toMatch(/Waiting for you.*Compliment or comment/);
    await head.page
      .getByRole('button', { name: /Mark as read/ })
      .first()
      .click();
    expect(head.page.url()).toBe(`${workspace}/alerts`);
    expect(await mainText(head.page)).not.toContain(seeded.compliment);
    await head.page.getByRole('link', { name: 'All, read too' }).click();
    await onPage(head, 'alerts-all', 'All your alerts');
    expect(await mainText(head.page)).toMatch(new RegExp(`${seeded.compliment}.*Read`));
    await head.context.close();
  });
});

describe('accessibility', () => {
  it('every page template passed axe-core (WCAG 2.2 AA) at 375 px and desktop width', () => {
    expect(checked.sort()).toEqual(
      [
        'alerts',
        'alerts-all',
        'case-standing',
        'case-standing-not-found',
        'contact-centre',
        'contact-logged',
        'directory',
        'forbidden',
        'home',
        'log-contact',
        'log-contact-errors',
        'not-found',
        'queue',
        'search',
        'search-error',
        'sign-in',
        'signed-out',
      ].sort(),
    );
  });
});
