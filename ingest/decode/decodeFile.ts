// The one entry of the decode stage: a report file's bytes and name → the text the project shows as the
// document's text, which every offset indexes. The format comes from the file name's extension; the bytes
// alone still determine the document id (readDocument.ts). It must never return text that is not a report's:
// every refusal is an IngestError naming the file and the reason.
import path from 'node:path';
import { IngestError } from '../../src/errors.js';
import { decodeBytes } from './decodeBytes.js';
import { decodeHtml } from './decodeHtml.js';
import { decodePdf } from './decodePdf.js';
import { checkLooksLikeReport } from './looksLikeReport.js';

export type ReportFormat = 'text' | 'html' | 'doc' | 'docx' | 'pdf';

export interface DecodedFile {
  text: string;
  /** The text encoding that was detected or declared (utf-8, gb18030 …), or the container format (doc, docx, pdf). */
  encoding: string;
  format: ReportFormat;
}

export const REPORT_FORMATS: ReadonlyMap<string, ReportFormat> = new Map([
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.md', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.doc', 'doc'],
  // A .wps is tried as Word 97-2003 binary, the layout we understand WPS Office to save its own .wps files in
  // (not checked on a real file); one that is not (an older WPS layout, Microsoft Works) has no Word stream and
  // is refused as not a Word document.
  ['.wps', 'doc'],
  ['.docx', 'docx'],
  ['.pdf', 'pdf'],
]);

export function reportFormatOf(fileName: string): ReportFormat | null {
  return REPORT_FORMATS.get(path.extname(fileName).toLowerCase()) ?? null;
}

async function decodeAs(format: ReportFormat, bytes: Uint8Array, file: string): Promise<{ text: string; encoding: string }> {
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty');
  switch (format) {
    case 'text':
      return decodeBytes(bytes, file);
    case 'html':
      return decodeHtml(bytes, file);
    case 'doc':
      return (await import('./decodeDoc.js')).decodeDoc(bytes, file);
    case 'docx':
      // fflate (unzipping) is loaded with the first Word file: most runs read plain text only.
      return (await import('./decodeDocx.js')).decodeDocx(bytes, file);
    case 'pdf':
      return decodePdf(bytes, file);
  }
}

/**
 * Decodes by extension and refuses text that does not read as a government report. A file of another
 * extension is read as plain text: folders are only searched for REPORT_FORMATS, so such a file was named
 * explicitly, and a binary one is refused by decodeBytes anyway.
 */
export async function decodeFile(bytes: Uint8Array, file: string): Promise<DecodedFile> {
  const format = reportFormatOf(file) ?? 'text';
  const { text, encoding } = await decodeAs(format, bytes, file);
  checkLooksLikeReport(text, file);
  return { text, encoding, format };
}
