import { customerMessage } from '../cases/customer-messages';
import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import { LGSCO_CODE_POLICY } from '../policies/lgsco-code.policy';
import {
  expectedResponseAfterHold,
  expectedResponseDate,
  informsCoordinatorOfDelay,
  responseReminderAdvice,
  stageDelayedAlertMessage,
} from './delays';

describe('delays explained with a new date (Code 5)', () => {
  it('the customer expects the later of the promise and the new date; the promise never moves', () => {
    expect(expectedResponseDate('2026-12-07', null)).toBe('2026-12-07');
    expect(expectedResponseDate('2026-12-07', '2027-01-05')).toBe('2027-01-05');
    // a bank holiday moved the promise past the date given: the later one stands
    expect(expectedResponseDate('2026-12-08', '2026-12-07')).toBe('2026-12-08');
  });

  it('a hold moves the date given by the working days held, as it moves the deadlines', () => {
    expect(expectedResponseAfterHold(HART_POLICY, null, 3)).toBeNull();
    expect(expectedResponseAfterHold(HART_POLICY, '2026-12-24', 2)).toBe('2026-12-30');
  });

  it('reminds the handler of the options when the response deadline is near', () => {
    const facts = { stage: 1, extensionWorkingDays: 0, respondBy: '2026-12-07', expectedResponseBy: null };
    expect(responseReminderAdvice(HART_POLICY, facts)).toBe(
      'If it cannot be sent by then, agree an extension with the customer, or tell the customer of the delay, ' +
        'with the reason and a new date (notify a delay).',
    );
    expect(responseReminderAdvice(LGSCO_CODE_POLICY, { ...facts, extensionWorkingDays: 4 })).toContain(
      'agree an extension with the customer (at most 6 more working days), or tell',
    );
    expect(responseReminderAdvice(LGSCO_CODE_POLICY, { ...facts, extensionWorkingDays: 10 })).toBe(
      'If it cannot be sent by then, tell the customer of the delay, with the reason and a new date (notify a delay): ' +
        `the extension ${LGSCO_CODE_POLICY.councilName}'s policy allows at Stage 1 is used up.`,
    );
    expect(responseReminderAdvice(HART_POLICY, { ...facts, expectedResponseBy: '2027-01-05' })).toBe(
      'The customer was told to expect it by Tuesday 5 January 2027; it was promised by Monday 7 December 2026, so it ' +
        'counts as late. If that date cannot be met either, tell the customer of the delay, with the reason and a new date ' +
        '(notify a delay).',
    );
  });

  it('Hart Stage 2 informs the Joint Chief Executive (the coordinator) of an extension or a delay, and no other stage', () => {
    expect(informsCoordinatorOfDelay(HART_POLICY, 2)).toBe(true);
    expect(informsCoordinatorOfDelay(HART_POLICY, 1)).toBe(false);
    expect(HAMPSHIRE_POLICY.stages.some((s) => informsCoordinatorOfDelay(HAMPSHIRE_POLICY, s.number))).toBe(false);
    const f = { reference: 'HDC-2026-000042', stage: 2, was: '2026-12-07', now: '2027-01-05', reason: 'a site visit is needed' };
    expect(stageDelayedAlertMessage(HART_POLICY, { ...f, kind: 'EXTENDED' })).toBe(
      'HDC-2026-000042: Stage 2 is taking longer: an extension was agreed with the customer (a site visit is needed); ' +
        'the response is now due by Tuesday 5 January 2027, not Monday 7 December 2026.',
    );
    expect(stageDelayedAlertMessage(HART_POLICY, { ...f, kind: 'DELAYED' })).toBe(
      'HDC-2026-000042: Stage 2 will be answered late: the customer was told of a delay (a site visit is needed) and ' +
        'now expects a reply by Tuesday 5 January 2027; it was promised by Monday 7 December 2026.',
    );
  });
});

describe('messages to the customer: a delay, a restart, a regular update', () => {
  const base = { policy: HART_POLICY, reference: 'HDC-2026-000042', stage: 2, respondBy: '2026-12-07' };

  it('explains a delay with the reason and the new date', () => {
    expect(customerMessage({ ...base, kind: 'DELAY', reason: 'the crew report is not back yet', expectedResponseBy: '2027-01-05' })).toBe(
      'Your reference: HDC-2026-000042. We are sorry: our reply to your complaint under Stage 2 will be later than ' +
        'Monday 7 December 2026, the date we gave you. The crew report is not back yet. ' +
        'We now expect to reply by Tuesday 5 January 2027.',
    );
    expect(customerMessage({ ...base, kind: 'DELAY', expectedResponseBy: '2027-01-05' })).toContain(
      'the date we gave you. We now expect to reply by Tuesday 5 January 2027.',
    );
  });

  it('says when a paused complaint restarts, and the reply date', () => {
    expect(customerMessage({ ...base, kind: 'RESUMED', respondBy: '2026-12-10' })).toBe(
      'Your reference: HDC-2026-000042. We have restarted work on your complaint under Stage 2. ' +
        'We will now reply by Thursday 10 December 2026.',
    );
    expect(customerMessage({ ...base, kind: 'RESUMED', expectedResponseBy: '2027-01-05' })).toMatch(/reply by Tuesday 5 January 2027\.$/);
  });

  it('updates the customer on progress: on time, or late with an apology, and when they will hear again', () => {
    expect(customerMessage({ ...base, kind: 'PROGRESS_UPDATE', today: '2026-12-01' })).toBe(
      'Your reference: HDC-2026-000042. We are still looking into your complaint under Stage 2 and expect to reply by ' +
        'Monday 7 December 2026. We will write again within 10 working days if we have not replied by then.',
    );
    expect(customerMessage({ ...base, kind: 'PROGRESS_UPDATE', today: '2026-12-08' })).toBe(
      'Your reference: HDC-2026-000042. We are still looking into your complaint under Stage 2. We are sorry that our ' +
        'reply is later than Monday 7 December 2026, the date we gave you: we will send it as soon as we can. ' +
        'We will write again within 10 working days if we have not replied by then.',
    );
    expect(customerMessage({ ...base, stage: 1, kind: 'PROGRESS_UPDATE' })).toMatch(/expect to reply by Monday 7 December 2026\.$/);
  });
});
