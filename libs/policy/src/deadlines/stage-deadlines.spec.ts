import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import { LGSCO_CODE_POLICY } from '../policies/lgsco-code.policy';
import type { CouncilPolicy } from '../policies/policy.types';
import { CodedError } from '../coded-error';
import { stageDeadlines } from './stage-deadlines';

const at = (iso: string): Date => new Date(iso);

describe('stageDeadlines: day 0 is the London date of receipt; due at the end of the Nth working day', () => {
  it.each<[string, CouncilPolicy, number, string, string, string]>([
    ['Hart Stage 1, received Tuesday 17 November 2026', HART_POLICY, 1, '2026-11-17T10:00:00Z', '2026-11-20', '2026-12-01'],
    ['Hart informal, received Friday 27 November 2026', HART_POLICY, 0, '2026-11-27T16:45:00Z', '2026-12-02', '2026-12-11'],
    [
      'Hart Stage 1, received late on Saturday 28 March 2026 (GMT), Easter in the way',
      HART_POLICY,
      1,
      '2026-03-28T23:30:00Z',
      '2026-04-01',
      '2026-04-14',
    ],
    [
      'Hart Stage 1, received 00:30 BST on Wednesday 1 July 2026 (still 30 June in UTC)',
      HART_POLICY,
      1,
      '2026-06-30T23:30:00Z',
      '2026-07-06',
      '2026-07-15',
    ],
    [
      'Hampshire Stage 1, received 00:30 BST on Sunday 25 October 2026, the night the clocks go back',
      HAMPSHIRE_POLICY,
      1,
      '2026-10-24T23:30:00Z',
      '2026-10-30',
      '2026-11-20',
    ],
    [
      'Hampshire Stage 1 across Christmas and New Year, received Friday 11 December 2026',
      HAMPSHIRE_POLICY,
      1,
      '2026-12-11T09:00:00Z',
      '2026-12-18',
      '2027-01-13',
    ],
    ['Hart Stage 2 requested on leap day, Thursday 29 February 2024', HART_POLICY, 2, '2024-02-29T12:00:00Z', '2024-03-05', '2024-03-28'],
    ['Hampshire Stage 3 requested Christmas Eve 2027', HAMPSHIRE_POLICY, 3, '2027-12-24T11:00:00Z', '2028-01-05', '2028-01-26'],
  ])('%s', (_why, policy, stage, openedAt, acknowledgeBy, respondBy) => {
    const d = stageDeadlines({ policy, stage, openedAt: at(openedAt) });
    expect({ acknowledgeBy: d.acknowledgeBy, respondBy: d.respondBy }).toEqual({ acknowledgeBy, respondBy });
  });

  it('falls due at the end of the London day, in BST and in GMT', () => {
    const bst = stageDeadlines({ policy: HART_POLICY, stage: 1, openedAt: at('2026-03-28T23:30:00Z') });
    expect(bst.acknowledgeDueAt.toISOString()).toBe('2026-04-01T22:59:59.999Z');
    expect(bst.respondDueAt.toISOString()).toBe('2026-04-14T22:59:59.999Z');
    const gmt = stageDeadlines({ policy: HAMPSHIRE_POLICY, stage: 1, openedAt: at('2026-10-24T23:30:00Z') });
    expect(gmt.acknowledgeDueAt.toISOString()).toBe('2026-10-30T23:59:59.999Z');
    expect(gmt.respondDueAt.toISOString()).toBe('2026-11-20T23:59:59.999Z');
  });

  describe('a response clock that runs from acknowledgement (the Code template)', () => {
    const opened = at('2026-11-02T09:00:00Z'); // Monday 2 November 2026
    it.each<[string, Date | null, number, string]>([
      ['before acknowledgement it counts from acknowledgeBy (Monday 9 November)', null, 0, '2026-11-23'],
      ['acknowledged on Wednesday 4 November', at('2026-11-04T15:00:00Z'), 0, '2026-11-18'],
      ['acknowledged 4 November and extended by the maximum 10 days', at('2026-11-04T15:00:00Z'), 10, '2026-12-02'],
    ])('%s', (_why, acknowledgedAt, extensionWorkingDays, respondBy) => {
      const d = stageDeadlines({ policy: LGSCO_CODE_POLICY, stage: 1, openedAt: opened, acknowledgedAt, extensionWorkingDays });
      expect(d.acknowledgeBy).toBe('2026-11-09');
      expect(d.respondBy).toBe(respondBy);
    });

    it('does not move the response twice for days on hold before the acknowledgement', () => {
      const base = { policy: LGSCO_CODE_POLICY, stage: 1, openedAt: opened, acknowledgedAt: at('2026-11-06T10:00:00Z') };
      expect(stageDeadlines({ ...base, workingDaysOnHold: 2, workingDaysOnHoldBeforeAcknowledgement: 2 }).respondBy).toBe('2026-11-20');
      expect(stageDeadlines({ ...base, workingDaysOnHold: 3, workingDaysOnHoldBeforeAcknowledgement: 2 }).respondBy).toBe('2026-11-23');
    });

    it('refuses an acknowledgement before the stage opened', () => {
      expect(() =>
        stageDeadlines({ policy: LGSCO_CODE_POLICY, stage: 1, openedAt: opened, acknowledgedAt: at('2026-11-01T10:00:00Z') }),
      ).toThrow(/before it was opened/);
    });
  });

  it('moves both deadlines by the working days on hold (Hampshire, received Monday 2 November 2026, 3 days on hold)', () => {
    const d = stageDeadlines({ policy: HAMPSHIRE_POLICY, stage: 1, openedAt: at('2026-11-02T09:00:00Z'), workingDaysOnHold: 3 });
    expect([d.acknowledgeBy, d.respondBy]).toEqual(['2026-11-12', '2026-12-03']);
  });

  it('allows any agreed extension where the policy sets no maximum (Hart Stage 1 + 15 days)', () => {
    expect(
      stageDeadlines({ policy: HART_POLICY, stage: 1, openedAt: at('2026-11-17T10:00:00Z'), extensionWorkingDays: 15 }).respondBy,
    ).toBe('2026-12-22');
  });

  it.each<[string, Partial<Parameters<typeof stageDeadlines>[0]>, RegExp]>([
    [
      'an extension beyond the maximum',
      { policy: LGSCO_CODE_POLICY, extensionWorkingDays: 11 },
      /at most 10 working days in total; 11 were asked for/,
    ],
    ['a stage the policy does not have', { stage: 3 }, /Hart District Council's procedure has no stage 3/],
    ['a negative extension', { extensionWorkingDays: -1 }, /An extension must be a whole number/],
    ['part days on hold', { workingDaysOnHold: 1.5 }, /Days on hold must be a whole number/],
    [
      'more days on hold before acknowledgement than on hold',
      { workingDaysOnHold: 1, workingDaysOnHoldBeforeAcknowledgement: 2 },
      /cannot exceed/,
    ],
    ['an invalid opening time', { openedAt: new Date(Number.NaN) }, /not a valid date/],
  ])('refuses %s', (_why, overrides, message) => {
    const call = () => stageDeadlines({ policy: HART_POLICY, stage: 1, openedAt: at('2026-11-17T10:00:00Z'), ...overrides });
    expect(call).toThrow(CodedError);
    expect(call).toThrow(message);
  });
});
