import { HAMPSHIRE_POLICY, HART_POLICY, MessageKind, Outcome, Remedy } from '@redress/policy';
import { MESSAGE_TEMPLATES, messageTemplateFor } from './council-templates';
import { addressLines, defaultMessageTemplate } from './default-template';
import { HAMPSHIRE_MESSAGE_TEMPLATE } from './hampshire.template';
import { HART_MESSAGE_TEMPLATE } from './hart.template';
import { OUTCOME_WORDS, REMEDY_WORDS, STANDARD_KINDS, withSections } from './standard-wording';

describe('council templates', () => {
  it('are versioned data beside each policy, with every kind of message', () => {
    expect(MESSAGE_TEMPLATES.map((t) => [t.councilId, t.version])).toEqual([
      ['hart', 1],
      ['hampshire', 1],
    ]);
    for (const t of MESSAGE_TEMPLATES) expect(Object.keys(t.kinds).sort()).toEqual(Object.values(MessageKind).sort());
    expect(messageTemplateFor(HART_POLICY)).toBe(HART_MESSAGE_TEMPLATE);
    expect(messageTemplateFor(HAMPSHIRE_POLICY)).toBe(HAMPSHIRE_MESSAGE_TEMPLATE);
    expect(messageTemplateFor({ ...HART_POLICY, councilId: 'rushmoor' }).councilId).toBe('rushmoor');
  });

  it('take the letterhead from the policy: name, address (without the name), the complaints contact', () => {
    expect(HART_MESSAGE_TEMPLATE.letterhead).toEqual({
      councilName: 'Hart District Council',
      postalAddress: ['Civic Offices', 'Harlington Way', 'Fleet GU51 4AE'],
      email: 'complaints@hart.gov.uk',
      telephone: null,
      website: null,
    });
    // Hampshire's procedure gives the Corporate Complaints Team's email only.
    expect(HAMPSHIRE_MESSAGE_TEMPLATE.letterhead).toEqual({
      councilName: 'Hampshire County Council',
      postalAddress: [],
      email: 'Corporate.complaints.team@hants.gov.uk',
      telephone: null,
      website: null,
    });
    expect(addressLines('PO Box 1, Town AB1 2CD', 'Hart District Council')).toEqual(['PO Box 1', 'Town AB1 2CD']);
    expect(addressLines(null, 'Hart District Council')).toEqual([]);
  });

  it('sign each stage as the council does', () => {
    expect(HART_MESSAGE_TEMPLATE.signatories.byStage[2].office).toBe("Joint Chief Executive's office");
    expect(HAMPSHIRE_MESSAGE_TEMPLATE.signatories.byStage[3]).toEqual({
      named: false,
      asService: false,
      office: 'Information Governance Team',
      onBehalfOf: 'the Chief Executive',
    });
    expect(HAMPSHIRE_MESSAGE_TEMPLATE.signatories.coordinator.office).toBe('Corporate Complaints Team');
    expect(Object.keys(defaultMessageTemplate(HART_POLICY).signatories.byStage)).toEqual(['0', '1', '2']);
  });

  it('add sections after the standard ones, or where asked', () => {
    const extra = { type: 'paragraph', text: 'More.' } as const;
    expect(withSections(STANDARD_KINDS[MessageKind.HOLD], [extra]).sections.at(-1)).toBe(extra);
    expect(withSections(STANDARD_KINDS[MessageKind.HOLD], [extra], 0).sections[0]).toBe(extra);
  });

  it('have words for every decision and every remedy', () => {
    expect(Object.keys(OUTCOME_WORDS).sort()).toEqual(Object.values(Outcome).sort());
    expect(Object.keys(REMEDY_WORDS).sort()).toEqual(Object.values(Remedy).sort());
    expect(OUTCOME_WORDS[Outcome.PARTIALLY_UPHELD]).toBe('Partly upheld. We agree with part of your complaint.');
  });
});
