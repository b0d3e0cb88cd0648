// Turns a text PDF into the report's text: each page's text items grouped into lines by their baseline,
// lines in reading order (top to bottom, then left to right), lines a paragraph wrapped onto joined again
// (paragraphsOfPage), pages separated by a blank line. Bytes in,
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

/** A line of a page, with where it starts and ends and the height of its text. */
export interface PlacedLine {
  text: string;
  left: number;
  right: number;
  height: number;
}

/** One page's items → lines, top to bottom; items on a line in x order, a space where a gap separates words. */
export function linesFromItems(items: PlacedText[]): PlacedLine[] {
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
    const text = line.replace(/\s+$/, '');
    const inked = row.filter((i) => i.str.trim() !== '');
    return {
      text,
      left: Math.min(...inked.map((i) => i.x)),
      right: Math.max(...inked.map((i) => i.x + i.width)),
      height: Math.max(1, ...inked.map((i) => i.height)),
    };
  }).filter((l) => l.text.trim() !== '');
}

// Lines taken to fix a page's text margins must be this long: a centred title or page number is not the margin.
const MARGIN_LINE_LENGTH = 8;
// A line ends at the right margin when it comes within this many character heights of it (ragged text,
// punctuation kept off a line's start), and the next starts at the left one within this many.
const RIGHT_SLACK = 2;
const LEFT_SLACK = 0.5;
// Only a page with this many lines running to its right margin is set as wrapped paragraphs; on a page of a
// few short lines the longest of them would otherwise pass for the margin.
const MIN_FULL_LINES = 3;
const ENDS_SENTENCE = /[。！？!?；;：:]$/;
const STARTS_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十百\d]+[章节篇部分]|\d+[.、．]|[-–•◆◇✓√·★■●▲])/;

/** Where a page's text starts and ends; null when too few of its lines run to the end to tell. */
export interface Margins {
  left: number;
  right: number;
}

export function marginsOfPage(lines: PlacedLine[]): Margins | null {
  const body = lines.filter((l) => l.text.trim().length >= MARGIN_LINE_LENGTH);
  if (body.length === 0) return null;
  const margins = { left: Math.min(...body.map((l) => l.left)), right: Math.max(...body.map((l) => l.right)) };
  return lines.filter((l) => reaches(l, margins)).length >= MIN_FULL_LINES ? margins : null;
}

const reaches = (l: PlacedLine, margins: Margins) => l.right >= margins.right - RIGHT_SLACK * l.height;

/** The margins most pages of a document share: the median of each, over the pages that show theirs. */
export function typicalMargins(pages: (Margins | null)[]): Margins | null {
  const known = pages.filter((m): m is Margins => m !== null);
  if (known.length === 0) return null;
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { left: median(known.map((m) => m.left)), right: median(known.map((m) => m.right)) };
}

/**
 * A page's lines → its paragraphs, one per line as reports in text have them. Print wraps a paragraph onto
 * several lines: a line that runs to the right margin, in mid-sentence, continues on the next when that one
 * starts at the left margin rather than indented as a new paragraph (or as a heading or list item). Left
 * wrapped, every line end cut a clause in two, and often a word (高奢酒|店). A page with too few full lines to
 * show its margins (a cover, a table of contents, a last half page) is given the document's (typicalMargins).
 */
export function paragraphsOfPage(lines: PlacedLine[], margins: Margins | null = marginsOfPage(lines)): string[] {
  if (margins === null) return lines.map((l) => l.text);
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    current = current === '' ? line.text : `${current}${/[A-Za-z]$/.test(current) && /^[A-Za-z]/.test(line.text.trimStart()) ? ' ' : ''}${line.text.trimStart()}`;
    const next = lines[i + 1];
    const wraps =
      next !== undefined &&
      reaches(line, margins) &&
      next.left <= margins.left + LEFT_SLACK * next.height &&
      !ENDS_SENTENCE.test(line.text) &&
      !STARTS_HEADING.test(next.text.trimStart());
    if (!wraps) {
      paragraphs.push(current);
      current = '';
    }
  });
  return paragraphs;
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
    const pageLines: PlacedLine[][] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items: PlacedText[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue; // marked-content boundaries carry no text
        items.push({ str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, height: item.height });
      }
      pageLines.push(linesFromItems(items));
      page.cleanup();
    }
    const own = pageLines.map(marginsOfPage);
    const typical = typicalMargins(own);
    const text = pageLines.map((lines, i) => paragraphsOfPage(lines, own[i] ?? typical).join('\n')).join('\n\n').replace(/\u0000/g, '');
    if (text.trim() === '') throw new IngestError(file, 'the PDF has no text layer (a scanned image?): only text PDFs can be read');
    return { text, encoding: 'pdf' };
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError(file, `the PDF is damaged or truncated (${(e as Error).message})`);
  } finally {
    await task.destroy();
  }
}
