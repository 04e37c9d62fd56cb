import { ComplainantType, FeedbackKind, IntakeOutcome, Matter } from '../enums';
import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import type { ContactFacts } from './contacts';
import { contactBucket, contactBucketSql, refusalDescription, refusalReason } from './contacts';

const { COMPLAINT, COMMENT, COMPLIMENT, SERVICE_REQUEST } = FeedbackKind;

describe('contactBucket: every contact counts as exactly one thing', () => {
  it.each([
    [COMPLAINT, IntakeOutcome.ACCEPTED, 'COMPLAINT'],
    [COMPLIMENT, IntakeOutcome.RECORDED, 'COMPLIMENT'],
    [COMMENT, IntakeOutcome.RECORDED, 'COMMENT'],
    [SERVICE_REQUEST, IntakeOutcome.ROUTED_TO_SERVICE, 'SERVICE_REQUEST'],
    // Referred, refused or sent back for what was missing: not a complaint received here.
    [COMPLAINT, IntakeOutcome.REFERRED, 'NOT_TAKEN_ON'],
    [COMPLAINT, IntakeOutcome.NOT_ACCEPTED, 'NOT_TAKEN_ON'],
    [COMPLAINT, IntakeOutcome.NEEDS_JUSTIFICATION, 'NOT_TAKEN_ON'],
    [COMPLAINT, IntakeOutcome.NEEDS_CONSENT, 'NOT_TAKEN_ON'],
    [COMPLAINT, IntakeOutcome.NEEDS_LOCAL_AREA, 'NOT_TAKEN_ON'],
    // A compliment about another tier's service is that council's.
    [COMPLIMENT, IntakeOutcome.REFERRED, 'NOT_TAKEN_ON'],
    [SERVICE_REQUEST, IntakeOutcome.REFERRED, 'NOT_TAKEN_ON'],
  ])('%s %s is %s', (kind, outcome, bucket) => {
    expect(contactBucket(kind, outcome)).toBe(bucket);
  });

  it('writes the same rule as SQL (run against PostgreSQL in reporting)', () => {
    expect(contactBucketSql('r.kind', 'r.outcome')).toBe(
      "case when r.kind = 'COMPLAINT' and r.outcome = 'ACCEPTED' then 'COMPLAINT' " +
        "when r.kind = 'COMPLIMENT' and r.outcome = 'RECORDED' then 'COMPLIMENT' " +
        "when r.kind = 'COMMENT' and r.outcome = 'RECORDED' then 'COMMENT' " +
        "when r.kind = 'SERVICE_REQUEST' and r.outcome = 'ROUTED_TO_SERVICE' then 'SERVICE_REQUEST' else 'NOT_TAKEN_ON' end",
    );
  });
});

const facts = (f: Partial<ContactFacts>): ContactFacts => ({
  kind: COMPLAINT,
  outcome: IntakeOutcome.REFERRED,
  matter: Matter.SERVICE_FAILURE,
  serviceArea: 'waste',
  anonymous: false,
  ...f,
});

describe('refusalReason: why a complaint was not taken on, in triage order', () => {
  it.each([
    ['a Hart complaint about the county’s roads', HART_POLICY, facts({ serviceArea: 'roads' }), 'OTHER_AUTHORITY'],
    [
      'a Hart complaint about a planning decision',
      HART_POLICY,
      facts({ matter: Matter.PLANNING_DECISION, serviceArea: 'planning' }),
      'PLANNING_DECISION',
    ],
    [
      'the service area wins over the matter (triage checks it first)',
      HART_POLICY,
      facts({ serviceArea: 'roads', matter: Matter.PLANNING_DECISION }),
      'OTHER_AUTHORITY',
    ],
    ["a Hampshire complaint about children's social care", HAMPSHIRE_POLICY, facts({ serviceArea: 'childrens-services' }), 'OWN_PROCEDURE'],
    ['a referral with no rule of this council (passed across the tiers by local area)', HART_POLICY, facts({}), 'OTHER_AUTHORITY'],
    [
      'Hampshire: a matter it excludes',
      HAMPSHIRE_POLICY,
      facts({ outcome: IntakeOutcome.NOT_ACCEPTED, matter: Matter.PREVIOUSLY_INVESTIGATED, serviceArea: 'highways' }),
      'PREVIOUSLY_INVESTIGATED',
    ],
    [
      'Hampshire: a professional body',
      HAMPSHIRE_POLICY,
      facts({ outcome: IntakeOutcome.NOT_ACCEPTED, serviceArea: 'highways', complainantType: ComplainantType.PROFESSIONAL_BODY }),
      'EXCLUDED_COMPLAINANT',
    ],
    [
      'Hampshire: anonymous',
      HAMPSHIRE_POLICY,
      facts({ outcome: IntakeOutcome.NOT_ACCEPTED, serviceArea: 'highways', anonymous: true, complainantType: null }),
      'ANONYMOUS',
    ],
    [
      'not accepted, by an event that did not say whether anonymous',
      HAMPSHIRE_POLICY,
      facts({ outcome: IntakeOutcome.NOT_ACCEPTED, serviceArea: 'highways', anonymous: null }),
      'NOT_ACCEPTED',
    ],
    ['out of time, no reason given', HART_POLICY, facts({ outcome: IntakeOutcome.NEEDS_JUSTIFICATION }), 'OUT_OF_TIME_NO_REASON'],
    ['no consent for a representative', HART_POLICY, facts({ outcome: IntakeOutcome.NEEDS_CONSENT }), 'NO_CONSENT'],
    ['a two-tier matter with no local area', HAMPSHIRE_POLICY, facts({ outcome: IntakeOutcome.NEEDS_LOCAL_AREA }), 'LOCAL_AREA_NEEDED'],
    ['taken on', HART_POLICY, facts({ outcome: IntakeOutcome.ACCEPTED }), null],
  ])('%s', (_name, policy, c, reason) => {
    expect(refusalReason(policy, c)).toBe(reason);
  });

  it('describes each reason in plain English, a matter by its name', () => {
    expect(refusalDescription('OUT_OF_TIME')).toBe('Made out of time: the complaints coordinator decided not to consider it');
    expect(refusalDescription('ANONYMOUS')).toBe('Anonymous, where the policy does not take anonymous complaints');
    expect(refusalDescription('PLANNING_DECISION')).toBe('Has its own procedure or is excluded: planning decision');
  });
});
