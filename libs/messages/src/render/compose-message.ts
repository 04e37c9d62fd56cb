import type { ContactDetails, CouncilPolicy, MessageKind } from '@redress/policy';
import { badInput, formatLongDate, howToContact } from '@redress/policy';
import type { MessageFields } from '../message-fields';
import { MESSAGE_FIELD_TYPES, messageFields } from '../message-fields';
import { messageTemplateFor } from '../templates/council-templates';
import type { CouncilMessageTemplate, MessageSection, SectionCondition, Signatory } from '../templates/template.types';
import type { ContactLine, MessageBlock, MessageDocument } from './message-document';

export interface RenderMessageInput {
  /** The council's policy: its stages, escalation contact and Ombudsman. */
  policy: CouncilPolicy;
  /** The council's template; by default its own (`messageTemplateFor`), or the one built from its policy. */
  template?: CouncilMessageTemplate;
  kind: MessageKind;
  /** The case or feedback reference ('' when there is none). */
  reference: string;
  /** The stage the message is about (it chooses the signatory), null when none. */
  stage: number | null;
  /** Who it is for: the representative where one acts (addressed by their own name). */
  recipient: { name: string; role: 'COMPLAINANT' | 'REPRESENTATIVE' };
  /** What the policy core wrote for the timeline: plain English, dates in words. */
  body: string;
  /** Merge fields (`MessageFields`, or a job's untyped `fields`: unknown keys and wrong types are dropped). */
  fields?: MessageFields | Readonly<Record<string, unknown>>;
  /** Reasonable adjustment LARGE_PRINT. */
  largePrint?: boolean;
}

/** What a message is composed from, worked out once. */
interface Context {
  input: RenderMessageInput;
  template: CouncilMessageTemplate;
  fields: MessageFields;
  values: Record<string, string>;
  conditions: Record<SectionCondition, boolean>;
  /** What the message has said so far, to leave out a block that would say it again (lower case, spaces collapsed). */
  said: string;
}

const MAX_INLINE = 60;

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const sentence = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Fills {placeholders}; null when one has no value (the block is left out). */
function fill(text: string, values: Record<string, string>): string | null {
  let missing = false;
  const filled = text.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const value = values[key];
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? null : filled;
}

/** Subjects and headings are always written: a missing value is dropped and the punctuation tidied. */
function fillLine(text: string, values: Record<string, string>): string {
  return text
    .replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([:,.])/g, '$1')
    .replace(/[:\s]+$/, '')
    .trim();
}

