// Reads report files, runs the pure pipeline and loads the result: the work behind `pledgegraph ingest`
// and the data step of `pledgegraph start`. Bad files are reported and skipped; good ones still load.
import type { IngestError } from './errors.js';
import type { Database } from '../graph/database.js';
import { loadGraph } from '../graph/load.js';
import { extractGraph, PIPELINE_VERSION } from '../ingest/pipeline.js';
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
  const extracted = extractGraph(collected.sources);
  const failures = [...collected.failures, ...extracted.failures];
  let documents = extracted.graph.documents;
  let unchanged: string[] = [];
  if (options.skipStored) {
    // Ids come from the bytes, so a stored id means the stored version is this very file; a stored version
    // made by another extractor version is extracted again.
    const stored = new Set(
      (
        await db.read<{ id: string }>('MATCH (d:Document) WHERE d.id IN $ids AND d.pipelineVersion = $version RETURN d.id AS id', {
          ids: documents.map((d) => d.id),
          version: PIPELINE_VERSION,
        })
      ).map((r) => r.id),
    );
    unchanged = documents.filter((d) => stored.has(d.id)).map((d) => d.path);
    documents = documents.filter((d) => !stored.has(d.id));
  }
  const graph = { ...extracted.graph, documents };
  await loadGraph(db, graph, extracted.texts, { pipelineVersion: PIPELINE_VERSION, onDocument: (doc) => progress(`  loaded ${doc.fileName} (${doc.title})`) });
  return { loaded: documents.map((d) => d.path), unchanged, failures };
}
