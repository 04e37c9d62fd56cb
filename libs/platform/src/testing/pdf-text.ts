import { execFile } from 'node:child_process';

const asBytes = (pdf: Buffer | string): Buffer => (typeof pdf === 'string' ? Buffer.from(pdf, 'base64') : pdf);

/** Runs one of poppler's tools on the PDF (given on stdin); fails saying what to install when it is missing. */
function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[], pdf: Buffer | string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(tool, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      reject(
        new Error(
          missing ? `${tool} is not installed: run \`npm run services\` (Debian poppler-utils).` : `${tool}: ${stderr || error.message}`,
        ),
      );
    });
    child.stdin!.end(asBytes(pdf));
  });
}

/**
 * The text of a PDF (a Buffer, or base64 as the API gives it) as poppler's `pdftotext` reads it, in reading order:
 * what a person reading the letter or report would see. `npm run services` installs poppler-utils.
 */
export const pdfText = (pdf: Buffer | string): Promise<string> => poppler('pdftotext', ['-enc', 'UTF-8', '-', '-'], pdf);

/** The same text with every run of spaces and line breaks made one space, to find a sentence wherever it wraps. */
export const pdfWords = async (pdf: Buffer | string): Promise<string> => (await pdfText(pdf)).replace(/\s+/g, ' ').trim();

/** What `pdfinfo` says of the PDF (Title, Author, Pages, Page size…), by name. */
export async function pdfInfo(pdf: Buffer | string): Promise<Record<string, string>> {
  const out = await poppler('pdfinfo', ['-enc', 'UTF-8', '-'], pdf);
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1].trim(), m[2].trim()]),
  );
}
