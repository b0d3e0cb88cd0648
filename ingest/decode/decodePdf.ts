// Turns a text PDF into the report's text: each page's text items grouped into lines by their baseline,
// lines in reading order (top to bottom, then left to right), pages separated by a blank line. Bytes in,
// text out; async only because pdf.js is. It must never render, run a worker thread or evaluate code from the
// file, and never hide a failure behind empty text: a PDF without a text layer (a scan) is refused.
import { createRequire } from 'node:module';
import path from 'node:path';
import { IngestError } from '../../src/errors.js';

export interface DecodedPdf {
  text: string;
  encoding: 'pdf';
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

// pdf.js in Node has no worker thread: it runs its "fake worker" in this thread, loading the worker module
// itself. Handing it the module through globalThis.pdfjsWorker (pdf.js's documented hook) spares it a dynamic
// import by relative URL, which bundlers and vitest resolve differently from Node.
let pdfjs: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

// Character maps (for CJK fonts that use predefined CMaps such as UniGB-UCS2-H) and the standard fonts ship
// inside pdfjs-dist; pdf.js's Node factories read them from these folders.
const PDFJS_ROOT = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAP_URL = path.join(PDFJS_ROOT, 'cmaps') + path.sep;
const STANDARD_FONT_URL = path.join(PDFJS_ROOT, 'standard_fonts') + path.sep;

interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Items whose baselines differ by less than this share of their height stand on one line. */
const SAME_LINE = 0.5;

/** One page's items → lines, top to bottom; items on a line in x order, a space where a gap separates words. */
export function linesFromItems(items: PlacedText[]): string[] {
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PlacedText[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - item.y) < SAME_LINE * Math.max(anchor.height, item.height, 1)) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let line = '';
    let right = -Infinity;
    for (const item of row) {
      // A visible gap between two runs of Latin text is a word space; Chinese runs join without one.
      const gap = item.x - right;
      if (line !== '' && gap > 0.2 * Math.max(item.height, 1) && /[\x21-\x7e]$/.test(line) && /^[\x21-\x7e]/.test(item.str)) line += ' ';
      line += item.str;
      right = item.x + item.width;
    }
    return line.replace(/\s+$/, '');
  });
}

export async function decodePdf(bytes: Uint8Array, file: string): Promise<DecodedPdf> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  // pdf.js takes ownership of (and detaches) the buffer it is given, and refuses a Node Buffer (what readFile
  // gives): a plain Uint8Array copy serves both, and the caller keeps its bytes for the id.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONT_URL,
    verbosity: VerbosityLevel.ERRORS,
  });
  let document;
  try {
    document = await task.promise;
  } catch (e) {
    await task.destroy();
    const error = e as Error;
    if (error.name === 'PasswordException') throw new IngestError(file, 'the PDF is password-protected');
    throw new IngestError(file, `the PDF is damaged or truncated (${error.message})`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items: PlacedText[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue; // marked-content boundaries carry no text
        items.push({ str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, height: item.height });
      }
      pages.push(linesFromItems(items).join('\n'));
      page.cleanup();
    }
    const text = pages.join('\n\n').replace(/\u0000/g, '');
    if (text.trim() === '') throw new IngestError(file, 'the PDF has no text layer (a scanned image?): only text PDFs can be read');
    return { text, encoding: 'pdf' };
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError(file, `the PDF is damaged or truncated (${(e as Error).message})`);
  } finally {
    await task.destroy();
  }
}
