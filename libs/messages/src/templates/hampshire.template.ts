import { HAMPSHIRE_POLICY, MessageKind } from '@redress/policy';
import { letterheadFromPolicy } from './default-template';
import { STANDARD_KINDS, STANDARD_TEMPLATE_PARTS, withSections } from './standard-wording';
import type { CouncilMessageTemplate, MessageSection } from './template.types';

// Hampshire County Council customer comments, compliments and complaints procedure (seed 001).

/** Appendix 1: who investigates at Stages 2 and 3. */
const INVESTIGATION: MessageSection[] = [
  {
    type: 'paragraph',
    text: 'A senior officer who was not involved in the decisions you complained about will investigate on behalf of the Chief Officer.',
    stages: [2],
  },
  {
    type: 'paragraph',
    text:
      'An investigator from the Information Governance Team will carry out an independent investigation on behalf of the ' +
      'Chief Executive. This is the final stage of our complaints procedure.',
    stages: [3],
  },
];

export const HAMPSHIRE_MESSAGE_TEMPLATE: CouncilMessageTemplate = {
  councilId: HAMPSHIRE_POLICY.councilId,
  version: 1,
  letterhead: letterheadFromPolicy(HAMPSHIRE_POLICY),
  signatories: {
    // "Access and Equalities": complaints go to the Corporate Complaints Team or the service's complaints team.
    coordinator: { named: false, asService: false, office: 'Corporate Complaints Team' },
    byStage: {
      // Stage 1: the relevant member of staff or their manager.
      1: { named: true, asService: true, office: 'Corporate Complaints Team' },
      // Stage 2: a senior officer investigates on behalf of the Chief Officer.
      2: { named: true, asService: true, office: 'Corporate Complaints Team', onBehalfOf: 'the Chief Officer' },
      // Stage 3: the Information Governance Team, on behalf of the Chief Executive.
      3: { named: false, asService: false, office: 'Information Governance Team', onBehalfOf: 'the Chief Executive' },
    },
  },
  ...STANDARD_TEMPLATE_PARTS,
  kinds: {
    ...STANDARD_KINDS,
    // Appendix 1: "All requests must be acknowledged within five working days".
    [MessageKind.RECEIPT]: withSections(
      STANDARD_KINDS[MessageKind.RECEIPT],
      [{ type: 'paragraph', text: 'We will acknowledge your complaint within 5 working days.' }],
      1,
    ),
    // Appendix 1: where the scope is not clear, a Statement of Complaint is agreed before the investigation starts.
    [MessageKind.ACKNOWLEDGEMENT]: withSections(
      STANDARD_KINDS[MessageKind.ACKNOWLEDGEMENT],
      [
        ...INVESTIGATION,
        {
          type: 'paragraph',
          text: 'If it is not clear what your complaint is about, we will agree a statement of complaint with you before we start.',
        },
      ],
      5,
    ),
    [MessageKind.ESCALATION_RECEIVED]: withSections(STANDARD_KINDS[MessageKind.ESCALATION_RECEIVED], INVESTIGATION, 1),
    // "Unreasonable contact and customer behaviour": a copy of the guidance on the website or from the team.
    [MessageKind.CONTACT_RESTRICTION]: withSections(STANDARD_KINDS[MessageKind.CONTACT_RESTRICTION], [
      {
        type: 'paragraph',
        text:
          'You can read our guidance on the management of unreasonable contact and customer behaviour on our website, ' +
          'or ask the Corporate Complaints Team for a copy.',
      },
    ]),
    // "Comments and Compliments": we welcome hearing when we are doing something well.
    [MessageKind.COMPLIMENT_THANKS]: withSections(
      STANDARD_KINDS[MessageKind.COMPLIMENT_THANKS],
      [{ type: 'paragraph', text: 'We welcome hearing when we are doing something well, and we use what you tell us to improve.' }],
      2,
    ),
  },
};
