import { Channel, ConsentEvidence, FeedbackKind, IntakeOutcome, Matter } from '../enums';
import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import type { CouncilPolicy } from '../policies/policy.types';
import { localAreasOf, passedOnReply, requireLocalArea } from './cross-tier';
import type { TriageInput } from './triage';
import { triage } from './triage';

// Both tiers on the platform, as deployed.
const HOSTED: readonly CouncilPolicy[] = [HART_POLICY, HAMPSHIRE_POLICY];

// Received Tuesday 17 November 2026, 10:00.
const input = (over: Partial<TriageInput> = {}): TriageInput => ({
  kind: FeedbackKind.COMPLAINT,
  channel: Channel.WEB_FORM,
  serviceArea: 'bins',
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
const atHampshire = (over: Partial<TriageInput> = {}, hosted = HOSTED) => triage(input(over), HAMPSHIRE_POLICY, hosted);
const atHart = (over: Partial<TriageInput> = {}, hosted = HOSTED) => triage(input({ serviceArea: 'roads', ...over }), HART_POLICY, hosted);

const BINS = 'Bin collections are provided by your district or borough council, not Hampshire County Council.';
const ROADS =
  'Roads, pavements and street lights in Hart are provided by Hampshire County Council, not Hart District Council, ' +
  'and it has its own complaints procedure.';

describe('a district service brought to Hampshire (Hampshire "Exclusions": outside the control of the County Council)', () => {
  it('without the local area: NEEDS_LOCAL_AREA, nothing passed on, and the resident is told why and what to do', () => {
    const r = atHampshire();
    expect(r).toMatchObject({ outcome: IntakeOutcome.NEEDS_LOCAL_AREA, stage: null, passOn: null, late: false });
    expect(r.referral).toEqual({ route: 'Your district or borough council', detail: BINS });
    expect(r.message).toBe(
      `${BINS} Please send it again saying which district or borough the matter arose in (Basingstoke and Deane, ` +
        'East Hampshire, Eastleigh, Fareham, Gosport, Hart, Havant, New Forest, Rushmoor, Test Valley or Winchester), ' +
        'so that we can pass it to that council where we can, or tell you how to contact it. Nothing has been passed on.',
    );
  });

  it('in Hart: passed to Hart District Council, which takes it under its own policy (the informal stage)', () => {
    const r = atHampshire({ localArea: 'HART' });
    expect(r).toMatchObject({ outcome: IntakeOutcome.REFERRED, referral: { route: 'Hart District Council', councilId: 'hart' } });
    expect(r.passOn).toMatchObject({ councilId: 'hart', councilName: 'Hart District Council', serviceArea: 'waste', why: BINS });
    expect(r.passOn?.decision).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, stage: 0 });
    expect(r.message).toBe(
      `${BINS} We have passed your complaint to Hart District Council, which has opened it under its own reference. ` +
        r.passOn!.decision.message,
    );
    expect(r.referral?.detail).toBe(r.message);
    expect(passedOnReply(r.passOn!, FeedbackKind.COMPLAINT, 'HDC-2026-000042')).toMatch(
      /^Bin collections .* We have passed your complaint to Hart District Council, which has opened it under its own reference, HDC-2026-000042\. Thank you\. Hart District Council will first try/,
    );
  });

  it('in another district: REFERRED to that council, which the resident contacts; nothing of theirs is sent anywhere', () => {
    const r = atHampshire({ localArea: 'RUSHMOOR' });
    expect(r).toMatchObject({ outcome: IntakeOutcome.REFERRED, passOn: null, stage: null });
    expect(r.referral).toEqual({ route: 'Rushmoor Borough Council', detail: r.message });
    expect(r.message).toBe(
      `${BINS} In Rushmoor that is Rushmoor Borough Council. Please contact Rushmoor Borough Council yourself at ` +
        'www.rushmoor.gov.uk: we have not passed your complaint on or shared your details with it.',
    );
  });

  it('passes it to a district council once that council is hosted here too, found from the registry', () => {
    const rushmoor: CouncilPolicy = {
      ...HART_POLICY,
      councilId: 'rushmoor',
      councilName: 'Rushmoor Borough Council',
      referencePrefix: 'RBC',
    };
    const r = atHampshire({ localArea: 'RUSHMOOR', kind: FeedbackKind.COMPLIMENT }, [...HOSTED, rushmoor]);
    expect(r.passOn).toMatchObject({ councilId: 'rushmoor', decision: { outcome: IntakeOutcome.RECORDED } });
    expect(r.message).toBe(
      `${BINS} We have passed your compliment to Rushmoor Borough Council. Thank you for your compliment about bin collection ` +
        'and recycling. Rushmoor Borough Council has recorded it and sent it to the head of the service, ' +
        'to pass on to the people concerned.',
    );
    expect(localAreasOf(HAMPSHIRE_POLICY, [...HOSTED, rushmoor]).filter((a) => a.councilId)).toEqual([
      { code: 'HART', name: 'Hart', councilId: 'hart' },
      { code: 'RUSHMOOR', name: 'Rushmoor', councilId: 'rushmoor' },
    ]);
  });

  it('tells the resident to go to the district when its catalogue has no such service here', () => {
    const hartWithoutBins: CouncilPolicy = { ...HART_POLICY, serviceAreas: HART_POLICY.serviceAreas.filter((a) => a.code !== 'waste') };
    const r = atHampshire({ localArea: 'HART' }, [hartWithoutBins, HAMPSHIRE_POLICY]);
    expect(r).toMatchObject({ outcome: IntakeOutcome.REFERRED, passOn: null, referral: { route: 'Hart District Council' } });
    expect(r.message).toMatch(
      /In Hart that is Hart District Council\. Please contact Hart District Council yourself at www\.hart\.gov\.uk:/,
    );
  });

  it("is triaged by the district's own policy: its shorter time limit, and a justification lets it through", () => {
    const late = atHampshire({ localArea: 'HART', incidentDate: '2026-03-01' });
    expect(late).toMatchObject({ outcome: IntakeOutcome.REFERRED, passOn: null, late: true, referral: { councilId: 'hart' } });
    expect(late.message).toMatch(
      /^Bin collections .* We have not passed your complaint to Hart District Council or shared your details with it, because its procedure would not take it as it stands\. Hart District Council takes complaints made within 6 months/,
    );
    const justified = atHampshire({ localArea: 'HART', incidentDate: '2026-03-01', lateJustification: 'I was in hospital.' });
    expect(justified).toMatchObject({
      late: true,
      passOn: { decision: { outcome: IntakeOutcome.ACCEPTED, flags: ['LATE_AT_DISCRETION'] } },
    });
  });

  it('routes a service request to the district, and records a comment there', () => {
    expect(atHampshire({ localArea: 'HART', kind: FeedbackKind.SERVICE_REQUEST }).message).toMatch(
      /We have passed your request to Hart District Council\. Thank you\. This is a request for a service rather than a complaint, so Hart District Council has passed it to its bin collection and recycling team/,
    );
    expect(atHampshire({ localArea: 'HART', kind: FeedbackKind.COMMENT }).passOn?.decision.outcome).toBe(IntakeOutcome.RECORDED);
  });

  it("takes the county's own services whatever local area is given", () => {
    expect(atHampshire({ serviceArea: 'highways', localArea: 'RUSHMOOR' })).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, stage: 1 });
  });

  it('uses the service area it was given when the referral names none', () => {
    const county: CouncilPolicy = {
      ...HAMPSHIRE_POLICY,
      serviceAreas: [
        { code: 'waste', name: 'Bins', referral: { route: 'Your district', detail: 'Bins are the district’s.', byLocalArea: true } },
      ],
      localAreas: HAMPSHIRE_POLICY.localAreas.filter((a) => a.code === 'HART'),
    };
    expect(triage(input({ serviceArea: 'waste', localArea: 'HART' }), county, HOSTED).passOn).toMatchObject({ serviceArea: 'waste' });
    expect(triage(input({ serviceArea: 'waste' }), county, HOSTED).message).toMatch(/the matter arose in \(Hart\), so that/);
  });
});

