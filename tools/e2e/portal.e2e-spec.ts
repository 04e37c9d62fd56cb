import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import IORedis from 'ioredis';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { eventually, gql, seededStaffTokens, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';
import { axeViolations, axeWithoutScripts, freshScreenshots, launchChromium, personWithoutScripts } from '../testing/browser';

/*
 * The resident portal in real headless Chromium with JavaScript off, against one running platform. Each journey of
 * issue #13 is made through the pages as a resident would (Hart straight to Stage 1, Hart informal, Hampshire, anonymous
 * in both councils, a representative with and without consent, late with and without a reason, a referral across the
 * tiers, a compliment), and the case is then found through the gateway with the answers typed. A Hart complaint is
 * tracked with its reference and email, answered by staff (through the gateway, as the workspace would), taken to
 * Stage 2 from the tracking page, answered again, and then shows the Ombudsman. Also: CSRF, answers cleared after the
 * idle time (no JavaScript) and the GOV.UK timeout warning (with JavaScript), and the gateway's rate limit per resident
 * behind the portal. axe-core finds no WCAG 2.2 AA violation on any page, at desktop width and at 320 px (where nothing
 * scrolls sideways); a screenshot of each page is kept in tmp/screenshots/portal.
 */

jest.setTimeout(240_000);

/**
 * Anonymous requests a minute from one resident: room for every journey (at most about 180 a minute from the browser on
 * a quiet 2-core machine), low enough for the rate-limit test to reach in a few seconds.
 */
const RATE_LIMIT = 500;
/** Where each page's screenshots go, for a person to look at. */
let SCREENSHOTS = '';
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '320px', width: 320, height: 640 },
];
const STAFF = ['hart-officer', 'hart-head-of-service', 'hart-coordinator', 'hampshire-officer'] as const;

let platform: RunningPlatform;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
let redis: IORedis;
let tokens: Record<string, string> = {};
let portal = '';

beforeAll(async () => {
  SCREENSHOTS = freshScreenshots('portal');
  [platform, browser] = await Promise.all([
    // Templates cached, as in production: a page renders in milliseconds rather than compiling its macros each time.
    startPlatform('portal', { RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(RATE_LIMIT), WEB_RELOAD_TEMPLATES: 'false' }, { portal: true }),
    launchChromium(),
  ]);
  portal = platform.portalUrl!;
  tokens = await seededStaffTokens(STAFF);
  redis = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  // Every journey works without JavaScript: the pages are plain forms, POST then redirect then GET.
  ({ context, page, cdp } = await personWithoutScripts(browser, portal));
});

afterAll(async () => {
  redis?.disconnect();
  await browser?.close();
  await platform?.stop();
});

/** Each page checked once (by path, headings and whether it shows errors): a page seen again in another journey is not. */
const checked = new Set<string>();

/**
 * After every page: it is the page expected. The first time it is seen, at desktop width and at 320 px: axe-core
 * finds nothing, nothing scrolls sideways at 320 px, and a screenshot of each is kept.
 */
