// `npm run bench`: extraction, load, query (and, when present, viewer) figures for Pledgegraph, printed as tables
// and written to BENCHMARKS.md. Runs unattended within a fixed budget: the parts the aims need at 1× and 10×
// (extraction, loads at two batch sizes, queries on the loaded graph) run first; the open-ended parts
// (extraction at 100×, linking at 50×) run last with whatever time is left and are reported as unfinished,
// never waited on.
// Everything it writes outside BENCHMARKS.md goes to a temp folder that it deletes at the end.
// `npm run bench -- --smoke` is a quick check of the harness (1× only, short query runs); it does not write
// BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/config.js';
import { linkingInChild, measureEndToEnd, measureExtraction, type EndToEndFigure, type ExtractFigure, type LinkingOutcome } from './extractBench.js';
import { BATCH_SIZE } from '../graph/load.js';
import { describeLoad, freshGraph, measureLoad, NEO4J_HEAP, wipeGraph, type JvmState, type LoadFigure, type RunningGraph } from './loadBench.js';
import type { ExtractDump } from './protocol.js';
import { checkApiQuery, measureApi, measureFloor, measurePair, pickIds, queryCases, SEARCH_TEXT, startApiServer, WARM_UP_SECONDS, type BenchIds, type LatencyFigure } from './queryBench.js';
import { CORPUS_DIR, DEFAULT_SEED, makeBenchRoot, scaleCorpus, scaledCorpusDir } from './scaleCorpus.js';
import { consoleTable, fixed, markdownTable, MB, median, thousands, type Table } from './stats.js';

const SMOKE = process.argv.includes('--smoke');
const BENCHMARKS_FILE = path.join(PROJECT_ROOT, 'BENCHMARKS.md');
const VIEWER_BENCH = path.join(PROJECT_ROOT, 'bench', 'viewerBench.ts');

/** What one full run does; the smoke settings only prove the harness works. */
const SETTINGS = SMOKE
  ? { budgetMs: 5 * 60_000, endToEndRuns: 1, runs1x: 1, runs10x: 0, runs100x: 0, warmLoadRuns: 1, loadScales: [1], batchSizes: [500, BATCH_SIZE], querySeconds: 2, concurrency: [1, 10], linkingScales: [1, 3], viewer: false }
  : { budgetMs: 14 * 60_000, endToEndRuns: 3, runs1x: 3, runs10x: 3, runs100x: 2, warmLoadRuns: 3, loadScales: [1, 10], batchSizes: [500, BATCH_SIZE], querySeconds: 5, concurrency: [1, 10, 50], linkingScales: [1, 10, 50], viewer: true };

// Ceilings of the open-ended parts; each also stops at the overall budget, keeping RESERVE_MS for the report.
// Order: extraction at 1× and 10×; at each load scale a fresh Neo4j loaded at the default batch size, its query
// rows, and a warm reload; then the other batch sizes, each in a fresh Neo4j; then 100× and the viewer with what
// is left, and the linking curve last.
const EXTRACT_10X_TIMEOUT_MS = 5 * 60_000;
const LINKING_TIMEOUT_MS = 4 * 60_000;
const EXTRACT_100X_TIMEOUT_MS = 6 * 60_000;
const RESERVE_MS = 20_000;
const LOAD_TIMEOUT_MS = 4 * 60_000;
// Issue 7's load test: 50 clients for 30 s on search and lineage, two rounds, errors and server memory.
const SOAK = { clients: 50, seconds: SMOKE ? 3 : 30, rounds: 2, queries: ['search', 'lineage'] };
/** The query rows of one loaded graph: 3 queries × clients × (API + raw) × (seconds + warm-up), the floor row,
 * plus server start. */
const QUERY_ROWS_MS = (3 * SETTINGS.concurrency.length * 2 + 1) * (SETTINGS.querySeconds + WARM_UP_SECONDS) * 1000 + 20_000;
/** Issue 7's load test, run on the 1× graph. */
const SOAK_MS = SOAK.rounds * SOAK.queries.length * SOAK.seconds * 1000;
/** Kept free, when 100× starts, for the viewer. */
const VIEWER_RESERVE_MS = SETTINGS.viewer ? 60_000 : 0;

