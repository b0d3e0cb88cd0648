// Reads report files, runs the pure pipeline and loads the result: the work behind `pledgegraph ingest`
// and the data step of `pledgegraph start`. Bad files are reported and skipped; good ones still load.
import type { IngestError } from './errors.js';
import type { Database } from '../graph/database.js';
import { loadGraph } from '../graph/load.js';
import { extractGraphInWorkers, PIPELINE_VERSION } from '../ingest/pipeline.js';
import { documentIdFor } from '../ingest/readDocument.js';
import { collectSourceFiles } from '../ingest/sourceFiles.js';

export interface IngestSummary {
  loaded: string[];
  unchanged: string[];
  failures: IngestError[];
}

export async function ingestPaths(
  db: Database,
  paths: string[],
  options: { skipStored?: boolean; progress?: (message: string) => void } = {},
): Promise<IngestSummary> {
  const progress = options.progress ?? (() => {});
  const collected = await collectSourceFiles(paths);
  let sourceIds = collected.sources.map((s) => documentIdFor(s.bytes));
  let unchanged: string[] = [];
  if (options.skipStored) {
    // Ids come from the bytes, so a stored id means the stored version is this very file; a stored version
    // made by another extractor version counts as not stored.
    const stored = new Set(
      (
        await db.read<{ id: string }>('MATCH (d:Document) WHERE d.id IN $ids AND d.pipelineVersion = $version RETURN d.id AS id', {
          ids: sourceIds,
          version: PIPELINE_VERSION,
        })
      ).map((r) => r.id),
    );
    unchanged = collected.sources.filter((_, i) => stored.has(sourceIds[i]!)).map((s) => s.path);
    // Entities and links are resolved across all files of a run, so one new file means extracting them all;
    // when every file is stored, start-up skips extraction altogether.
    if (unchanged.length === collected.sources.length) return { loaded: [], unchanged, failures: collected.failures };
    sourceIds = sourceIds.filter((id) => !stored.has(id));
  }
  const extracted = await extractGraphInWorkers(collected.sources);
  const failures = [...collected.failures, ...extracted.failures];
  const toLoad = new Set(sourceIds);
  const documents = extracted.graph.documents.filter((d) => toLoad.has(d.id));
  const graph = { ...extracted.graph, documents };
  await loadGraph(db, graph, extracted.texts, {
    pipelineVersion: PIPELINE_VERSION,
    onDocument: (doc) => progress(`  loaded ${doc.fileName} (${doc.title})`),
  });
  return { loaded: documents.map((d) => d.path), unchanged: options.skipStored ? unchanged : [], failures };
}
