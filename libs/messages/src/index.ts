// libs/messages: council message templates as data and the renderer. Pure: no I/O, no framework, no clock.
export type { LabelledFieldName, MessageFieldName, MessageFieldType, MessageFields } from './message-fields';
export { MESSAGE_FIELD_NAMES, MESSAGE_FIELD_TYPES, messageFields } from './message-fields';
export type {
  CouncilLetterhead,
  CouncilMessageTemplate,
  KindTemplate,
  MessageSection,
  SectionCondition,
  Signatory,
  Wording,
} from './templates/template.types';
export {
  HANDLER_SECTION,
  OUTCOME_WORDS,
  REMEDY_WORDS,
  STANDARD_KINDS,
  STANDARD_TEMPLATE_PARTS,
  withSections,
} from './templates/standard-wording';
export { addressLines, defaultMessageTemplate, letterheadFromPolicy } from './templates/default-template';
export { HART_MESSAGE_TEMPLATE } from './templates/hart.template';
export { HAMPSHIRE_MESSAGE_TEMPLATE } from './templates/hampshire.template';
export { MESSAGE_TEMPLATES, messageTemplateFor } from './templates/council-templates';
export type { ContactLine, MessageBlock, MessageDocument } from './render/message-document';
export type { RenderMessageInput } from './render/compose-message';
export { composeMessage } from './render/compose-message';
export { escapeHtml, renderHtml } from './render/render-html';
export { renderText } from './render/render-text';
export type { RenderedMessage } from './render-message';
export { renderMessage } from './render-message';
export type { LetterOptions } from './render/render-letter';
export { LETTER_FONT, letterDefinition } from './render/render-letter';
export type { RenderedStaffDigest, StaffDigestAlert, StaffDigestInput } from './render/staff-digest';
export { ALERT_KIND_WORDS, renderStaffDigest } from './render/staff-digest';
