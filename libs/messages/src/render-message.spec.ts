import type { CouncilPolicy, CustomerMessageInput } from '@redress/policy';
import { ContactPreference, HAMPSHIRE_POLICY, HART_POLICY, MessageKind, Outcome, Remedy, customerMessage } from '@redress/policy';
import type { MessageFields } from './message-fields';
import { renderMessage } from './render-message';

// Every kind, for both councils: the subject, and what the issue promises each message carries, in the text and
// (escaped the same way) in the HTML. Dates are ones a council officer can check on a calendar.

interface Council {
  policy: CouncilPolicy;
  ref: string;
  first: number;
  final: number;
  next: string;
  /** How to ask for the next stage: the policy's escalation contact. */
  escalateBy: string;
  footer: string;
}

const HART: Council = {
  policy: HART_POLICY,
  ref: 'HDC-2026-000042',
  first: 1,
  final: 2,
  next: 'Stage 2',
  escalateBy: 'Email complaints@hart.gov.uk or write to Complaints Coordinator, Joint Chief Executive Office',
  footer: 'Civic Offices\nHarlington Way\nFleet GU51 4AE\nEmail: complaints@hart.gov.uk\n',
};
const HAMPSHIRE: Council = {
  policy: HAMPSHIRE_POLICY,
  ref: 'HCC-2026-000007',
  first: 1,
  final: 3,
  next: 'Stage 2',
  escalateBy: 'Email Corporate.complaints.team@hants.gov.uk.',
  footer: '----\nEmail: Corporate.complaints.team@hants.gov.uk\n',
};

const OMBUDSMAN = ['Local Government and Social Care Ombudsman', 'www.lgo.org.uk', '0300 061 0614', 'PO Box 4771, Coventry CV4 0EH'];

interface Row {
  kind: MessageKind;
  stage: (c: Council) => number | null;
  body: (c: Council) => string;
  fields?: MessageFields;
  subject: (c: Council) => string;
  promises: (c: Council) => string[];
  /** Said nowhere in the message. */
  absent?: string[];
}

const say = (
  c: Council,
  m: Omit<CustomerMessageInput, 'policy' | 'reference' | 'stage' | 'respondBy'> & Partial<CustomerMessageInput>,
): string => customerMessage({ policy: c.policy, reference: c.ref, stage: c.first, respondBy: '2027-01-05', ...m });

