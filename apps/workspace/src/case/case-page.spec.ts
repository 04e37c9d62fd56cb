import { GatewayError } from '@redress/web';
import { DIRECTORY, hartCase, withStages } from './case-fixture';
import { ACTION_FORMS, TAKE_FORM, actionForm, checkDate, refusalErrors, typedDate } from './case-actions';
import { actionFormView, extensionCap, signOffBy } from './case-forms';
import { actionLinks, caseFlags, casePage, messageView, multiline, stageCard, timelineItems } from './case-page';

describe('the case page in words', () => {
  const page = casePage(withStages(hartCase()), DIRECTORY);
  const rowsOf = (rows: { key: { text: string }; value: { text: string } | { html: string } }[]) =>
    Object.fromEntries(rows.map((r) => [r.key.text, 'text' in r.value ? r.value.text : r.value.html]));

  it('writes every date out, on the London clock, and the working days left as the API counted them', () => {
    const [current, first] = page.stages;
    expect(current.title).toBe('Stage 2 (current stage)');
    expect(rowsOf(current.rows)).toMatchObject({
      Opened: 'Monday 4 January 2027 at 11:00',
      'Acknowledge by': 'Thursday 7 January 2027',
      Acknowledged: 'Not yet',
      'Respond by': 'Monday 1 February 2027 (with an extension of 5 working days)',
      'Time left': '3 working days left',
      Responded: 'Drafted: waiting to be signed off',
      Outcome: 'Partly upheld',
      Remedies: 'An apology',
      Findings: 'Crews found the bin out late<br>on two of the five dates.',
    });
    // In December London is on GMT: 09:30Z is 09:30. An earlier stage shows no time left once answered.
    expect(rowsOf(first.rows)).toMatchObject({
      Acknowledged: 'Wednesday 2 December 2026 at 09:30',
      Responded: 'Monday 14 December 2026 at 15:00',
    });
    expect(rowsOf(first.rows)['Time left']).toBeUndefined();
    expect(rowsOf(page.about)).toMatchObject({
      'Handled by': 'Tom Briggs',
      Categories: 'Failure to provide a service',
      Service: 'Bin collection and recycling',
    });
  });

  it('London summer time moves the clock an hour on', () => {
    const c = hartCase({ receivedAt: '2026-07-16T22:30:00Z' });
    expect(rowsOf(casePage(withStages(c), DIRECTORY).about).Received).toBe('Thursday 16 July 2026 at 23:30 (web form)');
  });

  it('overdue and on hold are said in words', () => {
    const c = hartCase({ status: 'ON_HOLD', stage: { ...hartCase().stage, workingDaysLeft: -2, awaitingSignOff: false } });
    expect(rowsOf(stageCard(c.stage, c).rows)['Time left']).toBe('On hold (overdue by 2 working days)');
    const missed = {
      ...c.stage,
      breaches: [{ kind: 'RESPONSE' as const, dueAt: '2027-02-01T23:59:59.999Z', detectedAt: '2027-02-02T00:00:05Z' }],
    };
    expect(rowsOf(stageCard(missed, c).rows)['Missed deadlines']).toBe(
      'Response due Monday 1 February 2027: missed, found Tuesday 2 February 2027 at 00:00',
    );
  });

  it('flags what a handler must know before they write: restriction, adjustments, sign-off', () => {
    expect(page.flags.map((f) => f.text)).toEqual(['Contact restricted', 'Adjustments', 'Awaiting sign-off']);
    expect(caseFlags({ ...hartCase(), complainant: null, overdue: true, lateComplaint: true }).map((f) => f.text)).toEqual([
      'Overdue',
      'Late complaint',
      'Awaiting sign-off',
      'Anonymous',
    ]);
    expect(rowsOf(page.complainant!)).toMatchObject({
      'Reasonable adjustments': 'Large print: 16 point print (review by Tuesday 1 June 2027)',
      'Contact restriction': expect.stringMatching(/^Yes: contact is restricted/),
      Address: '1 Elvetham Road<br>Fleet',
    });
  });

  it('the timeline is newest first, each line named, what was typed escaped', () => {
    const items = timelineItems(hartCase().timeline);
    expect(items.map((i) => [i.label.text, i.byline?.text])).toEqual([
      ['Response', 'Tom Briggs'],
      ['Something new', 'Amy Clarke'],
      ['Case opened', undefined],
    ]);
    expect(items[0].html).toBe('<p class="govuk-body">Drafted &lt;for sign-off&gt;</p>');
    expect(multiline('a & b\n<script>').html).toBe('a &amp; b<br>&lt;script&gt;');
  });

  it('offers an email to send again and a printed letter to print again, nothing for a message never sent', () => {
    const [email, letter, held] = hartCase().messages!.map((m) => messageView(m, 'HDC-2026-000042'));
    expect([email.canResend, email.letterHref, email.how, email.when]).toEqual([
      true,
      null,
      'Email to jo@example.org',
      'Sent Wednesday 2 December 2026 at 09:30',
    ]);
    expect([letter.canResend, letter.letterHref]).toEqual([false, '/cases/HDC-2026-000042/messages/m2/letter']);
    expect([held.canResend, held.letterHref, held.status.text, held.failure]).toEqual([false, null, 'Not sent', 'contact is restricted']);
    expect(casePage(hartCase({ messages: null }), DIRECTORY).messages).toBeNull();
  });

  it('shows only the actions the API lists: taking a case is a button, the rest are links to their forms', () => {
    expect(page.actions.links.map((l) => l.href)).toEqual([
      '/cases/HDC-2026-000042/contact',
      '/cases/HDC-2026-000042/sign-off',
      '/cases/HDC-2026-000042/return',
      '/cases/HDC-2026-000042/categories',
    ]);
    expect(actionLinks('HDC-2026-000042', ['TAKE'])).toEqual({ take: true, links: [] });
    expect(actionLinks('HDC-2026-000042', [])).toEqual({ take: false, links: [] });
    // Every action of the contract but naming the staff involved has a form (or, taking, a button).
    const withForms = [TAKE_FORM, ...ACTION_FORMS].map((f) => f.action).sort();
    expect(withForms).toHaveLength(22);
    expect(new Set(withForms).size).toBe(22);
    expect(actionForm('extend')?.action).toBe('EXTEND');
    expect(actionForm('nothing')).toBeUndefined();
  });
});