async function onPage(heading: RegExp | string, p: Page = page): Promise<void> {
  await expectHeading(heading, p);
  const path = new URL(p.url()).pathname;
  const errors = await p.locator('.govuk-error-summary').count();
  const dialog = await p.locator('dialog[open]').count();
  // The headings say which state a page is in (our reply shown, the Ombudsman): each state is checked.
  const headings = (await p.locator('h1, h2').allTextContents()).map((h) => h.trim()).join('|');
  const key = `${path}|${headings}|${errors}|${dialog}`;
  if (checked.has(key)) return;
  checked.add(key);
  // Whichever width the page is at first (the last page's), so that it is resized once.
  const current = p.viewportSize()?.width;
  for (const size of WIDTHS[1].width === current ? [WIDTHS[1], WIDTHS[0]] : WIDTHS) {
    if (size.width !== current) await p.setViewportSize(size);
    const name = `${String(checked.size).padStart(3, '0')}${path.replace(/[^a-z0-9]+/gi, '-')}${errors ? '-errors' : ''}-${size.name}.png`;
    await p.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
    const violations = p === page ? await axeWithoutScripts({ context, page, cdp }) : await axeViolations(p);
    const overflow = size.width === 320 ? await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth) : 0;
    expect({ page: path, width: size.width, violations, scrollsSideways: overflow > 0 }).toEqual({
      page: path,
      width: size.width,
      violations: [],
      scrollsSideways: false,
    });
  }
}
async function expectHeading(heading: RegExp | string, p: Page = page): Promise<void> {
  const h1 = (await p.locator('h1').first().textContent())?.trim() ?? '';
  if (typeof heading === 'string') expect(h1).toBe(heading);
  else expect(h1).toMatch(heading);
}
const choose = (label: string | RegExp) => page.getByLabel(label, { exact: typeof label === 'string' }).check();
const fill = (label: string | RegExp, value: string) => page.getByLabel(label, { exact: typeof label === 'string' }).fill(value);
const proceed = () => page.getByRole('button', { name: 'Continue' }).click();
const mainText = async (p: Page = page) => ((await p.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
/** A new resident: nothing of the last journey's session. */
const newResident = () => context.clearCookies();

/** A London date some days ago, as the date input's three parts. */
function daysAgo(days: number): { day: string; month: string; year: string } {
  const d = new Date(Date.now() - days * 86_400_000);
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
}
const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

// ---------------------------------------------------------------- the gateway, as staff (the workspace's client)

interface CaseSeen {
  id: string;
  summary: string;
  serviceArea: string;
  lateComplaint: boolean;
  categories: string[];
  council: { id: string };
  stage: { number: number; name: string };
  complainant: {
    type: string;
    name: string;
    email: string | null;
    phone: string | null;
    postalAddress: string | null;
    contactPreference: string | null;
    adjustments: { need: string }[];
  } | null;
  representative: { name: string; relationship: string; consent: string; email: string | null } | null;
  timeline: { type: string; detail: string | null }[];
}
const CASE_FIELDS =
  'id summary serviceArea lateComplaint categories council { id } stage { number name } ' +
  'complainant { type name email phone postalAddress contactPreference adjustments { need } } ' +
  'representative { name relationship consent email } timeline { type detail }';

/** The case a reference names, once casework has opened it, as that council's officer reads it. */
const caseAt = (reference: string, who: (typeof STAFF)[number] = 'hart-officer') =>
  eventually(async () => {
    const res = await gql<{ case: CaseSeen | null }>(
      platform.gatewayUrl,
      `query C($r: String!) { case(reference: $r) { ${CASE_FIELDS} } }`,
      { r: reference },
      tokens[who],
    );
    return res.data?.case ?? null;
  }, 30_000);

/** A staff action through the gateway, which must go through. */
async function act(who: (typeof STAFF)[number], mutation: string, variables: Record<string, unknown>): Promise<void> {
  const res = await gql(platform.gatewayUrl, mutation, variables, tokens[who]);
  if (res.errors) throw new Error(`${who}: ${res.errors[0].message}`);
}

/** What the public tracking says, once `ready` holds (intake's projection follows casework's events). */
const trackedWhen = (reference: string, email: string, ready: (t: Record<string, unknown>) => boolean) =>
  eventually(async () => {
    const res = await gql<{ trackCase: Record<string, unknown> | null }>(
      platform.gatewayUrl,
      'query T($r: String!, $e: String!) { trackCase(reference: $r, email: $e) { stage status responseStage nextStage } }',
      { r: reference, e: email },
    );
    const t = res.data?.trackCase;
    return t && ready(t) ? t : null;
  }, 30_000);

// ---------------------------------------------------------------- answering the question pages

/** A resident's answers to the question pages, by what each page asks. */
interface Journey {
  localArea?: string;
  service: string;
  matter?: string;
  summary: string;
  details: string;
  categories: string[];
  daysAgo: number;
  outcome: string;
  informal?: 'Yes, try to sort it out informally first' | 'No, go straight to a formal complaint';
  who: 'Myself' | 'Someone else' | 'I do not want to give my name';
  atRisk?: 'Yes' | 'No';
  theirName?: string;
  name?: string;
  relationship?: string;
  type?: string;
  contact?: { by: 'Email'; email: string } | { by: 'Letter'; address: string } | { by: 'Telephone'; phone: string };
  consent?: string;
  adjustments?: string;
  /** Past the time limit: their reason, or `none`; left out, the late question is where the answers stop. */
  lateReason?: string;
}

async function contactBy(contact: NonNullable<Journey['contact']>): Promise<void> {
  await choose(contact.by);
  if (contact.by === 'Email') await fill('Email address', contact.email);
  if (contact.by === 'Letter') await fill('Postal address', contact.address);
  if (contact.by === 'Telephone') await fill('Telephone number', contact.phone);
}

/** Answers each question page by its heading (the pages asked depend on the council's policy), up to the first page it does not answer. */
async function answer(j: Journey): Promise<string> {
  const steps: [RegExp, () => Promise<unknown>][] = [
    [/^Where did it happen\?$/, () => choose(j.localArea!)],
    [/^Which service/, () => choose(j.service)],
    [/^Is your complaint about any of these\?$/, () => choose(j.matter ?? 'No, none of these')],
    [/^What happened\?$/, async () => (await fill('Summary of your complaint', j.summary), fill('Tell us what happened', j.details))],
    [
      /^What went wrong\?$/,
      async () => {
        // One at a time: two clicks at once race on the page's scroll, and one of them can miss its box.
        for (const c of j.categories) await choose(c);
      },
    ],
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
    [/^Is a child or vulnerable adult at risk of harm\?$/, () => choose(j.atRisk!)],
    [/^What is the name of the person/, () => fill('What is the name of the person you are complaining for?', j.theirName!)],
    [/^What is your name\?$/, () => fill('What is your name?', j.name!)],
    [/^About you$/, async () => (await fill('Your full name', j.name!), fill(/How do you know/, j.relationship!))],
    [/^Which of these best describes/, () => choose(j.type ?? 'Someone who lives in the area')],
    [/^How would you like us to contact you\?$/, () => contactBy(j.contact!)],
    [/^Has .* agreed to you complaining for them\?$/, () => choose(j.consent!)],
    [
      /^Do you need us to do anything differently/,
      async () => (j.adjustments ? (await choose('Yes'), fill('What do you need?', j.adjustments)) : choose('No')),
    ],
  ];
  if (j.lateReason === 'none') steps.push([/^Why are you complaining now\?$/, () => choose('No')]);
  else if (j.lateReason)
    steps.push([
      /^Why are you complaining now\?$/,
      async () => (await choose('Yes'), fill('Tell us why you could not complain sooner', j.lateReason!)),
    ]);
  for (let pages = 0; pages < 25; pages++) {
    const h1 = (await page.locator('h1').first().textContent())?.trim() ?? '';
    const step = steps.find(([heading]) => heading.test(h1));
    if (!step) return h1;
    await onPage(h1);
    await step[1]();
    await proceed();
  }
  throw new Error('the question pages never ended');
}

const CHECK_ANSWERS = 'Check your answers before sending your complaint';

/** From "Check your answers": sends it, and returns the reference on the confirmation page. */
async function sendIt(): Promise<string> {
  await onPage(CHECK_ANSWERS);
  await page.getByRole('button', { name: 'Send complaint' }).click();
  await onPage(/Complaint sent|recorded/);
  return /[A-Z]{3}-\d{4}-\d+/.exec((await page.locator('.govuk-panel').textContent()) ?? '')?.[0] ?? '';
}

async function makeComplaint(councilId: string, j: Journey): Promise<string> {
  await newResident();
  await page.goto(`/${councilId}/complaint/start`);
  expect(await answer(j)).toBe(CHECK_ANSWERS);
  const answers = (await page.locator('.govuk-summary-list').textContent())?.replace(/\s+/g, ' ') ?? '';
  for (const typed of [j.summary, j.details, j.outcome, ...j.categories, ...(j.name ? [j.name] : [])]) expect(answers).toContain(typed);
  return sendIt();
}

// ---------------------------------------------------------------- the journeys

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
    const body = await mainText();
    expect(body).toContain('within 12 months');
    const stages = await page.locator('.govuk-summary-card').allTextContents();
    expect(stages.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^Stage 1 Who deals with it .* We acknowledge within 5 working days We aim to reply within 20 working days$/),
      expect.stringMatching(/^Stage 2 .*independent of the earlier stages .* 5 working days .* 20 working days$/),
      expect.stringMatching(/^Stage 3 .*independent of the earlier stages .* 5 working days .* 20 working days$/),
    ]);
    expect(body).not.toContain('Informal resolution');
    expect(body).toMatch(/do not take anonymous complaints/);
    expect(body).toContain('Local Government and Social Care Ombudsman');
    expect(body).toContain('Whistleblowing policy');
  });

  it('Hart’s start page shows its informal stage, 6 months and anonymous complaints taken without a reply', async () => {
    await page.goto('/hart');
    await onPage('Make a complaint to Hart District Council');
    const body = await mainText();
    expect(body).toContain('within 6 months');
    expect(body).toContain('Informal resolution');
    expect(body).toMatch(/without giving your name/);
    expect(body).toContain('spoken or in writing');
  });
});

