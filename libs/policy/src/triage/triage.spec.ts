import { Channel, ComplainantType, ConsentEvidence, FeedbackKind, IntakeOutcome, Matter } from '../enums';
import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import { LGSCO_CODE_POLICY } from '../policies/lgsco-code.policy';
import type { CouncilPolicy } from '../policies/policy.types';
import type { TriageInput } from './triage';
import { startStage, timeLimitDate, triage } from './triage';

// Both tiers on the platform, as deployed.
const HOSTED: readonly CouncilPolicy[] = [HART_POLICY, HAMPSHIRE_POLICY];

// Received Tuesday 17 November 2026, 10:00.
const complaint = (over: Partial<TriageInput> = {}): TriageInput => ({
  kind: FeedbackKind.COMPLAINT,
  channel: Channel.WEB_FORM,
  serviceArea: 'other',
  matter: Matter.SERVICE_FAILURE,
  incidentDate: null,
  receivedAt: new Date('2026-11-17T10:00:00Z'),
  lateJustification: null,
  safeguardingConcern: false,
  skipInformal: false,
  anonymous: false,
  representative: null,
  ...over,
});

describe('triage: Hart District Council', () => {
  const hart = (over: Partial<TriageInput> = {}) => triage(complaint(over), HART_POLICY, HOSTED);

  it('opens the informal stage by default (§5), with acknowledgement and resolution dates', () => {
    const r = hart();
    expect(r).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, stage: 0, referral: null, flags: [] });
    expect([r.deadlines?.acknowledgeBy, r.deadlines?.respondBy]).toEqual(['2026-11-20', '2026-12-01']);
    expect(r.message).toBe(
      'Thank you. Hart District Council will first try to resolve this informally: an Officer will work with you to put it right. ' +
        'Hart District Council will acknowledge it by Friday 20 November 2026 and aim to resolve it by Tuesday 1 December 2026. ' +
        'If it cannot be resolved, you can make a formal Stage 1 complaint; you can also ask to go straight to Stage 1.',
    );
  });

  it('goes straight to Stage 1 when the customer chooses (§5)', () => {
    const r = hart({ skipInformal: true });
    expect(r).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, stage: 1, flags: ['INFORMAL_SKIPPED'] });
    expect(r.message).toBe(
      "Your complaint has been accepted at Stage 1 of Hart District Council's complaints procedure " +
        'and will be handled by an Officer or Manager in the service concerned. ' +
        'Hart District Council will acknowledge it by Friday 20 November 2026 and aim to respond in full by Tuesday 1 December 2026.',
    );
  });

  it('accepts an anonymous complaint but promises no reply (§9)', () => {
    const r = hart({ anonymous: true });
    expect(r).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, stage: 0, flags: ['ANONYMOUS_NO_RESPONSE'] });
    expect(r.deadlines).not.toBeNull();
    expect(r.message).toMatch(/Hart District Council cannot acknowledge it or reply to you/);
    expect(r.message).not.toMatch(/November/);
  });

  it.each([
    [FeedbackKind.COMMENT, IntakeOutcome.RECORDED, /comment about other council services\. Hart .* sent it to the head of the service/],
    [FeedbackKind.COMPLIMENT, IntakeOutcome.RECORDED, /compliment about other council services\. Hart .* to pass on to the people/],
    [
      FeedbackKind.SERVICE_REQUEST,
      IntakeOutcome.ROUTED_TO_SERVICE,
      /Hart District Council has passed it to its other council services team/,
    ],
  ])('%s → %s', (kind, outcome, message) => {
    const r = hart({ kind });
    expect(r).toMatchObject({ outcome, stage: null, deadlines: null, referral: null, flags: [], late: false, passOn: null });
    expect(r.message).toMatch(message);
  });

  it.each([
    ['roads', 'Hampshire County Council', 'hampshire'],
    ['social-care', 'Hampshire County Council', 'hampshire'],
    ['schools', 'Hampshire County Council', 'hampshire'],
    ['town-parish', 'Your town or parish council', undefined],
  ])('refers the other tier’s service "%s" to %s (§4), whatever the kind', (serviceArea, route, councilId) => {
    for (const kind of [FeedbackKind.COMPLAINT, FeedbackKind.SERVICE_REQUEST, FeedbackKind.COMPLIMENT]) {
      const r = hart({ serviceArea, kind });
      expect(r.outcome).toBe(IntakeOutcome.REFERRED);
      expect(r.referral).toEqual(councilId ? expect.objectContaining({ route, councilId }) : { route, detail: expect.any(String) });
    }
    expect(hart({ serviceArea: 'roads' }).message).toBe(
      'Roads, pavements and street lights in Hart are provided by Hampshire County Council, ' +
        'not Hart District Council, and it has its own complaints procedure. ' +
        'We have passed your complaint to Hampshire County Council, which has opened it under its own reference. ' +
        "Your complaint has been accepted at Stage 1 of Hampshire County Council's complaints procedure and will be handled by " +
        'the member of staff concerned or their manager. Hampshire County Council will acknowledge it by Tuesday 24 November 2026 ' +
        'and aim to respond in full by Tuesday 15 December 2026.',
    );
  });

  it.each([
    [Matter.LAW_OR_GOVERNMENT_POLICY, 'Your local MP', undefined],
    [Matter.FREEDOM_OF_INFORMATION, 'Freedom of Information review', undefined],
    [Matter.COUNCIL_POLICY, 'Portfolio Holder or your local councillor', undefined],
    [Matter.PLANNING_DECISION, 'Planning appeal', undefined],
    [Matter.PARKING_APPEAL, 'Parking appeal', undefined],
    [Matter.HOUSING_BENEFIT_APPEAL, 'Housing Benefit appeal', undefined],
    [Matter.OTHER_APPEAL_MECHANISM, 'Its own appeal or tribunal', undefined],
    [Matter.OTHER_AUTHORITY_SERVICE, 'Town or parish council, or Hampshire County Council', undefined],
    [Matter.COUNCILLOR_CONDUCT, 'Complaints about elected members', undefined],
    [Matter.CHILDRENS_SOCIAL_CARE, 'Hampshire County Council', 'hampshire'],
    [Matter.ADULT_SOCIAL_CARE, 'Hampshire County Council', 'hampshire'],
    [Matter.SCHOOL_ADMISSION_OR_EXCLUSION, 'Hampshire County Council', 'hampshire'],
    [Matter.SEN_PROVISION, 'Hampshire County Council', 'hampshire'],
    [Matter.SAFEGUARDING, 'Safeguarding procedure', undefined],
  ])('refers %s to "%s"', (matter, route, councilId) => {
    const r = hart({ matter });
    expect(r.outcome).toBe(IntakeOutcome.REFERRED);
    expect(r.referral?.route).toBe(route);
    expect(r.referral?.councilId).toBe(councilId);
    // The county's matters are offered to Hampshire, whose own procedures then decide (cross-tier.spec.ts).
    if (!councilId) expect(r.message).toMatch(/^Hart District Council cannot deal with this under its complaints procedure\. /);
  });

  it('takes the way an appeal was handled as a complaint (§4)', () => {
    expect(hart({ matter: Matter.APPEAL_HANDLING }).outcome).toBe(IntakeOutcome.ACCEPTED);
  });

  it.each<[string, TriageInput['representative'], Channel, IntakeOutcome]>([
    [
      'a representative without the complainant’s confirmation',
      { consent: ConsentEvidence.NONE },
      Channel.REPRESENTATIVE,
      IntakeOutcome.NEEDS_CONSENT,
    ],
    [
      'a councillor with verbal confirmation (§1)',
      { isCouncillor: true, consent: ConsentEvidence.VERBAL },
      Channel.COUNCILLOR,
      IntakeOutcome.ACCEPTED,
    ],
    ['a representative with written confirmation', { consent: ConsentEvidence.WRITTEN }, Channel.EMAIL, IntakeOutcome.ACCEPTED],
    ['a councillor who names no one', null, Channel.COUNCILLOR, IntakeOutcome.NEEDS_CONSENT],
  ])('%s', (_why, representative, channel, outcome) => {
    expect(hart({ representative, channel }).outcome).toBe(outcome);
  });

  it('asks for verbal or written confirmation, and says where to send it', () => {
    expect(hart({ representative: { consent: ConsentEvidence.NONE } }).message).toBe(
      "A representative or councillor can complain on someone's behalf, but Hart District Council needs " +
        'confirmation, by telephone or in writing, from the person concerned that you act for them. ' +
        'Please send the complaint with that confirmation to Hart District Council: ' +
        'email complaints@hart.gov.uk or write to Hart District Council, Civic Offices, Harlington Way, Fleet GU51 4AE.',
    );
  });

  describe('the six-month time limit (§6), from the incident to the London date of receipt', () => {
    it('is met on the day six months after the incident', () => {
      expect(hart({ incidentDate: '2026-05-17' }).outcome).toBe(IntakeOutcome.ACCEPTED);
    });

    it('asks a late complainant why they could not complain sooner', () => {
      const r = hart({ incidentDate: '2026-05-16' });
      expect(r).toMatchObject({ outcome: IntakeOutcome.NEEDS_JUSTIFICATION, stage: null, deadlines: null, late: true });
      expect(r.message).toBe(
        'Hart District Council takes complaints made within 6 months of the matter arising. This matter arose on Saturday 16 May 2026, ' +
          'more than 6 months before we received your complaint on Tuesday 17 November 2026. ' +
          'Please tell us why you could not complain sooner, so that the complaints ' +
          'coordinator at Hart District Council can decide whether it can still be investigated.',
      );
      expect(hart({ incidentDate: '2026-05-16', lateJustification: '   ' }).outcome).toBe(IntakeOutcome.NEEDS_JUSTIFICATION);
    });

    it('accepts a late complaint with a justification, flagged for the coordinator’s discretion', () => {
      const r = hart({ incidentDate: '2025-01-10', lateJustification: 'I was in hospital for most of the year.', skipInformal: true });
      expect(r).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, stage: 1, flags: ['LATE_AT_DISCRETION', 'INFORMAL_SKIPPED'], late: true });
      expect(r.message).toMatch(
        /more than 6 months after the matter arose, the complaints coordinator will first decide whether it can be investigated; if it cannot, you will be told why\./,
      );
    });

    it('refuses an incident after the receipt', () => {
      expect(() => hart({ incidentDate: '2026-11-18' })).toThrow(
        expect.objectContaining({
          field: 'incidentDate',
          message: expect.stringMatching(/cannot be after the date the complaint was received/),
        }),
      );
    });
  });

  it('refuses a service area the council does not list', () => {
    expect(() => hart({ serviceArea: 'moon' })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'serviceArea',
        message: `"moon" is not one of Hart District Council's service areas.`,
      }),
    );
  });
});