const rows: Row[] = [
  {
    kind: MessageKind.RECEIPT,
    stage: () => null,
    body: (c) => `Your reference: ${c.ref}. Thank you for your complaint.`,
    subject: (c) => `We have received your complaint: reference ${c.ref}`,
    promises: (c) => [`Your reference: ${c.ref}`, `Please quote your reference, ${c.ref}`],
  },
  {
    kind: MessageKind.ACKNOWLEDGEMENT,
    stage: (c) => c.first,
    body: (c) => say(c, { kind: 'ACKNOWLEDGED', respondBy: '2027-01-05' }),
    fields: {
      summary: 'Our green bin was not emptied on three collection days.',
      desiredOutcome: 'Empty the bin and stop missing it.',
      handlerName: 'Amy Clarke',
      respondBy: '2027-01-05',
    },
    subject: (c) => `Your complaint ${c.ref}: we are looking into it`,
    promises: () => [
      'Our green bin was not emptied on three collection days.',
      'What you would like us to do: Empty the bin and stop missing it.',
      'Amy Clarke',
      'Tuesday 5 January 2027',
    ],
  },
  {
    kind: MessageKind.EXTENSION,
    stage: (c) => c.first,
    body: (c) => say(c, { kind: 'EXTENDED', reason: 'the officer is on leave', respondBy: '2027-01-12' }),
    fields: { reason: 'the officer is on leave', respondBy: '2027-01-12' },
    subject: (c) => `Your complaint ${c.ref}: we need more time`,
    promises: () => ['the officer is on leave', 'Tuesday 12 January 2027', 'If you are unhappy about this', ...OMBUDSMAN],
    absent: ['Why we need more time'],
  },
  {
    kind: MessageKind.HOLD,
    stage: (c) => c.first,
    body: (c) => say(c, { kind: 'HELD' }),
    fields: { reason: 'A disciplinary procedure must finish first.' },
    subject: (c) => `Your complaint ${c.ref}: we have paused work on it`,
    promises: () => ['We have paused work on your complaint', 'Why we have paused it: A disciplinary procedure must finish first.'],
  },
  {
    kind: MessageKind.RESUMED,
    stage: (c) => c.first,
    body: (c) => say(c, { kind: 'RESUMED', respondBy: '2027-01-05', expectedResponseBy: '2027-01-12' }),
    fields: { handlerName: 'Sara Khan' },
    subject: (c) => `Your complaint ${c.ref}: we have restarted work on it`,
    promises: () => ['We will now reply by Tuesday 12 January 2027', 'Who is dealing with your complaint: Sara Khan'],
  },
  {
    kind: MessageKind.DELAY,
    stage: (c) => c.first,
    body: (c) =>
      say(c, { kind: 'DELAY', respondBy: '2027-01-05', expectedResponseBy: '2027-01-19', reason: 'we are waiting for a site visit' }),
    fields: { reason: 'we are waiting for a site visit', expectedResponseBy: '2027-01-19' },
    subject: (c) => `Your complaint ${c.ref}: our reply will be late`,
    promises: () => ['We are waiting for a site visit.', 'Tuesday 19 January 2027', 'Tuesday 5 January 2027, the date we gave you'],
    absent: ['We now expect to reply by: '],
  },
  {
    kind: MessageKind.PROGRESS_UPDATE,
    stage: (c) => c.first,
    body: (c) => say(c, { kind: 'PROGRESS_UPDATE', respondBy: '2027-01-05', today: '2026-12-21' }),
    subject: (c) => `Your complaint ${c.ref}: an update`,
    promises: () => ['We are still looking into your complaint', 'Tuesday 5 January 2027'],
  },
  {
    // Laid out from the fields: the stage, the decision, the reasons, the remedies by when, how to escalate.
    kind: MessageKind.RESPONSE,
    stage: (c) => c.first,
    body: (c) => say(c, { kind: 'RESPONDED', outcome: Outcome.PARTIALLY_UPHELD, findings: 'Two collections were missed.' }),
    fields: {
      outcome: Outcome.PARTIALLY_UPHELD,
      findings: 'Two collections were missed.',
      remedies: [Remedy.APOLOGY, 'We will collect your bin on Friday 8 January 2027.'],
      remedyDueOn: '2027-01-19',
    },
    subject: (c) => `Your complaint ${c.ref}: our Stage 1 response`,
    promises: (c) => [
      'This is our response to your complaint under Stage 1.',
      'Our decision: Partly upheld. We agree with part of your complaint.',
      'Why we reached this decision: Two collections were missed.',
      '- An apology\n- We will collect your bin on Friday 8 January 2027.',
      'We will do this by: Tuesday 19 January 2027',
      `If you remain dissatisfied, you can ask for ${c.next}. Please quote your reference, ${c.ref}.`,
      `How to ask for ${c.next}:`,
      c.escalateBy,
    ],
    absent: ['Our response under', 'Ombudsman', 'This is our final response'],
  },
  {
    // The final stage, from the policy core's text alone: the Ombudsman's details are in it, so not said twice.
    kind: MessageKind.RESPONSE,
    stage: (c) => c.final,
    body: (c) => say(c, { kind: 'RESPONDED', stage: c.final, outcome: Outcome.NOT_UPHELD, findings: 'The collections were made.' }),
    subject: (c) => `Your complaint ${c.ref}: our Stage ${c.final} response`,
    promises: (c) => [
      `Our response under Stage ${c.final}: We have not upheld your complaint.`,
      'This is our final response.',
      ...OMBUDSMAN,
    ],
    absent: ['How to ask for', 'Website: www.lgo.org.uk'],
  },
  {
    kind: MessageKind.ESCALATION_RECEIVED,
    stage: () => 2,
    body: (c) => say(c, { kind: 'ACKNOWLEDGED', stage: 2, respondBy: '2027-02-02' }),
    fields: { handlerName: 'Tom Briggs', respondBy: '2027-02-02' },
    subject: (c) => `Your complaint ${c.ref}: your request for Stage 2`,
    promises: () => [
      'We have received your complaint under Stage 2',
      'Tuesday 2 February 2027',
      'Who is dealing with your complaint: Tom Briggs',
    ],
  },
  {
    kind: MessageKind.ESCALATION_REFUSED,
    stage: (c) => c.first,
    body: (c) => say(c, { kind: 'ESCALATION_REFUSED', reason: 'Stage 1 has not replied yet and its deadline has not passed.' }),
    subject: (c) => `Your complaint ${c.ref}: your request for the next stage`,
    promises: () => ['Stage 1 has not replied yet and its deadline has not passed.', 'contact us using the details below'],
  },
  {
    kind: MessageKind.REFERRAL,
    stage: () => null,
    body: (c) => `Your reference: ${c.ref}. This service is provided by another council.`,
    fields: { referredTo: 'Rushmoor Borough Council', referralContact: 'www.rushmoor.gov.uk' },
    subject: (c) => `Your complaint ${c.ref}: who can deal with it`,
    promises: () => ['Who deals with it: Rushmoor Borough Council', 'How to contact them: www.rushmoor.gov.uk'],
  },
  {
    kind: MessageKind.NOT_ACCEPTED,
    stage: () => null,
    body: (c) => `Your reference: ${c.ref}. We cannot take your complaint on under our complaints procedure.`,
    fields: { reason: 'A court is deciding the same matter.' },
    subject: (c) => `Your complaint ${c.ref}: we cannot take it on`,
    promises: () => ['Why: A court is deciding the same matter.', 'You can ask the Ombudsman to look at our decision.', ...OMBUDSMAN],
  },
  {
    kind: MessageKind.LATE_DECISION,
    stage: (c) => c.first,
    body: (c) => say(c, { kind: 'LATE_DECISION', accepted: false, reason: 'the records no longer exist' }),
    fields: { accepted: false, reason: 'the records no longer exist' },
    subject: (c) => `Your complaint ${c.ref}: our decision on a late complaint`,
    promises: (c) => [`more than ${c.policy.timeLimitMonths} months`, 'The records no longer exist.', ...OMBUDSMAN],
    absent: ['Why:', 'You can ask the Ombudsman to look at our decision.'],
  },
  {
    kind: MessageKind.LATE_DECISION,
    stage: (c) => c.first,
    body: (c) => say(c, { kind: 'LATE_DECISION', accepted: true, respondBy: '2027-01-05' }),
    fields: { accepted: true, reason: 'You were in hospital.', respondBy: '2027-01-05' },
    subject: (c) => `Your complaint ${c.ref}: our decision on a late complaint`,
    promises: () => ['We have decided to consider it', 'Why: You were in hospital.', 'Tuesday 5 January 2027'],
    absent: ['Ombudsman'],
  },
  {
    kind: MessageKind.CONTACT_RESTRICTION,
    stage: () => null,
    body: (c) =>
      say(c, {
        kind: 'CONTACT_RESTRICTION',
        restriction: {
          councilName: c.policy.councilName,
          reason: 'you have telephoned our staff many times a day',
          restrictions: 'telephone calls',
          allowedMethods: [ContactPreference.EMAIL],
          contactName: 'Grace Hill',
          reviewOn: '2027-03-01',
          endsOn: null,
        },
      }),
    subject: (c) => `How you can contact ${c.policy.councilName}`,
    promises: () => ['you have telephoned our staff many times a day', 'telephone calls', 'Monday 1 March 2027', 'Grace Hill'],
  },
  {
    kind: MessageKind.COMPLIMENT_THANKS,
    stage: () => null,
    body: () => '',
    fields: { praised: 'the waste collection crew' },
    subject: () => 'Thank you for your compliment',
    promises: () => ['We will pass your kind words on to the waste collection crew.', 'Thank you for taking the time to tell us.'],
  },
];

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');

