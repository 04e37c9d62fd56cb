import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { formatLongDate } from '@redress/policy';
import { eventually, gql, seededStaffTokens, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';
import { axeWithoutScripts, freshScreenshots, launchChromium, personWithoutScripts, signInOnProvider } from '../testing/browser';
import type { BrowserPerson } from '../testing/browser';

/*
 * The case page of the staff workspace in real headless Chromium with JavaScript off, against the running platform,
 * each person signed in through the local OpenID provider's own login form: Amy Clarke (Hart officer) takes a case,
 * acknowledges it, agrees an extension and responds; Tom Briggs (Hart Head of Service) answers Stage 2 and Priya Shah
 * (the coordinator) returns it once, then signs it off, refers it to the Ombudsman and records the decision; Sara Khan
 * (Hampshire officer) agrees a Statement of Complaint, holds and resumes. What each person sees (status, dates in words,
 * banners, timeline lines, the API's refusals in its own words) is checked, and cross-checked through the gateway;
 * axe-core finds no WCAG 2.2 AA violation on the case page and each action form at 375 px and desktop width
 * (screenshots in tmp/screenshots/workspace-casework).
 */

jest.setTimeout(240_000);

let SCREENSHOTS = '';
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '375px', width: 375, height: 740 },
];

let platform: RunningPlatform;
let browser: Browser;
let workspace = '';
let tokens: Record<string, string> = {};