const started = Date.now();
const remainingMs = () => SETTINGS.budgetMs - (Date.now() - started) - RESERVE_MS;
const log = (message: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}\n`);

function machine() {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const pom = readFileSync(path.join(PROJECT_ROOT, 'graph', 'neo4j', 'pom.xml'), 'utf8');
  return {
    cpu: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown'}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: (java.stderr || java.stdout || 'not found').split('\n')[0]?.trim() ?? 'not found',
    neo4j: `${/<neo4j\.version>([^<]+)</.exec(pom)?.[1] ?? 'unknown'} Community (embedded, heap ${NEO4J_HEAP})`,
    loadAverage: os.loadavg().map((l) => l.toFixed(2)).join(', '),
  };
}

interface QueryRow {
  scale: number;
  query: string;
  clients: number;
  api: LatencyFigure;
  raw: LatencyFigure;
}

interface ViewerRow {
  elements: number;
  layout: string;
  firstRenderMs: number;
  settledMs: number;
}

interface Figures {
  endToEnd: EndToEndFigure;
  extraction: (ExtractFigure & { bytes: number; files: number })[];
  linking: { copies: number; outcome: LinkingOutcome }[];
  loads: LoadFigure[];
  ids: Map<number, BenchIds>;
  queries: QueryRow[];
  /** Per graph scale: the API's latency for a query that reaches no database, at one client. */
  floors: Map<number, LatencyFigure>;
  soak: SoakRow[];
  viewer: ViewerRow[] | string;
}

/** One round of the load test: many clients on one query for a while, and the server's memory after it. */
interface SoakRow {
  round: number;
  query: string;
  figure: LatencyFigure;
  rssAfterMb: number;
}


async function runQueries(graph: RunningGraph, scale: number, figures: Figures): Promise<void> {
  const ids = await pickIds(graph.db);
  figures.ids.set(scale, ids);
  const api = await startApiServer(graph.uri);
  try {
    for (const query of queryCases(ids)) {
      await checkApiQuery(api.url, query);
      for (const clients of SETTINGS.concurrency) {
        log(`query ${query.name} at ${scale}×, ${clients} clients`);
        const { api: apiFigure, raw: rawFigure } = await measurePair(api.url, graph.db, query, clients, SETTINGS.querySeconds);
        figures.queries.push({ scale, query: query.name, clients, api: apiFigure, raw: rawFigure });
      }
    }
    log(`API floor at ${scale}× ({ __typename }, 1 client)`);
    figures.floors.set(scale, await measureFloor(api.url, SETTINGS.querySeconds));
    if (scale === 1) {
      for (let round = 1; round <= SOAK.rounds; round++) {
        for (const query of queryCases(ids).filter((q) => SOAK.queries.includes(q.name))) {
          log(`load test round ${round}: ${query.name}, ${SOAK.clients} clients for ${SOAK.seconds} s`);
          const figure = await measureApi(api.url, query, SOAK.clients, SOAK.seconds);
          figures.soak.push({ round, query: query.name, figure, rssAfterMb: api.rssBytes() / 1048576 });
        }
      }
    }
  } finally {
    await api.close();
  }
}

/** bench/viewerBench.ts belongs to the viewer's owner: used when it is there and exports runViewerBench. */
async function runViewer(): Promise<ViewerRow[] | string> {
  if (!existsSync(VIEWER_BENCH)) return 'not run: bench/viewerBench.ts does not exist';
  const module = (await import(pathToFileURL(VIEWER_BENCH).href)) as { runViewerBench?: () => Promise<ViewerRow[]> };
  if (typeof module.runViewerBench !== 'function') return 'not run: bench/viewerBench.ts exports no runViewerBench()';
  try {
    return await module.runViewerBench();
  } catch (e) {
    return `failed: ${(e as Error).message.split('\n')[0]}`;
  }
}

function notRun(scale: number, batchSize: number, jvm: JvmState, failure: string): LoadFigure {
  return { scale, batchSize, jvm, loadMs: NaN, nodes: NaN, relationships: NaN, rate: NaN, neo4jCpuMs: NaN, loadAverage: NaN, failure };
}

/**
 * One fresh Neo4j loaded with `dump` at `batchSize` (fresh JVM). With `serve`, that graph, built on a new store,
 * then serves the scale's query rows (and, at 1×, the load test), so the query aims are measured on the graph
 * the load built; after them the graph is deleted and loaded again in the same JVM (warm JVM, see
 * loadBench.ts). A load that cannot finish in its limit is reported as unfinished, never skipped on a guess.
 */
async function loadRows(root: string, scale: number, dump: ExtractDump, batchSize: number, serve: boolean, figures: Figures): Promise<void> {
  const queryMs = serve ? QUERY_ROWS_MS + (scale === 1 ? SOAK_MS : 0) : 0;
  const limit = Math.min(LOAD_TIMEOUT_MS, remainingMs() - queryMs);
  if (limit < 10_000) {
    figures.loads.push(notRun(scale, batchSize, 'fresh', 'not run: out of time budget'));
    return;
  }
  log(`load at ${scale}×, batch size ${batchSize}, fresh JVM (limit ${Math.round(limit / 1000)} s)`);
  const graph = await freshGraph(root);
  try {
    const fresh = await measureLoad(graph, scale, dump, batchSize, limit, 'fresh');
    figures.loads.push(fresh);
    log(describeLoad(fresh));
    if (fresh.failure !== null || !serve) return;
    await runQueries(graph, scale, figures);
    const warmLimit = Math.min(LOAD_TIMEOUT_MS, remainingMs());
    if (warmLimit < 10_000) {
      figures.loads.push(notRun(scale, batchSize, 'warm', 'not run: out of time budget'));
      return;
    }
    // The median of several warm loads: one run on this machine's shared cores varies by ±15%.
    const warm: LoadFigure[] = [];
    for (let run = 1; run <= SETTINGS.warmLoadRuns; run++) {
      const limit = Math.min(LOAD_TIMEOUT_MS, remainingMs());
      if (limit < 10_000) break;
      await wipeGraph(graph);
      log(`load at ${scale}×, batch size ${batchSize}, warm JVM, run ${run} (limit ${Math.round(limit / 1000)} s)`);
      const figure = await measureLoad(graph, scale, dump, batchSize, limit, 'warm');
      log(describeLoad(figure));
      warm.push(figure);
      if (figure.failure !== null) break;
    }
    const finished = warm.filter((l) => l.failure === null).sort((a, b) => a.loadMs - b.loadMs);
    const chosen = finished.length === warm.length && finished.length > 0 ? finished[Math.floor((finished.length - 1) / 2)]! : warm.at(-1);
    figures.loads.push(chosen ? { ...chosen, runRates: finished.map((l) => l.rate) } : notRun(scale, batchSize, 'warm', 'not run: out of time budget'));
  } finally {
    await graph.close();
  }
}

async function collect(root: string): Promise<Figures> {
  const figures: Figures = { endToEnd: { runs: [], medianMs: NaN, failure: null }, extraction: [], linking: [], loads: [], ids: new Map(), queries: [], floors: new Map(), soak: [], viewer: 'not run' };

  log('pledgegraph extract corpus, end to end');
  figures.endToEnd = await measureEndToEnd(CORPUS_DIR, path.join(root, 'end-to-end.json'), SETTINGS.endToEndRuns, 120_000);

  const dumps = new Map<number, string>();
  // Runs after the first only while the time allowed (timeoutMs from now) would still hold another.
  const extract = async (scale: number, runs: number, timeoutMs: number) => {
    const corpus = scaleCorpus(scale, scaledCorpusDir(root, scale));
    const dump = path.join(root, `extract-${scale}x.json`);
    log(`extraction at ${scale}× (${(corpus.bytes / MB).toFixed(1)} MB, ${runs} run(s), limit ${Math.round(timeoutMs / 1000)} s)`);
    const figure = await measureExtraction(scale, corpus.dir, runs, timeoutMs, SETTINGS.loadScales.includes(scale) || scale === 1 ? dump : undefined, Date.now() + timeoutMs);
    figures.extraction.push({ ...figure, bytes: corpus.bytes, files: corpus.files });
    if (figure.outcome.ok && existsSync(dump)) dumps.set(scale, dump);
    rmSync(corpus.dir, { recursive: true, force: true });
  };
  await extract(1, SETTINGS.runs1x, Math.min(EXTRACT_10X_TIMEOUT_MS, remainingMs()));
  if (SETTINGS.runs10x > 0) await extract(10, SETTINGS.runs10x, Math.max(10_000, Math.min(EXTRACT_10X_TIMEOUT_MS, remainingMs() - 8 * 60_000)));

  // What the aims need first: at each scale, the default batch size's load, queries and warm reload; then the
  // other batch sizes, fresh only, with the time left.
  const readDump = (scale: number) => JSON.parse(readFileSync(dumps.get(scale)!, 'utf8')) as ExtractDump;
  const loadable = SETTINGS.loadScales.filter((scale) => dumps.has(scale));
  for (const scale of SETTINGS.loadScales.filter((scale) => !dumps.has(scale))) {
    for (const batchSize of SETTINGS.batchSizes) figures.loads.push(notRun(scale, batchSize, 'fresh', `not run: no ${scale}× extract`));
  }
  for (const scale of loadable) await loadRows(root, scale, readDump(scale), BATCH_SIZE, true, figures);
  for (const scale of loadable) {
    const others = SETTINGS.batchSizes.filter((b) => b !== BATCH_SIZE);
    if (others.length === 0) continue;
    const dump = readDump(scale);
    for (const batchSize of others) await loadRows(root, scale, dump, batchSize, false, figures);
  }

  if (SETTINGS.runs100x > 0) {
    const limit = Math.min(EXTRACT_100X_TIMEOUT_MS, remainingMs() - VIEWER_RESERVE_MS);
    if (limit >= 10_000) await extract(100, SETTINGS.runs100x, limit);
    else figures.extraction.push({ scale: 100, runs: 0, outcome: { ok: false, reason: 'not run: out of time budget', wallMs: 0, peakRssBytes: NaN }, extractMs: NaN, extractCpuMs: NaN, stages: {}, maxRssBytes: NaN, bytes: NaN, files: 0 });
  }

  if (SETTINGS.viewer) {
    log('viewer');
    figures.viewer = await runViewer();
  }

  const dump1x = dumps.get(1);
  if (dump1x) {
    for (const copies of SETTINGS.linkingScales) {
      const limit = Math.min(LINKING_TIMEOUT_MS, remainingMs());
      if (limit < 5_000) {
        figures.linking.push({ copies, outcome: { ok: false, reason: 'not run: out of time budget' } });
        continue;
      }
      log(`linking alone over ${copies} cloned jurisdictions (limit ${Math.round(limit / 1000)} s)`);
      figures.linking.push({ copies, outcome: await linkingInChild(dump1x, copies, limit) });
    }
  }

  return figures;
}

// ---- tables ----

const seconds = (ms: number) => fixed(ms / 1000, 2);
const megabytes = (bytes: number) => fixed(bytes / MB, 0);

function extractionTable(figures: Figures): Table {
  const stages = ['decode', 'structure', 'entities', 'linking'];
  return {
    title: 'Extraction by scale',
    note: 'Each run in its own Node process (`node --import tsx bench/extractWorker.ts`), files already on disk, extracted as the CLI does (`extractGraphInWorkers`: from 1 MB of input, linking runs on one worker thread per core). Times are medians of the runs shown (3 at 1× and 10×, 2 at 100×; a run after the first only when the time budget still holds it), in seconds; stages from its `timings`; peak RSS from `process.resourceUsage().maxRSS` (or /proc VmHWM for an unfinished run); throughput = input MB / extraction time; CPU s = the process\'s CPU time (all threads, workers included) during the extraction, which a busy machine inflates less than the wall time.',
    header: ['scale', 'files', 'input MB', 'runs', 'extract s', 'CPU s', ...stages.map((s) => `${s} s`), 'MB/s', 'peak RSS MB', 'commitments', 'entities', 'links', 'cross-district links'],
    rows: figures.extraction.map((f) => {
      const sample = f.outcome.ok ? f.outcome.sample : null;
      if (!sample) return [`${f.scale}×`, String(f.files), fixed(f.bytes / MB, 1), '0', f.outcome.ok ? '' : f.outcome.reason, '–', ...stages.map(() => '–'), '–', megabytes(f.maxRssBytes), '–', '–', '–', '–'];
      return [
        `${f.scale}×`,
        String(sample.files),
        fixed(sample.bytes / MB, 1),
        String(f.runs),
        seconds(f.extractMs),
        seconds(f.extractCpuMs),
        ...stages.map((s) => seconds(f.stages[s] ?? NaN)),
        fixed(sample.bytes / MB / (f.extractMs / 1000), 3),
        megabytes(f.maxRssBytes),
        thousands(sample.commitments),
        thousands(sample.entities),
        thousands(sample.links),
        String(sample.crossDistrictLinks),
      ];
    }),
  };
}

function linkingTable(figures: Figures): Table {
  const rows: string[][] = [];
  const extracted = figures.extraction.filter((f) => f.outcome.ok);
  const extractedBase = extracted.find((f) => f.scale === 1)?.stages.linking ?? NaN;
  for (const f of extracted) {
    const sample = f.outcome.ok ? f.outcome.sample : null;
    const ms = f.stages.linking ?? NaN;
    rows.push([`${f.scale}×`, 'full extraction (timings.linking)', thousands(sample?.commitments ?? NaN), seconds(ms), fixed(ms / extractedBase, 1), thousands(sample?.links ?? NaN)]);
  }
  const cloned = figures.linking.find((l) => l.copies === 1 && l.outcome.ok);
  const clonedBase = cloned?.outcome.ok ? cloned.outcome.sample.linkingMs : NaN;
  for (const { copies, outcome } of figures.linking) {
    rows.push(
      outcome.ok
        ? [`${copies}×`, 'cloned 1× extract', thousands(outcome.sample.commitments), seconds(outcome.sample.linkingMs), fixed(outcome.sample.linkingMs / clonedBase, 1), thousands(outcome.sample.links)]
        : [`${copies}×`, 'cloned 1× extract', '–', outcome.reason, '–', '–'],
    );
  }
  return {
    title: 'Linking by scale',
    note: 'Two sources: the linking stage of the full extractions above, and `linkCommitments` alone (bench/linkingWorker.ts) over k clones of the 1× extract (new ids, district "…#k", district-less entities shared), one run each in its own process after everything else. Growth = time / time at 1× of the same source; linear growth equals the scale.',
    header: ['scale', 'source', 'commitments', 'linking s', 'growth', 'links'],
    rows,
  };
}

function loadTable(figures: Figures): Table {
  return {
    title: 'Load into an embedded Neo4j',
    note: `\`loadGraph\` (one write transaction per document, then derived facts), schema applied first. Fresh JVM (one run): a new Neo4j process on a new store, so the load also pays for warming up the JVM and planning every statement. Warm JVM: the same process after that load and the query rows on its graph, the graph deleted and the same extract loaded again, as a long-running server would; the median of ${SETTINGS.warmLoadRuns} such loads (their rates in the last column), with that run's Neo4j CPU and load average. Rate = (nodes + relationships after the load) / load time. Neo4j CPU = CPU time of the Neo4j process during the load, all threads (JIT compiler included); a busy machine inflates it too (shared cores and caches), but less than the wall time. Load avg = one-minute load average when the load started, on ${os.cpus().length} cores.`,
    header: ['scale', 'batch size', 'JVM', 'nodes', 'relationships', 'load s', 'nodes+rels/s', 'Neo4j CPU s', 'load avg', 'rates of the runs'],
    rows: figures.loads.map((l) => {
      const runs = l.runRates ? l.runRates.map(thousands).join(', ') : '–';
      return l.failure === null
        ? [`${l.scale}×`, String(l.batchSize), l.jvm, thousands(l.nodes), thousands(l.relationships), seconds(l.loadMs), thousands(l.rate), fixed(l.neo4jCpuMs / 1000, 1), fixed(l.loadAverage, 2), runs]
        : [`${l.scale}×`, String(l.batchSize), l.jvm, '–', '–', l.failure, '–', fixed(l.neo4jCpuMs / 1000, 1), fixed(l.loadAverage, 2), runs];
    }),
  };
}

