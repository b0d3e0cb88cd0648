// A corpus folder may carry manifest.json describing its files; its fields override detection. Parsing is
// strict so that a malformed manifest is reported rather than silently ignored.
import type { DocumentKind, DocumentMeta } from '../../src/model.js';
import { IngestError } from '../../src/errors.js';

export interface ManifestEntry extends Partial<DocumentMeta> {
  file: string;
}

const KINDS: DocumentKind[] = ['five-year-plan', 'plan-report', 'plan-report-interpretation', 'work-report', 'other'];

export function parseManifest(json: string, manifestPath: string): Map<string, ManifestEntry> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    throw new IngestError(manifestPath, `manifest is not valid JSON (${(e as Error).message})`);
  }
  const docs = (parsed as { documents?: unknown }).documents;
  if (!Array.isArray(docs)) throw new IngestError(manifestPath, 'manifest has no "documents" array');
  const entries = new Map<string, ManifestEntry>();
  for (const doc of docs as Record<string, unknown>[]) {
    if (typeof doc.file !== 'string') throw new IngestError(manifestPath, 'a manifest entry has no "file" name');
    if (doc.kind !== undefined && !KINDS.includes(doc.kind as DocumentKind)) {
      throw new IngestError(manifestPath, `entry ${doc.file} has unknown kind "${String(doc.kind)}"`);
    }
    entries.set(doc.file, doc as unknown as ManifestEntry);
  }
  return entries;
}

/** Manifest fields win over detected ones; fields the manifest leaves out keep their detected values. */
export function applyManifest(detected: DocumentMeta, entry: ManifestEntry | undefined): DocumentMeta {
  if (!entry) return detected;
  const pick = <K extends keyof DocumentMeta>(key: K): DocumentMeta[K] =>
    entry[key] !== undefined ? (entry[key] as DocumentMeta[K]) : detected[key];
  return {
    title: pick('title'),
    city: pick('city'),
    district: pick('district'),
    kind: pick('kind'),
    year: pick('year'),
    reviewYear: pick('reviewYear'),
    period: pick('period'),
    issuer: pick('issuer'),
    script: pick('script'),
  };
}
