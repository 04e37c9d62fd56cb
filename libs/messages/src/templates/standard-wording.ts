import { MessageKind, Outcome, Remedy } from '@redress/policy';
import type { CouncilMessageTemplate, KindTemplate, MessageSection } from './template.types';

// Plain English, GOV.UK style: short sentences, "we" and "you", dates in words. A council's template starts from
// these and changes what its own procedure says differently.

/** Who is dealing with the complaint (a council may say it in its own words instead). */
export const HANDLER_SECTION: MessageSection = { type: 'field', field: 'handlerName', label: 'Who is dealing with your complaint' };
const quoteReference: MessageSection = { type: 'paragraph', text: 'Please quote your reference, {reference}, if you contact us about it.' };

export const STANDARD_KINDS: Readonly<Record<MessageKind, KindTemplate>> = {
  [MessageKind.RECEIPT]: {
    subject: 'We have received your {feedback}: reference {reference}',
    heading: 'We have received your {feedback}',
    sections: [{ type: 'body' }, quoteReference],
    signedBy: 'coordinator',
  },
  // Code 6: the acknowledgement sets out our understanding of the complaint and the outcome sought.
  [MessageKind.ACKNOWLEDGEMENT]: {
    subject: 'Your complaint {reference}: we are looking into it',
    heading: 'We are looking into your complaint',
    sections: [
      { type: 'body' },
      { type: 'field', field: 'summary', label: 'What we understand your complaint to be' },
      { type: 'field', field: 'desiredOutcome', label: 'What you would like us to do' },
      HANDLER_SECTION,
      { type: 'field', field: 'respondBy', label: 'We will reply by' },
      { type: 'paragraph', text: 'If we have misunderstood your complaint, please tell us as soon as you can.' },
      quoteReference,
    ],
    signedBy: 'stage',
  },
  // Code 6.5: an extension gives the reason, the new date and the Ombudsman's contact details.
  [MessageKind.EXTENSION]: {
    subject: 'Your complaint {reference}: we need more time',
    heading: 'We need more time to reply to your complaint',
    sections: [
      { type: 'body' },
      { type: 'field', field: 'reason', label: 'Why we need more time' },
      { type: 'field', field: 'respondBy', label: 'We will now reply by' },
      { type: 'ombudsman', intro: 'If you are unhappy about this, you can contact the Ombudsman.' },
    ],
    signedBy: 'stage',
  },
  [MessageKind.HOLD]: {
    subject: 'Your complaint {reference}: we have paused work on it',
    heading: 'We have paused work on your complaint',
    sections: [{ type: 'body' }, { type: 'field', field: 'reason', label: 'Why we have paused it' }],
    signedBy: 'stage',
  },
  [MessageKind.RESUMED]: {
    subject: 'Your complaint {reference}: we have restarted work on it',
    heading: 'We have restarted work on your complaint',
    sections: [{ type: 'body' }, HANDLER_SECTION],
    signedBy: 'stage',
  },
  // Code 5: a deadline that cannot be met is explained, with a new date.
  [MessageKind.DELAY]: {
    subject: 'Your complaint {reference}: our reply will be late',
    heading: 'Our reply will be later than we said',
    sections: [
      { type: 'body' },
      { type: 'field', field: 'reason', label: 'Why our reply will be late' },
      { type: 'field', field: 'expectedResponseBy', label: 'We now expect to reply by' },
    ],
    signedBy: 'stage',
  },
  [MessageKind.PROGRESS_UPDATE]: {
    subject: 'Your complaint {reference}: an update',
    heading: 'An update on your complaint',
    sections: [{ type: 'body' }, HANDLER_SECTION],
    signedBy: 'stage',
  },
  // Code 6: the stage, the decision, the reasons, any remedy (what and by when), and how to escalate; after the final
  // stage, the Ombudsman. Laid out from the fields when the decision is given, else the policy core's text as it is.
  [MessageKind.RESPONSE]: {
    subject: 'Your complaint {reference}: our {stageName} response',
    heading: 'Our response to your complaint',
    sections: [
      { type: 'body', when: ['noOutcomeGiven'] },
      { type: 'paragraph', text: 'This is our response to your complaint under {stageName}.', when: ['outcomeGiven'] },
      { type: 'field', field: 'outcome', label: 'Our decision' },
      { type: 'field', field: 'findings', label: 'Why we reached this decision' },
      { type: 'remedies', label: 'What we will do to put things right', dueLabel: 'We will do this by' },
      {
        type: 'paragraph',
        text: 'If you remain dissatisfied, you can ask for {nextStageName}. Please quote your reference, {reference}.',
        when: ['outcomeGiven', 'notFinalStage'],
      },
      { type: 'escalation', label: 'How to ask for {nextStageName}' },
      { type: 'paragraph', text: 'This is our final response.', when: ['outcomeGiven', 'finalStage'] },
      {
        type: 'ombudsman',
        intro: 'If you remain dissatisfied, you can ask the Ombudsman to look at your complaint.',
        when: ['finalStage'],
      },
    ],
    signedBy: 'stage',
  },
  [MessageKind.ESCALATION_RECEIVED]: {
    subject: 'Your complaint {reference}: your request for {stageName}',
    heading: 'We have received your request for {stageName}',
    sections: [{ type: 'body' }, HANDLER_SECTION, { type: 'field', field: 'respondBy', label: 'We will reply by' }, quoteReference],
    signedBy: 'stage',
  },
  [MessageKind.ESCALATION_REFUSED]: {
    subject: 'Your complaint {reference}: your request for the next stage',
    heading: 'We cannot move your complaint on',
    sections: [
      { type: 'body' },
      { type: 'field', field: 'reason', label: 'Why' },
      { type: 'paragraph', text: 'If you have a question about this, please contact us using the details below.' },
    ],
    signedBy: 'coordinator',
  },
  [MessageKind.REFERRAL]: {
    subject: 'Your complaint {reference}: who can deal with it',
    heading: 'Who can deal with your complaint',
    sections: [
      { type: 'body' },
      { type: 'field', field: 'referredTo', label: 'Who deals with it' },
      { type: 'field', field: 'referralContact', label: 'How to contact them' },
    ],
    signedBy: 'coordinator',
  },
  // Code 2: a refusal gives the reasons and says the person may go to the Ombudsman.
  [MessageKind.NOT_ACCEPTED]: {
    subject: 'Your complaint {reference}: we cannot take it on',
    heading: 'We cannot take your complaint on',
    sections: [
      { type: 'body' },
      { type: 'field', field: 'reason', label: 'Why' },
      { type: 'ombudsman', intro: 'You can ask the Ombudsman to look at our decision.' },
    ],
    signedBy: 'coordinator',
  },
  [MessageKind.LATE_DECISION]: {
    subject: 'Your complaint {reference}: our decision on a late complaint',
    heading: 'Our decision on your late complaint',
    sections: [
      { type: 'body' },
      { type: 'field', field: 'reason', label: 'Why' },
      { type: 'field', field: 'respondBy', label: 'We will reply by', when: ['accepted'] },
      { type: 'ombudsman', intro: 'You can ask the Ombudsman to look at our decision.', when: ['refused'] },
    ],
    signedBy: 'coordinator',
  },
  [MessageKind.CONTACT_RESTRICTION]: {
    subject: 'How you can contact {councilName}',
    heading: 'How you can contact us from now on',
    sections: [{ type: 'body' }],
    signedBy: 'coordinator',
  },
  [MessageKind.COMPLIMENT_THANKS]: {
    subject: 'Thank you for your compliment',
    heading: 'Thank you for your compliment',
    sections: [
      { type: 'body' },
      { type: 'paragraph', text: 'We will pass your kind words on to {praised}.' },
      { type: 'paragraph', text: 'Thank you for taking the time to tell us.' },
    ],
    signedBy: 'coordinator',
  },
};

