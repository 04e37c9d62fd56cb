import type { MessageBlock, MessageDocument } from './message-document';

function blockText(block: MessageBlock): string {
  switch (block.type) {
    case 'paragraph':
      return block.lines.join('\n');
    case 'field':
      if (block.list) return [`${block.label}:`, ...block.values.map((v) => `- ${v}`)].join('\n');
      return block.inline ? `${block.label}: ${block.values[0]}` : `${block.label}:\n${block.values[0]}`;
    default:
      return [block.intro, '', block.name, ...block.lines.map((l) => `${l.label}: ${l.value}`)].join('\n');
  }
}

/** The plain-text email: "Dear …," first, then the sign-off and the council's address and complaints contact. */
export function renderText(doc: MessageDocument): string {
  const footer = [...doc.letterhead.address, ...doc.letterhead.contacts.map((c) => `${c.label}: ${c.value}`)];
  return (
    [
      doc.salutation,
      ...doc.blocks.map(blockText),
      doc.signOff,
      doc.signature.join('\n'),
      ...(footer.length ? [`----\n${footer.join('\n')}`] : []),
    ].join('\n\n') + '\n'
  );
}
