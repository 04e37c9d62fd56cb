import { HART_POLICY, MessageKind } from '@redress/policy';
import { letterheadFromPolicy } from './default-template';
import { HANDLER_SECTION, STANDARD_KINDS, STANDARD_TEMPLATE_PARTS, withSections } from './standard-wording';
import type { CouncilMessageTemplate, MessageSection, Signatory } from './template.types';

// Hart District Council complaints policy (seed 000): how it writes and who signs.

/** §6.1: the Officer or Manager allocated is the point of contact throughout the stage, for their service. */
const OFFICER: Signatory = { named: true, asService: true, office: 'Complaints Team' };

/** §6.2: Stage 2 is investigated by the Head of Service and its response signed off by the Joint Chief Executive. */
const STAGE_2_INVESTIGATION: MessageSection = {
  type: 'paragraph',
  text: 'The Head of Service will investigate your complaint. The Joint Chief Executive will review and sign off their response.',
  stages: [2],
};

const POINT_OF_CONTACT: MessageSection = {
  type: 'paragraph',
  text: '{handlerName} is dealing with your complaint and will be your point of contact throughout {stageName}.',
};

export const HART_MESSAGE_TEMPLATE: CouncilMessageTemplate = {
  councilId: HART_POLICY.councilId,
  version: 1,
  letterhead: letterheadFromPolicy(HART_POLICY),
  signatories: {
    coordinator: { named: false, asService: false, office: 'Complaints Team' },
    byStage: {
      0: OFFICER,
      1: OFFICER,
      // §6.2 and §7: Stage 2 is coordinated and signed off in the Joint Chief Executive's office.
      2: { named: false, asService: false, office: "Joint Chief Executive's office" },
    },
  },
  ...STANDARD_TEMPLATE_PARTS,
  kinds: {
    ...STANDARD_KINDS,
    // §6.4: acknowledged within three days with the target date; the unique identifier is used throughout.
    [MessageKind.RECEIPT]: withSections(
      STANDARD_KINDS[MessageKind.RECEIPT],
      [{ type: 'paragraph', text: 'We will acknowledge your complaint within 3 working days and tell you the date we will reply by.' }],
      1,
    ),
    // §6.1: the officer allocated is the point of contact throughout the stage.
    [MessageKind.ACKNOWLEDGEMENT]: {
      ...STANDARD_KINDS[MessageKind.ACKNOWLEDGEMENT],
      sections: STANDARD_KINDS[MessageKind.ACKNOWLEDGEMENT].sections.flatMap((s) =>
        s === HANDLER_SECTION ? [POINT_OF_CONTACT, STAGE_2_INVESTIGATION] : [s],
      ),
    },
    [MessageKind.ESCALATION_RECEIVED]: withSections(STANDARD_KINDS[MessageKind.ESCALATION_RECEIVED], [STAGE_2_INVESTIGATION], 1),
    // §10: the unreasonable customer behaviour procedure "is available for staff and customers".
    [MessageKind.CONTACT_RESTRICTION]: withSections(STANDARD_KINDS[MessageKind.CONTACT_RESTRICTION], [
      { type: 'paragraph', text: 'You can ask us for a copy of our unreasonable customer behaviour procedure.' },
    ]),
    // §1: compliments are used to highlight individuals or teams.
    [MessageKind.COMPLIMENT_THANKS]: withSections(
      STANDARD_KINDS[MessageKind.COMPLIMENT_THANKS],
      [{ type: 'paragraph', text: 'We use compliments to recognise the people and teams who provide our services.' }],
      2,
    ),
  },
};
