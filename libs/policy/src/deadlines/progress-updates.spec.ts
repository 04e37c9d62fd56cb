import { CaseStatus } from '../enums';
import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import { LGSCO_CODE_POLICY } from '../policies/lgsco-code.policy';
import type { ProgressUpdateFacts } from './progress-updates';
import { nextProgressUpdateOn, progressUpdateAt, progressUpdateDue, progressUpdateInterval } from './progress-updates';

const open: ProgressUpdateFacts = {
  stage: 1,
  status: CaseStatus.OPEN,
  anonymous: false,
  stageOpenedAt: new Date('2026-11-02T10:00:00Z'),
  extensionWorkingDays: 0,
  expectedResponseBy: null,
  lastCustomerMessageAt: null,
};

describe('regular progress updates', () => {
  it('Hampshire: every 10 working days at every stage, for an open case with someone to write to', () => {
    for (const s of HAMPSHIRE_POLICY.stages) expect(progressUpdateInterval(HAMPSHIRE_POLICY, { ...open, stage: s.number })).toBe(10);
    expect(progressUpdateInterval(HAMPSHIRE_POLICY, { ...open, status: CaseStatus.ON_HOLD })).toBeNull();
    expect(progressUpdateInterval(HAMPSHIRE_POLICY, { ...open, status: CaseStatus.RESPONDED })).toBeNull();
    expect(progressUpdateInterval(HAMPSHIRE_POLICY, { ...open, anonymous: true })).toBeNull();
  });

  it('Hart: Stage 2 only, once it is extended or delayed (§6.2); a policy that sets none sends none', () => {
    expect(progressUpdateInterval(HART_POLICY, open)).toBeNull();
    expect(progressUpdateInterval(HART_POLICY, { ...open, stage: 2 })).toBeNull();
    expect(progressUpdateInterval(HART_POLICY, { ...open, stage: 2, extensionWorkingDays: 5 })).toBe(10);
    expect(progressUpdateInterval(HART_POLICY, { ...open, stage: 2, expectedResponseBy: '2027-01-05' })).toBe(10);
    expect(progressUpdateInterval(LGSCO_CODE_POLICY, { ...open, extensionWorkingDays: 5 })).toBeNull();
    expect(nextProgressUpdateOn(HART_POLICY, open)).toBeNull();
  });

  it('is due that many working days after the last message, or after the stage opened when none is later', () => {
    // opened Monday 2 November 2026: ten working days on is Monday 16 November
    expect(nextProgressUpdateOn(HAMPSHIRE_POLICY, open)).toBe('2026-11-16');
    expect(nextProgressUpdateOn(HAMPSHIRE_POLICY, { ...open, lastCustomerMessageAt: new Date('2026-10-20T10:00:00Z') })).toBe('2026-11-16');
    // the acknowledgement on Wednesday 4 November: Wednesday 18 November
    expect(nextProgressUpdateOn(HAMPSHIRE_POLICY, { ...open, lastCustomerMessageAt: new Date('2026-11-04T15:00:00Z') })).toBe('2026-11-18');
    // counted in working days: Christmas and the New Year are skipped
    expect(nextProgressUpdateOn(HAMPSHIRE_POLICY, { ...open, lastCustomerMessageAt: new Date('2026-12-21T15:00:00Z') })).toBe('2027-01-07');
  });

  it('is sent at nine in the morning, London time, and once a period: the update is the last message', () => {
    expect(progressUpdateAt('2026-11-16').toISOString()).toBe('2026-11-16T09:00:00.000Z');
    expect(progressUpdateAt('2026-07-16').toISOString()).toBe('2026-07-16T08:00:00.000Z');
    expect(progressUpdateDue(HAMPSHIRE_POLICY, open, new Date('2026-11-16T08:59:59Z'))).toBe(false);
    expect(progressUpdateDue(HAMPSHIRE_POLICY, open, new Date('2026-11-16T09:00:00Z'))).toBe(true);
    const sent = { ...open, lastCustomerMessageAt: new Date('2026-11-16T09:00:00Z') };
    expect(progressUpdateDue(HAMPSHIRE_POLICY, sent, new Date('2026-11-16T09:00:01Z'))).toBe(false);
    expect(progressUpdateDue(HART_POLICY, open, new Date('2027-11-16T09:00:00Z'))).toBe(false);
  });
});