function contactLines(c: ContactDetails, withPost: boolean): ContactLine[] {
  const lines: ContactLine[] = [];
  if (c.website)
    lines.push({ label: 'Website', value: c.website, href: /^https?:\/\//i.test(c.website) ? c.website : `https://${c.website}` });
  if (c.email) lines.push({ label: 'Email', value: c.email, href: `mailto:${c.email}` });
  if (c.telephone) lines.push({ label: 'Telephone', value: c.telephone, href: `tel:${c.telephone.replace(/[^\d+]/g, '')}` });
  if (withPost && c.postalAddress) lines.push({ label: 'Post', value: c.postalAddress, href: null });
  return lines;
}

function context(input: RenderMessageInput, template: CouncilMessageTemplate): Context {
  const fields = messageFields(input.fields);
  const { policy, stage } = input;
  const stageName = stage === null ? '' : (policy.stages.find((s) => s.number === stage)?.name ?? `Stage ${stage}`);
  const next = stage === null ? undefined : policy.stages.find((s) => s.number > stage);
  const text = Object.fromEntries(
    Object.entries(fields).filter(([name]) => MESSAGE_FIELD_TYPES[name as keyof MessageFields] === 'text'),
  ) as Record<string, string>;
  return {
    input,
    template,
    fields,
    values: {
      ...text,
      feedback: fields.feedback?.trim().toLowerCase() ?? 'complaint',
      reference: input.reference.trim(),
      councilName: template.letterhead.councilName,
      stageName,
      nextStageName: next?.name ?? '',
      recipientName: input.recipient.name.trim(),
      ombudsmanName: policy.ombudsman.name,
    },
    conditions: {
      finalStage: stage !== null && !next,
      notFinalStage: Boolean(next),
      accepted: fields.accepted === true,
      refused: fields.accepted !== true,
      outcomeGiven: Boolean(fields.outcome),
      noOutcomeGiven: !fields.outcome,
    },
    said: '',
  };
}

/** The policy core's text without its leading "Your reference: …." (the reference is shown on its own), in paragraphs. */
function bodyBlocks(ctx: Context): MessageBlock[] {
  const { reference, body } = ctx.input;
  const text = reference ? body.replace(new RegExp(`^\\s*Your reference: ${escapeRegExp(reference.trim())}\\.?\\s*`), '') : body;
  return text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0)
    .map((lines) => ({ type: 'paragraph', lines }));
}

const fieldBlock = (label: string, values: string[], list = false): MessageBlock => ({
  type: 'field',
  label,
  values,
  list,
  inline: !list && values[0].length <= MAX_INLINE,
});

/** Already said by what came before (the body): a block saying it again is left out. */
const alreadySaid = (ctx: Context, values: readonly string[]): boolean => values.every((v) => ctx.said.includes(normalise(v)));

function fieldSection(ctx: Context, section: Extract<MessageSection, { type: 'field' }>): MessageBlock[] {
  const raw = ctx.fields[section.field];
  if (!raw) return [];
  const type = MESSAGE_FIELD_TYPES[section.field];
  const value = type === 'date' ? formatLongDate(raw) : section.field === 'outcome' ? (ctx.template.outcomeWords[raw] ?? raw) : raw;
  const label = fill(section.label, ctx.values);
  return label && !alreadySaid(ctx, [value]) ? [fieldBlock(label, [value])] : [];
}

function remediesSection(ctx: Context, section: Extract<MessageSection, { type: 'remedies' }>): MessageBlock[] {
  const remedies = (ctx.fields.remedies ?? []).map((r) => ctx.template.remedyWords[r] ?? r);
  if (remedies.length === 0 || alreadySaid(ctx, remedies)) return [];
  const due = ctx.fields.remedyDueOn;
  return [fieldBlock(section.label, remedies, true), ...(due ? [fieldBlock(section.dueLabel, [formatLongDate(due)])] : [])];
}

/** How to ask for the next stage: the policy's escalation contact (Hart §7: Stage 2 goes to the coordinator). */
function escalationSection(ctx: Context, section: Extract<MessageSection, { type: 'escalation' }>): MessageBlock[] {
  const { policy } = ctx.input;
  const label = fill(section.label, ctx.values);
  const contact = policy.escalationContact ?? policy.contact;
  if (!label || contactLines(contact, true).length === 0) return [];
  const how = sentence(howToContact(contact));
  return alreadySaid(ctx, [how]) ? [] : [fieldBlock(label, [how])];
}

/** The Ombudsman's details from the policy, unless the body already gave every one of them. */
function ombudsmanSection(ctx: Context, section: Extract<MessageSection, { type: 'ombudsman' }>): MessageBlock[] {
  const o = ctx.input.policy.ombudsman;
  const lines = contactLines(o, true);
  if (
    alreadySaid(
      ctx,
      lines.map((l) => l.value),
    )
  )
    return [];
  return [{ type: 'contact', intro: fillLine(section.intro, ctx.values), name: o.name, lines }];
}

function paragraphSection(ctx: Context, section: Extract<MessageSection, { type: 'paragraph' }>): MessageBlock[] {
  const { stage } = ctx.input;
  if (section.stages && (stage === null || !section.stages.includes(stage))) return [];
  const text = fill(section.text, ctx.values);
  return text && !alreadySaid(ctx, [text]) ? [{ type: 'paragraph', lines: [text] }] : [];
}

function sectionBlocks(ctx: Context, section: MessageSection): MessageBlock[] {
  if ('when' in section && section.when?.some((c) => !ctx.conditions[c])) return [];
  switch (section.type) {
    case 'body':
      return bodyBlocks(ctx);
    case 'paragraph':
      return paragraphSection(ctx, section);
    case 'field':
      return fieldSection(ctx, section);
    case 'remedies':
      return remediesSection(ctx, section);
    case 'escalation':
      return escalationSection(ctx, section);
    default:
      return ombudsmanSection(ctx, section);
  }
}

function blockText(block: MessageBlock): string {
  if (block.type === 'paragraph') return block.lines.join(' ');
  if (block.type === 'field') return `${block.label} ${block.values.join(' ')}`;
  return [block.intro, block.name, ...block.lines.map((l) => l.value)].join(' ');
}

/** Hart Stage 2: the Joint Chief Executive's office; a stage with no signatory of its own, the complaints team. */
function signature(ctx: Context, signedBy: 'stage' | 'coordinator'): string[] {
  const { stage } = ctx.input;
  const { signatories, letterhead } = ctx.template;
  const s: Signatory = (signedBy === 'stage' && stage !== null && signatories.byStage[stage]) || signatories.coordinator;
  const { handlerName, serviceArea } = ctx.fields;
  return [
    ...(s.named && handlerName ? [handlerName.trim()] : []),
    s.asService && serviceArea ? serviceArea.trim() : s.office,
    ...(s.onBehalfOf ? [`On behalf of ${s.onBehalfOf}`] : []),
    letterhead.councilName,
  ];
}

function openingBlocks(ctx: Context): MessageBlock[] {
  const { recipient, reference } = ctx.input;
  const { representative } = ctx.template;
  const blocks: MessageBlock[] = [];
  if (recipient.role === 'REPRESENTATIVE')
    blocks.push({ type: 'paragraph', lines: [fill(representative.named, ctx.values) ?? representative.unnamed] });
  if (reference.trim()) blocks.push(fieldBlock('Your reference', [reference.trim()]));
  return blocks;
}

/** The message, composed from the council's template, the policy core's text and the merge fields. */
export function composeMessage(input: RenderMessageInput): MessageDocument {
  const template = input.template ?? messageTemplateFor(input.policy);
  if (template.councilId !== input.policy.councilId)
    throw badInput(
      `The template is ${template.councilId}'s but the policy is ${input.policy.councilId}'s: use the council's own template.`,
    );
  const kind: MessageKind = input.kind;
  const kindTemplate = Object.hasOwn(template.kinds, kind) ? template.kinds[kind] : undefined;
  if (!kindTemplate)
    throw badInput(`There is no message of kind "${String(kind)}". Choose one of: ${Object.keys(template.kinds).join(', ')}.`, 'kind');
  if (!input.recipient.name.trim()) throw badInput("A message needs the recipient's name.", 'recipient');
  const ctx = context(input, template);
  const blocks: MessageBlock[] = openingBlocks(ctx);
  for (const section of kindTemplate.sections) {
    for (const block of sectionBlocks(ctx, section)) {
      blocks.push(block);
      ctx.said += ` ${normalise(blockText(block))}`;
    }
  }
  const { letterhead } = template;
  return {
    councilId: template.councilId,
    templateVersion: template.version,
    kind,
    subject: fillLine(kindTemplate.subject, ctx.values),
    heading: fillLine(kindTemplate.heading, ctx.values),
    letterhead: {
      councilName: letterhead.councilName,
      address: [...letterhead.postalAddress],
      contacts: contactLines(
        { website: letterhead.website, email: letterhead.email, telephone: letterhead.telephone, postalAddress: null },
        false,
      ),
    },
    salutation: `Dear ${ctx.values.recipientName},`,
    blocks,
    signOff: template.signOff,
    signature: signature(ctx, kindTemplate.signedBy),
    largePrint: input.largePrint === true,
  };
}