/** The Hart complaint made straight to Stage 1, later tracked, answered and taken to Stage 2. */
const robin = {
  summary: 'Green bin missed three weeks running',
  details: 'Our green bin in Elvetham Road has not been emptied on the last three collection days.',
  outcome: 'Empty the bin and tell the crew about our road',
  name: 'Robin Portal',
  email: 'robin.portal@example.org',
  reference: '',
};

describe('a Hart complaint straight to Stage 1, JavaScript off', () => {
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

  it('goes through every question to "Check your answers", and sends it; the dates are shown once', async () => {
    await fill('Summary of your complaint', robin.summary);
    await fill('Tell us what happened', robin.details);
    await proceed();
    await onPage('What went wrong?');
    await proceed();
    await onPage('What went wrong?');
    expect(await page.locator('.govuk-error-summary a').allTextContents()).toEqual(['Select what went wrong']);
    const last = await answer({
      service: '',
      summary: '',
      details: '',
      categories: ['A service was not provided, or not provided properly', 'The council did not do what it said it would'],
      daysAgo: 10,
      outcome: robin.outcome,
      who: 'Myself',
      name: robin.name,
      type: 'Someone who lives in the area',
      contact: { by: 'Email', email: robin.email },
    });
    expect(last).toBe(CHECK_ANSWERS);
    const answers = (await page.locator('.govuk-summary-list').textContent())?.replace(/\s+/g, ' ') ?? '';
    for (const v of [robin.summary, robin.details, robin.outcome, robin.name, robin.email, 'Bin collection and recycling', 'Stage 1'])
      expect(answers).toContain(v);
    expect(await mainText()).toMatch(/Your complaint will be dealt with at Stage 1/);
    robin.reference = await sendIt();
    expect(robin.reference).toMatch(/^HDC-\d{4}-\d{6}$/);
    // The dates the policy promises (acknowledge by, reply by), each said once.
    const dates = [...(await mainText()).matchAll(/\w+day \d{1,2} \w+ \d{4}/g)].map((m) => m[0]);
    expect(dates).toHaveLength(2);
    expect(new Set(dates).size).toBe(2);
  });

  it('the case the resident made is found through the gateway with what they typed', async () => {
    expect(await caseAt(robin.reference)).toMatchObject({
      summary: robin.summary,
      serviceArea: 'waste',
      categories: expect.arrayContaining(['FAILURE_TO_PROVIDE_SERVICE', 'BROKEN_PROMISE']),
      stage: { number: 1 },
      complainant: { type: 'RESIDENT', name: robin.name, email: robin.email, contactPreference: 'EMAIL' },
      representative: null,
    });
  });

  it('sending it again (the back button, a double click) makes no second complaint', async () => {
    const csrf = (await context.cookies()).find((c) => c.name === 'redress.portal.csrf')!.value;
    const again = await context.request.post('/hart/complaint/submit', { form: { _csrf: csrf }, maxRedirects: 0 });
    // The answers went with the complaint: the second send lands on the first one's confirmation.
    expect(again.status()).toBe(303);
    expect(again.headers().location).toBe('/hart/complaint/confirmation');
    await page.goto('/hart/complaint/confirmation');
    expect(await page.locator('.govuk-panel').textContent()).toContain(robin.reference);
    const back = await context.request.get('/hart/complaint/check', { maxRedirects: 0 });
    expect(back.headers().location).toBe('/hart');
  });
});

