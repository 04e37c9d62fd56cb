import { endOfLondonDay } from '../calendar/london-time';
import { CaseStatus } from '../enums';
import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import { LGSCO_CODE_POLICY } from '../policies/lgsco-code.policy';
import type { EscalationInput } from './escalation';
import { canEscalate, ombudsmanRoute } from './escalation';

// Hart Stage 1 opened Tuesday 17 November 2026, response due Tuesday 1 December 2026.
const hartStage1 = (over: Partial<EscalationInput> = {}): EscalationInput => ({
  policy: HART_POLICY,
  stage: 1,
  status: CaseStatus.RESPONDED,
  respondedAt: new Date('2026-11-30T15:00:00Z'),
  respondDueAt: endOfLondonDay('2026-12-01'),
  now: new Date('2026-12-07T10:00:00Z'),
  ...over,
});

const OMBUDSMAN =
  'If you remain dissatisfied you can ask the Local Government and Social Care Ombudsman to look at your complaint: ' +
  'www.lgo.org.uk, telephone 0300 061 0614, ' +
  'or write to The Local Government and Social Care Ombudsman, PO Box 4771, Coventry CV4 0EH.';

describe('canEscalate', () => {
  it('opens Hart Stage 2 once Stage 1 has responded, with a fresh clock from the request', () => {
    const r = canEscalate(hartStage1());
    expect(r).toEqual({
      allowed: true,
      toStage: 2,
      toStageName: 'Stage 2',
      message:
        "Your complaint will now be looked at under Stage 2 of Hart District Council's complaints procedure, " +
        'by the Head of Service, with the response signed off by the Joint Chief Executive. ' +
        'We will acknowledge it by Thursday 10 December 2026 and aim to respond in full by Thursday 7 January 2027.',
      deadlines: expect.objectContaining({ acknowledgeBy: '2026-12-10', respondBy: '2027-01-07' }),
    });
  });

  it('waits for the response or its deadline', () => {
    const early = canEscalate(hartStage1({ status: CaseStatus.OPEN, respondedAt: null, now: new Date('2026-12-01T20:00:00Z') }));
    expect(early).toEqual({
      allowed: false,
      code: 'CONFLICT',
      toStage: null,
      ombudsman: false,
      message:
        'Your complaint is at Stage 1, which has not replied yet and its deadline ' +
        '(2026-12-01) has not passed: we will reply by Tuesday 1 December 2026. ' +
        'If you are unhappy with our reply, or we have not replied by then, you can ask for Stage 2.',
    });
    // 00:00 London on Wednesday 2 December: the deadline has passed.
    expect(canEscalate(hartStage1({ status: CaseStatus.OPEN, respondedAt: null, now: new Date('2026-12-02T00:00:00Z') })).allowed).toBe(
      true,
    );
  });

  it('treats Hart’s informal stage like any other: Stage 1 after its reply or its deadline (DESIGN "Decisions")', () => {
    const informal = hartStage1({ stage: 0, status: CaseStatus.OPEN, respondedAt: null, now: new Date('2026-11-18T10:00:00Z') });
    expect(canEscalate(informal)).toMatchObject({ allowed: false, code: 'CONFLICT' });
    expect(canEscalate({ ...informal, status: CaseStatus.RESPONDED })).toMatchObject({ allowed: true, toStage: 1 });
  });

  it('explains that Hampshire stages cannot be skipped, and opens Stage 2', () => {
    const r = canEscalate(hartStage1({ policy: HAMPSHIRE_POLICY, requestedStage: 3 }));
    expect(r).toMatchObject({ allowed: true, toStage: 2 });
    expect(r.message).toMatch(/Stages cannot be skipped: Stage 2 has to be completed before Stage 3, so your complaint moves to Stage 2\./);
  });

  it('points to the Ombudsman after the final stage', () => {
    expect(canEscalate(hartStage1({ policy: HAMPSHIRE_POLICY, stage: 3 }))).toEqual({
      allowed: false,
      code: 'BAD_USER_INPUT',
      toStage: null,
      ombudsman: true,
      message: `Stage 3 is the last stage of Hampshire County Council's complaints procedure. ${OMBUDSMAN}`,
    });
    expect(ombudsmanRoute(HART_POLICY)).toBe(OMBUDSMAN);
    expect(ombudsmanRoute()).toBe(OMBUDSMAN);
    const byEmailOnly = { name: 'Ombudsman', email: 'a@b.uk', website: null, telephone: null, postalAddress: null };
    expect(ombudsmanRoute({ ombudsman: byEmailOnly })).toBe(
      'If you remain dissatisfied you can ask the Ombudsman to look at your complaint: email a@b.uk.',
    );
  });

  it.each<[string, Partial<EscalationInput>, string, RegExp]>([
    ['with the Ombudsman', { status: CaseStatus.WITH_OMBUDSMAN }, 'CONFLICT', /is with the Local Government and Social Care Ombudsman/],
    ['on hold', { status: CaseStatus.ON_HOLD, respondedAt: null }, 'CONFLICT', /on hold at Stage 1, so its clock is stopped/],
    ['asking for the stage it is at', { requestedStage: 1 }, 'BAD_USER_INPUT', /already at Stage 1/],
  ])('refuses a case %s', (_why, over, code, message) => {
    const r = canEscalate(hartStage1(over));
    expect(r).toMatchObject({ allowed: false, code });
    expect(r.message).toMatch(message);
  });

  it('allows escalation of a closed case after its response', () => {
    expect(canEscalate(hartStage1({ status: CaseStatus.CLOSED, respondedAt: null })).allowed).toBe(true);
  });

  it('counts a Code-template stage from acknowledgeBy until it is acknowledged', () => {
    const r = canEscalate({ ...hartStage1(), policy: LGSCO_CODE_POLICY, requestedStage: null });
    // Monday 7 December: acknowledge by Monday 14 December; 20 working days after that
    // (Christmas and New Year skipped) is Thursday 14 January 2027.
    expect(r).toMatchObject({
      allowed: true,
      deadlines: expect.objectContaining({ acknowledgeBy: '2026-12-14', respondBy: '2027-01-14' }),
    });
  });
});
