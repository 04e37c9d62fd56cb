import type { ContactLine, MessageBlock, MessageDocument } from './message-document';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every value that goes into the HTML, text or attribute, goes through here. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

// GOV.UK colours: text #0b0c0c on white (19:1), links #1d70b8 (5.2:1). Inline styles: email clients drop <style>.
const TEXT = '#0b0c0c';
const LINK = '#1d70b8';
const P = 'margin:0 0 20px';
const BODY = `margin:0;padding:0;background-color:#ffffff;color:${TEXT};font-family:Arial,Helvetica,sans-serif`;

const link = (l: ContactLine): string =>
  l.href ? `<a href="${escapeHtml(l.href)}" style="color:${LINK}">${escapeHtml(l.value)}</a>` : escapeHtml(l.value);

const contactHtml = (l: ContactLine): string => `${escapeHtml(l.label)}: ${link(l)}`;

function blockHtml(block: MessageBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p style="${P}">${block.lines.map(escapeHtml).join('<br>')}</p>`;
    case 'field': {
      const label = escapeHtml(block.label);
      if (block.list)
        return [
          `<p style="margin:0 0 10px"><strong>${label}:</strong></p>`,
          `<ul style="${P};padding-left:20px">${block.values.map((v) => `<li>${escapeHtml(v)}</li>`).join('')}</ul>`,
        ].join('\n');
      return `<p style="${P}"><strong>${label}:</strong>${block.inline ? ' ' : '<br>'}${escapeHtml(block.values[0])}</p>`;
    }
    default:
      return [
        `<p style="${P}">${escapeHtml(block.intro)}</p>`,
        `<p style="${P}"><strong>${escapeHtml(block.name)}</strong><br>${block.lines.map(contactHtml).join('<br>')}</p>`,
      ].join('\n');
  }
}

/**
 * The accessible HTML email: lang, a title, one heading, paragraphs and lists (no images, no layout tables),
 * GOV.UK contrast, every value escaped. Large print sets a larger base size (24px, from 19px).
 */
export function renderHtml(doc: MessageDocument): string {
  const size = doc.largePrint ? 24 : 19;
  const footer = [...doc.letterhead.address.map(escapeHtml), ...doc.letterhead.contacts.map(contactHtml)];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.subject)}</title>`,
    '</head>',
    `<body style="${BODY};font-size:${size}px;line-height:1.5">`,
    '<div style="max-width:640px;margin:0 auto;padding:20px">',
    `<p style="${P};font-weight:bold">${escapeHtml(doc.letterhead.councilName)}</p>`,
    `<h1 style="${P};font-size:1.6em;line-height:1.25">${escapeHtml(doc.heading)}</h1>`,
    `<p style="${P}">${escapeHtml(doc.salutation)}</p>`,
    ...doc.blocks.map(blockHtml),
    `<p style="${P}">${escapeHtml(doc.signOff)}</p>`,
    `<p style="${P}">${doc.signature.map(escapeHtml).join('<br>')}</p>`,
    ...(footer.length
      ? [
          '<hr style="border:0;border-top:1px solid #b1b4b6;margin:30px 0 20px">',
          `<address style="font-style:normal">${footer.join('<br>')}</address>`,
        ]
      : []),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