describe('the other journeys, each found through the gateway with the answers typed', () => {
  it('Hart informal: tried informally first, at the informal stage', async () => {
    const reference = await makeComplaint('hart', {
      service: 'Street cleaning',
      summary: 'Broken glass left on the path',
      details: 'Glass from a bottle bank has been on the path by the station for a week.',
      categories: ['It took too long'],
      daysAgo: 4,
      outcome: 'Sweep it up',
      informal: 'Yes, try to sort it out informally first',
      who: 'Myself',
      name: 'Ira Informal',
      type: 'Someone who works in or visits the area',
      contact: { by: 'Telephone', phone: '01252 123456' },
    });
    expect(await mainText()).toMatch(/first try to resolve this informally/);
    expect(await caseAt(reference)).toMatchObject({
      summary: 'Broken glass left on the path',
      categories: ['DELAY'],
      stage: { number: 0, name: 'Informal resolution' },
      complainant: { type: 'WORKER_OR_VISITOR', name: 'Ira Informal', phone: '01252 123456', contactPreference: 'TELEPHONE' },
    });
  });

  it('Hampshire: a county service, by letter, with an adjustment', async () => {
    const reference = await makeComplaint('hampshire', {
      localArea: 'Rushmoor',
      service: 'Roads, pavements and street lights',
      summary: 'Street light out for a month',
      details: 'The street light outside number 12 has been out since last month.',
      categories: ['The council did not keep me informed'],
      daysAgo: 20,
      outcome: 'Repair the light',
      who: 'Myself',
      name: 'Hana Hampshire',
      type: 'A business',
      contact: { by: 'Letter', address: '12 Lynchford Road, Farnborough GU14 6AA' },
      adjustments: 'Large print letters, please',
    });
    expect(reference).toMatch(/^HCC-/);
    expect(await caseAt(reference, 'hampshire-officer')).toMatchObject({
      council: { id: 'hampshire' },
      summary: 'Street light out for a month',
      serviceArea: 'highways',
      categories: ['POOR_COMMUNICATION'],
      stage: { number: 1 },
      complainant: {
        type: 'BUSINESS',
        name: 'Hana Hampshire',
        postalAddress: '12 Lynchford Road, Farnborough GU14 6AA',
        contactPreference: 'LETTER',
        adjustments: [{ need: 'Large print letters, please' }],
      },
    });
  });

  it('anonymous at Hart: recorded, and told it cannot be answered', async () => {
    const reference = await makeComplaint('hart', {
      service: 'Bin collection and recycling',
      summary: 'Fly-tipping by the bins',
      details: 'Someone leaves bags of rubbish next to the communal bins every weekend.',
      categories: ['A service was not provided, or not provided properly'],
      daysAgo: 2,
      outcome: 'Clear it and watch the spot',
      who: 'I do not want to give my name',
    });
    expect(await mainText()).toMatch(/made anonymously/);
    expect(await caseAt(reference)).toMatchObject({ summary: 'Fly-tipping by the bins', complainant: null, representative: null });
  });

  it('anonymous at Hampshire: only where someone is at risk of harm; otherwise why not, and nothing sent', async () => {
    await newResident();
    await page.goto('/hampshire/complaint/start');
    const j: Journey = {
      localArea: 'Rushmoor',
      service: 'Roads, pavements and street lights',
      summary: 'Dangerous crossing by the care home',
      details: 'Residents of the care home cannot cross safely: the lights are too short.',
      categories: ['A service was not provided, or not provided properly'],
      daysAgo: 6,
      outcome: 'Longer crossing time',
      who: 'I do not want to give my name',
      atRisk: 'No',
    };
    expect(await answer(j)).toBe('Hampshire County Council cannot take this complaint');
    await onPage('Hampshire County Council cannot take this complaint');
    expect(await mainText()).toMatch(/does not deal with anonymous complaints, unless they raise safeguarding concerns/);
    await page.goto('/hampshire/complaint/who');
    expect(await page.getByText(/looks into anonymous complaints only where a child or vulnerable adult may be at risk/).count()).toBe(1);
    await page.goto('/hampshire/complaint/at-risk');
    expect(await answer({ ...j, atRisk: 'Yes' })).toBe(CHECK_ANSWERS);
    const reference = await sendIt();
    expect(await caseAt(reference, 'hampshire-officer')).toMatchObject({ summary: j.summary, complainant: null });
  });

  it('a representative with consent (Hart takes it spoken): the complaint is theirs, the letters go to the representative', async () => {
    const reference = await makeComplaint('hart', {
      service: 'Housing and homelessness',
      summary: 'Repairs not done for my father',
      details: 'My father reported damp in his flat in September and nobody has come.',
      categories: ['It took too long', 'The council did not reply to me'],
      daysAgo: 30,
      outcome: 'Fix the damp',
      who: 'Someone else',
      theirName: 'Frank Father',
      name: 'Dana Daughter',
      relationship: 'Daughter',
      type: 'Someone who lives in the area',
      contact: { by: 'Email', email: 'dana.daughter@example.org' },
      consent: 'Yes, they have told us or will tell us themselves (by phone or in person)',
    });
    expect(await caseAt(reference)).toMatchObject({
      summary: 'Repairs not done for my father',
      categories: expect.arrayContaining(['DELAY', 'FAILURE_TO_REPLY']),
      complainant: { name: 'Frank Father', type: 'RESIDENT' },
      representative: { name: 'Dana Daughter', relationship: 'Daughter', consent: 'VERBAL', email: 'dana.daughter@example.org' },
    });
  });

  it('a representative without consent (Hampshire needs it in writing): told what is needed, nothing sent', async () => {
    await newResident();
    await page.goto('/hampshire/complaint/start');
    await answer({
      localArea: 'Rushmoor',
      service: 'Roads, pavements and street lights',
      summary: 'Pothole outside the school',
      details: 'A deep pothole on the school run.',
      categories: ['It took too long'],
      daysAgo: 3,
      outcome: 'Fill it',
      who: 'Someone else',
      theirName: 'Alex Resident',
      name: 'Jo Advocate',
      relationship: 'Advocate',
      type: 'Someone who lives in the area',
      contact: { by: 'Email', email: 'jo.advocate@example.org' },
      consent: 'Not yet',
    });
    await onPage('We need Alex Resident’s agreement first');
    expect(await mainText()).toMatch(/accepts agreement given in writing/);
  });

  it('late without a reason: its own page, and nothing sent; with a reason: sent, and it waits for the coordinator', async () => {
    await newResident();
    await page.goto('/hart/complaint/start');
    const j: Journey = {
      service: 'Street cleaning',
      summary: 'Litter left for months',
      details: 'The alley behind the shops was not swept all year.',
      categories: ['A service was not provided, or not provided properly'],
      daysAgo: 300,
      outcome: 'Sweep it',
      who: 'Myself',
      name: 'Lee Late',
      type: 'Someone who lives in the area',
      contact: { by: 'Email', email: 'lee.late@example.org' },
    };
    // The late question is asked only once the dry run says it is late.
    expect(await answer(j)).toBe('Why are you complaining now?');
    await onPage('Why are you complaining now?');
    await choose('Yes');
    await proceed();
    await expect(page.locator('.govuk-error-summary a').first().getAttribute('href')).resolves.toBe('#lateJustification');
    await onPage('Why are you complaining now?');
    expect(await answer({ ...j, lateReason: 'none' })).toBe('Hart District Council needs to know why you are complaining now');
    await onPage('Hart District Council needs to know why you are complaining now');
    expect(await mainText()).toMatch(/takes complaints made within 6 months/);
    await page.getByRole('link', { name: 'Change your answer about why you are complaining now' }).click();
    expect(await answer({ ...j, lateReason: 'I was in hospital for most of the year.' })).toBe(CHECK_ANSWERS);
    const reference = await sendIt();
    expect(await caseAt(reference)).toMatchObject({ summary: 'Litter left for months', lateComplaint: true });
  });

  it('across the tiers: Hampshire bins in Hart are passed to Hart, whose reference the resident is given', async () => {
    await newResident();
    await page.goto('/hampshire/complaint/start');
    expect(
      await answer({
        localArea: 'Hart',
        service: 'Bin collection and recycling',
        summary: 'Bins missed in Fleet',
        details: 'The recycling bin has been missed three times.',
        categories: ['It took too long'],
        daysAgo: 5,
        outcome: 'Collect the bin',
        who: 'Myself',
        name: 'Sam Twotier',
        type: 'Someone who lives in the area',
        contact: { by: 'Email', email: 'sam.twotier@example.org' },
      }),
    ).toBe(CHECK_ANSWERS);
    expect(await page.locator('.govuk-inset-text').textContent()).toMatch(/Hart District Council/);
    await sendIt();
    const hartReference = /HDC-\d{4}-\d+/.exec(await mainText())?.[0];
    expect(hartReference).toBeDefined();
    expect(await caseAt(hartReference!)).toMatchObject({
      summary: 'Bins missed in Fleet',
      council: { id: 'hart' },
      complainant: { name: 'Sam Twotier', email: 'sam.twotier@example.org' },
    });
  });
});

