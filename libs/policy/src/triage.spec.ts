import { findCouncilPolicy } from './councils/councils';
import { LGSCO_CODE_POLICY } from './councils/lgsco-code.policy';
import { Channel, ConsentEvidence, FeedbackKind, IntakeOutcome, Matter } from './enums';
import { startStage, timeLimitDate, triage } from './triage';
import type { TriageInput } from './triage';

const hart = findCouncilPolicy('hart')!;
const hampshire = findCouncilPolicy('hampshire')!;
const complaint = (over: Partial<TriageInput> = {}): TriageInput => ({
  kind: FeedbackKind.COMPLAINT,
  channel: Channel.WEB_FORM,
  serviceArea: 'waste',
  matter: Matter.SERVICE_FAILURE,
  receivedAt: new Date('2026-11-23T10:00:00Z'),
  safeguardingConcern: false,
  skipInformal: false,
  anonymous: false,
  ...over,
});
const county = (over: Partial<TriageInput> = {}) => complaint({ serviceArea: 'highways', ...over });

describe('triage', () => {
  it.each([
    [FeedbackKind.COMPLIMENT, IntakeOutcome.RECORDED, /compliment/],
    [FeedbackKind.COMMENT, IntakeOutcome.RECORDED, /comments/],
    [FeedbackKind.SERVICE_REQUEST, IntakeOutcome.ROUTED_TO_SERVICE, /passed your request to the service/],
  ])('%s → %s', (kind, outcome, message) => {
    const r = triage(complaint({ kind }), hart);
    expect(r).toMatchObject({ outcome, stage: null, deadlines: null, referral: null });
    expect(r.message).toMatch(message);
  });

  it('accepts a Hart complaint at the informal stage with the promised dates, or at Stage 1 if the customer chooses', () => {
    const r = triage(complaint(), hart);
    expect(r).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, stage: 0, deadlines: { acknowledgeBy: '2026-11-26', respondBy: '2026-12-07' }, flags: [] });
    expect(r.message).toBe('Thank you. Your complaint will be dealt with under Informal resolution. We will acknowledge it by Thursday 26 November 2026 and aim to reply by Monday 7 December 2026.');
    expect(triage(complaint({ skipInformal: true }), hart).stage).toBe(1);
  });

  it('starts Hampshire complaints at Stage 1, informal stage or not', () => {
    expect(triage(county({ skipInformal: true }), hampshire)).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, stage: 1, deadlines: { acknowledgeBy: '2026-11-30', respondBy: '2026-12-21' } });
    expect(startStage(hampshire, false)).toBe(1);
    expect(startStage({ ...hart, stages: hart.stages.slice(0, 1) }, true)).toBe(0);
  });

  it('refers a service of the other tier across, naming the council on this platform', () => {
    expect(triage(complaint({ serviceArea: 'roads' }), hart)).toMatchObject({ outcome: IntakeOutcome.REFERRED, referral: { route: 'Hampshire County Council', councilId: 'hampshire' } });
    const bins = triage(county({ serviceArea: 'bins' }), hampshire);
    expect(bins).toMatchObject({ outcome: IntakeOutcome.REFERRED, referral: { councilId: 'hart' } });
    expect(bins.message).toContain('We have passed it on so that nothing is lost.');
  });

  it.each([
    [hart, Matter.LAW_OR_GOVERNMENT_POLICY, 'Your local MP'],
    [hart, Matter.FREEDOM_OF_INFORMATION, 'Freedom of Information review'],
    [hart, Matter.COUNCIL_POLICY, 'Portfolio Holder or your local Councillor'],
    [hart, Matter.PLANNING_DECISION, 'Planning appeal'],
    [hart, Matter.PARKING_APPEAL, 'Parking appeal'],
    [hart, Matter.HOUSING_BENEFIT_APPEAL, 'Housing Benefit appeal'],
    [hart, Matter.COUNCILLOR_CONDUCT, 'Complaints about elected members'],
    [hart, Matter.CHILDRENS_SOCIAL_CARE, 'Hampshire County Council'],
    [hart, Matter.SAFEGUARDING, 'Safeguarding procedure'],
    [hampshire, Matter.WHISTLEBLOWING, 'Whistleblowing policy'],
    [hampshire, Matter.ADULT_SOCIAL_CARE, "Adults' Health and Care statutory complaints procedure"],
    [hampshire, Matter.SEN_PROVISION, 'SEND Tribunal'],
    [hampshire, Matter.COMPENSATION_CLAIM, 'Compensation claim'],
    [hampshire, Matter.EMPLOYMENT, 'HR procedures'],
    [hampshire, Matter.OMBUDSMAN_INVESTIGATED, 'Local Government and Social Care Ombudsman'],
    [hampshire, Matter.COURT_DETERMINATION, 'The court'],
    [hampshire, Matter.SAFEGUARDING, 'Safeguarding procedures'],
  ])('%#: refers %s matters to their own route', (policy, matter, route) => {
    const r = triage(complaint({ serviceArea: policy.serviceAreas[0].code, matter }), policy);
    expect(r).toMatchObject({ outcome: IntakeOutcome.REFERRED, referral: { route } });
  });

  it('takes the way an appeal was handled as a complaint at Hart', () => {
    expect(triage(complaint({ matter: Matter.APPEAL_HANDLING }), hart).outcome).toBe(IntakeOutcome.ACCEPTED);
  });

  it('accepts an anonymous complaint at Hart that nobody can be answered about; Hampshire only with safeguarding concerns', () => {
    const hartAnon = triage(complaint({ anonymous: true }), hart);
    expect(hartAnon).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, flags: ['ANONYMOUS_NO_RESPONSE'] });
    expect(hartAnon.message).toContain('we cannot reply to you');
    expect(triage(county({ anonymous: true }), hampshire).outcome).toBe(IntakeOutcome.NOT_ACCEPTED);
    expect(triage(county({ anonymous: true, safeguardingConcern: true }), hampshire)).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, flags: ['SAFEGUARDING_ANONYMOUS'] });
  });

  it("needs the complainant's consent for a representative: spoken or written at Hart, written at Hampshire", () => {
    expect(triage(complaint({ representative: { consent: ConsentEvidence.VERBAL, isCouncillor: true } }), hart).outcome).toBe(IntakeOutcome.ACCEPTED);
    const none = triage(complaint({ representative: { consent: ConsentEvidence.NONE } }), hart);
    expect(none.outcome).toBe(IntakeOutcome.NEEDS_CONSENT);
    expect(none.message).toContain('confirmation, spoken or in writing,');
    expect(none.message).toContain('email complaints@hart.gov.uk');
    const verbal = triage(county({ representative: { consent: ConsentEvidence.VERBAL } }), hampshire);
    expect(verbal.outcome).toBe(IntakeOutcome.NEEDS_CONSENT);
    expect(verbal.message).toContain('written consent');
    expect(triage(county({ representative: { consent: ConsentEvidence.WRITTEN } }), hampshire).outcome).toBe(IntakeOutcome.ACCEPTED);
    expect(triage(complaint({ serviceArea: 'any', representative: { consent: ConsentEvidence.NONE } }), { ...LGSCO_CODE_POLICY }).message).not.toContain('To send it');
  });

  it('asks why a complaint is late, and accepts it for the coordinator to decide when told', () => {
    // Hart: 6 months. Incident 22 May 2026 → in time until 22 November; received 23 November.
    expect(triage(complaint({ incidentDate: '2026-05-23' }), hart).outcome).toBe(IntakeOutcome.ACCEPTED);
    const late = triage(complaint({ incidentDate: '2026-05-22' }), hart);
    expect(late.outcome).toBe(IntakeOutcome.NEEDS_JUSTIFICATION);
    expect(late.message).toContain('within 6 months');
    expect(triage(complaint({ incidentDate: '2026-05-22', lateJustification: '  ' }), hart).outcome).toBe(IntakeOutcome.NEEDS_JUSTIFICATION);
    const justified = triage(complaint({ incidentDate: '2026-05-22', lateJustification: 'I was in hospital' }), hart);
    expect(justified).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, flags: ['LATE_AT_DISCRETION'] });
    expect(justified.message).toContain('the complaints coordinator will first decide');
    // Hampshire: 12 months.
    expect(triage(county({ incidentDate: '2025-11-23' }), hampshire).outcome).toBe(IntakeOutcome.ACCEPTED);
    expect(triage(county({ incidentDate: '2025-11-22' }), hampshire).outcome).toBe(IntakeOutcome.NEEDS_JUSTIFICATION);
  });

  it('counts the time limit in calendar months, the end of a short month included', () => {
    expect(timeLimitDate(hart, '2026-08-31')).toBe('2027-02-28');
    expect(timeLimitDate(hampshire, '2023-02-28')).toBe('2024-02-28');
  });
});
