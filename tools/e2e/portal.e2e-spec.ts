import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { ROOT } from '../processes';
import { eventually, gql, seededStaffTokens, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

/*
 * The resident portal in real headless Chromium with JavaScript off, against the running platform: a Hart complaint
 * made through the question pages, found through the gateway with what was typed; a page sent empty shows the GOV.UK
 * error summary linking to the field; Hampshire's start page shows Hampshire's own stages and time limit; a POST
 * without the CSRF token is refused; and axe-core finds no WCAG 2.2 AA violation on any page visited, at desktop width
 * and at 320 px (screenshots of each in tmp/screenshots/portal). Also: a county complaint passed across the tiers, a
 * late complaint with its justification, a representative without consent, Hampshire's reason for no anonymous option.
 */

jest.setTimeout(150_000);

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let platform: RunningPlatform;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
let tokens: Record<string, string> = {};
let portal = '';

beforeAll(async () => {
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  [platform, browser] = await Promise.all([
    startPlatform('portal', {}, { portal: true }),
    chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }),
  ]);
  portal = platform.portalUrl!;
  tokens = await seededStaffTokens(['hart-officer']);
  // Every journey works without JavaScript: the pages are plain forms, POST then redirect then GET. Scripts are off
  // through the DevTools protocol (what `javaScriptEnabled: false` does), so that they can be let on for a moment to
  // run axe-core over each page as it loaded without them (axe never finishes in a context that has JavaScript off).
  context = await browser.newContext({ baseURL: portal });
  page = await context.newPage();
  cdp = await context.newCDPSession(page);
  await scripts(false);
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const scripts = (on: boolean) => cdp.send('Emulation.setScriptExecutionDisabled', { value: !on });

/** axe-core run in the page as it loaded with JavaScript off (evaluated, so the CSP does not stop it): the WCAG 2.2 AA violations. */
async function accessibilityViolations(): Promise<string[]> {
  // The page's own scripts never ran: GOV.UK Frontend marks the body js-enabled when they do.
  expect(await page.locator('body').getAttribute('class')).not.toContain('js-enabled');
  await scripts(true);
  const violations = await page.evaluate(
    `${AXE}; axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} } })
      .then((r) => r.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => n.target.join(' ')).join(', ') + ')'))`,
  );
  await scripts(false);
  return violations as string[];
}

const visited: string[] = [];
/** After every page: it is the page expected, and it passes axe-core. */
/** Where each page's screenshots go, for a person to look at (git-ignored; CI keeps tmp/ as artefacts). */
const SCREENSHOTS = join(ROOT, 'tmp', 'screenshots', 'portal');
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '320px', width: 320, height: 640 },
];

/** After every page: it is the page expected, and at desktop width and at 320 px it passes axe-core; a screenshot of each. */
async function onPage(heading: RegExp | string): Promise<void> {
  await expectHeading(heading);
  const path = new URL(page.url()).pathname;
  visited.push(path);
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    const name = `${String(visited.length).padStart(2, '0')}${path.replace(/[^a-z0-9]+/gi, '-')}-${size.name}.png`;
    await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
    expect({ page: path, width: size.width, violations: await accessibilityViolations() }).toEqual({
      page: path,
      width: size.width,
      violations: [],
    });
  }
}
async function expectHeading(heading: RegExp | string): Promise<void> {
  const h1 = (await page.locator('h1').first().textContent())?.trim() ?? '';
  if (typeof heading === 'string') expect(h1).toBe(heading);
  else expect(h1).toMatch(heading);
}
const choose = (label: string | RegExp) => page.getByLabel(label, { exact: typeof label === 'string' }).check();
const fill = (label: string | RegExp, value: string) => page.getByLabel(label, { exact: typeof label === 'string' }).fill(value);
const proceed = () => page.getByRole('button', { name: 'Continue' }).click();

/** A London date some days ago, as the date input's three parts. */
function daysAgo(days: number): { day: string; month: string; year: string } {
  const d = new Date(Date.now() - days * 86_400_000);
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
}