describe('compliments and comments', () => {
  it('a compliment to a Hart team, through the short form, reaches the council’s list of compliments once', async () => {
    await newResident();
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
    // The same form sent again (the back button, a double click): its thank-you page, not a second compliment.
    const csrf = (await context.cookies()).find((c) => c.name === 'redress.portal.csrf')!.value;
    const again = await context.request.post('/hart/feedback', {
      form: { _csrf: csrf, kind: 'COMPLIMENT', serviceArea: 'waste', details: 'They put our bin back neatly every week.' },
      maxRedirects: 0,
    });
    expect(again.headers().location).toBe('/hart/feedback/sent');
    const res = await gql<{ feedback: { reference: string; praised: string | null; details: string }[] }>(
      platform.gatewayUrl,
      'query F($from: Date!, $to: Date!) { feedback(councilId: "hart", kind: COMPLIMENT, from: $from, to: $to) ' +
        '{ reference praised details } }',
      { from: isoDaysAgo(2), to: isoDaysAgo(0) },
      tokens['hart-officer'],
    );
    expect(res.data?.feedback.filter((f) => f.details === 'They put our bin back neatly every week.')).toEqual([
      { reference, praised: 'The Fleet Road crew', details: 'They put our bin back neatly every week.' },
    ]);
  });
});

