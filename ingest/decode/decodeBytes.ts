// Turns a report file's bytes into text, detecting the encoding rather than assuming it. Pure: bytes in,
// text out; the caller names the file so errors can say which one failed.
import { IngestError } from '../../src/errors.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
}

/** Files larger than this are refused before decoding: no report of this family comes close. */
export const MAX_REPORT_BYTES = 32 * 1024 * 1024;

function hasPrefix(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Share of characters that are control characters other than tab, newline, carriage return and form feed. */
function controlShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  return text.length === 0 ? 0 : control / text.length;
}

function decodeWith(label: DecodedText['encoding'], bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
}

/** The refusal for a file over MAX_REPORT_BYTES; sourceFiles.ts raises it from `stat` before reading. */
export function tooLargeError(file: string, size: number): IngestError {
  return new IngestError(
    file,
    `the file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_REPORT_BYTES / 1048576} MB limit for one report`,
  );
}

function checkSize(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty');
  if (bytes.length > MAX_REPORT_BYTES) throw tooLargeError(file, bytes.length);
}

function checkText(decoded: DecodedText, file: string): DecodedText {
  if (controlShare(decoded.text) > 0.01 || decoded.text.includes('\u0000')) {
    throw new IngestError(file, `the file looks binary, not text (read as ${decoded.encoding})`);
  }
  if (decoded.text.trim() === '') throw new IngestError(file, 'the file holds only white space');
  return decoded;
}

/**
 * Decodes with an encoding the file declares (an HTML page's <meta charset>), with the same checks as
 * decodeBytes. A BOM still wins over the declaration, as browsers do; a page that says UTF-8 but is not valid
 * UTF-8 is read as GB18030, the commonest mislabel on Chinese sites.
 */
export function decodeDeclared(bytes: Uint8Array, file: string, declared: DecodedText['encoding']): DecodedText {
  checkSize(bytes, file);
  if (hasPrefix(bytes, [0xff, 0xfe]) || hasPrefix(bytes, [0xfe, 0xff]) || hasPrefix(bytes, [0xef, 0xbb, 0xbf]) || declared === 'utf-8') {
    return decodeBytes(bytes, file);
  }
  return checkText({ text: decodeWith(declared, bytes, false), encoding: declared }, file);
}

/**
 * True when all but the last one to three bytes are valid UTF-8 and those bytes start a multi-byte character
 * they do not finish: a UTF-8 file cut short, which GB18030 would otherwise turn into a page of mojibake.
 */
function endsMidUtf8Character(bytes: Uint8Array): boolean {
  for (let k = 1; k <= 3 && k < bytes.length; k++) {
    const lead = bytes[bytes.length - k] ?? 0;
    const needs = lead >= 0xf0 && lead <= 0xf4 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc2 && lead < 0xe0 ? 1 : 0;
    if (needs === 0) continue; // a continuation byte or ASCII: look one further back
    if (needs < k) return false; // the sequence is complete, so the fault lies elsewhere
    try {
      decodeWith('utf-8', bytes.subarray(0, bytes.length - k), true);
      return bytes.subarray(bytes.length - k + 1).every((b) => b >= 0x80 && b <= 0xbf);
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Characters that fill any government report, in simplified and traditional forms (发展/發展, 建设/建設): a legacy
 * encoding read right gives text full of them, read wrong gives rare characters (Big5 read as GBK: 钡ン跋).
 */
const COMMON_HAN = new Set(
  '的一是在和了年人民中大有为以等化理管生活入合全面提升高新城重点目施作工市社推进加快质量业产服务体系项实' +
    '发展建设区经济会国计划这个们来时对过现动与关数长开资部' +
    '發展建設區經濟會國計劃這個們來時對過現動與關數長開資質業產務體項實進為點',
);

function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (ch < '\u4e00' || ch > '\u9fff') continue;
    han++;
    if (COMMON_HAN.has(ch)) common++;
  }
  return han === 0 ? 0 : common / han;
}

/**
 * Not valid UTF-8: Chinese government sites most often serve GBK (of which GB18030 is a superset), Taiwanese and
 * Hong Kong ones Big5. Both decode almost any bytes, so the one whose text is made of common characters wins;
 * GB18030 on a tie.
 */
function decodeLegacy(bytes: Uint8Array): DecodedText {
  const gb: DecodedText = { text: decodeWith('gb18030', bytes, false), encoding: 'gb18030' };
  const big5: DecodedText = { text: decodeWith('big5', bytes, false), encoding: 'big5' };
  return commonShare(big5.text) > commonShare(gb.text) ? big5 : gb;
}

export function decodeBytes(bytes: Uint8Array, file: string): DecodedText {
  checkSize(bytes, file);
  let decoded: DecodedText;
  // A BOM is decisive; TextDecoder drops it (ignoreBOM: false), so offsets start after it as the contract says.
  if (hasPrefix(bytes, [0xff, 0xfe])) decoded = { text: decodeWith('utf-16le', bytes, false), encoding: 'utf-16le' };
  else if (hasPrefix(bytes, [0xfe, 0xff])) decoded = { text: decodeWith('utf-16be', bytes, false), encoding: 'utf-16be' };
  else {
    try {
      decoded = { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8' };
    } catch {
      if (endsMidUtf8Character(bytes)) {
        throw new IngestError(file, 'the file ends in the middle of a UTF-8 character: it looks truncated (an interrupted download or copy?)');
      }
      decoded = decodeLegacy(bytes);
    }
  }
  return checkText(decoded, file);
}
