import { AnonymousHandling, ClockStart, ConsentEvidence, CouncilTier, Outcome, Remedy, Role } from '../enums';
import { howToContact } from './contacts';
import { COUNCIL_POLICIES, findCouncilPolicy, findStage } from './council-policies';
import { LGSCO_CODE_POLICY } from './lgsco-code.policy';

const stageTable = (councilId: string) =>
  findCouncilPolicy(councilId)!.stages.map((s) => [
    s.number,
    s.name,
    s.handlerRole,
    s.acknowledgeWithinWorkingDays,
    s.respondWithinWorkingDays,
    s.responseClockFrom,
    s.maxExtensionWorkingDays,
    s.signOffRole,
    s.independentOfEarlierStages,
  ]);

describe('council policies as data', () => {
  it('hosts Hart (district) and Hampshire (county)', () => {
    expect(
      COUNCIL_POLICIES.map((p) => [p.councilId, p.councilName, p.tier, p.referencePrefix, p.timeLimitMonths, p.anonymousComplaints]),
    ).toEqual([
      ['hart', 'Hart District Council', CouncilTier.DISTRICT, 'HDC', 6, AnonymousHandling.ACCEPT_NO_RESPONSE],
      ['hampshire', 'Hampshire County Council', CouncilTier.COUNTY, 'HCC', 12, AnonymousHandling.REJECT_UNLESS_SAFEGUARDING],
    ]);
    expect(findCouncilPolicy('nowhere')).toBeUndefined();
  });

  it('Hart: informal (10 wd), Stage 1 (10 wd), Stage 2 (20 wd, signed off by the Joint Chief Executive); acknowledge in 3', () => {
    expect(stageTable('hart')).toEqual([
      [0, 'Informal resolution', Role.OFFICER, 3, 10, ClockStart.RECEIPT, null, null, false],
      [1, 'Stage 1', Role.OFFICER, 3, 10, ClockStart.RECEIPT, null, null, false],
      [2, 'Stage 2', Role.HEAD_OF_SERVICE, 3, 20, ClockStart.RECEIPT, null, Role.COMPLAINTS_COORDINATOR, false],
    ]);
  });

  it('Hampshire: three stages of 5 and 20 wd, Stages 2 and 3 independent', () => {
    expect(stageTable('hampshire')).toEqual([
      [1, 'Stage 1', Role.OFFICER, 5, 20, ClockStart.RECEIPT, null, null, false],
      [2, 'Stage 2', Role.HEAD_OF_SERVICE, 5, 20, ClockStart.RECEIPT, null, null, true],
      [3, 'Stage 3', Role.COMPLAINTS_COORDINATOR, 5, 20, ClockStart.RECEIPT, null, null, true],
    ]);
  });

  it('the Code template: two stages from acknowledgement, 10 + 10 and 20 + 20', () => {
    expect(
      LGSCO_CODE_POLICY.stages.map((s) => [
        s.number,
        s.acknowledgeWithinWorkingDays,
        s.respondWithinWorkingDays,
        s.responseClockFrom,
        s.maxExtensionWorkingDays,
        s.independentOfEarlierStages,
      ]),
    ).toEqual([
      [1, 5, 10, ClockStart.ACKNOWLEDGEMENT, 10, false],
      [2, 5, 20, ClockStart.ACKNOWLEDGEMENT, 20, true],
    ]);
    expect(LGSCO_CODE_POLICY.timeLimitMonths).toBe(12);
  });

  it('outcomes, remedies, consent and contact details come from the seeds', () => {
    const hart = findCouncilPolicy('hart')!;
    const hcc = findCouncilPolicy('hampshire')!;
    expect(hart.outcomes).toEqual([Outcome.UPHELD, Outcome.PARTIALLY_UPHELD, Outcome.NOT_UPHELD, Outcome.NOT_INVESTIGATED]);
    expect(hart.apologyWhenAtFault).toBe(true);
    expect(hcc.remedies).toEqual([
      Remedy.APOLOGY,
      Remedy.EXPLANATION,
      Remedy.ACTION_TAKEN,
      Remedy.DECISION_RECONSIDERED,
      Remedy.PROCEDURES_IMPROVED,
      Remedy.PROCEDURE_RERUN,
      Remedy.MONEY_RECALCULATED,
    ]);
    expect([hart.representativeConsent, hcc.representativeConsent]).toEqual([
      [ConsentEvidence.VERBAL, ConsentEvidence.WRITTEN],
      [ConsentEvidence.WRITTEN],
    ]);
    expect(hart.contact.email).toBe('complaints@hart.gov.uk');
    expect(hart.escalationContact?.postalAddress).toMatch(/^Complaints Coordinator, Joint Chief Executive Office/);
    expect(hcc.contact.email).toBe('Corporate.complaints.team@hants.gov.uk');
    for (const p of COUNCIL_POLICIES) expect(p.ombudsman).toMatchObject({ website: 'www.lgo.org.uk', telephone: '0300 061 0614' });
  });

  it.each(COUNCIL_POLICIES.map((p) => [p.councilId, p]))(
    '%s is consistent: unique codes and matters, ascending stages, referrals to hosted councils only',
    (_id, p) => {
      const codes = p.serviceAreas.map((a) => a.code);
      expect(new Set(codes).size).toBe(codes.length);
      const matters = p.matterRules.map((r) => r.matter);
      expect(new Set(matters).size).toBe(matters.length);
      const numbers = p.stages.map((s) => s.number);
      expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
      const targets = [...p.serviceAreas.map((a) => a.referral?.councilId), ...p.matterRules.map((r) => r.councilId)].filter(Boolean);
      for (const id of targets) expect(findCouncilPolicy(id!)).toBeDefined();
      // a referral to another council names a service area in that council's catalogue
      for (const r of [...p.serviceAreas.map((a) => a.referral), ...p.matterRules].filter((x) => x?.councilId)) {
        expect(findCouncilPolicy(r!.councilId!)!.serviceAreas.map((a) => a.code)).toContain(r!.serviceArea);
      }
      expect(Object.isFrozen(p.stages[0])).toBe(true);
    },
  );

  it('refers across the two tiers: roads from Hart to Hampshire, bins from Hampshire to the district where the matter arose', () => {
    expect(findCouncilPolicy('hart')!.serviceAreas.find((a) => a.code === 'roads')?.referral).toMatchObject({
      councilId: 'hampshire',
      serviceArea: 'highways',
    });
    expect(findCouncilPolicy('hampshire')!.serviceAreas.find((a) => a.code === 'bins')?.referral).toMatchObject({
      byLocalArea: true,
      serviceArea: 'waste',
    });
  });

  it("Hampshire's local areas are its eleven districts and boroughs; a district has none", () => {
    const hcc = findCouncilPolicy('hampshire')!;
    expect(hcc.localAreas).toHaveLength(11);
    expect(hcc.localAreas.find((a) => a.code === 'HART')).toEqual({
      code: 'HART',
      name: 'Hart',
      councilId: 'hart',
      councilName: 'Hart District Council',
      website: 'www.hart.gov.uk',
    });
    expect(new Set(hcc.localAreas.map((a) => a.councilId)).size).toBe(11);
    expect(findCouncilPolicy('hart')!.localAreas).toEqual([]);
    // what goes to a district by its local area names a service in the catalogue of every district hosted here
    const hart = findCouncilPolicy('hart')!;
    for (const a of hcc.serviceAreas.filter((x) => x.referral?.byLocalArea))
      expect(hart.serviceAreas.map((x) => x.code)).toContain(a.referral!.serviceArea);
  });

  it('no referral promises to pass anything on: what is passed is decided by triage', () => {
    const texts = COUNCIL_POLICIES.flatMap((p) => [
      ...p.serviceAreas.flatMap((a) => [a.referral?.detail, a.complaintsProcedure?.detail]),
      ...p.matterRules.map((r) => r.detail),
    ]).filter(Boolean);
    for (const t of texts) expect(t).not.toMatch(/we are passing|we will tell you|they will contact you|tell us so/i);
  });

  it('finds a stage by number', () => {
    expect(findStage(findCouncilPolicy('hart')!, 2)?.signOffRole).toBe(Role.COMPLAINTS_COORDINATOR);
    expect(findStage(findCouncilPolicy('hampshire')!, 0)).toBeUndefined();
  });

  it.each([
    [{ email: null, postalAddress: null, telephone: null, website: null }, 'contact them'],
    [{ email: 'a@b.uk', postalAddress: null, telephone: null, website: null }, 'email a@b.uk'],
    [{ email: 'a@b.uk', postalAddress: '1 High St', telephone: '01234', website: null }, 'email a@b.uk, call 01234 or write to 1 High St'],
  ])('says how to get in touch', (contact, text) => {
    expect(howToContact(contact)).toBe(text);
  });
});