describe('track a complaint, ask for the next stage, and the Ombudsman after the last', () => {
  const findIt = async (reference: string, email: string) => {
    await page.goto('/hart/track');
    await onPage('Track your complaint');
    await fill('Reference number', reference);
    await fill('Email address', email);
    await page.getByRole('button', { name: 'Find my complaint' }).click();
  };

  it('a wrong email and an unknown reference get the same answer; nothing personal is in a web address', async () => {
    await newResident();
    await findIt(robin.reference, 'someone.else@example.org');
    await onPage('Track your complaint');
    const wrongEmail = await page.locator('.govuk-error-summary').textContent();
    await findIt('HDC-2026-999999', robin.email);
    expect(await page.locator('.govuk-error-summary').textContent()).toBe(wrongEmail);
    expect(wrongEmail).toMatch(/We could not find a complaint with that reference and email address/);
    expect(page.url()).not.toMatch(/HDC|example\.org/);
  });

  it('shows the stage and when we will reply, then our reply: its outcome, reasons and remedies, and offers Stage 2', async () => {
    await trackedWhen(robin.reference, robin.email, () => true);
    await findIt(robin.reference, robin.email);
    await onPage(`Your complaint ${robin.reference}`);
    expect(await mainText()).toMatch(/Stage 1 Status We are looking into it .*Reply due \w+day/);
    expect(await page.getByRole('button', { name: /^Ask for/ }).count()).toBe(0);

    const c = await caseAt(robin.reference);
    await act('hart-officer', 'mutation($id: ID!) { assignCase(caseId: $id, assigneeId: "hart-officer") { id } }', { id: c.id });
    await act('hart-officer', 'mutation($id: ID!) { acknowledgeCase(caseId: $id) { id } }', { id: c.id });
    await act('hart-officer', 'mutation($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { id } }', {
      id: c.id,
      i: {
        outcome: 'PARTIALLY_UPHELD',
        findings: 'Two collections were missed because the round was changed without telling the crew.',
        remedies: ['APOLOGY', 'ACTION_TAKEN'],
      },
    });
    await trackedWhen(robin.reference, robin.email, (t) => t.responseStage === 1);
    await page.reload();
    await onPage(`Your complaint ${robin.reference}`);
    const body = await mainText();
    expect(body).toContain('Our reply at Stage 1');
    expect(body).toContain('Partly upheld: we agree some of it went wrong');
    expect(body).toContain('Two collections were missed because the round was changed without telling the crew.');
    expect(await page.locator('.govuk-summary-list').nth(1).locator('li').allTextContents()).toEqual([
      'An apology',
      'Action to put things right',
    ]);
    expect(body).toMatch(/If you remain dissatisfied you can ask for Stage 2/);
    expect(body).not.toContain('Local Government and Social Care Ombudsman');
  });

  it('asks for Stage 2 with a reason (once, however often it is sent), and the case moves there', async () => {
    await page.getByRole('button', { name: 'Ask for Stage 2' }).click();
    await onPage('Ask for Stage 2');
    await page.getByRole('button', { name: 'Send request' }).click();
    await onPage('Ask for Stage 2');
    expect(await page.locator('.govuk-error-summary a').allTextContents()).toEqual(['Tell us why you are not happy with our reply']);
    await fill('Why are you not happy with our reply?', 'The bin was missed again last week.');
    await page.getByRole('button', { name: 'Send request' }).click();
    await onPage('Request sent');
    expect(await mainText()).toMatch(/will now be looked at under Stage 2/);
    const csrf = (await context.cookies()).find((c) => c.name === 'redress.portal.csrf')!.value;
    const again = await context.request.post('/hart/track/next-stage', { form: { _csrf: csrf, reason: 'Again' }, maxRedirects: 0 });
    expect(again.headers().location).toBe('/hart/track/next-stage/sent');

    const moved = await eventually(async () => {
      const c = await caseAt(robin.reference);
      return c.stage.number === 2 ? c : null;
    }, 30_000);
    expect(moved.timeline.filter((e) => e.type === 'ESCALATED').map((e) => e.detail)).toEqual([
      expect.stringContaining('The bin was missed again last week.'),
    ]);
    expect(moved.timeline.filter((e) => e.type === 'ESCALATION_REFUSED')).toEqual([]);
  });

  it('after the last stage’s reply: no stage left to ask for, and the Ombudsman’s details', async () => {
    await trackedWhen(robin.reference, robin.email, (t) => t.stage === 2);
    await page.getByRole('link', { name: 'See your complaint' }).click();
    await onPage(`Your complaint ${robin.reference}`);
    expect(await mainText()).toMatch(/Stage 2 Status We are looking into it/);

    // The escalation went to the Head of Service for the area (Hart s.6.2), who answers it.
    const c = await caseAt(robin.reference);
    await act('hart-head-of-service', 'mutation($id: ID!) { acknowledgeCase(caseId: $id) { id } }', { id: c.id });
    await act('hart-head-of-service', 'mutation($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { id } }', {
      id: c.id,
      i: { outcome: 'UPHELD', findings: 'The new round left Elvetham Road out.', remedies: ['APOLOGY', 'PROCEDURES_IMPROVED'] },
    });
    // Hart Stage 2 is signed off by the Joint Chief Executive's office before it is issued: until then, nothing shows.
    await page.reload();
    expect(await mainText()).not.toContain('The new round left Elvetham Road out.');
    await act('hart-coordinator', 'mutation($id: ID!) { signOffResponse(caseId: $id) { id } }', { id: c.id });
    await trackedWhen(robin.reference, robin.email, (t) => t.responseStage === 2);
    await page.reload();
    await onPage(`Your complaint ${robin.reference}`);
    const body = await mainText();
    expect(body).toContain('Our reply at Stage 2');
    expect(body).toContain('Upheld: we agree something went wrong');
    expect(body).toContain('The new round left Elvetham Road out.');
    expect(body).toContain('This was the last stage of our complaints procedure');
    expect(body).toMatch(/Local Government and Social Care Ombudsman.*Telephone: 0300 061 0614/);
    expect(await page.getByRole('button', { name: /^Ask for/ }).count()).toBe(0);
  });
});