/** What a reader of the HTML email sees: tags gone, entities read. */
const seen = (html: string): string =>
  html
    .replace(/<br>|<\/(p|li|h1|ul)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe.each([
  ['Hart', HART],
  ['Hampshire', HAMPSHIRE],
])('%s: every kind renders with its subject and what it promises', (_name, c) => {
  it.each(rows.map((r, i) => [`${r.kind} #${i}`, r]))('%s', (_label, row) => {
    const r = renderMessage({
      policy: c.policy,
      kind: row.kind,
      reference: c.ref,
      stage: row.stage(c),
      recipient: { name: 'Jo Bloggs', role: 'COMPLAINANT' },
      body: row.body(c),
      fields: row.fields,
    });
    expect(r.subject).toBe(row.subject(c));
    expect(r.text.startsWith('Dear Jo Bloggs,\n\n')).toBe(true);
    expect(r.text.endsWith(c.footer)).toBe(true);
    expect(r.text).toContain('Yours sincerely,');
    expect(r.councilId).toBe(c.policy.councilId);
    expect(r.templateVersion).toBe(1);
    for (const promise of row.promises(c)) {
      expect(r.text).toContain(promise);
      // Each line of a promise is in the HTML too (lines there are separate elements).
      for (const line of promise.split('\n')) expect(seen(r.html)).toContain(line.replace(/^- /, ''));
    }
    for (const missing of row.absent ?? []) expect(r.text).not.toContain(missing);
    expect(r.html).toContain(`<title>${escape(row.subject(c))}</title>`);
    // The reference is said once at the top, not again where the policy core's text began with it.
    expect(r.text.match(/Your reference: /g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});
