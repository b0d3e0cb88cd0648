// The I/O edge of ingest: expands the paths a user gives (files or folders) into source files, attaching the
// manifest entry of each file's folder when that folder has a manifest.json, and decodes each file here
// (pdf.js is async; the pipeline after this point is synchronous). A file that cannot be read or decoded
// becomes one IngestError in `failures`; the others go on.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { IngestError } from '../src/errors.js';
import { MAX_REPORT_BYTES, tooLargeError } from './decode/decodeBytes.js';
import { decodeFile, REPORT_FORMATS } from './decode/decodeFile.js';
import { parseManifest, type ManifestEntry } from './metadata/manifest.js';
import type { SourceFile } from './readDocument.js';

/** The extensions a folder is searched for: plain text, saved web pages, Word and text PDF. */
export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set(REPORT_FORMATS.keys());
const MANIFEST = 'manifest.json';

async function manifestFor(folder: string, cache: Map<string, Map<string, ManifestEntry> | null>) {
  if (!cache.has(folder)) {
    const file = path.join(folder, MANIFEST);
    let json: string | null = null;
    try {
      json = await readFile(file, 'utf8');
    } catch {
      json = null; // no manifest: metadata comes from the text alone
    }
    cache.set(folder, json === null ? null : parseManifest(json, file));
  }
  return cache.get(folder) ?? null;
}

/** Reads one report file, refusing by its size before reading it into memory, and decodes it. */
export async function readSourceFile(file: string, manifestEntry?: ManifestEntry): Promise<SourceFile> {
  const info = await stat(file);
  if (!info.isFile()) throw new IngestError(file, 'is not a regular file');
  if (info.size > MAX_REPORT_BYTES) throw tooLargeError(file, info.size);
  if (info.size === 0) throw new IngestError(file, 'the file is empty');
  const bytes = await readFile(file);
  const decoded = await decodeFile(bytes, file);
  return { path: file, bytes, decoded, ...(manifestEntry ? { manifestEntry } : {}) };
}

/** Report files under the given paths, sorted by path, decoded; bad files become failures, not exceptions. */
export async function collectSourceFiles(paths: string[]): Promise<{ sources: SourceFile[]; failures: IngestError[] }> {
  const files: string[] = [];
  const failures: IngestError[] = [];
  for (const p of paths) {
    try {
      const info = await stat(p);
      if (info.isDirectory()) {
        const names = (await readdir(p)).filter((n) => REPORT_EXTENSIONS.has(path.extname(n).toLowerCase()));
        for (const n of names.sort()) files.push(path.join(p, n));
      } else files.push(p);
    } catch (e) {
      failures.push(new IngestError(p, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`));
    }
  }
  const manifests = new Map<string, Map<string, ManifestEntry> | null>();
  const sources: SourceFile[] = [];
  for (const file of files) {
    try {
      const manifest = await manifestFor(path.dirname(file), manifests);
      sources.push(await readSourceFile(file, manifest?.get(path.basename(file))));
    } catch (e) {
      failures.push(e instanceof IngestError ? e : new IngestError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`));
    }
  }
  return { sources, failures };
}
