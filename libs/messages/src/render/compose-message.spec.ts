import type { CouncilPolicy } from '@redress/policy';
import { HAMPSHIRE_POLICY, HART_POLICY, LGSCO, MessageKind, isCodedError } from '@redress/policy';
import { HART_MESSAGE_TEMPLATE } from '../templates/hart.template';
import { defaultMessageTemplate } from '../templates/default-template';
import type { CouncilMessageTemplate } from '../templates/template.types';
import type { RenderMessageInput } from './compose-message';
import { composeMessage } from './compose-message';
import { renderText } from './render-text';
import { renderHtml } from './render-html';

const hart = (over: Partial<RenderMessageInput> = {}): RenderMessageInput => ({
  policy: HART_POLICY,
  kind: MessageKind.ACKNOWLEDGEMENT,
  reference: 'HDC-2026-000042',
  stage: 1,
  recipient: { name: 'Jo Bloggs', role: 'COMPLAINANT' },
  body: '',
  ...over,
});
const hampshire = (over: Partial<RenderMessageInput> = {}): RenderMessageInput =>
  hart({ policy: HAMPSHIRE_POLICY, reference: 'HCC-2026-000007', ...over });

/** A council hosted from a policy file: Hart's rules under another name, with a website and a telephone number. */
const RUSHMOOR: CouncilPolicy = {
  ...HART_POLICY,
  councilId: 'rushmoor',
  councilName: 'Rushmoor Borough Council',
  referencePrefix: 'RBC',
  contact: {
    email: 'complaints@rushmoor.gov.uk',
    postalAddress: 'Rushmoor Borough Council, Council Offices\nFarnborough Road, Farnborough GU14 7JU',
    telephone: '01252 398 399',
    website: 'https://www.rushmoor.gov.uk',
  },
  escalationContact: null,
};

describe('who signs', () => {
  it.each([
    [
      'Hart Stage 1: the officer, for their service',
      hart({ stage: 1 }),
      ['Amy Clarke', 'Bin collection and recycling', 'Hart District Council'],
    ],
    ['Hart informal stage: the officer', hart({ stage: 0 }), ['Amy Clarke', 'Bin collection and recycling', 'Hart District Council']],
    ["Hart Stage 2: the Joint Chief Executive's office", hart({ stage: 2 }), ["Joint Chief Executive's office", 'Hart District Council']],
    [
      'Hart, a receipt: the Complaints Team',
      hart({ kind: MessageKind.RECEIPT, stage: null }),
      ['Complaints Team', 'Hart District Council'],
    ],
    [
      'Hampshire Stage 2: a senior officer on behalf of the Chief Officer',
      hampshire({ stage: 2 }),
      ['Amy Clarke', 'Bin collection and recycling', 'On behalf of the Chief Officer', 'Hampshire County Council'],
    ],
    [
      'Hampshire Stage 3: the Information Governance Team on behalf of the Chief Executive',
      hampshire({ stage: 3 }),
      ['Information Governance Team', 'On behalf of the Chief Executive', 'Hampshire County Council'],
    ],
    [
      'Hampshire, a late-complaint decision: the Corporate Complaints Team',
      hampshire({ kind: MessageKind.LATE_DECISION, stage: 1 }),
      ['Corporate Complaints Team', 'Hampshire County Council'],
    ],
  ])('%s', (_name, input, signature) => {
    expect(
      composeMessage({ ...input, fields: { handlerName: 'Amy Clarke', serviceArea: 'Bin collection and recycling' } }).signature,
    ).toEqual(signature);
  });

  it('without a name or a service, the office signs; a stage the council has no signatory for, the coordinator', () => {
    expect(composeMessage(hampshire({ stage: 1 })).signature).toEqual(['Corporate Complaints Team', 'Hampshire County Council']);
    expect(composeMessage(hart({ stage: 9 })).signature).toEqual(['Complaints Team', 'Hart District Council']);
    expect(composeMessage(hart({ stage: null })).signature).toEqual(['Complaints Team', 'Hart District Council']);
  });
});