describe('the action forms', () => {
  const extend = actionForm('extend')!;

  it('shows the policy’s maximum extension and what was agreed already', () => {
    const c = hartCase();
    expect(extensionCap(c)).toBe(
      "Hart District Council's policy allows up to 10 working days of extension in all at Stage 2: 5 working days already agreed.",
    );
    const informal = { ...c, stage: { ...c.stage, number: 0, name: 'Informal resolution', extensionWorkingDays: 0 } };
    expect(extensionCap(informal)).toBe(
      "Hart District Council's policy sets no fixed maximum for an extension at Informal resolution (none agreed so far).",
    );
    expect(signOffBy(c)).toBe('complaints coordinator');
    expect(signOffBy(informal)).toBeNull();
  });

  it('keeps what was typed, the choices ticked again', () => {
    const respond = actionForm('respond')!;
    const view = actionFormView(respond, hartCase(), DIRECTORY, {
      outcome: 'UPHELD',
      remedies: ['APOLOGY', 'OTHER'],
      findings: ' Found it ',
    });
    expect(view.button).toBe('Send for sign-off');
    expect(view.values.findings).toBe('Found it');
    expect(view.choices.outcomes.filter((o) => o.checked).map((o) => o.value)).toEqual(['UPHELD']);
    expect(view.choices.remedies.filter((o) => o.checked).map((o) => o.value)).toEqual(['APOLOGY', 'OTHER']);
    // Until changed, the categories ticked are the case's own.
    expect(view.choices.categories.filter((o) => o.checked).map((o) => o.value)).toEqual(['FAILURE_TO_PROVIDE_SERVICE']);
    // Only people who handle cases are offered as handlers.
    expect(view.choices.assignees.map((o) => o.text)).toEqual([
      'Choose who will handle it',
      'Amy Clarke (Officer)',
      'Tom Briggs (Head of Service)',
      'Priya Shah (Complaints coordinator)',
    ]);
    expect(view.draft.map((r) => r.key.text)).toEqual(['Outcome', 'Remedies', 'Findings', 'Lessons learned']);
    expect(view.standing.map((r) => ('text' in r.value ? r.value.text : ''))).toEqual([
      'Stage 2',
      'Monday 1 February 2027',
      '3 working days left',
      'Tom Briggs',
    ]);
  });

  it('checks only what a person can put right before sending, in the design system’s words', () => {
    expect(extend.check({ workingDays: 'five', reason: '' })).toEqual([
      { field: 'workingDays', message: 'Enter the working days to add as a whole number, like 5' },
      { field: 'reason', message: 'Enter why the extension was agreed' },
    ]);
    // The policy's maximum is the API's to check.
    expect(extend.check({ workingDays: '50', reason: 'Site visit' })).toEqual([]);
    expect(actionForm('respond')!.check({ outcome: 'NOT_INVESTIGATED', findings: 'x' })).toEqual([
      { field: 'notInvestigatedReason', message: 'Enter why the complaint was not investigated' },
    ]);
    expect(actionForm('categories')!.check({})).toEqual([{ field: 'categories', message: 'Select at least one category' }]);
  });

  it('reads a GOV.UK date input: empty when optional, or missing parts and impossible dates named', () => {
    const date = (day: string, month: string, year: string) => ({ 'd-day': day, 'd-month': month, 'd-year': year });
    expect(checkDate('d', 'the review date', true)(date('', '', ''))).toEqual([]);
    expect(checkDate('d', 'the review date')(date('', '', ''))).toEqual([{ field: 'd', href: 'd-day', message: 'Enter the review date' }]);
    expect(checkDate('d', 'the review date')(date('31', '2', '2027'))).toEqual([
      { field: 'd', href: 'd-day', message: 'The review date must be a real date' },
    ]);
    expect(checkDate('d', 'the review date')(date('1', '', '2027'))).toEqual([
      { field: 'd', href: 'd-month', message: 'The review date must include a month' },
    ]);
    // A future date is fine here: whether it is too late or too early is the API's to say.
    expect(checkDate('d', 'the review date')(date('1', '6', '2099'))).toEqual([]);
    expect(typedDate(date('1', '6', '2099'), 'd')).toBe('2099-06-01');
    expect(typedDate(date('', '', ''), 'd')).toBeNull();
  });

  it('shows each refusal of the API in its words: at the field it names, or at the form’s first field', () => {
    const refusal = new GatewayError(
      [
        { code: 'BAD_USER_INPUT', field: 'workingDays', message: "Hart District Council's policy allows at most 10 working days" },
        { code: 'CONFLICT', field: null, message: 'Stage 2 already has a response.' },
        { code: 'BAD_USER_INPUT', field: 'newRespondBy', message: 'The new date must be later' },
      ],
      200,
    );
    expect(
      refusalErrors(refusal, { workingDays: 'workingDays', newRespondBy: { field: 'newRespondBy', href: 'newRespondBy-day' } }, 'reason'),
    ).toEqual([
      { field: 'workingDays', message: "Hart District Council's policy allows at most 10 working days" },
      { field: 'reason', message: 'Stage 2 already has a response.' },
      { field: 'newRespondBy', href: 'newRespondBy-day', message: 'The new date must be later' },
    ]);
    // Not a refusal a form can show: the error pages take it.
    const down = new GatewayError([{ code: 'SERVICE_UNAVAILABLE', field: null, message: 'down' }], 503);
    expect(() => refusalErrors(down, {}, 'confirm')).toThrow(down);
    const bug = new Error('a bug');
    expect(() => refusalErrors(bug, {}, 'confirm')).toThrow(bug);
  });
});