function queryTable(figures: Figures): Table {
  const ms = (v: number) => fixed(v, 1);
  return {
    title: 'Queries: GraphQL API vs raw Cypher',
    note: `API: autocannon (programmatic, keep-alive) POSTing to /graphql of the production server in its own process. Raw: the graph/queries function called by that many concurrent loops through one driver. Per row, each side first runs ${WARM_UP_SECONDS} s at the row's concurrency (discarded), then ${SETTINGS.querySeconds} s measured in two halves taken alternately (API, raw, raw, API), so neither side gets the warmer JVMs. Latencies in ms; ratio = API / raw; added = API p50 − raw p50. The floor rows are the API alone: \`{ __typename }\`, which no resolver answers from Neo4j, at one client, so its p50 is what the loopback round trip, yoga and the JSON add to any request before a query's own work.`,
    header: ['graph', 'query', 'clients', 'API req/s', 'API p50', 'API p95', 'API p99', 'raw req/s', 'raw p50', 'raw p95', 'raw p99', 'p50 ratio', 'p99 ratio', 'p50 added', 'errors'],
    rows: [...new Set(figures.queries.map((q) => q.scale))].flatMap((scale) => {
      const floor = figures.floors.get(scale);
      const floorRow = floor ? [[`${scale}×`, 'floor', '1', fixed(floor.perSecond, 0), ms(floor.p50), ms(floor.p95), ms(floor.p99), '–', '–', '–', '–', '–', '–', '–', String(floor.errors)]] : [];
      return floorRow.concat(
        figures.queries
          .filter((q) => q.scale === scale)
          .map((q) => [
            `${q.scale}×`,
            q.query,
            String(q.clients),
            fixed(q.api.perSecond, 0),
            ms(q.api.p50),
            ms(q.api.p95),
            ms(q.api.p99),
            fixed(q.raw.perSecond, 0),
            ms(q.raw.p50),
            ms(q.raw.p95),
            ms(q.raw.p99),
            fixed(q.api.p50 / q.raw.p50, 2),
            fixed(q.api.p99 / q.raw.p99, 2),
            ms(q.api.p50 - q.raw.p50),
            String(q.api.errors + q.raw.errors),
          ]),
      );
    }),
  };
}

