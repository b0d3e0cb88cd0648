// Turns a Word 97-2003 .doc file into the report's text: the main document, one paragraph per line, table rows
// one per line with cells separated by a tab, as decodeDocx.ts does for .docx. Government sites still publish
// many reports as .doc attachments. Pure: bytes in, text out. The text is the document's piece table (MS-DOC
// 2.4.1) read from the WordDocument and table streams of the compound file (compoundFile.ts); fields show
// their result, not their code; footnotes, headers and comments come after the main document and are left out.
import { IngestError } from '../../src/errors.js';
import { hasOleSignature, readCompoundFile } from './compoundFile.js';

export interface DecodedDoc {
  text: string;
  encoding: 'doc';
}

const WORD_IDENT = 0xa5ec;
/** nFib of Word 97; Word 6 and 95 files have a different layout. */
const WORD97_NFIB = 0x00c0;
const FLAG_ENCRYPTED = 0x0100;
const FLAG_TABLE_1 = 0x0200;
/** fcClx/lcbClx are the 34th pair of FibRgFcLcb97. */
const CLX_PAIR = 33;
const PIECE_COMPRESSED = 0x40000000;
const PIECE_FC = 0x3fffffff;

const windows1252 = new TextDecoder('windows-1252');
const utf16 = new TextDecoder('utf-16le');

/** The main document's characters, as the piece table lays them out. */
function mainDocument(bytes: Uint8Array, file: string): string {
  const damaged = (why: string) => new IngestError(file, `the .doc is damaged (${why})`);
  const cfb = readCompoundFile(bytes, file);
  const word = cfb.stream('WordDocument');
  if (word === null) throw new IngestError(file, 'the file is an OLE compound file but not a Word document (no WordDocument stream)');
  if (word.length < 0x200) throw damaged('the WordDocument stream is too short');
  const wv = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (wv.getUint16(0, true) !== WORD_IDENT) throw new IngestError(file, 'the file is not a Word document (its WordDocument stream has no Word signature)');
  if (wv.getUint16(2, true) < WORD97_NFIB) throw new IngestError(file, 'the .doc is in the Word 6/95 format, which is not read: save it as .docx or Word 97-2003');
  const flags = wv.getUint16(0x0a, true);
  if (flags & FLAG_ENCRYPTED) throw new IngestError(file, 'the .doc is password-protected');
  // The FIB's variable parts: fibRgW (csw words), fibRgLw (cslw longs: ccpText is the 4th), fibRgFcLcb (pairs).
  const csw = wv.getUint16(0x20, true);
  const rgLw = 0x22 + 2 * csw + 2;
  const cslw = wv.getUint16(rgLw - 2, true);
  const rgFcLcb = rgLw + 4 * cslw + 2;
  if (cslw < 4 || rgFcLcb + 8 * (CLX_PAIR + 1) > word.length || wv.getUint16(rgFcLcb - 2, true) <= CLX_PAIR) throw damaged('its file information block is cut short');
  const ccpText = wv.getUint32(rgLw + 12, true);
  const fcClx = wv.getUint32(rgFcLcb + 8 * CLX_PAIR, true);
  const lcbClx = wv.getUint32(rgFcLcb + 8 * CLX_PAIR + 4, true);

  const tableName = flags & FLAG_TABLE_1 ? '1Table' : '0Table';
  const table = cfb.stream(tableName);
  if (table === null) throw damaged(`no ${tableName} stream`);
  if (fcClx + lcbClx > table.length || lcbClx === 0) throw damaged('its piece table lies outside the table stream');
  const tv = new DataView(table.buffer, table.byteOffset, table.byteLength);
  // The CLX: formatting runs (Prc, 0x01) to skip, then the piece table (Pcdt, 0x02).
  let at = fcClx;
  const end = fcClx + lcbClx;
  while (at < end && table[at] === 0x01) {
    if (at + 3 > end) throw damaged('its piece table is cut short');
    at += 3 + tv.getInt16(at + 1, true);
  }
  if (at + 5 > end || table[at] !== 0x02) throw damaged('no piece table');
  const lcb = tv.getUint32(at + 1, true);
  const plc = at + 5;
  if (plc + lcb > end || lcb < 16 || (lcb - 4) % 12 !== 0) throw damaged('its piece table has a wrong size');
  const pieces = (lcb - 4) / 12;
  const parts: string[] = [];
  let taken = 0;
  for (let i = 0; i < pieces && taken < ccpText; i++) {
    const cpStart = tv.getUint32(plc + 4 * i, true);
    const cpEnd = tv.getUint32(plc + 4 * (i + 1), true);
    if (cpEnd < cpStart) throw damaged('its pieces are out of order');
    const count = Math.min(cpEnd - cpStart, ccpText - taken);
    const fcValue = tv.getUint32(plc + 4 * (pieces + 1) + 8 * i + 2, true);
    const compressed = (fcValue & PIECE_COMPRESSED) !== 0;
    const from = compressed ? (fcValue & PIECE_FC) / 2 : fcValue & PIECE_FC;
    const length = compressed ? count : 2 * count;
    if (from + length > word.length) throw damaged('a piece of its text lies outside the document');
    const run = word.subarray(from, from + length);
    parts.push(compressed ? windows1252.decode(run) : utf16.decode(run));
    taken += count;
  }
  return parts.join('');
}

/**
 * Word's marks in the character stream → plain text: paragraph, line and page breaks end lines; a cell mark
 * separates cells and a second one in a row (the row's own mark) ends the row; a field shows its result and
 * not its code (nested fields too); object anchors, optional hyphens and other control characters go.
 */
export function wordCharactersToText(characters: string): string {
  let out = '';
  let codeDepth = 0; // fields whose code (before the separator) we are inside
  const fields: boolean[] = []; // per open field: still in its code
  let previous = '';
  for (const c of characters) {
    switch (c) {
      case '\x13':
        fields.push(true);
        codeDepth++;
        break;
      case '\x14':
        if (fields.at(-1) === true) {
          fields[fields.length - 1] = false;
          codeDepth--;
        }
        break;
      case '\x15':
        if (fields.pop() === true) codeDepth--;
        break;
      default:
        if (codeDepth > 0) break;
        if (c === '\r' || c === '\x0b' || c === '\x0c') out += '\n';
        else if (c === '\x07') out += previous === '\x07' ? '\n' : '\t';
        else if (c === '\x1e') out += '-';
        else if (c === '\t' || c >= ' ') out += c;
    }
    previous = c;
  }
  return out
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

export function decodeDoc(bytes: Uint8Array, file: string): DecodedDoc {
  if (!hasOleSignature(bytes)) {
    const hint = bytes[0] === 0x50 && bytes[1] === 0x4b ? ': it is a zip, probably a .docx named .doc' : ': is it a renamed file?';
    throw new IngestError(file, `the file is not a Word 97-2003 .doc (no OLE compound file signature)${hint}`);
  }
  const text = wordCharactersToText(mainDocument(bytes, file));
  if (text === '') throw new IngestError(file, 'the .doc has no body text');
  return { text, encoding: 'doc' };
}
