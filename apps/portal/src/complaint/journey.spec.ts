import type { CouncilView, SubmissionCheck } from '../data/operations';
import { submissionInput } from './answers';
import type { ComplaintAnswers } from './answers';
import { askedQuestions, nextQuestion, pageForInputPath, questionBySlug } from './questions';
import { nextStepAfterCheck } from './outcome';

// Two councils as the gateway publishes them, cut down to what the journey reads.
const stage = (number: number, name: string) => ({
  number,
  name,
  handlerRole: 'OFFICER',
  acknowledgeWithinWorkingDays: 3,
  respondWithinWorkingDays: 10,
  responseClockFrom: 'RECEIPT' as const,
  maxExtensionWorkingDays: null,
  independentOfEarlierStages: false,
});
const council = (over: Partial<CouncilView['policy']> & { localAreas?: CouncilView['localAreas'] }): CouncilView => ({
  id: 'c',
  name: 'A Council',
  tier: 'DISTRICT',
  referencePrefix: 'ACC',
  serviceAreas: [{ code: 'waste', name: 'Bins', providedBy: null }],
  localAreas: over.localAreas ?? [],
  policy: {
    name: 'policy',
    timeLimitMonths: 6,
    anonymousComplaints: 'ACCEPT_NO_RESPONSE',
    stages: [stage(1, 'Stage 1')],
    representativeConsent: ['WRITTEN'],
    referralRoutes: [],
    contact: { email: null, postalAddress: null, phone: null, website: null },
    ombudsman: { name: 'Ombudsman', postalAddress: '', phone: '', website: '' },
    ...over,
  },
});
const district = council({ stages: [stage(0, 'Informal resolution'), stage(1, 'Stage 1')], representativeConsent: ['VERBAL', 'WRITTEN'] });
const county = council({
  anonymousComplaints: 'REJECT_UNLESS_SAFEGUARDING',
  localAreas: [{ code: 'HART', name: 'Hart', councilId: 'hart' }],
  referralRoutes: [{ matter: 'FREEDOM_OF_INFORMATION', route: 'FOI', detail: 'FOI review' }],
});

const slugs = (a: ComplaintAnswers, c: CouncilView) => askedQuestions(a, c).map((q) => q.slug);
const base: ComplaintAnswers = { councilId: 'c', idempotencyKey: 'k-1' };

describe('which questions are asked: from the council’s published policy and the answers so far', () => {
  it('a district with an informal stage: no local area, the informal question; a county: the local area and its matters', () => {
    expect(slugs({ ...base, who: 'myself' }, district)).toEqual([
      'service-area',
      'what-happened',
      'categories',
      'when',
      'outcome',
      'informal',
      'who',
      'your-name',
      'complainant-type',
      'contact',
      'adjustments',
    ]);
    expect(slugs({ ...base, who: 'someone-else' }, county)).toEqual([
      'local-area',
      'service-area',
      'matter',
      'what-happened',
      'categories',
      'when',
      'outcome',
      'who',
      'their-name',
      'your-name',
      'complainant-type',
      'contact',
      'consent',
      'adjustments',
    ]);
  });

  it('anonymous: no name, contact or adjustments; the late question only once the dry run said late', () => {
    expect(slugs({ ...base, who: 'anonymous' }, district)).not.toContain('your-name');
    expect(slugs({ ...base, who: 'anonymous' }, district)).not.toContain('late');
    expect(slugs({ ...base, who: 'anonymous', late: true }, district).at(-1)).toBe('late');
  });

  it('anonymous: where the policy takes it only when someone is at risk, that is asked (the dry run decides)', () => {
    const who = questionBySlug('who')!;
    expect(who.check({ who: 'anonymous' }, district, '2026-12-01')).toEqual([]);
    expect(who.check({ who: 'anonymous' }, county, '2026-12-01')).toEqual([]);
    expect(slugs({ ...base, who: 'anonymous' }, district)).not.toContain('at-risk');
    expect(slugs({ ...base, who: 'anonymous' }, county)).toContain('at-risk');
    expect(slugs({ ...base, who: 'myself' }, county)).not.toContain('at-risk');
    expect(submissionInput({ ...base, who: 'anonymous', safeguarding: 'yes' }).safeguardingConcern).toBe(true);
    expect(submissionInput({ ...base, who: 'anonymous', safeguarding: 'no' }).safeguardingConcern).toBeUndefined();
  });

  it('categories: at least one, and only those the contract names', () => {
    const categories = questionBySlug('categories')!;
    expect(categories.check({ categories: ['DELAY', 'STAFF_BEHAVIOUR'] }, district, '2026-12-01')).toEqual([]);
    expect(categories.check({}, district, '2026-12-01')).toEqual([{ field: 'categories', message: 'Select what went wrong' }]);
    expect(categories.check({ categories: 'MADE_UP' }, district, '2026-12-01')).toHaveLength(1);
    expect(categories.read({ categories: 'DELAY' })).toEqual({ categories: ['DELAY'] });
  });

  it('past the time limit: a reason, or saying there is none (which has its own page)', () => {
    const late = questionBySlug('late')!;
    expect(late.check({ lateReason: 'no' }, district, '2026-12-01')).toEqual([]);
    expect(late.check({ lateReason: 'yes' }, district, '2026-12-01')).toEqual([
      { field: 'lateJustification', message: 'Tell us why you could not complain sooner' },
    ]);
    expect(late.check({}, district, '2026-12-01')).toHaveLength(1);
  });

  it('only the kinds of consent the policy accepts (or none yet) are answers', () => {
    const consent = questionBySlug('consent')!;
    expect(consent.check({ consent: 'VERBAL' }, district, '2026-12-01')).toEqual([]);
    expect(consent.check({ consent: 'VERBAL' }, county, '2026-12-01')).toHaveLength(1);
    expect(consent.check({ consent: 'NONE' }, county, '2026-12-01')).toEqual([]);
  });

  it('goes to the first question not yet answered; a gateway problem goes back to the page that answers it', () => {
    const a: ComplaintAnswers = { ...base, serviceArea: 'waste', summary: 'S', details: 'D', categories: ['DELAY'] };
    expect(nextQuestion(a, district)?.slug).toBe('when');
    expect(pageForInputPath('input.incidentDate', a, district)?.slug).toBe('when');
    expect(pageForInputPath('input.representative.consent', { ...a, who: 'someone-else' }, district)?.slug).toBe('consent');
  });
});

