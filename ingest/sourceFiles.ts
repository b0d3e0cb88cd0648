// The I/O edge of ingest: expands the paths a user gives (files or folders) into source files, attaching the
// manifest entry of each file's folder when that folder has a manifest.json.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { IngestError } from '../src/errors.js';
import { parseManifest, type ManifestEntry } from './metadata/manifest.js';
import type { SourceFile } from './readDocument.js';

const REPORT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
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

/** Report files under the given paths, sorted by path; unreadable paths become failures, not exceptions. */
export async function collectSourceFiles(paths: string[]): Promise<{ sources: SourceFile[]; failures: IngestError[] }> {
  const files: string[] = [];
  const failures: IngestError[] = [];
  for (const p of paths) {
    try {
      const info = await stat(p);
      if (info.isDirectory()) {
        const names = (await readdir(p)).filter((n) => REPORT_EXTENSIONS.has(path.extname(n).toLowerCase()));
        files.push(...names.sort().map((n) => path.join(p, n)));
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
      const entry = manifest?.get(path.basename(file));
      sources.push({ path: file, bytes: await readFile(file), ...(entry ? { manifestEntry: entry } : {}) });
    } catch (e) {
      failures.push(e instanceof IngestError ? e : new IngestError(file, `cannot be read (${(e as Error).message})`));
    }
  }
  return { sources, failures };
}