/** Hart §6.3 and Hampshire's outcomes, in words. */
export const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = {
  [Outcome.UPHELD]: 'Upheld. We agree with your complaint.',
  [Outcome.PARTIALLY_UPHELD]: 'Partly upheld. We agree with part of your complaint.',
  [Outcome.NOT_UPHELD]: 'Not upheld. We do not agree with your complaint.',
  [Outcome.NOT_INVESTIGATED]: 'Not investigated. We have not investigated your complaint.',
};

/** Hampshire "Resolution and Remedies" and the Code 7 list, in words. */
export const REMEDY_WORDS: Readonly<Record<Remedy, string>> = {
  [Remedy.APOLOGY]: 'An apology',
  [Remedy.EXPLANATION]: 'An explanation',
  [Remedy.ACTION_TAKEN]: 'Action that should have been taken before',
  [Remedy.DECISION_RECONSIDERED]: 'Reconsidering a decision that was not taken properly',
  [Remedy.PROCEDURES_IMPROVED]: 'Improving our procedures',
  [Remedy.PROCEDURE_RERUN]: 'Running the procedure again',
  [Remedy.MONEY_RECALCULATED]: 'Recalculating the money owed',
  [Remedy.FINANCIAL_REMEDY]: 'A payment to put things right',
  [Remedy.OTHER]: 'Another remedy',
};

/** The parts of a template every council shares unless its own says otherwise. */
export const STANDARD_TEMPLATE_PARTS: Pick<
  CouncilMessageTemplate,
  'signOff' | 'representative' | 'outcomeWords' | 'remedyWords' | 'kinds'
> = {
  signOff: 'Yours sincerely,',
  representative: {
    named: 'We are writing to you as the representative of {complainantName}.',
    unnamed: 'We are writing to you as the representative of the person who made this complaint.',
  },
  outcomeWords: OUTCOME_WORDS,
  remedyWords: REMEDY_WORDS,
  kinds: STANDARD_KINDS,
};

/** A kind's template with more sections after the standard ones (or before, with `at: 0`). */
export function withSections(kind: KindTemplate, extra: readonly MessageSection[], at = kind.sections.length): KindTemplate {
  return { ...kind, sections: [...kind.sections.slice(0, at), ...extra, ...kind.sections.slice(at)] };
}