describe('the submission the answers make', () => {
  const answered: ComplaintAnswers = {
    ...base,
    serviceArea: 'waste',
    matter: 'SERVICE_FAILURE',
    summary: 'Bin missed',
    details: 'Three weeks',
    incidentDate: { day: '5', month: '1', year: '2026' },
    desiredOutcome: 'Empty it',
    informal: 'formal',
    contactPreference: 'EMAIL',
    email: 'jo@example.org',
    phone: '01252 000000',
    needsAdjustments: 'yes',
    adjustments: 'Large print',
    categories: ['FAILURE_TO_PROVIDE_SERVICE'],
    complainantType: 'BUSINESS',
    lateReason: 'yes',
    lateJustification: 'I was ill',
  };

  it('for yourself: you are the complainant, reached only the way you chose; straight to the formal stage', () => {
    expect(submissionInput({ ...answered, who: 'myself', name: 'Jo Bloggs' })).toEqual({
      councilId: 'c',
      kind: 'COMPLAINT',
      channel: 'WEB_FORM',
      serviceArea: 'waste',
      matter: 'SERVICE_FAILURE',
      summary: 'Bin missed',
      details: 'Three weeks',
      categories: ['FAILURE_TO_PROVIDE_SERVICE'],
      desiredOutcome: 'Empty it',
      incidentDate: '2026-01-05',
      skipInformal: true,
      idempotencyKey: 'k-1',
      complainant: { type: 'BUSINESS', name: 'Jo Bloggs', email: 'jo@example.org', contactPreference: 'EMAIL', adjustments: 'Large print' },
    });
  });

  it('for someone else: they are the complainant, you their representative with the consent you gave and your contact details', () => {
    const input = submissionInput({
      ...answered,
      who: 'someone-else',
      theirName: 'Pat',
      name: 'Sam',
      relationship: 'advocate',
      consent: 'WRITTEN',
    });
    expect(input.complainant).toEqual({ type: 'BUSINESS', name: 'Pat', adjustments: 'Large print' });
    expect(input.representative).toEqual({ name: 'Sam', relationship: 'advocate', consent: 'WRITTEN', email: 'jo@example.org' });
  });

  it('anonymous: no one named; the late reason goes only when the dry run said late', () => {
    const anonymous = submissionInput({ ...answered, who: 'anonymous', name: 'Left over' });
    expect(anonymous.complainant).toBeUndefined();
    expect(anonymous.representative).toBeUndefined();
    expect(anonymous.lateJustification).toBeUndefined();
    expect(submissionInput({ ...answered, who: 'anonymous', late: true }).lateJustification).toBe('I was ill');
    expect(submissionInput({ ...answered, who: 'anonymous', late: true, lateReason: 'no' }).lateJustification).toBeUndefined();
  });
});

describe('the page for each intake outcome', () => {
  const check = (outcome: SubmissionCheck['outcome'], councilId: string | null = null): SubmissionCheck => ({
    outcome,
    message: 'm',
    referral: { route: 'r', detail: 'd', councilId, reference: null },
    late: false,
    stage: null,
    acknowledgeBy: null,
    respondBy: null,
  });
  it.each([
    ['ACCEPTED', null, { checkAnswers: true }],
    ['RECORDED', null, { checkAnswers: true }],
    ['REFERRED', 'hart', { checkAnswers: true }],
    ['REFERRED', null, { outcome: 'referred' }],
    ['NEEDS_CONSENT', null, { outcome: 'needs-consent' }],
    ['NOT_ACCEPTED', null, { outcome: 'not-accepted' }],
    ['NEEDS_JUSTIFICATION', null, { question: 'late' }],
    ['NEEDS_LOCAL_AREA', null, { question: 'local-area' }],
  ] as const)('%s (referred to %s) → %j', (outcome, councilId, step) => {
    expect(nextStepAfterCheck(check(outcome, councilId), true)).toEqual(step);
  });
  it('past the time limit with no reason given: its own page, not the question again', () => {
    expect(nextStepAfterCheck(check('NEEDS_JUSTIFICATION'), true, { lateReason: 'no' })).toEqual({ outcome: 'needs-justification' });
  });
});