describe('what each council says in its own words', () => {
  it('Hart: the officer is the point of contact (§6.1); Stage 2 is signed off by the Joint Chief Executive (§6.2)', () => {
    const s1 = renderText(composeMessage(hart({ fields: { handlerName: 'Amy Clarke' } })));
    expect(s1).toContain('Amy Clarke is dealing with your complaint and will be your point of contact throughout Stage 1.');
    expect(s1).not.toContain('Joint Chief Executive will review');
    expect(s1).not.toContain('Who is dealing with your complaint:');
    const s2 = renderText(composeMessage(hart({ kind: MessageKind.ESCALATION_RECEIVED, stage: 2 })));
    expect(s2).toContain(
      'The Head of Service will investigate your complaint. The Joint Chief Executive will review and sign off their response.',
    );
    expect(renderText(composeMessage(hart({ kind: MessageKind.RECEIPT, stage: null })))).toContain('within 3 working days');
  });

  it('Hampshire: who investigates at Stages 2 and 3, the statement of complaint, the 5-day acknowledgement', () => {
    expect(renderText(composeMessage(hampshire({ stage: 2 })))).toContain('on behalf of the Chief Officer.');
    const s3 = renderText(composeMessage(hampshire({ kind: MessageKind.ESCALATION_RECEIVED, stage: 3 })));
    expect(s3).toContain('Information Governance Team will carry out an independent investigation');
    expect(s3).not.toContain('Chief Officer');
    expect(renderText(composeMessage(hampshire()))).toContain('we will agree a statement of complaint with you');
    expect(renderText(composeMessage(hampshire({ kind: MessageKind.RECEIPT, stage: null })))).toContain('within 5 working days');
    expect(renderText(composeMessage(hampshire({ kind: MessageKind.CONTACT_RESTRICTION, stage: null })))).toContain(
      'ask the Corporate Complaints Team for a copy',
    );
    expect(renderText(composeMessage(hampshire({ kind: MessageKind.COMPLIMENT_THANKS, stage: null })))).toContain('doing something well');
  });

  it('a compliment with nobody named leaves out the sentence that would name them', () => {
    const text = renderText(composeMessage(hart({ kind: MessageKind.COMPLIMENT_THANKS, stage: null, reference: '' })));
    expect(text).not.toContain('pass your kind words');
    expect(text).not.toContain('Your reference');
    expect(text).toContain('We use compliments to recognise the people and teams who provide our services.');
  });
});

