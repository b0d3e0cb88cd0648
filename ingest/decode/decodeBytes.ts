// Turns a report file's bytes into text, detecting the encoding rather than assuming it. Pure: bytes in,
// text out; the caller names the file so errors can say which one failed.
import { IngestError } from '../../src/errors.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
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

export function decodeBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty');
  if (bytes.length > MAX_REPORT_BYTES) {
    throw new IngestError(
      file,
      `the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_REPORT_BYTES / 1048576} MB limit for one report`,
    );
  }
  let decoded: DecodedText;
  // A BOM is decisive; TextDecoder drops it (ignoreBOM: false), so offsets start after it as the contract says.
  if (hasPrefix(bytes, [0xff, 0xfe])) decoded = { text: decodeWith('utf-16le', bytes, false), encoding: 'utf-16le' };
  else if (hasPrefix(bytes, [0xfe, 0xff])) decoded = { text: decodeWith('utf-16be', bytes, false), encoding: 'utf-16be' };
  else {
    try {
      decoded = { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8' };
    } catch {
      // Not valid UTF-8: Chinese government sites most often serve GBK, of which GB18030 is a superset.
      decoded = { text: decodeWith('gb18030', bytes, false), encoding: 'gb18030' };
    }
  }
  if (controlShare(decoded.text) > 0.01 || decoded.text.includes('\u0000')) {
    throw new IngestError(file, `the file looks binary, not text (read as ${decoded.encoding})`);
  }
  if (decoded.text.trim() === '') throw new IngestError(file, 'the file holds only white space');
  return decoded;
}
