// Turns a Word .docx file into the report's text: the body of word/document.xml, one paragraph (w:p) per
// line, table rows one per line with cells separated by a tab. Pure: bytes in, text out. It must never
// inflate more than the one part it reads, nor a part larger than MAX_DOCUMENT_XML_BYTES: a .docx is a zip,
// and a small hostile zip can claim gigabytes.
import { unzipSync } from 'fflate';
import { IngestError } from '../../src/errors.js';
import { decodeEntities } from './decodeHtml.js';

const DOCUMENT_PART = 'word/document.xml';
/** The body XML of a long report is a few MB; anything past this is refused rather than inflated. */
export const MAX_DOCUMENT_XML_BYTES = 128 * 1024 * 1024;

export interface DecodedDocx {
  text: string;
  encoding: 'docx';
}

function documentXml(bytes: Uint8Array, file: string): string {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new IngestError(file, 'the file is not a .docx (no zip signature): is it an old .doc or a renamed file?');
  }
  let tooLarge = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name !== DOCUMENT_PART) return false;
        if (entry.originalSize > MAX_DOCUMENT_XML_BYTES) tooLarge = entry.originalSize;
        return tooLarge === 0;
      },
    });
  } catch (e) {
    throw new IngestError(file, `the .docx is damaged or truncated (${(e as Error).message})`);
  }
  if (tooLarge > 0) {
    throw new IngestError(file, `the .docx body would inflate to ${(tooLarge / 1048576).toFixed(0)} MB, over the ${MAX_DOCUMENT_XML_BYTES / 1048576} MB limit`);
  }
  const xml = entries[DOCUMENT_PART];
  if (!xml) throw new IngestError(file, `the .docx has no ${DOCUMENT_PART}: it is not a Word document`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(xml);
  } catch {
    throw new IngestError(file, `the .docx is damaged (${DOCUMENT_PART} is not UTF-8)`);
  }
}

// Tags of the WordprocessingML body that matter for text; all other markup is skipped.
const TAG = /<(\/?)((?:w|mc):[a-zA-Z]+)\b[^>]*?(\/?)>/g;
// Content Word does not show as body text: deleted runs, field codes, tab-stop definitions (w:tabs holds
// w:tab elements that are not tab characters), and the fallback copy of text boxes (mc:Fallback repeats
// mc:Choice for older readers).
const HIDDEN = new Set(['w:delText', 'w:instrText', 'w:tabs', 'mc:Fallback']);

/** The text of a WordprocessingML body: paragraphs → lines, w:tab → tab, w:br → line break, rows → lines. */
export function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  let line = '';
  let cells: string[] | null = null; // the cells of the table row being read
  let cell: string[] = [];
  let inText = false;
  let skipDepth = 0; // inside HIDDEN content
  const endParagraph = () => {
    if (cells) cell.push(line.trim());
    else if (line.trim() !== '') lines.push(line.replace(/\s+$/, ''));
    line = '';
  };
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (inText && skipDepth === 0) line += decodeEntities(xml.slice(last, m.index));
    last = TAG.lastIndex;
    const [, closing, name, selfClosing] = m;
    if (HIDDEN.has(name ?? '')) {
      if (!selfClosing) skipDepth = Math.max(0, skipDepth + (closing ? -1 : 1));
      continue;
    }
    if (name === 'w:t' && skipDepth === 0) {
      inText = !closing && !selfClosing;
      continue;
    }
    if (skipDepth > 0) continue;
    if (name === 'w:tab' && !closing) line += '\t';
    else if ((name === 'w:br' || name === 'w:cr') && !closing) {
      if (cells) line += ' ';
      else {
        lines.push(line.replace(/\s+$/, ''));
        line = '';
      }
    } else if (name === 'w:noBreakHyphen' && !closing) line += '-';
    else if (name === 'w:p' && (closing || selfClosing)) endParagraph();
    else if (name === 'w:tc' && !closing && !selfClosing) cell = [];
    else if (name === 'w:tc' && closing && cells) cells.push(cell.filter((c) => c !== '').join(' '));
    else if (name === 'w:tr' && !closing && !selfClosing) cells = [];
    else if (name === 'w:tr' && closing && cells) {
      const row = cells.join('\t').trim();
      if (row !== '') lines.push(row);
      cells = null;
    }
  }
  endParagraph();
  return lines.join('\n');
}

export function decodeDocx(bytes: Uint8Array, file: string): DecodedDocx {
  const text = documentXmlToText(documentXml(bytes, file));
  if (text.trim() === '') throw new IngestError(file, 'the .docx holds no text');
  return { text, encoding: 'docx' };
}
