import { dirname, resolve, sep } from 'node:path';
import type * as PdfMakeApi from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

export type { TDocumentDefinitions } from 'pdfmake/interfaces';

type PdfMake = typeof PdfMakeApi;

let pdfmake: PdfMake | null = null;

/**
 * Once per process, on first use (pdfmake and pdfkit take a while to load, and most processes never print): the
 * fonts, and no reading of URLs or files other than the fonts, whatever a definition asks for.
 */
function printer(): PdfMake {
  if (pdfmake) return pdfmake;
  const fontsFile = require.resolve('pdfmake/fonts/Roboto.js');
  const fontsDir = dirname(fontsFile) + sep;
  // pdfmake's node entry is one CommonJS instance whose methods live on its prototype (an import * would lose them);
  // its font map is a CommonJS file of paths.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const instance = require('pdfmake') as PdfMake;
  instance.setFonts(require(fontsFile) as TFontDictionary);
  /* eslint-enable @typescript-eslint/no-require-imports */
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((path) => resolve(path).startsWith(fontsDir));
  pdfmake = instance;
  return instance;
}

/** pdfmake writes its working state into the definition it is given: it gets a copy, so the caller's stays as it was. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
  return value;
}

/**
 * The platform's one PDF renderer (pdfmake), for letters (libs/messages `letterDefinition`) and reports alike. The
 * font family is 'Roboto' (pdfmake's own, TrueType, full Unicode: £, curly quotes, accents); an image must be given
 * as data (a data: URL or a Buffer), as no file or URL is read.
 */
export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return printer().createPdf(copy(definition)).getBuffer();
}