describe('sessions: answers cleared, and the timeout warning', () => {
  it('without JavaScript: idle too long, the answers are cleared and the next page says so', async () => {
    await newResident();
    await page.goto('/hart/complaint/start');
    await onPage('Which service is your complaint about?');
    await choose('Street cleaning');
    await proceed();
    // The session's time runs out in Redis (SESSION_IDLE_MINUTES): what happens when a resident comes back after it.
    const cookie = (await context.cookies()).find((k) => k.name === 'redress.portal')!;
    const id = decodeURIComponent(cookie.value).slice(2).split('.')[0];
    expect(await redis.del(`${platform.isolation.queuePrefix}:portal:session:${id}`)).toBe(1);
    await choose('No, none of these');
    await proceed();
    await onPage('Your answers have been cleared');
    expect(await mainText()).toMatch(/You did not do anything for 30 minutes, so we cleared your answers/);
    await page.goto('/hart/complaint/what-happened');
    await onPage('Your answers have been cleared');
    await page.getByRole('link', { name: 'Start again' }).click();
    await expectHeading(/Make a complaint to Hart District Council/);
  });

  it('with JavaScript: the GOV.UK timeout warning two minutes before, keep my answers, or cleared when the time runs out', async () => {
    const js = await browser.newContext({ baseURL: portal });
    const p = await js.newPage();
    await p.clock.install();
    await p.goto('/hart/complaint/start');
    await onPage('Which service is your complaint about?', p);
    const dialog = p.locator('dialog.redress-timeout-warning');
    expect(await dialog.isVisible()).toBe(false);
    await p.clock.runFor('28:01');
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.locator('h2').textContent()).toBe('Your answers will be cleared soon');
    expect(await p.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await onPage('Which service is your complaint about?', p);
    const renewed = p.waitForRequest('**/session/keep-alive');
    await p.getByRole('button', { name: 'Keep my answers' }).click();
    await renewed;
    expect(await dialog.isVisible()).toBe(false);
    await p.clock.runFor('28:01');
    expect(await dialog.textContent()).toMatch(/We will clear your answers in 2 minutes/);
    await p.clock.runFor('02:00');
    await p.waitForURL('**/session/expired');
    await onPage('Your answers have been cleared', p);
    await js.close();
  });
});