beforeAll(async () => {
  SCREENSHOTS = freshScreenshots('workspace-casework');
  [platform, browser] = await Promise.all([startPlatform('workspace-casework', {}, { workspace: true }), launchChromium()]);
  workspace = platform.workspaceUrl!;
  tokens = await seededStaffTokens(['hart-officer', 'hart-coordinator', 'hampshire-coordinator']);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

// ---------------------------------------------------------------- the gateway, for the setup and the cross-checks

interface CaseFacts {
  id: string;
  status: string;
  assigneeId: string | null;
  ombudsmanReference: string | null;
  ombudsmanEnquiryRespondBy: string | null;
  ombudsmanDecision: string | null;
  stage: {
    number: number;
    respondBy: string;
    acknowledgedAt: string | null;
    extensionWorkingDays: number;
    outcome: string | null;
    findings: string | null;
    awaitingSignOff: boolean;
  };
  timeline: { type: string; detail: string | null }[];
}
const FACTS =
  'id status assigneeId ombudsmanReference ombudsmanEnquiryRespondBy ombudsmanDecision ' +
  'stage { number respondBy acknowledgedAt extensionWorkingDays outcome findings awaitingSignOff } timeline { type detail }';

async function facts(reference: string, who = 'hart-coordinator'): Promise<CaseFacts> {
  const res = await gql<{ case: CaseFacts | null }>(
    platform.gatewayUrl,
    `query F($r: String!) { case(reference: $r) { ${FACTS} } }`,
    { r: reference },
    tokens[who],
  );
  if (!res.data?.case) throw new Error(`no case ${reference}: ${JSON.stringify(res.errors)}`);
  return res.data.case;
}

async function act(who: string, mutation: string, variables: Record<string, unknown>): Promise<void> {
  const res = await gql(platform.gatewayUrl, mutation, variables, tokens[who]);
  if (res.errors) throw new Error(`${who}: ${mutation}: ${JSON.stringify(res.errors)}`);
}

/** A complaint made on the web form (no token), opened as a case by casework's worker: its reference. */
async function complaint(councilId: 'hart' | 'hampshire', name: string): Promise<string> {
  const res = await gql<{ submitFeedback: { reference: string; outcome: string } }>(
    platform.gatewayUrl,
    'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference outcome } }',
    {
      i: {
        councilId,
        kind: 'COMPLAINT',
        channel: 'WEB_FORM',
        serviceArea: councilId === 'hart' ? 'waste' : 'highways',
        summary: councilId === 'hart' ? 'Assisted bin collection missed' : 'Pothole on Station Road not repaired',
        details: 'Reported three times since the spring; nothing has been done.',
        skipInformal: true,
        complainant: { type: 'RESIDENT', name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.org` },
      },
    },
  );
  expect(res.data?.submitFeedback.outcome).toBe('ACCEPTED');
  const reference = res.data!.submitFeedback.reference;
  await eventually(() => facts(reference, councilId === 'hart' ? 'hart-coordinator' : 'hampshire-coordinator').catch(() => null), 30_000);
  return reference;
}

/** A London calendar date some days from now, as the GOV.UK date input's three parts and as ISO. */
function daysAhead(days: number): { day: string; month: string; year: string; iso: string } {
  const d = new Date(Date.now() + days * 86_400_000);
  const iso = d.toISOString().slice(0, 10);
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()), iso };
}

// ---------------------------------------------------------------- people in the browser

interface Person extends BrowserPerson {
  name: string;
}

/** Signs in through the local OpenID provider's own form (staff id and the development password), JavaScript off. */
async function signIn(staffId: string, name: string): Promise<Person> {
  const { context, page, cdp } = await personWithoutScripts(browser, workspace);
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await signInOnProvider(page, staffId);
  await page.waitForURL((url) => url.toString().startsWith(workspace) && !url.pathname.startsWith('/auth/'));
  expect(await page.locator('.app-signed-in').textContent()).toContain(name);
  return { name, context, page, cdp };
}

const visited: string[] = [];

/** The page is the one expected; at desktop width and at 375 px axe-core finds nothing, with a screenshot of each. */
async function onPage(p: Person, heading: string | RegExp, label: string): Promise<void> {
  const h1 = (await p.page.locator('h1').first().textContent())?.trim() ?? '';
  if (typeof heading === 'string') expect(h1).toBe(heading);
  else expect(h1).toMatch(heading);
  visited.push(label);
  for (const size of WIDTHS) {
    await p.page.setViewportSize(size);
    const file = `${String(visited.length).padStart(2, '0')}-${label}-${size.name}.png`;
    await p.page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
    expect({ page: label, width: size.width, violations: await axeWithoutScripts(p) }).toEqual({
      page: label,
      width: size.width,
      violations: [],
    });
  }
  await p.page.setViewportSize(WIDTHS[0]);
}

/** The words of the first element matching `selector` (each piece of text apart, as written: no CSS capitals), on one line. */
const words = async (p: Person, selector: string): Promise<string> => {
  const pieces = await p.page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) found.push(n.textContent ?? '');
      return found;
    });
  return pieces.join(' ').replace(/\s+/g, ' ').trim();
};
const banner = (p: Person) => words(p, '.govuk-notification-banner--success');
const errorSummary = (p: Person) => words(p, '.govuk-error-summary');
const status = (p: Person) => words(p, '#case-status');
/** The value of a row of a summary list (the first with that key). */
const rowValue = async (p: Person, key: string, within = 'main'): Promise<string> =>
  (
    (await p.page
      .locator(within)
      .locator('.govuk-summary-list__row', { has: p.page.locator('.govuk-summary-list__key', { hasText: new RegExp(`^\\s*${key}\\s*$`) }) })
      .first()
      .locator('.govuk-summary-list__value')
      .textContent()) ?? ''
  )
    .replace(/\s+/g, ' ')
    .trim();
/** The current stage's card on the case page. */
const CURRENT_STAGE = '.govuk-summary-card:has(h3:text-matches("current stage"))';
const timelineTitles = async (p: Person): Promise<string[]> =>
  (await p.page.locator('#timeline .moj-timeline__title').allTextContents()).map((t) => t.trim());
const action = (p: Person, link: string) => p.page.locator('#case-actions').getByRole('link', { name: link, exact: true }).click();
const send = (p: Person) => p.page.locator('#confirm').click();
const actions = async (p: Person): Promise<string[]> => (await p.page.locator('#case-actions a').allTextContents()).map((t) => t.trim());

// ---------------------------------------------------------------- the journeys

describe('a Hart officer takes a case, acknowledges it, agrees an extension and responds', () => {
  let amy: Person;
  let reference = '';

  beforeAll(async () => {
    reference = await complaint('hart', 'Robin Casework');
    amy = await signIn('hart-officer', 'Amy Clarke');
  });
  afterAll(() => amy?.context.close());

  it('opens the case: unassigned, with "Take this case" as the only way in', async () => {
    await amy.page.goto(`/cases/${reference}`);
    await onPage(amy, 'Assisted bin collection missed', 'case-unassigned');
    expect(await status(amy)).toMatch(/^Open/);
    expect(await rowValue(amy, 'Handled by')).toBe('Unassigned');
    const f = await facts(reference);
    expect(await rowValue(amy, 'Respond by', CURRENT_STAGE)).toBe(formatLongDate(f.stage.respondBy));
    expect(await rowValue(amy, 'Time left', CURRENT_STAGE)).toMatch(/^\d+ working days left$/);
    expect(await amy.page.getByRole('button', { name: 'Take this case' }).count()).toBe(1);
    expect(await actions(amy)).not.toContain('Acknowledge');
  });

  it('takes it: the banner says so, she handles it, the timeline has it', async () => {
    await amy.page.getByRole('button', { name: 'Take this case' }).click();
    expect(await banner(amy)).toContain('You have taken this case: it is in your cases.');
    expect(await rowValue(amy, 'Handled by')).toBe('Amy Clarke');
    expect((await timelineTitles(amy))[0]).toBe('Assigned');
    expect((await facts(reference)).assigneeId).toBe('hart-officer');
    // Shown once: the banner goes on the next page view.
    await amy.page.reload();
    expect(await amy.page.locator('.govuk-notification-banner--success').count()).toBe(0);
  });

  it('acknowledges it, having seen the email the resident will get', async () => {
    await action(amy, 'Acknowledge');
    await onPage(amy, 'Acknowledge the complaint', 'acknowledge');
    expect(await words(amy, '.govuk-details')).toMatch(
      /See the email the customer will get To: robin\.casework@example\.org Subject: .*Robin Casework/,
    );
    await send(amy);
    const f = await facts(reference);
    expect(f.stage.acknowledgedAt).not.toBeNull();
    expect(await banner(amy)).toContain(`Complaint acknowledged. The response is due by ${formatLongDate(f.stage.respondBy)}.`);
    expect(await rowValue(amy, 'Acknowledged', CURRENT_STAGE)).toMatch(/^\w+day \d{1,2} \w+ \d{4} at \d{2}:\d{2}$/);
    expect((await timelineTitles(amy))[0]).toBe('Acknowledged');
  });

  it('agrees an extension: empty and impossible answers are refused in words, what was typed kept', async () => {
    const before = (await facts(reference)).stage.respondBy;
    await action(amy, 'Agree an extension');
    await onPage(amy, 'Agree an extension', 'extend');
    expect(await words(amy, '#extension-cap')).toBe(
      "Hart District Council's policy sets no fixed maximum for an extension at Stage 1 (none agreed so far).",
    );
    await send(amy);
    expect(await errorSummary(amy)).toContain('Enter the working days to add as a whole number, like 5');
    expect(await errorSummary(amy)).toContain('Enter why the extension was agreed');
    await onPage(amy, 'Agree an extension', 'extend-errors');
    // The API's own limit, in its words, at the field; the reason typed is still there.
    await amy.page.getByLabel('How many working days to add?').fill('300');
    await amy.page.getByLabel('Why is more time needed?').fill('The crew supervisor is on leave until next week');
    await send(amy);
    expect(await errorSummary(amy)).toMatch(/working days added to the response deadline/);
    expect(await amy.page.locator('#workingDays-error').count()).toBe(1);
    expect(await amy.page.getByLabel('Why is more time needed?').inputValue()).toBe('The crew supervisor is on leave until next week');
    await amy.page.getByLabel('How many working days to add?').fill('2');
    await send(amy);
    const f = await facts(reference);
    expect(f.stage.extensionWorkingDays).toBe(2);
    expect(f.stage.respondBy > before).toBe(true);
    expect(await banner(amy)).toContain(
      `Extension of 2 working days agreed. The response is now due by ${formatLongDate(f.stage.respondBy)}.`,
    );
    expect(await rowValue(amy, 'Respond by', CURRENT_STAGE)).toBe(
      `${formatLongDate(f.stage.respondBy)} (with an extension of 2 working days)`,
    );
    expect((await timelineTitles(amy))[0]).toBe('Extension agreed');
  });

  it('responds: a lesson that names the resident is refused in the API’s words; put right, the response is sent', async () => {
    await action(amy, 'Respond');
    await onPage(amy, 'Respond to the complaint', 'respond');
    expect(await words(amy, 'main')).toContain('write them without personal data');
    await amy.page.getByLabel('Partly upheld').check();
    const findings = 'The assisted collection was missed on three dates because the round sheet was out of date.';
    await amy.page.getByLabel('Findings').fill(findings);
    await amy.page.getByLabel('An apology').check();
    await amy.page.getByLabel('Lessons learned (optional)').fill('Robin Casework should have been called when the round changed');
    await send(amy);
    expect(await errorSummary(amy)).toMatch(/lessonsLearned is shared with analysts and the scrutiny committee: take out .*Robin Casework/);
    expect(await amy.page.locator('#lessonsLearned-error').count()).toBe(1);
    await onPage(amy, 'Respond to the complaint', 'respond-refused');
    // Everything typed is kept.
    expect(await amy.page.getByLabel('Findings').inputValue()).toBe(findings);
    expect(await amy.page.getByLabel('Partly upheld').isChecked()).toBe(true);
    expect(await amy.page.getByLabel('An apology').isChecked()).toBe(true);
    await amy.page.getByLabel('Lessons learned (optional)').fill('Tell residents on assisted collections when their round changes');
    await send(amy);
    expect(await banner(amy)).toContain('Response sent to the customer.');
    expect(await status(amy)).toMatch(/^Responded/);
    expect(await rowValue(amy, 'Outcome', CURRENT_STAGE)).toBe('Partly upheld');
    expect(await rowValue(amy, 'Findings', CURRENT_STAGE)).toBe(findings);
    await onPage(amy, 'Assisted bin collection missed', 'case-responded');
    const f = await facts(reference);
    expect(f).toMatchObject({ status: 'RESPONDED', stage: { outcome: 'PARTIALLY_UPHELD', findings } });
    // The response email is recorded among the messages sent.
    await eventually(async () => {
      await amy.page.reload();
      return (await words(amy, 'main')).includes('Read the response') ? true : null;
    }, 20_000);
  });

  it('cannot open a Hampshire case by its address', async () => {
    const hampshire = await complaint('hampshire', 'Sam Otherside');
    const res = await amy.page.goto(`/cases/${hampshire}`);
    expect(res?.status()).toBe(404);
    expect(await words(amy, 'h1')).toBe('Page not found');
  });
});

describe('Hart Stage 2: the Head of Service answers, the coordinator returns it once, signs it off, then the Ombudsman', () => {
  let tom: Person;
  let priya: Person;
  let reference = '';

  beforeAll(async () => {
    // Stage 1 answered and escalated through the gateway (the officer's journey above is the browser's).
    reference = await complaint('hart', 'Alex Stagetwo');
    const { id } = await facts(reference);
    await act('hart-officer', 'mutation A($id: ID!) { assignCase(caseId: $id, assigneeId: "hart-officer") { id } }', { id });
    await act('hart-officer', 'mutation K($id: ID!) { acknowledgeCase(caseId: $id) { id } }', { id });
    await act('hart-officer', 'mutation R($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { id } }', {
      id,
      i: { outcome: 'NOT_UPHELD', findings: 'Collections were made as scheduled.' },
    });
    await act(
      'hart-officer',
      'mutation E($id: ID!) { escalateCase(caseId: $id, reason: "The resident says the bin is still missed") { id } }',
      {
        id,
      },
    );
    expect(await facts(reference)).toMatchObject({ stage: { number: 2 }, assigneeId: 'hart-head-of-service' });
    [tom, priya] = await Promise.all([signIn('hart-head-of-service', 'Tom Briggs'), signIn('hart-coordinator', 'Priya Shah')]);
  });
  afterAll(async () => {
    await tom?.context.close();
    await priya?.context.close();
  });

  it('Tom Briggs drafts the Stage 2 response: it waits for sign-off, and he cannot sign it off himself', async () => {
    await tom.page.goto(`/cases/${reference}`);
    await onPage(tom, 'Assisted bin collection missed', 'stage-2');
    expect(await rowValue(tom, 'Handled by')).toBe('Tom Briggs');
    await action(tom, 'Respond');
    expect(await words(tom, '.govuk-inset-text')).toContain(
      'At Stage 2 the response is signed off by the complaints coordinator before it is sent.',
    );
    expect(await tom.page.locator('#confirm').textContent()).toContain('Send for sign-off');
    await tom.page.getByLabel('Not upheld').check();
    await tom.page.getByLabel('Findings').fill('Stage 1 looked at this properly.');
    await send(tom);
    expect(await banner(tom)).toContain('Response drafted: it is waiting to be signed off before it is sent.');
    expect(await status(tom)).toContain('Awaiting sign-off');
    expect(await rowValue(tom, 'Responded', CURRENT_STAGE)).toBe('Drafted: waiting to be signed off');
    expect(await actions(tom)).not.toContain('Sign off the response');
    expect((await facts(reference)).stage.awaitingSignOff).toBe(true);
  });

  it('Priya Shah returns it for changes, with her reason', async () => {
    await priya.page.goto(`/cases/${reference}`);
    expect(await actions(priya)).toEqual(expect.arrayContaining(['Sign off the response', 'Return for changes']));
    await action(priya, 'Return for changes');
    await onPage(priya, 'Return the response for changes', 'return');
    expect(await rowValue(priya, 'Findings', '#draft')).toBe('Stage 1 looked at this properly.');
    await send(priya);
    expect(await errorSummary(priya)).toContain('Enter what must change before it is signed off');
    const reason = 'Say what the crews found on each date, and apologise for the missed collections';
    await priya.page.getByLabel('What must change before it is signed off?').fill(reason);
    await send(priya);
    expect(await banner(priya)).toContain('Response returned for changes to Tom Briggs.');
    expect((await timelineTitles(priya))[0]).toBe('Returned for changes');
    expect(await words(priya, '#timeline .moj-timeline__item')).toContain(reason);
    expect(await actions(priya)).not.toContain('Sign off the response');
    expect((await facts(reference)).stage).toMatchObject({ awaitingSignOff: false, outcome: null });
  });

  it('Tom Briggs redrafts; Priya Shah signs it off and it is sent', async () => {
    await tom.page.goto(`/cases/${reference}/respond`);
    await tom.page.getByLabel('Partly upheld').check();
    await tom.page.getByLabel('Findings').fill('Crews found the bin out late on two of the five dates.');
    await tom.page.getByLabel('An apology').check();
    await send(tom);
    expect(await banner(tom)).toContain('Response drafted');

    await priya.page.goto(`/cases/${reference}`);
    await action(priya, 'Sign off the response');
    await onPage(priya, 'Sign off the response', 'sign-off');
    expect(await rowValue(priya, 'Findings', '#draft')).toBe('Crews found the bin out late on two of the five dates.');
    expect(await words(priya, '.govuk-details, .govuk-inset-text')).toMatch(/See the email the customer will get|No message will be sent/);
    await send(priya);
    expect(await banner(priya)).toContain('Response signed off and sent to the customer.');
    expect(await status(priya)).toMatch(/^Responded/);
    expect((await timelineTitles(priya))[0]).toBe('Response signed off');
    expect((await facts(reference)).stage).toMatchObject({ outcome: 'PARTIALLY_UPHELD', awaitingSignOff: false });
  });

  it('Priya Shah records the referral to the Ombudsman and the Ombudsman’s decision; the case closes', async () => {
    const answerBy = daysAhead(40);
    await action(priya, 'Refer to the Ombudsman');
    await onPage(priya, 'Record a referral to the Ombudsman', 'refer');
    await priya.page.getByLabel("The Ombudsman's reference").fill('26 012 345');
    await priya.page.getByLabel('Day').fill(answerBy.day);
    await priya.page.getByLabel('Month').fill(answerBy.month);
    await priya.page.getByLabel('Year').fill(answerBy.year);
    await send(priya);
    expect(await banner(priya)).toContain('Referred to the Ombudsman (their reference 26 012 345).');
    expect(await status(priya)).toMatch(/^With the Ombudsman/);
    expect(await rowValue(priya, "Ombudsman's reference")).toBe('26 012 345');
    expect(await rowValue(priya, 'Answer their enquiry by')).toBe(formatLongDate(answerBy.iso));
    expect(await facts(reference)).toMatchObject({
      status: 'WITH_OMBUDSMAN',
      ombudsmanReference: '26 012 345',
      ombudsmanEnquiryRespondBy: answerBy.iso,
    });
    await onPage(priya, 'Assisted bin collection missed', 'case-with-ombudsman');

    await action(priya, "Record the Ombudsman's decision");
    await onPage(priya, "Record the Ombudsman's decision", 'decision');
    await priya.page.getByLabel('Not upheld', { exact: true }).check();
    await priya.page.getByLabel('Summary of the decision').fill('No fault: the council answered properly at Stage 2.');
    await send(priya);
    expect(await banner(priya)).toContain("The Ombudsman's decision is recorded and the case is closed.");
    expect(await status(priya)).toMatch(/^Closed/);
    expect(await rowValue(priya, 'Decision')).toBe('Not upheld');
    expect(await facts(reference)).toMatchObject({ status: 'CLOSED', ombudsmanDecision: 'NOT_UPHELD' });
    expect(await timelineTitles(priya)).toEqual(expect.arrayContaining(["Ombudsman's decision", 'Referred to the Ombudsman']));
  });
});

describe('a Hampshire officer agrees a Statement of Complaint, holds and resumes', () => {
  let sara: Person;
  let reference = '';

  beforeAll(async () => {
    reference = await complaint('hampshire', 'Sam County');
    sara = await signIn('hampshire-officer', 'Sara Khan');
  });
  afterAll(() => sara?.context.close());

  it('takes the case and holds it for the Statement of Complaint: the clock stops', async () => {
    await sara.page.goto(`/cases/${reference}`);
    await sara.page.getByRole('button', { name: 'Take this case' }).click();
    expect(await banner(sara)).toContain('You have taken this case');
    await action(sara, 'Put on hold');
    await onPage(sara, 'Put the case on hold', 'hold');
    await send(sara);
    expect(await errorSummary(sara)).toContain('Select why the case is on hold');
    await sara.page.getByLabel('Waiting for the Statement of Complaint to be agreed').check();
    await sara.page.getByLabel('Note (optional)').fill('Scope unclear: the resident mentions two roads');
    await send(sara);
    expect(await banner(sara)).toContain('Case put on hold: the clock has stopped until it is resumed.');
    expect(await status(sara)).toMatch(/^On hold/);
    expect(await rowValue(sara, 'Time left', CURRENT_STAGE)).toMatch(/^On hold \(\d+ working days? left\)$/);
    expect((await timelineTitles(sara))[0]).toBe('Put on hold');
    expect((await facts(reference, 'hampshire-coordinator')).status).toBe('ON_HOLD');
  });

  it('while it is on hold it is still in "My cases", its status and flag saying so', async () => {
    await sara.page.goto('/queues/mine');
    await onPage(sara, 'My cases', 'my-cases-on-hold');
    // The queue starts with the cases still being worked, as the filter says in words.
    expect((await sara.page.getByLabel('Status').locator('option:checked').textContent())?.trim()).toBe('Open or on hold');
    const row = sara.page.locator('.app-case-table tbody tr', { has: sara.page.getByRole('link', { name: reference, exact: true }) });
    expect(await row.count()).toBe(1);
    const cells = (await row.locator('td').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(cells[3]).toBe('On hold');
    expect(cells[4]).toMatch(/^On hold \(/);
    expect(await row.locator('.moj-badge').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^\s*On hold\s*$/)]));
    // Open alone leaves it out until it is resumed; any status shows it again.
    await sara.page.getByLabel('Status').selectOption({ label: 'Open' });
    await sara.page.getByRole('button', { name: 'Apply filters' }).click();
    expect(await row.count()).toBe(0);
    await sara.page.getByLabel('Status').selectOption({ label: 'On hold' });
    await sara.page.getByRole('button', { name: 'Apply filters' }).click();
    expect(await row.count()).toBe(1);
    await sara.page.getByRole('link', { name: reference, exact: true }).click();
    expect(sara.page.url()).toBe(`${workspace}/cases/${reference}`);
  });

  it('agrees the Statement of Complaint: the case is open again', async () => {
    await action(sara, 'Agree the Statement of Complaint');
    await onPage(sara, 'Agree the Statement of Complaint', 'statement');
    await sara.page
      .getByLabel('The Statement of Complaint, as agreed')
      .fill('Whether the two reports of the pothole on Station Road were handled within policy');
    await send(sara);
    const f = await facts(reference, 'hampshire-coordinator');
    expect(f.status).toBe('OPEN');
    expect(await banner(sara)).toContain(
      `Statement of Complaint agreed. The case is open. The response is due by ${formatLongDate(f.stage.respondBy)}.`,
    );
    expect(await status(sara)).toMatch(/^Open/);
    expect(await timelineTitles(sara)).toContain('Statement of Complaint agreed');
  });

  it('holds it for the customer and resumes it: the response date as the API moved it', async () => {
    await action(sara, 'Put on hold');
    await sara.page.getByLabel('Waiting for the customer').check();
    await send(sara);
    expect(await status(sara)).toMatch(/^On hold/);
    await action(sara, 'Resume');
    await onPage(sara, 'Resume the case', 'resume');
    await send(sara);
    const f = await facts(reference, 'hampshire-coordinator');
    expect(f.status).toBe('OPEN');
    expect(await banner(sara)).toContain(
      `Case resumed: the clock has restarted. The response is due by ${formatLongDate(f.stage.respondBy)}.`,
    );
    expect(await rowValue(sara, 'Respond by', CURRENT_STAGE)).toBe(formatLongDate(f.stage.respondBy));
    expect((await timelineTitles(sara))[0]).toMatch(/^(Resumed|Deadlines moved|Message)/);
    expect(await timelineTitles(sara)).toContain('Resumed');
  });
});
