/** Whose details a shared text must not carry: the complainant's and any representative's. */
export interface KnownPerson {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  postalAddress?: string | null;
}

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
// Ten or more digits, however spaced or hyphenated: a UK telephone number.
const PHONE = /(?:\+?\d[\s-]?){10,}/;
const words = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * What in a text meant for sharing (lessons learned, read by analysts and scrutiny) would identify someone: any
 * email address or telephone number, or the name or first line of the address of a person on the case.
 */
export function personalDetailsIn(text: string, people: readonly KnownPerson[]): string[] {
  const found = new Set<string>();
  if (EMAIL.test(text)) found.add('an email address');
  if (PHONE.test(text)) found.add('a telephone number');
  const plain = ` ${words(text)} `;
  for (const p of people) {
    if (p.name && words(p.name).length >= 3 && plain.includes(` ${words(p.name)} `)) found.add(`the name ${p.name}`);
    const firstLine = p.postalAddress?.split(/[\n,]/)[0] ?? '';
    if (words(firstLine).length >= 5 && plain.includes(` ${words(firstLine)} `)) found.add('an address');
  }
  return [...found];
}
