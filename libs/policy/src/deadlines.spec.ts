import { findCouncilPolicy } from './councils/councils';
import { LGSCO_CODE_POLICY } from './councils/lgsco-code.policy';
import { stageDeadlines, stagePolicy } from './deadlines';

const hart = findCouncilPolicy('hart')!;
const hampshire = findCouncilPolicy('hampshire')!;
const at = (iso: string) => new Date(iso);

describe('stage deadlines (dates a complaints officer can check on a calendar)', () => {
  it.each([
    ['Hart Stage 1, received Monday 23 Nov 2026', hart, 1, '2026-11-23T10:00:00Z', '2026-11-26', '2026-12-07'],
    ['Hart informal, received on a Saturday (day 0 is the Saturday)', hart, 0, '2026-11-21T10:00:00Z', '2026-11-25', '2026-12-04'],
    ['Hart Stage 2, 20 working days', hart, 2, '2026-11-23T10:00:00Z', '2026-11-26', '2026-12-21'],
    ['Hart Stage 1 across Easter 2026, received 00:30 BST on Monday 30 March', hart, 1, '2026-03-29T23:30:00Z', '2026-04-02', '2026-04-15'],
    ['Hampshire Stage 1 across Christmas and New Year 2026', hampshire, 1, '2026-12-14T09:00:00Z', '2026-12-21', '2027-01-14'],
    ['Hampshire Stage 2 acknowledged on a leap day', hampshire, 2, '2024-02-22T09:00:00Z', '2024-02-29', '2024-03-21'],
  ])('%s', (_label, policy, stage, openedAt, acknowledgeBy, respondBy) => {
    const d = stageDeadlines({ policy, stage, openedAt: at(openedAt) });
    expect([d.acknowledgeBy, d.respondBy]).toEqual([acknowledgeBy, respondBy]);
  });

  it('is due at the end of the London day: 22:59:59.999 UTC in summer, 23:59:59.999 UTC in winter', () => {
    expect(stageDeadlines({ policy: hart, stage: 1, openedAt: at('2026-03-29T23:30:00Z') }).respondDueAt.toISOString()).toBe('2026-04-15T22:59:59.999Z');
    expect(stageDeadlines({ policy: hampshire, stage: 1, openedAt: at('2026-12-14T09:00:00Z') }).respondDueAt.toISOString()).toBe('2027-01-14T23:59:59.999Z');
  });

  it('counts a clock from acknowledgement from the latest acknowledgement date until there is one (the Code)', () => {
    const opened = at('2026-11-23T10:00:00Z');
    expect(stageDeadlines({ policy: LGSCO_CODE_POLICY, stage: 1, openedAt: opened })).toMatchObject({ acknowledgeBy: '2026-11-30', respondBy: '2026-12-14' });
    expect(stageDeadlines({ policy: LGSCO_CODE_POLICY, stage: 1, openedAt: opened, acknowledgedAt: at('2026-11-25T09:00:00Z') }).respondBy).toBe('2026-12-09');
    expect(stageDeadlines({ policy: LGSCO_CODE_POLICY, stage: 1, openedAt: opened, acknowledgedAt: at('2026-11-25T09:00:00Z'), extensionWorkingDays: 10 }).respondBy).toBe('2026-12-23');
  });

  it('caps extensions at the policy maximum', () => {
    expect(() => stageDeadlines({ policy: LGSCO_CODE_POLICY, stage: 1, openedAt: at('2026-11-23T10:00:00Z'), extensionWorkingDays: 11 })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('at most 10 working days') }),
    );
    // Hart sets no maximum: 10 + 15 working days from 23 Nov, skipping 25 and 28 December.
    expect(stageDeadlines({ policy: hart, stage: 1, openedAt: at('2026-11-23T10:00:00Z'), extensionWorkingDays: 15 }).respondBy).toBe('2026-12-30');
  });

  it('moves both deadlines by the working days on hold', () => {
    const d = stageDeadlines({ policy: hart, stage: 1, openedAt: at('2026-11-23T10:00:00Z'), workingDaysOnHold: 5 });
    expect([d.acknowledgeBy, d.respondBy]).toEqual(['2026-12-03', '2026-12-14']);
    const code = stageDeadlines({ policy: LGSCO_CODE_POLICY, stage: 1, openedAt: at('2026-11-23T10:00:00Z'), workingDaysOnHold: 2 });
    expect(code.respondBy).toBe('2026-12-16'); // from the latest acknowledgement (30 Nov), 10 + 2 working days
  });

  it('refuses a stage the procedure does not have', () => {
    expect(stagePolicy(hart, 2).name).toBe('Stage 2');
    expect(() => stageDeadlines({ policy: hampshire, stage: 0, openedAt: at('2026-11-23T10:00:00Z') })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
