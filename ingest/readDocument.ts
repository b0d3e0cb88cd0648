// One file's bytes → a decoded document with metadata. Pure: the caller does the reading.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DecodedDocument } from '../src/model.js';
import { decodeBytes } from './decode/decodeBytes.js';
import { detectMetadata } from './metadata/detectMetadata.js';
import { applyManifest, type ManifestEntry } from './metadata/manifest.js';
import { looksTraditional, toMatchText } from './normalize/matchText.js';

export interface SourceFile {
  /** The path as the user gave it. */
  path: string;
  /** The file's bytes: they alone determine the document id. */
  bytes: Uint8Array;
  /**
   * The text decoded at the I/O edge (sourceFiles.ts decodes .html, .docx and .pdf there, pdf.js being async).
   * Absent, the bytes are read as plain text.
   */
  decoded?: { text: string; encoding: string };
  manifestEntry?: ManifestEntry;
}

export interface ReadDocument extends DecodedDocument {
  /** Same length as `text`: simplified, half-width; what every matcher reads. */
  matchText: string;
}

/** The id depends on the bytes only, so the same content gets the same id wherever the file lives. */
export function documentIdFor(bytes: Uint8Array): string {
  return `doc-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
}

export function readDocument(source: SourceFile): ReadDocument {
  const fileName = path.basename(source.path);
  const { text, encoding } = source.decoded ?? decodeBytes(source.bytes, source.path);
  const matchText = toMatchText(text);
  const detected = detectMetadata(matchText, fileName);
  detected.script = looksTraditional(text, matchText) ? 'traditional' : 'simplified';
  const meta = applyManifest(detected, source.manifestEntry);
  return {
    record: {
      ...meta,
      id: documentIdFor(source.bytes),
      path: source.path,
      fileName,
      encoding,
      length: text.length,
    },
    text,
    matchText,
  };
}
