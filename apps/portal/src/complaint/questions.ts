import { formatLongDate } from '@redress/policy';
import { checkAll, checkPastDate, dateParts, emailAddress, isoDate, maxLength, oneOf, required, someOf, text, values } from '@redress/web';
import type { Check, FieldError, FieldMap, FormBody } from '@redress/web';
import type { CouncilView } from '../data/operations';
import type { ComplaintAnswers, Who } from './answers';
import type { ComplainantType } from '../data/operations';
import { CATEGORY_WORDS, COMPLAINANT_TYPE_WORDS, CONSENT_WORDS, CONTACT_WORDS, MATTER_WORDS } from './words';

/** One question page of "Make a complaint": one thing per page (GOV.UK question pages). */
export interface Question {
  slug: string;
  /** The page title, which is also its heading or legend. */
  title: (a: ComplaintAnswers, c: CouncilView) => string;
  /** Whether the question is asked, from the answers so far and the council's published policy. */
  asks: (a: ComplaintAnswers, c: CouncilView) => boolean;
  answered: (a: ComplaintAnswers) => boolean;
  /** The answers the posted form gives (also what is shown again when it has problems). */
  read: (body: FormBody) => Partial<ComplaintAnswers>;
  check: (body: FormBody, c: CouncilView, today: string) => FieldError[];
  /** The rows of "Check your answers" (none for a question that only routes). */
  rows: (a: ComplaintAnswers, c: CouncilView) => { key: string; value: string }[];
  /** SubmitFeedbackInput paths answered on this page: the gateway's problems with them are shown at these fields. */
  fields: FieldMap;
}

const has = (v: unknown) => v !== undefined;
const LIMIT = { summary: 200, details: 10_000, short: 2000, name: 200, phone: 64 };
const choose = (field: string, allowed: readonly string[], message: string): Check => oneOf(field, allowed, message);
const nameOf = <T extends { code: string; name: string }>(list: readonly T[], code: string | undefined) =>
  list.find((x) => x.code === code)?.name ?? '';

/** The council's informal stage (number 0), when its policy has one. */
export const informalStage = (c: CouncilView) => c.policy.stages.find((s) => s.number === 0) ?? null;
export const firstFormalStage = (c: CouncilView) => c.policy.stages.find((s) => s.number > 0) ?? null;
/** Whether the policy takes a complaint from someone who does not give their name. */
export const takesAnonymous = (c: CouncilView) => c.policy.anonymousComplaints === 'ACCEPT_NO_RESPONSE';
/** Whether it takes one only where someone may be at risk of harm (the dry run then decides, with the resident's answer). */
export const anonymousOnlyIfAtRisk = (c: CouncilView) => c.policy.anonymousComplaints === 'REJECT_UNLESS_SAFEGUARDING';
const named = (a: ComplaintAnswers) => a.who === 'myself' || a.who === 'someone-else';

const WHO_WORDS: Record<Who, string> = {
  myself: 'I am complaining for myself',
  'someone-else': 'I am complaining for someone else',
  anonymous: 'I do not want to give my name',
};

const contactRows = (a: ComplaintAnswers) => {
  const detail = a.contactPreference === 'EMAIL' ? a.email : a.contactPreference === 'TELEPHONE' ? a.phone : a.postalAddress;
  return [{ key: 'How to contact you', value: `${CONTACT_WORDS[a.contactPreference ?? ''] ?? ''}: ${detail ?? ''}` }];
};

function contactChecks(body: FormBody): FieldError[] {
  const preference = text(body, 'contactPreference');
  if (!['EMAIL', 'LETTER', 'TELEPHONE'].includes(preference))
    return [{ field: 'contactPreference', message: 'Select how you would like us to contact you' }];
  if (preference === 'EMAIL') return emailAddress('email')(body);
  if (preference === 'TELEPHONE')
    return checkAll(body, [required('phone', 'Enter your telephone number'), maxLength('phone', LIMIT.phone, 'Telephone number')]);
  return checkAll(body, [required('postalAddress', 'Enter your postal address'), maxLength('postalAddress', LIMIT.short, 'Address')]);
}