describe('composing', () => {
  it('writes to a representative by their own name and says whom they act for', () => {
    const doc = composeMessage(
      hart({ recipient: { name: 'Cllr Ann Lee', role: 'REPRESENTATIVE' }, fields: { complainantName: 'Pat Doe' } }),
    );
    expect(doc.salutation).toBe('Dear Cllr Ann Lee,');
    expect(doc.blocks[0]).toEqual({ type: 'paragraph', lines: ['We are writing to you as the representative of Pat Doe.'] });
    expect(composeMessage(hart({ recipient: { name: 'Cllr Ann Lee', role: 'REPRESENTATIVE' } })).blocks[0]).toEqual({
      type: 'paragraph',
      lines: ['We are writing to you as the representative of the person who made this complaint.'],
    });
  });

  it('keeps the reference at the top once, and the body as it is when it does not start with it', () => {
    const doc = composeMessage(hart({ body: 'Line one.\nLine two.\n\n\nParagraph two.' }));
    expect(doc.blocks.slice(0, 3)).toEqual([
      { type: 'field', label: 'Your reference', values: ['HDC-2026-000042'], inline: true, list: false },
      { type: 'paragraph', lines: ['Line one.', 'Line two.'] },
      { type: 'paragraph', lines: ['Paragraph two.'] },
    ]);
    expect(composeMessage(hart({ reference: '', body: 'Your reference: X. Kept.' })).blocks[0]).toEqual({
      type: 'paragraph',
      lines: ['Your reference: X. Kept.'],
    });
  });

  it('lays a long value out under its label, a short one beside it', () => {
    const long = 'The crew did not empty the green bin on 3, 10 and 17 November and left the lid open each time.';
    const blocks = composeMessage(hart({ fields: { summary: long, desiredOutcome: 'Empty it' } })).blocks;
    expect(blocks).toContainEqual({
      type: 'field',
      label: 'What we understand your complaint to be',
      values: [long],
      inline: false,
      list: false,
    });
    expect(blocks).toContainEqual({
      type: 'field',
      label: 'What you would like us to do',
      values: ['Empty it'],
      inline: true,
      list: false,
    });
    const text = renderText(composeMessage(hart({ fields: { summary: long } })));
    expect(text).toContain(`What we understand your complaint to be:\n${long}`);
    expect(renderHtml(composeMessage(hart({ fields: { summary: long } })))).toContain(
      `<strong>What we understand your complaint to be:</strong><br>${long}`,
    );
  });

  it('prints a decision or a remedy it has no words for as it is', () => {
    const text = renderText(
      composeMessage(hart({ kind: MessageKind.RESPONSE, fields: { outcome: 'Resolved at the first contact', remedies: ['A new bin'] } })),
    );
    expect(text).toContain('Our decision: Resolved at the first contact');
    expect(text).toContain('What we will do to put things right:\n- A new bin\n\nIf you remain');
    expect(text).not.toContain('We will do this by');
  });

  it('leaves out what the body already says: remedies, the way to escalate', () => {
    const body = 'We will send an apology. Email complaints@hart.gov.uk or write to ' + HART_POLICY.escalationContact!.postalAddress + '.';
    const doc = composeMessage(hart({ kind: MessageKind.RESPONSE, body, fields: { remedies: ['APOLOGY'] } }));
    expect(doc.blocks.map((b) => b.type)).toEqual(['field', 'paragraph']);
    const sentence = composeMessage(
      hart({ kind: MessageKind.RECEIPT, body: 'Please quote your reference, HDC-2026-000042, if you contact us about it.' }),
    );
    expect(renderText(sentence).match(/Please quote/g)).toHaveLength(1);
  });

  it('says nothing of the Ombudsman or the next stage before the final stage, and the Ombudsman after it', () => {
    const s1 = renderText(composeMessage(hart({ kind: MessageKind.RESPONSE, stage: 1, fields: { outcome: 'UPHELD' } })));
    expect(s1).toContain('How to ask for Stage 2:');
    expect(s1).not.toContain('Ombudsman');
    const s2 = renderText(composeMessage(hart({ kind: MessageKind.RESPONSE, stage: 2, fields: { outcome: 'UPHELD' } })));
    expect(s2).toContain('This is our final response.\n\nIf you remain dissatisfied, you can ask the Ombudsman to look at your complaint.');
    expect(s2).toContain('Local Government and Social Care Ombudsman\nWebsite: www.lgo.org.uk\nTelephone: 0300 061 0614\nPost: ');
    expect(s2).not.toContain('How to ask for');
  });

  it('names a stage the policy does not have by its number, and a message about no stage without one', () => {
    expect(composeMessage(hart({ kind: MessageKind.RESPONSE, stage: 9 })).subject).toBe(
      'Your complaint HDC-2026-000042: our Stage 9 response',
    );
    expect(composeMessage(hart({ kind: MessageKind.RESPONSE, stage: null })).subject).toBe('Your complaint HDC-2026-000042: our response');
    expect(composeMessage(hart({ kind: MessageKind.RECEIPT, fields: { feedback: 'Comment' } })).subject).toBe(
      'We have received your comment: reference HDC-2026-000042',
    );
  });

  it('refuses an unknown kind, another council’s template and a nameless recipient, saying what to do', () => {
    const refusal = (input: RenderMessageInput): unknown => {
      try {
        composeMessage(input);
      } catch (e) {
        return e;
      }
    };
    const unknown = refusal(hart({ kind: 'LETTER_OF_DOOM' as MessageKind }));
    expect(isCodedError(unknown) && unknown.code).toBe('BAD_USER_INPUT');
    expect((unknown as Error).message).toMatch(/^There is no message of kind "LETTER_OF_DOOM"\. Choose one of: RECEIPT, ACKNOWLEDGEMENT/);
    expect((refusal(hart({ kind: 'toString' as MessageKind })) as Error).message).toMatch(/kind "toString"/);
    expect((refusal(hampshire({ template: HART_MESSAGE_TEMPLATE })) as Error).message).toBe(
      "The template is hart's but the policy is hampshire's: use the council's own template.",
    );
    expect((refusal(hart({ recipient: { name: '  ', role: 'COMPLAINANT' } })) as Error).message).toBe(
      "A message needs the recipient's name.",
    );
  });
});

