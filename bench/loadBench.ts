// Load figures: an extract loaded with loadGraph into a fresh embedded Neo4j (temp store, free Bolt port), timed
// from the first write to the last, then counted. The last Neo4j of a scale is kept for the query benchmark.
//
// Alone, it measures loads of one extract dump (bench/extractWorker.ts <corpus> --dump FILE writes one):
//   npx tsx bench/loadBench.ts FILE [--batch 500,2000] [--runs 3] [--scale k (a label)]
// prints one line per run and the median rate per batch size, runs of different sizes interleaved so that a
// busy machine slows them alike.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Database } from '../graph/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../graph/embedded.js';
import { loadGraph } from '../graph/load.js';
import { applySchema } from '../graph/schema.js';
import { PIPELINE_VERSION } from '../ingest/pipeline.js';
import type { ExtractDump } from './protocol.js';
import { makeBenchRoot } from './scaleCorpus.js';
import { median } from './stats.js';

export const NEO4J_HEAP = '1g';

export interface LoadFigure {
  scale: number;
  batchSize: number;
  loadMs: number;
  nodes: number;
  relationships: number;
  /** (nodes + relationships) / second. */
  rate: number;
  /** Why there are no figures ("did not finish in 240 s"), or null. */
  failure: string | null;
}

export interface RunningGraph {
  db: Database;
  uri: string;
  close(): Promise<void>;
}

/** A fresh embedded Neo4j on a temp store with the schema applied; close() stops it and deletes the store. */
export async function freshGraph(root: string): Promise<RunningGraph> {
  const dataDir = mkdtempSync(path.join(root, 'neo4j-'));
  let neo4j: EmbeddedNeo4j | null = null;
  try {
    neo4j = await startEmbeddedNeo4j({ kind: 'embedded', dataDir, boltPort: 0, heap: NEO4J_HEAP });
    const db = await Database.connect({ uri: neo4j.uri, queryTimeoutMs: 60_000 });
    await applySchema(db);
    const started = neo4j;
    return {
      db,
      uri: neo4j.uri,
      close: async () => {
        await db.close();
        await started.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
}

export async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [nodes] = await db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  const [rels] = await db.read<{ n: number }>('MATCH ()-[r]->() RETURN count(r) AS n');
  return { nodes: nodes?.n ?? 0, relationships: rels?.n ?? 0 };
}

/**
 * Loads `extract` into `graph` with the given batch size and measures it. A load still running after
 * `timeoutMs` is reported as unfinished; the caller must then close `graph`, which abandons it.
 */
export async function measureLoad(graph: RunningGraph, scale: number, extract: ExtractDump, batchSize: number, timeoutMs: number): Promise<LoadFigure> {
  const texts = new Map(extract.texts);
  const started = performance.now();
  const load = loadGraph(graph.db, extract.graph, texts, { pipelineVersion: PIPELINE_VERSION, batchSize }).then(() => 'done' as const);
  load.catch(() => {}); // an abandoned load fails when its graph closes; nobody waits for it any more
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const outcome = await Promise.race([load, timeout]);
  clearTimeout(timer);
  const loadMs = performance.now() - started;
  if (outcome === 'timeout') {
    return { scale, batchSize, loadMs, nodes: NaN, relationships: NaN, rate: NaN, failure: `did not finish in ${Math.round(timeoutMs / 1000)} s` };
  }
  const { nodes, relationships } = await countGraph(graph.db);
  return { scale, batchSize, loadMs, nodes, relationships, rate: ((nodes + relationships) * 1000) / loadMs, failure: null };
}

async function main(args: string[]): Promise<void> {
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
  };
  const file = args[0];
  if (!file || file.startsWith('--')) {
    process.stderr.write('usage: tsx bench/loadBench.ts <extract dump> [--batch 500,2000] [--runs 3] [--scale 1]\n');
    process.exit(2);
  }
  const batchSizes = option('--batch', '500,2000').split(',').map(Number);
  const runs = Number(option('--runs', '3'));
  const scale = Number(option('--scale', '1'));
  const extract = JSON.parse(readFileSync(file, 'utf8')) as ExtractDump;
  const root = makeBenchRoot();
  const figures: LoadFigure[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      for (const batchSize of batchSizes) {
        const graph = await freshGraph(root);
        try {
          const figure = await measureLoad(graph, scale, extract, batchSize, 15 * 60_000);
          figures.push(figure);
          process.stdout.write(`batch ${batchSize}: ${figure.nodes} nodes, ${figure.relationships} relationships in ${(figure.loadMs / 1000).toFixed(2)} s = ${Math.round(figure.rate)}/s ${figure.failure ?? ''}\n`);
        } finally {
          await graph.close();
        }
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  for (const batchSize of batchSizes) {
    const rates = figures.filter((f) => f.batchSize === batchSize && f.failure === null).map((f) => f.rate);
    process.stdout.write(`batch ${batchSize}: median ${Math.round(median(rates))}/s over ${rates.length} run(s)\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