describe('start pages, from each council’s own policy', () => {
  it('the home page lists the councils on the platform', async () => {
    await page.goto('/');
    await onPage('Complain to your council');
    await expect(page.getByRole('link', { name: 'Hart District Council' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Hampshire County Council' }).count()).resolves.toBe(1);
    // Councils are not central government: no crown in the header, no royal crest in the footer.
    const crest = await page.evaluate(() => {
      const logo = document.querySelector('.govuk-footer__copyright-logo');
      return logo ? getComputedStyle(logo, '::before').display : 'none';
    });
    expect(crest).toBe('none');
  });

  it('Hampshire’s start page shows Hampshire’s stages, timescales and time limit, not Hart’s', async () => {
    await page.getByRole('link', { name: 'Hampshire County Council' }).click();
    await onPage('Make a complaint to Hampshire County Council');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('within 12 months');
    const stages = await page.locator('table tbody tr').allTextContents();
    expect(stages.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^Stage 1 .* 5 working days 20 working days$/),
      expect.stringMatching(/^Stage 2 .*independent of the earlier stages 5 working days 20 working days$/),
      expect.stringMatching(/^Stage 3 .*independent of the earlier stages 5 working days 20 working days$/),
    ]);
    expect(body).not.toContain('Informal resolution');
    expect(body).toMatch(/do not take anonymous complaints/);
    expect(body).toContain('Local Government and Social Care Ombudsman');
    expect(body).toContain('Whistleblowing policy');
  });

  it('Hart’s start page shows its informal stage, 6 months and anonymous complaints taken without a reply', async () => {
    await page.goto('/hart');
    await onPage('Make a complaint to Hart District Council');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('within 6 months');
    expect(body).toContain('Informal resolution');
    expect(body).toMatch(/without giving your name/);
    expect(body).toContain('spoken or in writing');
  });
});

describe('making a Hart complaint, JavaScript off', () => {
  const typed = {
    summary: 'Green bin missed three weeks running',
    details: 'Our green bin in Elvetham Road has not been emptied on the last three collection days.',
    outcome: 'Empty the bin and tell the crew about our road',
    name: 'Robin Portal',
    email: 'robin.portal@example.org',
  };
  let reference = '';

  it('an empty page shows the GOV.UK error summary, linking to the field', async () => {
    await page.getByRole('button', { name: 'Start now' }).click();
    await onPage('Which service is your complaint about?');
    await choose('Bin collection and recycling');
    await proceed();
    await onPage('Is your complaint about any of these?');
    await choose('No, none of these');
    await proceed();
    await onPage('What happened?');
    await proceed();
    await onPage('What happened?');
    expect(await page.title()).toMatch(/^Error: What happened\?/);
    const summary = page.locator('.govuk-error-summary');
    await expect(summary.locator('h2').textContent()).resolves.toMatch(/There is a problem/);
    const link = summary.getByRole('link', { name: 'Enter a short summary of your complaint' });
    expect(await link.getAttribute('href')).toBe('#summary');
    await expect(page.locator('#summary-error').textContent()).resolves.toContain('Enter a short summary of your complaint');
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('summary');
  });

  it('goes through every question to "Check your answers", and sends it', async () => {
    await fill('Summary of your complaint', typed.summary);
    await fill('Tell us what happened', typed.details);
    await proceed();
    await onPage('When did it happen?');
    const when = daysAgo(10);
    await fill('Day', when.day);
    await fill('Month', when.month);
    await fill('Year', when.year);
    await proceed();
    await onPage('What would you like us to do to put things right?');
    await fill('What would you like us to do to put things right?', typed.outcome);
    await proceed();
    await onPage('Would you like us to try to sort it out informally first?');
    await choose('No, go straight to a formal complaint');
    await proceed();
    await onPage('Who is the complaint for?');
    await choose('Myself');
    await proceed();
    await onPage('What is your name?');
    await fill('What is your name?', typed.name);
    await proceed();
    await onPage('How would you like us to contact you?');
    await choose('Email');
    await fill('Email address', typed.email);
    await proceed();
    await onPage('Do you need us to do anything differently to help you?');
    await choose('No');
    await proceed();

    await onPage('Check your answers before sending your complaint');
    const answers = (await page.locator('.govuk-summary-list').textContent())?.replace(/\s+/g, ' ') ?? '';
    for (const v of [typed.summary, typed.details, typed.outcome, typed.name, typed.email, 'Bin collection and recycling', 'Stage 1'])
      expect(answers).toContain(v);
    expect(await page.locator('main').textContent()).toMatch(/Your complaint will be dealt with at Stage 1/);
    await page.getByRole('button', { name: 'Send complaint' }).click();

    await expectHeading(/Complaint sent/);
    const panel = (await page.locator('.govuk-panel').textContent()) ?? '';
    reference = /HDC-\d{4}-\d+/.exec(panel)?.[0] ?? '';
    expect(reference).not.toBe('');
    expect(await page.locator('main').textContent()).toMatch(/We aim to reply by \w+day \d{1,2} \w+ \d{4}/);
    await onPage(/Complaint sent/);
  });

  it('the case the resident made is found through the gateway with what they typed', async () => {
    const found = await eventually(async () => {
      const res = await gql<{ case: { summary: string; stage: { number: number }; complainant: { name: string; email: string } } | null }>(
        platform.gatewayUrl,
        'query C($r: String!) { case(reference: $r) { summary stage { number } complainant { name email } } }',
        { r: reference },
        tokens['hart-officer'],
      );
      return res.data?.case ?? null;
    }, 30_000);
    expect(found).toEqual({ summary: typed.summary, stage: { number: 1 }, complainant: { name: typed.name, email: typed.email } });
  });

  it('sending it again (the back button, a double click) makes no second complaint', async () => {
    const csrf = (await context.cookies()).find((c) => c.name === 'redress.csrf')!.value;
    const again = await context.request.post('/hart/complaint/submit', { form: { _csrf: csrf }, maxRedirects: 0 });
    // The answers went with the complaint: the second send lands on the first one's confirmation.
    expect(again.status()).toBe(303);
    expect(again.headers().location).toBe('/hart/complaint/confirmation');
    await page.goto('/hart/complaint/confirmation');
    expect(await page.locator('.govuk-panel').textContent()).toContain(reference);
    const back = await context.request.get('/hart/complaint/check', { maxRedirects: 0 });
    expect(back.headers().location).toBe('/hart');
  });
});

/** A resident's answers to the question pages, by what each page asks. */
interface Journey {
  localArea?: string;
  service: string;
  matter?: string;
  summary: string;
  details: string;
  daysAgo: number;
  outcome: string;
  informal?: string;
  who: 'Myself' | 'Someone else' | 'I do not want to give my name';
  theirName?: string;
  name?: string;
  relationship?: string;
  email?: string;
  consent?: string;
  lateReason?: string;
}

/** Answers each question page by its heading (the pages asked depend on the council's policy), up to the next page it does not ask. */
async function answer(j: Journey): Promise<string> {
  const steps: [RegExp, () => Promise<void>][] = [
    [/^Where did it happen\?$/, () => choose(j.localArea!)],
    [/^Which service/, () => choose(j.service)],
    [/^Is your complaint about any of these\?$/, () => choose(j.matter ?? 'No, none of these')],
    [/^What happened\?$/, async () => (await fill('Summary of your complaint', j.summary), fill('Tell us what happened', j.details))],
    [
      /^When did it happen\?$/,
      async () => {
        const d = daysAgo(j.daysAgo);
        await fill('Day', d.day);
        await fill('Month', d.month);
        await fill('Year', d.year);
      },
    ],
    [/^What would you like us to do/, () => fill('What would you like us to do to put things right?', j.outcome)],
    [/^Would you like us to try to sort it out informally/, () => choose(j.informal ?? 'No, go straight to a formal complaint')],
    [/^Who is the complaint for\?$/, () => choose(j.who)],
    [/^What is the name of the person/, () => fill('What is the name of the person you are complaining for?', j.theirName!)],
    [/^What is your name\?$/, () => fill('What is your name?', j.name!)],
    [/^About you$/, async () => (await fill('Your full name', j.name!), fill(/How do you know/, j.relationship!))],
    [/^How would you like us to contact you\?$/, async () => (await choose('Email'), fill('Email address', j.email!))],
    [/^Has .* agreed to you complaining for them\?$/, () => choose(j.consent!)],
    [/^Do you need us to do anything differently/, () => choose('No')],
  ];
  // Without a reason given, the late question is where the journey stops.
  if (j.lateReason) steps.push([/^Why are you complaining now\?$/, () => fill('Tell us why you could not complain sooner', j.lateReason!)]);
  for (let pages = 0; pages < 20; pages++) {
    const h1 = (await page.locator('h1').first().textContent())?.trim() ?? '';
    const step = steps.find(([heading]) => heading.test(h1));
    if (!step) return h1;
    await onPage(h1);
    await step[1]();
    await proceed();
  }
  throw new Error('the question pages never ended');
}

const sendIt = async () => {
  await onPage('Check your answers before sending your complaint');
  await page.getByRole('button', { name: 'Send complaint' }).click();
  await onPage(/Complaint sent|recorded/);
  return /[A-Z]{3}-\d{4}-\d+/.exec((await page.locator('.govuk-panel').textContent()) ?? '')?.[0] ?? '';
};

const caseAt = (reference: string, token: string) =>
  eventually(async () => {
    const res = await gql<{ case: { summary: string; lateComplaint: boolean; council: { id: string }; stage: { number: number } } | null }>(
      platform.gatewayUrl,
      'query C($r: String!) { case(reference: $r) { summary lateComplaint council { id } stage { number } } }',
      { r: reference },
      token,
    );
    return res.data?.case ?? null;
  }, 30_000);

describe('other journeys, each outcome on its own page', () => {
  it('Hampshire: bins in Hart are passed to Hart, whose reference the resident is given', async () => {
    await page.goto('/hampshire/complaint/start');
    const last = await answer({
      localArea: 'Hart',
      service: 'Bin collection and recycling',
      summary: 'Bins missed in Fleet',
      details: 'The recycling bin has been missed three times.',
      daysAgo: 5,
      outcome: 'Collect the bin',
      who: 'Myself',
      name: 'Sam Twotier',
      email: 'sam.twotier@example.org',
    });
    expect(last).toBe('Check your answers before sending your complaint');
    expect(await page.locator('.govuk-inset-text').textContent()).toMatch(/Hart District Council/);
    await sendIt();
    const hartReference = /HDC-\d{4}-\d+/.exec((await page.locator('main').textContent()) ?? '')?.[0];
    expect(hartReference).toBeDefined();
    expect(await caseAt(hartReference!, tokens['hart-officer'])).toMatchObject({
      summary: 'Bins missed in Fleet',
      council: { id: 'hart' },
    });
  });

  it('Hart: past the time limit, the late question is asked (and only then), and the case waits for a decision', async () => {
    await page.goto('/hart/complaint/start');
    const j: Journey = {
      service: 'Street cleaning',
      summary: 'Litter left for months',
      details: 'The alley behind the shops was not swept all year.',
      daysAgo: 300,
      outcome: 'Sweep it',
      who: 'Myself',
      name: 'Lee Late',
      email: 'lee.late@example.org',
    };
    expect(await answer(j)).toBe('Why are you complaining now?');
    await onPage('Why are you complaining now?');
    await proceed();
    await expect(page.locator('.govuk-error-summary a').first().getAttribute('href')).resolves.toBe('#lateJustification');
    expect(await answer({ ...j, lateReason: 'I was in hospital for most of the year.' })).toBe(
      'Check your answers before sending your complaint',
    );
    const reference = await sendIt();
    expect(await caseAt(reference, tokens['hart-officer'])).toMatchObject({ summary: 'Litter left for months', lateComplaint: true });
  });

  it('Hampshire: no anonymous option, with the reason; a representative without consent is told what is needed', async () => {
    await page.goto('/hampshire/complaint/start');
    const j: Journey = {
      localArea: 'Rushmoor',
      service: 'Roads, pavements and street lights',
      summary: 'Pothole outside the school',
      details: 'A deep pothole on the school run.',
      daysAgo: 3,
      outcome: 'Fill it',
      who: 'Someone else',
      theirName: 'Alex Resident',
      name: 'Jo Advocate',
      relationship: 'Advocate',
      email: 'jo.advocate@example.org',
      consent: 'Not yet',
    };
    await answer(j);
    await expectHeading('We need Alex Resident’s agreement first');
    await onPage('We need Alex Resident’s agreement first');
    expect(await page.locator('main').textContent()).toContain('in writing');
    await page.goto('/hampshire/complaint/who');
    expect(await page.getByLabel('I do not want to give my name').count()).toBe(0);
    expect(await page.locator('.govuk-inset-text').textContent()).toMatch(/does not take anonymous complaints/);
    await onPage('Who is the complaint for?');
  });
});

describe('compliments and comments', () => {
  it('a compliment to a Hart team, through the short form, reaches the council’s list of compliments', async () => {
    await page.goto('/hart');
    await page.getByRole('link', { name: 'pay a compliment or leave a comment' }).click();
    await onPage('Pay a compliment or leave a comment for Hart District Council');
    await page.getByRole('button', { name: 'Send' }).click();
    await onPage('Pay a compliment or leave a comment for Hart District Council');
    expect(await page.locator('.govuk-error-summary a').allTextContents()).toEqual([
      'Select whether it is a compliment or a comment',
      'Select the service it is about',
      'Enter what you would like to tell us',
    ]);
    await choose('Pay a compliment');
    await page.getByLabel('Which service is it about?').selectOption({ label: 'Bin collection and recycling' });
    await fill('Who or which team is it about? (optional)', 'The Fleet Road crew');
    await fill('What would you like to tell us?', 'They put our bin back neatly every week.');
    await page.getByRole('button', { name: 'Send' }).click();
    await onPage('Thank you');
    const reference = /HDC-\d{4}-\d+/.exec((await page.locator('.govuk-panel').textContent()) ?? '')?.[0];
    expect(reference).toBeDefined();
    const iso = (d: { day: string; month: string; year: string }) => `${d.year}-${d.month.padStart(2, '0')}-${d.day.padStart(2, '0')}`;
    const res = await gql<{ feedback: { reference: string; praised: string | null; details: string }[] }>(
      platform.gatewayUrl,
      'query F($from: Date!, $to: Date!) { feedback(councilId: "hart", kind: COMPLIMENT, from: $from, to: $to) ' +
        '{ reference praised details } }',
      { from: iso(daysAgo(2)), to: iso(daysAgo(0)) },
      tokens['hart-officer'],
    );
    expect(res.data?.feedback.find((f) => f.reference === reference)).toEqual({
      reference,
      praised: 'The Fleet Road crew',
      details: 'They put our bin back neatly every week.',
    });
  });
});

describe('security', () => {
  it('refuses a POST without the CSRF token', async () => {
    await page.goto('/hart/complaint/start');
    await onPage('Which service is your complaint about?');
    const res = await context.request.post('/hart/complaint/service-area', { form: { serviceArea: 'waste' }, maxRedirects: 0 });
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain('Your form could not be sent');
    const token = await page.locator('input[name="_csrf"]').first().getAttribute('value');
    const accepted = await context.request.post('/hart/complaint/service-area', {
      form: { serviceArea: 'waste', _csrf: token! },
      maxRedirects: 0,
    });
    expect(accepted.status()).toBe(303);
  });

  it('every page visited passed axe-core (WCAG 2.2 AA)', () => {
    expect(visited.length).toBeGreaterThanOrEqual(40);
  });
});