describe('a council hosted from a policy file, with no template of its own', () => {
  it('gets the default: its name and contact from its policy, the Complaints Team, the standard wording', () => {
    const doc = composeMessage({
      policy: RUSHMOOR,
      kind: MessageKind.RESPONSE,
      reference: 'RBC-2026-000001',
      stage: 1,
      recipient: { name: 'Jo Bloggs', role: 'COMPLAINANT' },
      body: '',
      fields: { outcome: 'NOT_UPHELD', handlerName: 'Sam Reed' },
    });
    expect(doc.councilId).toBe('rushmoor');
    expect(doc.templateVersion).toBe(1);
    expect(doc.letterhead).toEqual({
      councilName: 'Rushmoor Borough Council',
      address: ['Council Offices', 'Farnborough Road', 'Farnborough GU14 7JU'],
      contacts: [
        { label: 'Website', value: 'https://www.rushmoor.gov.uk', href: 'https://www.rushmoor.gov.uk' },
        { label: 'Email', value: 'complaints@rushmoor.gov.uk', href: 'mailto:complaints@rushmoor.gov.uk' },
        { label: 'Telephone', value: '01252 398 399', href: 'tel:01252398399' },
      ],
    });
    expect(doc.signature).toEqual(['Sam Reed', 'Complaints Team', 'Rushmoor Borough Council']);
    const text = renderText(doc);
    expect(text).toContain(
      'How to ask for Stage 2:\nGo to https://www.rushmoor.gov.uk, email complaints@rushmoor.gov.uk, call 01252 398 399 or write to Rushmoor',
    );
    expect(
      text.endsWith(
        'Farnborough GU14 7JU\nWebsite: https://www.rushmoor.gov.uk\nEmail: complaints@rushmoor.gov.uk\nTelephone: 01252 398 399\n',
      ),
    ).toBe(true);
    expect(composeMessage({ ...hart(), policy: RUSHMOOR, reference: 'RBC-1' }).signature).toEqual([
      'Complaints Team',
      'Rushmoor Borough Council',
    ]);
  });

  it('with no contact published, no way to escalate and no footer are printed, and a bare Ombudsman is left out', () => {
    const bare: CouncilPolicy = {
      ...RUSHMOOR,
      contact: { email: null, postalAddress: null, telephone: null, website: null },
      ombudsman: { ...LGSCO, website: null, telephone: null, postalAddress: null, email: null },
    };
    const doc = composeMessage({ ...hart({ kind: MessageKind.RESPONSE, stage: 1, fields: { outcome: 'UPHELD' } }), policy: bare });
    expect(doc.letterhead).toEqual({ councilName: 'Rushmoor Borough Council', address: [], contacts: [] });
    const text = renderText(doc);
    expect(text).not.toContain('How to ask for');
    expect(text.endsWith('Complaints Team\nRushmoor Borough Council\n')).toBe(true);
    expect(renderHtml(doc)).not.toContain('<address');
    expect(renderText(composeMessage({ ...hart({ kind: MessageKind.NOT_ACCEPTED }), policy: bare }))).not.toContain('Ombudsman');
  });
});

describe('a template of its own making', () => {
  const custom: CouncilMessageTemplate = {
    ...defaultMessageTemplate(HART_POLICY),
    kinds: {
      ...HART_MESSAGE_TEMPLATE.kinds,
      [MessageKind.HOLD]: {
        subject: 'Paused {unknownPlaceholder} {reference}',
        heading: 'Paused',
        sections: [
          { type: 'field', field: 'reason', label: 'Why, {praised}' },
          { type: 'paragraph', text: 'Only at Stage 2.', stages: [2] },
          { type: 'paragraph', text: 'With {ombudsmanName}.' },
        ],
        signedBy: 'stage',
      },
    },
  };

  it('drops a placeholder it does not know, a label with a missing value, and a paragraph for another stage', () => {
    const doc = composeMessage(hart({ template: custom, kind: MessageKind.HOLD, fields: { reason: 'A police inquiry.' } }));
    expect(doc.subject).toBe('Paused HDC-2026-000042');
    expect(doc.blocks).toEqual([
      { type: 'field', label: 'Your reference', values: ['HDC-2026-000042'], inline: true, list: false },
      { type: 'paragraph', lines: ['With Local Government and Social Care Ombudsman.'] },
    ]);
    expect(composeMessage(hart({ template: custom, kind: MessageKind.HOLD, stage: null })).blocks).toHaveLength(2);
  });
});