function soakTable(figures: Figures): Table {
  return {
    title: 'Load test: 50 concurrent clients, two rounds',
    note: `autocannon, ${SOAK.clients} keep-alive clients for ${SOAK.seconds} s per row against the production server on the 1× graph; memory is the server process's resident size after each row. Memory that levels off between rounds means no growth.`,
    header: ['round', 'query', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'server RSS after (MB)'],
    rows: figures.soak.map((r) => [
      String(r.round),
      r.query,
      String(r.figure.requests),
      fixed(r.figure.perSecond, 0),
      fixed(r.figure.p50, 1),
      fixed(r.figure.p99, 1),
      String(r.figure.errors),
      fixed(r.rssAfterMb, 0),
    ]),
  };
}

function viewerTable(rows: ViewerRow[]): Table {
  return {
    title: 'Viewer rendering (bench/viewerBench.ts)',
    note: 'Headless Chromium at 1280×800, synthetic elements, median of 3 runs.',
    header: ['elements', 'layout', 'first render ms', 'settled layout ms'],
    rows: rows.map((r) => [String(r.elements), r.layout, fixed(r.firstRenderMs, 0), fixed(r.settledMs, 0)]),
  };
}

type Verdict = 'holds' | 'missed' | 'unknown';

function aims(figures: Figures): Table {
  const rows: [string, Verdict, string][] = [];
  const at = (scale: number) => figures.extraction.find((f) => f.scale === scale);
  const one = at(1);
  const hundred = at(100);
  const ten = at(10);
  const oneMs = one?.outcome.ok ? one.extractMs : NaN;
  const tenNote = ten?.outcome.ok ? `; 10×/1× = ${fixed(ten.extractMs / oneMs, 1)}` : '';
  if (hundred?.outcome.ok) {
    const ratio = hundred.extractMs / oneMs;
    rows.push(['time(100×) / time(1×) <= 120', ratio <= 120 ? 'holds' : 'missed', `${fixed(ratio, 1)}${tenNote}`]);
    const fast = hundred.extractMs < 60_000 && hundred.maxRssBytes < 2 * 1024 * MB;
    rows.push(['100× extracts < 60 s with peak RSS < 2 GB', fast ? 'holds' : 'missed', `${seconds(hundred.extractMs)} s, ${megabytes(hundred.maxRssBytes)} MB`]);
  } else {
    const reason = hundred ? (hundred.outcome.ok ? '' : hundred.outcome.reason) : 'not run';
    const lowerBound = hundred && !hundred.outcome.ok && hundred.outcome.wallMs > 0 ? hundred.outcome.wallMs / oneMs : NaN;
    rows.push([
      'time(100×) / time(1×) <= 120',
      lowerBound > 120 ? 'missed' : 'unknown',
      `100× ${reason}${Number.isFinite(lowerBound) ? ` (ratio > ${fixed(lowerBound, 0)})` : ''}${tenNote}`,
    ]);
    const timedOutPastMinute = hundred && !hundred.outcome.ok && hundred.outcome.wallMs >= 60_000;
    rows.push([
      '100× extracts < 60 s with peak RSS < 2 GB',
      timedOutPastMinute ? 'missed' : 'unknown',
      `100× ${reason}; peak RSS so far ${megabytes(hundred?.maxRssBytes ?? NaN)} MB`,
    ]);
  }
  // At the largest scale tried, the best batch size, once per JVM state: a fresh JVM is what a first start
  // sees, a warm one what a long-running server sees, and neither stands in for the other.
  const loadScale = Math.max(...figures.loads.map((l) => l.scale));
  for (const jvm of ['fresh', 'warm'] as const) {
    const candidates = figures.loads.filter((l) => l.jvm === jvm && l.scale === loadScale);
    const best = candidates.filter((l) => l.failure === null).sort((a, b) => b.rate - a.rate)[0];
    const unfinished = candidates.filter((l) => l.failure !== null).map((l) => `batch ${l.batchSize} ${l.failure}`);
    rows.push([
      `load >= 20,000 nodes+rels/s (${jvm} JVM)`,
      !best ? 'unknown' : best.rate >= 20_000 ? 'holds' : 'missed',
      `${best ? `${thousands(best.rate)}/s at ${loadScale}×, batch ${best.batchSize}` : 'not measured'}${unfinished.length > 0 ? `; ${unfinished.join('; ')}` : ''}`,
    ]);
  }
  const lineage = figures.queries.find((q) => q.query === 'lineage' && q.clients === 10 && q.scale === 10);
  rows.push(['lineage p99 < 50 ms at 10 clients on 10×', !lineage ? 'unknown' : lineage.api.p99 < 50 ? 'holds' : 'missed', lineage ? `${fixed(lineage.api.p99, 1)} ms (API)` : 'not measured']);
  const largest = Math.max(...figures.queries.map((q) => q.scale));
  const overhead = figures.queries.filter((q) => q.scale === largest);
  if (overhead.length > 0) {
    const p50 = Math.max(...overhead.map((q) => q.api.p50 / q.raw.p50));
    const p99 = Math.max(...overhead.map((q) => q.api.p99 / q.raw.p99));
    const medianP50 = median(overhead.map((q) => q.api.p50 / q.raw.p50));
    rows.push(['API overhead <= 1.5× raw (p50 and p99)', Math.max(p50, p99) <= 1.5 ? 'holds' : 'missed', `worst p50 ratio ${fixed(p50, 2)}, worst p99 ratio ${fixed(p99, 2)}, median p50 ratio ${fixed(medianP50, 2)} (${largest}× graph, all queries and client counts)`]);
  } else rows.push(['API overhead <= 1.5× raw (p50 and p99)', 'unknown', 'not measured']);
  const e2e = figures.endToEnd;
  rows.push(['five reports < 2 s including start-up', e2e.failure ? 'unknown' : e2e.medianMs < 2000 ? 'holds' : 'missed', e2e.failure ?? `${seconds(e2e.medianMs)} s (median of ${e2e.runs.length})`]);
  return { title: 'Aims', header: ['aim', 'verdict', 'figure'], rows: rows.map(([a, v, f]) => [a, v, f]) };
}

