import type { RenderMessageInput } from './render/compose-message';
import { composeMessage } from './render/compose-message';
import { renderHtml } from './render/render-html';
import { renderText } from './render/render-text';

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  /** The council and template version it was written from (kept with the delivery). */
  councilId: string;
  templateVersion: number;
}

/** A message to a resident, from the council's template: its subject, the plain-text email and the HTML email. */
export function renderMessage(input: RenderMessageInput): RenderedMessage {
  const doc = composeMessage(input);
  return {
    subject: doc.subject,
    text: renderText(doc),
    html: renderHtml(doc),
    councilId: doc.councilId,
    templateVersion: doc.templateVersion,
  };
}