describe('security, and the rate limit per resident', () => {
  it('refuses a POST without the CSRF token', async () => {
    await newResident();
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

  /** An HTTP request sent from a loopback address of our choosing (127.0.0.2 is another resident on this machine). */
  function from(address: string, url: string, headers: Record<string, string> = {}, body?: string) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const u = new URL(url);
      const req = httpRequest(
        { host: u.hostname, port: u.port, path: u.pathname, method: body ? 'POST' : 'GET', headers, localAddress: address },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
  /** `n` requests, 16 at a time: their statuses, in order. */
  async function burst(n: number, send: (i: number) => Promise<{ status: number }>): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < n; i += 16)
      statuses.push(...(await Promise.all(Array.from({ length: Math.min(16, n - i) }, (_, k) => send(i + k)))).map((r) => r.status));
    return statuses;
  }
  const direct = (address: string, forwardedFor?: string) =>
    from(
      address,
      platform.gatewayUrl,
      { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      JSON.stringify({ query: '{ __typename }' }),
    );

  it('two residents behind the portal have a bucket each: one over the limit is asked to wait, the other is served', async () => {
    const statuses = await burst(RATE_LIMIT + 10, () => from('127.0.0.2', `${portal}/`));
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(RATE_LIMIT - 20);
    expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
    const refused = await from('127.0.0.2', `${portal}/hart`);
    expect(refused.status).toBe(429);
    expect(refused.body).toContain('Please try again in a minute');
    // The resident in the browser (127.0.0.1) is not held up by their neighbour.
    await page.goto('/hart');
    await expectHeading('Make a complaint to Hart District Council');
    expect((await from('127.0.0.4', `${portal}/hart`)).status).toBe(200);
  });

  it('the gateway ignores X-Forwarded-For from a sender it does not trust, and believes the portal’s', async () => {
    // 127.0.0.3 is not a trusted proxy (TRUSTED_PROXIES is loopback 127.0.0.1 and ::1): a new address each time changes nothing.
    const statuses = await burst(RATE_LIMIT + 5, (i) => direct('127.0.0.3', `10.0.${i >> 8}.${i & 255}`));
    expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
    expect((await direct('127.0.0.3', '192.0.2.77')).status).toBe(429);
    // From a trusted proxy, the forwarded address is the caller: 127.0.0.3's bucket is full, 192.0.2.78's is not.
    expect((await direct('127.0.0.1', '127.0.0.3')).status).toBe(429);
    expect((await direct('127.0.0.1', '192.0.2.78')).status).toBe(200);
  });

  it('a resident over the limit sees a friendly page: try again in a minute', async () => {
    // Last: the browser's own address (127.0.0.1) is now over the limit for the rest of this minute.
    await burst(RATE_LIMIT, () => direct('127.0.0.1'));
    await page.goto('/hart');
    await onPage('Please try again in a minute');
    expect(await mainText()).toMatch(/Wait a minute, then go back and try again/);
  });

  it('every page visited passed axe-core (WCAG 2.2 AA) at both widths', () => {
    expect(checked.size).toBeGreaterThanOrEqual(60);
  });
});