describe('triage: Hampshire County Council', () => {
  const hcc = (over: Partial<TriageInput> = {}) => triage(complaint(over), HAMPSHIRE_POLICY, HOSTED);

  it('opens Stage 1: acknowledge within 5 and respond within 20 working days', () => {
    const r = hcc({ skipInformal: true });
    expect(r).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, stage: 1, flags: [] });
    expect([r.deadlines?.acknowledgeBy, r.deadlines?.respondBy]).toEqual(['2026-11-24', '2026-12-15']);
    expect(r.message).toMatch(
      /Hampshire County Council will acknowledge it by Tuesday 24 November 2026 and aim to respond in full by Tuesday 15 December 2026\.$/,
    );
  });

  it('does not take anonymous complaints', () => {
    const r = hcc({ anonymous: true });
    expect(r).toMatchObject({ outcome: IntakeOutcome.NOT_ACCEPTED, stage: null, deadlines: null });
    expect(r.message).toMatch(/does not deal with anonymous complaints.*email Corporate\.complaints\.team@hants\.gov\.uk\.$/);
  });

  it('takes an anonymous complaint that raises safeguarding concerns', () => {
    const r = hcc({ anonymous: true, safeguardingConcern: true });
    expect(r).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, stage: 1, flags: ['ANONYMOUS_NO_RESPONSE', 'SAFEGUARDING_ANONYMOUS'] });
    expect(r.message).toMatch(/it will consider this one because it raises safeguarding concerns/);
  });

  it('refers a safeguarding matter to the safeguarding procedure, even anonymously', () => {
    expect(hcc({ matter: Matter.SAFEGUARDING, anonymous: true })).toMatchObject({
      outcome: IntakeOutcome.REFERRED,
      referral: { route: 'Safeguarding procedures' },
    });
  });

  it('needs written consent from a representative', () => {
    const verbal = hcc({ representative: { isCouncillor: true, consent: ConsentEvidence.VERBAL } });
    expect(verbal.outcome).toBe(IntakeOutcome.NEEDS_CONSENT);
    expect(verbal.message).toMatch(
      /needs written confirmation from the person concerned that you act for them\. Confirmation by telephone or in person is not enough\./,
    );
    expect(hcc({ representative: { consent: ConsentEvidence.WRITTEN } }).outcome).toBe(IntakeOutcome.ACCEPTED);
  });

  it.each([Channel.TELEPHONE, Channel.IN_PERSON])('writes down a complaint made by %s', (channel) => {
    const r = hcc({ channel });
    expect(r.flags).toEqual(['RECORD_IN_WRITING']);
    expect(r.message).toMatch(/has written yours down for you/);
  });

  it('refers bin collection to the district council of the local area', () => {
    expect(hcc({ serviceArea: 'bins', kind: FeedbackKind.SERVICE_REQUEST, localArea: 'HART' })).toMatchObject({
      outcome: IntakeOutcome.REFERRED,
      referral: { route: 'Hart District Council', councilId: 'hart' },
    });
    expect(hcc({ serviceArea: 'bins' }).outcome).toBe(IntakeOutcome.NEEDS_LOCAL_AREA);
  });

  it('sends social care complaints to the statutory procedures, but records compliments about them', () => {
    expect(hcc({ serviceArea: 'adult-social-care' }).referral?.route).toBe("Adults' Health and Care statutory complaints procedure");
    expect(hcc({ serviceArea: 'childrens-services' }).referral?.route).toBe("Children's Services statutory complaints procedure");
    expect(hcc({ serviceArea: 'adult-social-care', kind: FeedbackKind.COMPLIMENT }).outcome).toBe(IntakeOutcome.RECORDED);
  });

  it('does not take complaints from another professional body', () => {
    expect(hcc({ complainantType: ComplainantType.PROFESSIONAL_BODY }).outcome).toBe(IntakeOutcome.NOT_ACCEPTED);
    expect(hcc({ complainantType: ComplainantType.RESIDENT }).outcome).toBe(IntakeOutcome.ACCEPTED);
  });

  it.each([
    [Matter.WHISTLEBLOWING, 'Whistleblowing policy'],
    [Matter.HEALTH_AND_SAFETY, 'Health and safety policy'],
    [Matter.COUNCILLOR_CONDUCT, "Members' Code of Conduct"],
    [Matter.CHILDRENS_SOCIAL_CARE, "Children's Services statutory complaints procedure"],
    [Matter.ADULT_SOCIAL_CARE, "Adults' Health and Care statutory complaints procedure"],
    [Matter.SCHOOL_ADMISSION_OR_EXCLUSION, 'School admission or exclusion appeal'],
    [Matter.SEN_PROVISION, 'SEND Tribunal'],
    [Matter.FREEDOM_OF_INFORMATION, 'Freedom of Information'],
    [Matter.DATA_PROTECTION, 'Data Protection'],
    [Matter.COMPENSATION_CLAIM, 'Compensation claim'],
    [Matter.LEGAL_PROCEEDINGS, 'Legal proceedings'],
    [Matter.EMPLOYMENT, 'Human Resources procedures'],
    [Matter.OTHER_APPEAL_MECHANISM, 'Statutory or constitutional appeal'],
    [Matter.PLANNING_DECISION, 'Planning appeal'],
    [Matter.PARKING_APPEAL, 'Parking appeal'],
    [Matter.HOUSING_BENEFIT_APPEAL, 'Housing Benefit appeal'],
    [Matter.OTHER_AUTHORITY_SERVICE, 'The body that provides the service'],
    [Matter.LAW_OR_GOVERNMENT_POLICY, 'Your local MP'],
  ])('special arrangement: %s → "%s"', (matter, route) => {
    expect(hcc({ matter })).toMatchObject({ outcome: IntakeOutcome.REFERRED, referral: { route } });
  });

  it.each([Matter.CONTRACTUAL, Matter.PREVIOUSLY_INVESTIGATED, Matter.OMBUDSMAN_INVESTIGATED, Matter.COURT_DETERMINATION])(
    'exclusion: %s is not accepted',
    (matter) => {
      const r = hcc({ matter });
      expect(r.outcome).toBe(IntakeOutcome.NOT_ACCEPTED);
      expect(r.referral?.detail).toEqual(expect.any(String));
    },
  );

  it('points a matter the Ombudsman has investigated back to the Ombudsman', () => {
    expect(hcc({ matter: Matter.OMBUDSMAN_INVESTIGATED }).message).toMatch(
      /Please contact the Ombudsman: go to www\.lgo\.org\.uk, call 0300 061 0614 or write to The Local Government and Social Care Ombudsman, PO Box 4771, Coventry CV4 0EH\.$/,
    );
  });

  it('has a twelve-month time limit, at the Corporate Complaints Team’s discretion', () => {
    expect(hcc({ incidentDate: '2025-11-17' }).outcome).toBe(IntakeOutcome.ACCEPTED);
    expect(hcc({ incidentDate: '2025-11-16' }).message).toMatch(
      /within 12 months.*so that the Corporate Complaints Team at Hampshire County Council can decide/,
    );
  });
});

describe('where triage starts, and the time limit', () => {
  it.each<[CouncilPolicy, boolean, number]>([
    [HART_POLICY, false, 0],
    [HART_POLICY, true, 1],
    [HAMPSHIRE_POLICY, false, 1],
    [HAMPSHIRE_POLICY, true, 1],
  ])('%#: starts at stage %s', (policy, skip, stage) => {
    expect(startStage(policy, skip)).toBe(stage);
  });

  it('gives the last day a complaint is in time', () => {
    expect(timeLimitDate(HART_POLICY, '2025-08-31')).toBe('2026-02-28');
    expect(timeLimitDate(HAMPSHIRE_POLICY, '2024-02-29')).toBe('2025-02-28');
  });
});

describe('triage: the Code template', () => {
  it('promises a response counted from acknowledgement', () => {
    const r = triage(complaint(), LGSCO_CODE_POLICY as CouncilPolicy, []);
    expect(r.message).toMatch(
      /aim to respond in full within 10 working days of acknowledging it, by Tuesday 8 December 2026 at the latest\.$/,
    );
  });
});