function report(figures: Figures, tables: Table[], info: ReturnType<typeof machine>): string {
  const ids = [...figures.ids].map(([scale, i]) => `${scale}×: lineage of \`${i.lineageCommitmentId}\`, neighborhood of \`${i.placeId}\``).join('; ');
  const viewer = typeof figures.viewer === 'string' ? `\n### Viewer rendering\n\n${figures.viewer}.\n` : '';
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}, in ${fixed((Date.now() - started) / 60_000, 1)} minutes. Do not edit by hand; run it again.`,
    '',
    '## Machine',
    '',
    `- CPU: ${info.cpu}`,
    `- Memory: ${info.memory}; ${info.os}; load average (1, 5, 15 min) at start ${info.loadAverage}, at end ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`,
    `- Node ${info.node}; ${info.java}; Neo4j ${info.neo4j}`,
    '',
    '## Corpus',
    '',
    `Scaled corpora come from bench/scaleCorpus.ts (seed ${DEFAULT_SEED}): 1× is the five bundled reports; k× adds k−1 clones set in fictional districts. Each clone renames 海珠/荔湾 (荔灣) and the district-scoped places of data/lexicons/places-haizhu-liwan.tsv (streets, villages, rivers) to names drawn from a seeded PRNG, in titles, issuers and the manifest too. Years are kept: only jurisdictions vary, because shifting years would mean rewriting every date and plan-period word consistently. So a correct linker does the same work in every clone, links never cross districts (checked: the cross-district links column), and time should grow linearly with the scale.`,
    '',
    `Query ids: search for “${SEARCH_TEXT}”; ${ids || 'none (no graph was loaded)'}.`,
    '',
    ...tables.flatMap((t) => [markdownTable(t), '']),
    viewer,
    '### Extraction end to end',
    '',
    `\`node bin/pledgegraph.js extract corpus --out …\` (five reports; Node and CLI start-up included, npm's own start-up not): ${figures.endToEnd.failure ?? `${figures.endToEnd.runs.map((r) => seconds(r)).join(' s, ')} s; median ${seconds(figures.endToEnd.medianMs)} s`}.` +
      (figures.endToEnd.firstStartMs === undefined ? '' : ` The untimed first start before them, which builds the CLI bundle and segmenter caches in node_modules/.cache/pledgegraph when missing, took ${seconds(figures.endToEnd.firstStartMs)} s.`),
    '',
  ].join('\n');
}

const root = makeBenchRoot();
const info = machine();
log(`temp folder ${root}${SMOKE ? ' (smoke run)' : ''}`);
try {
  const figures = await collect(root);
  const tables = [aims(figures), extractionTable(figures), linkingTable(figures), loadTable(figures), queryTable(figures), soakTable(figures)];
  if (Array.isArray(figures.viewer)) tables.push(viewerTable(figures.viewer));
  for (const table of tables) console.log(`${consoleTable(table)}\n`);
  console.log(`extract end to end: ${figures.endToEnd.failure ?? `median ${seconds(figures.endToEnd.medianMs)} s of ${figures.endToEnd.runs.map(seconds).join(', ')}`}`);
  if (typeof figures.viewer === 'string') console.log(`viewer: ${figures.viewer}`);
  if (!SMOKE) {
    writeFileSync(BENCHMARKS_FILE, report(figures, tables, info));
    log(`wrote ${path.relative(PROJECT_ROOT, BENCHMARKS_FILE)}`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