export const QUESTIONS: readonly Question[] = [
  {
    slug: 'local-area',
    title: () => 'Where did it happen?',
    asks: (_a, c) => c.localAreas.length > 0,
    answered: (a) => has(a.localArea),
    read: (b) => ({ localArea: text(b, 'localArea') }),
    check: (b, c) =>
      choose(
        'localArea',
        c.localAreas.map((l) => l.code),
        'Select the area where it happened',
      )(b),
    rows: (a, c) => [{ key: 'Where it happened', value: nameOf(c.localAreas, a.localArea) }],
    fields: { 'input.localArea': 'localArea' },
  },
  {
    slug: 'service-area',
    title: () => 'Which service is your complaint about?',
    asks: () => true,
    answered: (a) => has(a.serviceArea),
    read: (b) => ({ serviceArea: text(b, 'serviceArea') }),
    check: (b, c) =>
      choose(
        'serviceArea',
        c.serviceAreas.map((s) => s.code),
        'Select the service your complaint is about',
      )(b),
    rows: (a, c) => [{ key: 'Service', value: nameOf(c.serviceAreas, a.serviceArea) }],
    fields: { 'input.serviceArea': 'serviceArea' },
  },
  {
    slug: 'matter',
    title: () => 'Is your complaint about any of these?',
    asks: (_a, c) => c.policy.referralRoutes.length > 0,
    answered: (a) => has(a.matter),
    read: (b) => ({ matter: text(b, 'matter') }),
    check: (b, c) =>
      choose('matter', ['SERVICE_FAILURE', ...c.policy.referralRoutes.map((r) => r.matter)], 'Select what your complaint is about')(b),
    rows: (a) => [{ key: 'What it is about', value: MATTER_WORDS[a.matter ?? ''] ?? '' }],
    fields: { 'input.matter': 'matter' },
  },
  {
    slug: 'what-happened',
    title: () => 'What happened?',
    asks: () => true,
    answered: (a) => has(a.summary),
    read: (b) => ({ summary: text(b, 'summary'), details: text(b, 'details') }),
    check: (b) =>
      checkAll(b, [
        required('summary', 'Enter a short summary of your complaint'),
        maxLength('summary', LIMIT.summary, 'The summary'),
        required('details', 'Enter what happened'),
        maxLength('details', LIMIT.details, 'What happened'),
      ]),
    rows: (a) => [
      { key: 'Summary', value: a.summary ?? '' },
      { key: 'What happened', value: a.details ?? '' },
    ],
    fields: { 'input.summary': 'summary', 'input.details': 'details' },
  },
  {
    slug: 'categories',
    title: () => 'What went wrong?',
    asks: () => true,
    answered: (a) => has(a.categories),
    read: (b) => ({ categories: values(b, 'categories') }),
    check: (b) => someOf('categories', Object.keys(CATEGORY_WORDS), 'Select what went wrong')(b),
    rows: (a) => [{ key: 'What went wrong', value: (a.categories ?? []).map((k) => CATEGORY_WORDS[k] ?? k).join('\n') }],
    fields: { 'input.categories': 'categories' },
  },
  {
    slug: 'when',
    title: () => 'When did it happen?',
    asks: () => true,
    answered: (a) => has(a.incidentDate),
    read: (b) => ({ incidentDate: dateParts(b, 'incidentDate') }),
    check: (b, _c, today) => checkPastDate(dateParts(b, 'incidentDate'), 'incidentDate', 'the date it happened', today),
    rows: (a) => {
      const iso = a.incidentDate ? isoDate(a.incidentDate) : null;
      return [{ key: 'When it happened', value: iso ? formatLongDate(iso) : '' }];
    },
    fields: { 'input.incidentDate': { field: 'incidentDate', href: 'incidentDate-day' } },
  },
  {
    slug: 'outcome',
    title: () => 'What would you like us to do to put things right?',
    asks: () => true,
    answered: (a) => has(a.desiredOutcome),
    read: (b) => ({ desiredOutcome: text(b, 'desiredOutcome') }),
    check: (b) =>
      checkAll(b, [
        required('desiredOutcome', 'Enter what you would like us to do'),
        maxLength('desiredOutcome', LIMIT.short, 'What you would like us to do'),
      ]),
    rows: (a) => [{ key: 'What you would like us to do', value: a.desiredOutcome ?? '' }],
    fields: { 'input.desiredOutcome': 'desiredOutcome' },
  },
  {
    slug: 'informal',
    title: () => 'Would you like us to try to sort it out informally first?',
    asks: (_a, c) => informalStage(c) !== null,
    answered: (a) => has(a.informal),
    read: (b) => ({ informal: text(b, 'informal') as ComplaintAnswers['informal'] }),
    check: (b) => choose('informal', ['informal', 'formal'], 'Select whether you would like us to try to sort it out informally first')(b),
    rows: (a, c) => [
      {
        key: 'How we deal with it',
        value: a.informal === 'informal' ? (informalStage(c)?.name ?? '') : (firstFormalStage(c)?.name ?? ''),
      },
    ],
    fields: { 'input.skipInformal': 'informal' },
  },
  {
    slug: 'who',
    title: () => 'Who is the complaint for?',
    asks: () => true,
    answered: (a) => has(a.who),
    read: (b) => ({ who: text(b, 'who') as Who }),
    check: (b) => choose('who', ['myself', 'someone-else', 'anonymous'], 'Select who the complaint is for')(b),
    rows: (a) => [{ key: 'Who it is for', value: WHO_WORDS[a.who ?? 'myself'] }],
    fields: {},
  },
  {
    slug: 'at-risk',
    title: () => 'Is a child or vulnerable adult at risk of harm?',
    // Only where the policy takes an anonymous complaint just then: whether it takes this one is the dry run's answer.
    asks: (a, c) => a.who === 'anonymous' && anonymousOnlyIfAtRisk(c),
    answered: (a) => has(a.safeguarding),
    read: (b) => ({ safeguarding: text(b, 'safeguarding') as ComplaintAnswers['safeguarding'] }),
    check: (b) => choose('safeguarding', ['yes', 'no'], 'Select yes if a child or vulnerable adult may be at risk of harm')(b),
    rows: (a) => [{ key: 'Someone at risk of harm', value: a.safeguarding === 'yes' ? 'Yes' : 'No' }],
    fields: { 'input.safeguardingConcern': 'safeguarding' },
  },
  {
    slug: 'their-name',
    title: () => 'What is the name of the person you are complaining for?',
    asks: (a) => a.who === 'someone-else',
    answered: (a) => has(a.theirName),
    read: (b) => ({ theirName: text(b, 'theirName') }),
    check: (b) => checkAll(b, [required('theirName', 'Enter their full name'), maxLength('theirName', LIMIT.name, 'Their name')]),
    rows: (a) => [{ key: 'The person you are complaining for', value: a.theirName ?? '' }],
    fields: { 'input.complainant.name': 'theirName' },
  },
  {
    slug: 'your-name',
    title: (a) => (a.who === 'someone-else' ? 'About you' : 'What is your name?'),
    asks: named,
    answered: (a) => has(a.name),
    read: (b) => ({ name: text(b, 'name'), relationship: text(b, 'relationship') || undefined }),
    check: (b) =>
      checkAll(b, [
        required('name', 'Enter your full name'),
        maxLength('name', LIMIT.name, 'Your name'),
        ...(Object.hasOwn(b, 'relationship')
          ? [required('relationship', 'Enter how you know them, for example family member or advocate')]
          : []),
      ]),
    rows: (a) => [
      { key: 'Your name', value: a.name ?? '' },
      ...(a.who === 'someone-else' ? [{ key: 'How you know them', value: a.relationship ?? '' }] : []),
    ],
    fields: { 'input.complainant.name': 'name', 'input.representative.name': 'name', 'input.representative.relationship': 'relationship' },
  },
  {
    slug: 'complainant-type',
    title: (a) =>
      a.who === 'someone-else' ? `Which of these best describes ${a.theirName || 'them'}?` : 'Which of these best describes you?',
    asks: named,
    answered: (a) => has(a.complainantType),
    read: (b) => ({ complainantType: text(b, 'complainantType') as ComplainantType }),
    check: (b) =>
      choose('complainantType', Object.keys(COMPLAINANT_TYPE_WORDS), 'Select the one that best describes who is complaining')(b),
    rows: (a) => [{ key: 'Who is complaining', value: COMPLAINANT_TYPE_WORDS[a.complainantType ?? ''] ?? '' }],
    fields: { 'input.complainant.type': 'complainantType' },
  },
  {
    slug: 'contact',
    title: () => 'How would you like us to contact you?',
    asks: named,
    answered: (a) => has(a.contactPreference),
    read: (b) => ({
      contactPreference: (text(b, 'contactPreference') || undefined) as ComplaintAnswers['contactPreference'],
      email: text(b, 'email'),
      phone: text(b, 'phone'),
      postalAddress: text(b, 'postalAddress'),
    }),
    check: (b) => contactChecks(b),
    rows: contactRows,
    fields: {
      'input.complainant.email': 'email',
      'input.representative.email': 'email',
      'input.complainant.phone': 'phone',
      'input.representative.phone': 'phone',
      'input.complainant.postalAddress': 'postalAddress',
      'input.representative.postalAddress': 'postalAddress',
    },
  },
  {
    slug: 'consent',
    title: (a) => `Has ${a.theirName || 'the person'} agreed to you complaining for them?`,
    asks: (a) => a.who === 'someone-else',
    answered: (a) => has(a.consent),
    read: (b) => ({ consent: text(b, 'consent') as ComplaintAnswers['consent'] }),
    check: (b, c) => choose('consent', [...c.policy.representativeConsent, 'NONE'], 'Select whether they have agreed')(b),
    rows: (a) => [{ key: 'Their agreement', value: CONSENT_WORDS[a.consent ?? 'NONE'] }],
    fields: { 'input.representative.consent': 'consent' },
  },
  {
    slug: 'adjustments',
    title: () => 'Do you need us to do anything differently to help you?',
    asks: named,
    answered: (a) => has(a.needsAdjustments),
    read: (b) => ({
      needsAdjustments: text(b, 'needsAdjustments') as ComplaintAnswers['needsAdjustments'],
      adjustments: text(b, 'adjustments'),
    }),
    check: (b) => {
      const first = choose('needsAdjustments', ['yes', 'no'], 'Select yes if you need us to do anything differently')(b);
      if (first.length || text(b, 'needsAdjustments') === 'no') return first;
      return checkAll(b, [required('adjustments', 'Tell us what you need'), maxLength('adjustments', LIMIT.short, 'What you need')]);
    },
    rows: (a) => [{ key: 'Anything we should do differently', value: a.needsAdjustments === 'yes' ? (a.adjustments ?? '') : 'No' }],
    fields: { 'input.complainant.adjustments': 'adjustments' },
  },
  {
    slug: 'late',
    title: () => 'Why are you complaining now?',
    // Only when the dry run said the complaint is past the policy's time limit: the portal never works that out itself.
    asks: (a) => a.late === true,
    answered: (a) => has(a.lateReason),
    read: (b) => ({
      lateReason: text(b, 'lateReason') as ComplaintAnswers['lateReason'],
      lateJustification: text(b, 'lateJustification'),
    }),
    check: (b) => {
      const first = choose('lateReason', ['yes', 'no'], 'Select yes if there is a reason you could not complain sooner')(b);
      if (first.length || text(b, 'lateReason') === 'no') return first;
      return checkAll(b, [
        required('lateJustification', 'Tell us why you could not complain sooner'),
        maxLength('lateJustification', LIMIT.short, 'Your reason'),
      ]);
    },
    rows: (a) => [{ key: 'Why you are complaining now', value: a.lateReason === 'yes' ? (a.lateJustification ?? '') : 'No reason given' }],
    fields: { 'input.lateJustification': 'lateJustification' },
  },
];

export const questionBySlug = (slug: string) => QUESTIONS.find((q) => q.slug === slug);

/** The questions asked of these answers, in order. */
export const askedQuestions = (a: ComplaintAnswers, c: CouncilView) => QUESTIONS.filter((q) => q.asks(a, c));

/** The first question asked and not yet answered, or null when every one is. */
export const nextQuestion = (a: ComplaintAnswers, c: CouncilView): Question | null =>
  askedQuestions(a, c).find((q) => !q.answered(a)) ?? null;

/** The page before this one: the question asked before it, or null for the first. */
export function previousQuestion(slug: string, a: ComplaintAnswers, c: CouncilView): Question | null {
  const asked = askedQuestions(a, c);
  const i = asked.findIndex((q) => q.slug === slug);
  return i > 0 ? asked[i - 1] : null;
}

/** Which page answers a SubmitFeedbackInput path, to send a person back to it with the gateway's problem. */
export function pageForInputPath(path: string, a: ComplaintAnswers, c: CouncilView): Question | null {
  return askedQuestions(a, c).find((q) => Object.hasOwn(q.fields, path)) ?? null;
}