describe('a county service brought to Hart (Hart §4: other layers of local government)', () => {
  it('is passed to Hampshire, which opens it at its Stage 1', () => {
    const r = atHart();
    expect(r).toMatchObject({ outcome: IntakeOutcome.REFERRED, referral: { route: 'Hampshire County Council', councilId: 'hampshire' } });
    expect(r.passOn).toMatchObject({
      councilId: 'hampshire',
      serviceArea: 'highways',
      decision: { outcome: IntakeOutcome.ACCEPTED, stage: 1 },
    });
  });

  it('from a representative with spoken consent: Hampshire needs it in writing, so nothing is passed and the resident is told', () => {
    const r = atHart({ channel: Channel.REPRESENTATIVE, representative: { consent: ConsentEvidence.VERBAL } });
    expect(r).toMatchObject({ outcome: IntakeOutcome.REFERRED, passOn: null, referral: { councilId: 'hampshire' } });
    expect(r.message).toBe(
      `${ROADS} We have not passed your complaint to Hampshire County Council or shared your details with it, because its ` +
        "procedure would not take it as it stands. A representative or councillor can complain on someone's behalf, but " +
        'Hampshire County Council needs written confirmation from the person concerned that you act for them. Confirmation by ' +
        'telephone or in person is not enough. Please send the complaint with that confirmation to Hampshire County Council: ' +
        'email Corporate.complaints.team@hants.gov.uk.',
    );
  });

  it('made anonymously: Hampshire does not take anonymous complaints unless they raise safeguarding concerns', () => {
    expect(atHart({ anonymous: true })).toMatchObject({ passOn: null });
    expect(atHart({ anonymous: true }).message).toMatch(
      /because its procedure would not take it as it stands\. Hampshire County Council does not deal with anonymous complaints/,
    );
    expect(atHart({ anonymous: true, safeguardingConcern: true }).passOn?.decision.flags).toEqual([
      'ANONYMOUS_NO_RESPONSE',
      'SAFEGUARDING_ANONYMOUS',
    ]);
  });

  it.each([
    [
      'social care, a statutory procedure at Hampshire',
      { serviceArea: 'social-care' },
      /run by Adults' Health and Care, not this one, and are not passed on from here/,
    ],
    ["a children's social care matter", { serviceArea: 'other', matter: Matter.CHILDRENS_SOCIAL_CARE }, /run by Children's Services/],
    [
      'a school admission, an appeal at Hampshire',
      { serviceArea: 'other', matter: Matter.SCHOOL_ADMISSION_OR_EXCLUSION },
      /challenged by appeal/,
    ],
  ])('%s: not passed on; the resident is told where to go', (_why, over, message) => {
    const r = atHart(over);
    expect(r).toMatchObject({
      outcome: IntakeOutcome.REFERRED,
      passOn: null,
      referral: { route: 'Hampshire County Council', councilId: 'hampshire' },
    });
    expect(r.message).toMatch(/We have not passed your complaint to Hampshire County Council/);
    expect(r.message).toMatch(message);
  });

  it('with Hampshire not on this platform: the resident is told to contact it', () => {
    const r = atHart({}, [HART_POLICY]);
    expect(r).toMatchObject({ outcome: IntakeOutcome.REFERRED, passOn: null, referral: { route: 'Hampshire County Council' } });
    expect(r.referral?.councilId).toBeUndefined();
    expect(r.message).toBe(
      `${ROADS} Please contact Hampshire County Council yourself: we have not passed your complaint on or shared your details with it.`,
    );
  });
});

describe('local areas', () => {
  it("lists Hampshire's eleven districts and boroughs, each with its council's id when it is on this platform; none for Hart", () => {
    const areas = localAreasOf(HAMPSHIRE_POLICY, HOSTED);
    expect(areas.map((a) => a.name)).toEqual([
      'Basingstoke and Deane',
      'East Hampshire',
      'Eastleigh',
      'Fareham',
      'Gosport',
      'Hart',
      'Havant',
      'New Forest',
      'Rushmoor',
      'Test Valley',
      'Winchester',
    ]);
    expect(areas.filter((a) => a.councilId)).toEqual([{ code: 'HART', name: 'Hart', councilId: 'hart' }]);
    expect(localAreasOf(HART_POLICY, HOSTED)).toEqual([]);
  });

  it('refuses a code the council does not list, naming the field and what is valid', () => {
    expect(requireLocalArea(HAMPSHIRE_POLICY, null)).toBeNull();
    expect(requireLocalArea(HAMPSHIRE_POLICY, 'HART')?.councilName).toBe('Hart District Council');
    expect(() => atHampshire({ localArea: 'ATLANTIS' })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'localArea',
        message: expect.stringMatching(
          /^localArea "ATLANTIS" is not one of Hampshire County Council's local areas\. Valid: BASINGSTOKE_AND_DEANE, /,
        ),
      }),
    );
    expect(() => atHart({ localArea: 'HART' })).toThrow(/Hart District Council has no local areas: leave it out\./);
    expect(() => requireLocalArea(HART_POLICY, 'HART', 'input.localArea')).toThrow(expect.objectContaining({ field: 'input.localArea' }));
  });
});
