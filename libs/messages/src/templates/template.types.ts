import type { MessageKind } from '@redress/policy';
import type { LabelledFieldName } from '../message-fields';

/** The head of every letter and the foot of every email: who writes, and how to reach their complaints contact. */
export interface CouncilLetterhead {
  councilName: string;
  /** The postal address, one line each, without the council's name ([] when the procedure gives none). */
  postalAddress: readonly string[];
  email: string | null;
  telephone: string | null;
  website: string | null;
}

/**
 * Who signs a letter. Lines: the handler's name (when `named` and known), the service (when `asService` and the
 * message names it) or else `office`, "On behalf of …", then the council's name.
 */
export interface Signatory {
  named: boolean;
  asService: boolean;
  office: string;
  onBehalfOf?: string;
}

/**
 * Placeholders in subjects, headings and fixed paragraphs: {reference}, {councilName}, {stageName}, {nextStageName},
 * {recipientName}, and any text merge field ({handlerName}, {praised}…). A paragraph with a placeholder that has no
 * value is left out.
 */
export type Wording = string;

/** One block of a message, in order. A block whose content is missing, or already said by the body, is left out. */
export type MessageSection =
  /** The text the policy core wrote for the timeline (without its leading "Your reference: …", shown on its own). */
  | { type: 'body'; when?: readonly SectionCondition[] }
  /** Fixed wording of the council's; `stages`: only in messages about these stages. */
  | { type: 'paragraph'; text: Wording; when?: readonly SectionCondition[]; stages?: readonly number[] }
  /** A merge field under a label: text as it is, a date in words, a list one item a line. */
  | { type: 'field'; field: LabelledFieldName; label: Wording; when?: readonly SectionCondition[] }
  /** The remedies, each a line, and the date they will be done by (Code 7: what will happen and by when). */
  | { type: 'remedies'; label: Wording; dueLabel: Wording }
  /** How to ask for the next stage (the policy's escalation contact); nothing after the final stage. */
  | { type: 'escalation'; label: Wording }
  /** The Ombudsman's name and contact details from the policy (Code 2.4, 6.5; Hampshire "Further Escalation"). */
  | { type: 'ombudsman'; intro: Wording; when?: readonly SectionCondition[] };

/**
 * When a block applies: `finalStage` after the last stage of the procedure, `notFinalStage` before it, `refused`
 * when `fields.accepted` is not true, `accepted` when it is, `outcomeGiven` / `noOutcomeGiven` as `fields.outcome` is
 * given or not (a response laid out from its fields, or the policy core's text as it is). All listed must hold.
 */
export type SectionCondition = 'finalStage' | 'notFinalStage' | 'refused' | 'accepted' | 'outcomeGiven' | 'noOutcomeGiven';

export interface KindTemplate {
  subject: Wording;
  /** The one heading of the email (and the letter's title). */
  heading: Wording;
  sections: readonly MessageSection[];
  /** `stage`: the stage's signatory (Hart Stage 2: the Joint Chief Executive's office); `coordinator`: the complaints team. */
  signedBy: 'stage' | 'coordinator';
}

/** A council's message templates: versioned data beside its policy (a change of wording is a new version). */
export interface CouncilMessageTemplate {
  councilId: string;
  version: number;
  letterhead: CouncilLetterhead;
  signatories: {
    /** The complaints coordinator or team: receipts, decisions on late complaints, referrals, thanks. */
    coordinator: Signatory;
    /** By stage number; a stage not listed is signed by the coordinator. */
    byStage: Readonly<Record<number, Signatory>>;
  };
  /** "Yours sincerely,". */
  signOff: string;
  /** Said under "Dear …," to a representative: whom they act for ({complainantName}), or `unnamed` when not known. */
  representative: { named: Wording; unnamed: Wording };
  /** How a decision (an `Outcome`) and a remedy (a `Remedy`) are written; other values are printed as they are. */
  outcomeWords: Readonly<Record<string, string>>;
  remedyWords: Readonly<Record<string, string>>;
  kinds: Readonly<Record<MessageKind, KindTemplate>>;
}
