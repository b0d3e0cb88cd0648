// Load figures: an extract loaded with loadGraph into an embedded Neo4j (temp store, free Bolt port), timed
// from the first write to the last, then counted. Two states of the JVM, always labelled, never mixed:
// - fresh: a new JVM on a new store. Neo4j's just-in-time compiler and query planner are still cold, so at 1×
//   most of the time is warm-up; this is what `pledgegraph start` on a new machine sees.
// - warm: the same JVM after a fresh load of the same extract (in `npm run bench`, also after the query rows
//   on that graph), with the graph deleted in between (the store keeps its files). This is what a
//   long-running server that ingests report after report sees.
// Besides wall time, each figure carries the CPU time the Neo4j JVM spent (all threads, compiler included) and
// the load average, because on a shared machine the wall time says as much about the neighbours as about us.
//
// Alone, it measures loads of one extract dump (bench/extractWorker.ts <corpus> --dump FILE writes one):
//   npx tsx bench/loadBench.ts FILE [--batch 500,2000] [--runs 3] [--scale k (a label)] [--warm]
// prints one line per run and the median rate per batch size and JVM state, runs of different sizes
// interleaved so that a busy machine slows them alike.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
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

export type JvmState = 'fresh' | 'warm';

export interface LoadFigure {
  scale: number;
  batchSize: number;
  jvm: JvmState;
  loadMs: number;
  nodes: number;
  relationships: number;
  /** (nodes + relationships) / second. */
  rate: number;
  /** CPU time of the Neo4j JVM during the load, all threads (NaN where /proc is missing). */
  neo4jCpuMs: number;
  /** One-minute load average of the machine when the load started. */
  loadAverage: number;
  /** Why there are no figures ("did not finish in 240 s"), or null. */
  failure: string | null;
  /** When the figure is the median of several runs: the rate of each finished run, fastest first. */
  runRates?: number[];
}

export interface RunningGraph {
  db: Database;
  uri: string;
  /** CPU time the Neo4j JVM has used so far, ms. */
  neo4jCpuMs(): number;
  close(): Promise<void>;
}

/** utime + stime of a process from /proc, in ms (clock ticks are 1/100 s on Linux). */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
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
      neo4jCpuMs: () => processCpuMs(started.pid),
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

/** Deletes the whole graph, keeping schema and JVM, so the next load runs warm on an empty graph. */
export async function wipeGraph(graph: RunningGraph): Promise<void> {
  const session = graph.db.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Loads `extract` into `graph` with the given batch size and measures it; `jvm` says which state the caller
 * put the JVM in. A load still running after `timeoutMs` is reported as unfinished; the caller must then close
 * `graph`, which abandons it.
 */
export async function measureLoad(
  graph: RunningGraph,
  scale: number,
  extract: ExtractDump,
  batchSize: number,
  timeoutMs: number,
  jvm: JvmState,
): Promise<LoadFigure> {
  const texts = new Map(extract.texts);
  const loadAverage = os.loadavg()[0] ?? NaN;
  const cpuBefore = graph.neo4jCpuMs();
  const started = performance.now();
  const load = loadGraph(graph.db, extract.graph, texts, { pipelineVersion: PIPELINE_VERSION, batchSize }).then(() => 'done' as const);
  load.catch(() => {}); // an abandoned load fails when its graph closes; nobody waits for it any more
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const outcome = await Promise.race([load, timeout]);
  clearTimeout(timer);
  const loadMs = performance.now() - started;
  const neo4jCpuMs = graph.neo4jCpuMs() - cpuBefore;
  const base = { scale, batchSize, jvm, loadMs, neo4jCpuMs, loadAverage };
  if (outcome === 'timeout') {
    return { ...base, nodes: NaN, relationships: NaN, rate: NaN, failure: `did not finish in ${Math.round(timeoutMs / 1000)} s` };
  }
  const { nodes, relationships } = await countGraph(graph.db);
  return { ...base, nodes, relationships, rate: ((nodes + relationships) * 1000) / loadMs, failure: null };
}

export function describeLoad(f: LoadFigure): string {
  const figures = `${f.nodes} nodes, ${f.relationships} relationships in ${(f.loadMs / 1000).toFixed(2)} s = ${Math.round(f.rate)}/s`;
  return `${f.scale}× batch ${f.batchSize}, ${f.jvm} JVM: ${f.failure ?? figures}; Neo4j CPU ${(f.neo4jCpuMs / 1000).toFixed(1)} s, load average ${f.loadAverage.toFixed(2)}`;
}

async function main(args: string[]): Promise<void> {
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
  };
  const file = args[0];
  if (!file || file.startsWith('--')) {
    process.stderr.write('usage: tsx bench/loadBench.ts <extract dump> [--batch 500,2000] [--runs 3] [--scale 1] [--warm]\n');
    process.exit(2);
  }
  const batchSizes = option('--batch', '500,2000').split(',').map(Number);
  const runs = Number(option('--runs', '3'));
  const scale = Number(option('--scale', '1'));
  const warm = args.includes('--warm');
  const extract = JSON.parse(readFileSync(file, 'utf8')) as ExtractDump;
  const root = makeBenchRoot();
  const figures: LoadFigure[] = [];
  const measure = async (graph: RunningGraph, batchSize: number, jvm: JvmState) => {
    const figure = await measureLoad(graph, scale, extract, batchSize, 15 * 60_000, jvm);
    figures.push(figure);
    process.stdout.write(`${describeLoad(figure)}\n`);
  };
  try {
    for (let run = 0; run < runs; run++) {
      for (const batchSize of batchSizes) {
        const graph = await freshGraph(root);
        try {
          await measure(graph, batchSize, 'fresh');
          if (warm) {
            await wipeGraph(graph);
            await measure(graph, batchSize, 'warm');
          }
        } finally {
          await graph.close();
        }
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  for (const jvm of warm ? (['fresh', 'warm'] as const) : (['fresh'] as const)) {
    for (const batchSize of batchSizes) {
      const rates = figures.filter((f) => f.batchSize === batchSize && f.jvm === jvm && f.failure === null).map((f) => f.rate);
      process.stdout.write(`batch ${batchSize}, ${jvm} JVM: median ${Math.round(median(rates))}/s over ${rates.length} run(s)\n`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
