// Query figures: latency percentiles and throughput of search, lineage and neighborhood through the GraphQL API
// (autocannon against the server in a child process) and as raw Cypher (the graph/queries functions called in
// concurrent loops through one driver), so the API's overhead is a ratio of the two. Each raw function runs the
// very statements its GraphQL query runs and fetches everything that query returns (a lineage's steps with their
// commitments' words, search hits with their labels and types), so the ratio is the API's own cost, not extra data.
import { readFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Database } from '../graph/database.js';
import { neighborhood } from '../graph/queries/graphSlice.js';
import { lineage } from '../graph/queries/lineage.js';
import { searchIndexes } from '../graph/queries/search.js';
import { PROJECT_ROOT } from '../src/config.js';
import { SERVING_PREFIX } from './protocol.js';
import { percentile } from './stats.js';

const SERVE_WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'serveWorker.ts');
export const SEARCH_TEXT = '海珠湿地';
/** Before a row is measured, each side runs at the row's concurrency for this long, results discarded: the first
 * side measured used to pay the JIT warm-up of the query path (server and Neo4j) for both. */
export const WARM_UP_SECONDS = 1;

export interface BenchIds {
  lineageCommitmentId: string;
  placeId: string;
}

/** A 2024 Haizhu promise with the most origins, and the place 海珠湿地 (or Haizhu's most concerned place). */
export async function pickIds(db: Database): Promise<BenchIds> {
  const [promise] = await db.read<{ id: string }>(
    `MATCH (c:Commitment)-[:ORIGINATES_FROM]->(o:Commitment)
     WHERE c.year = 2024 AND c.mode = 'promise' AND c.district = '海珠区'
     WITH c, count(o) AS origins RETURN c.id AS id ORDER BY origins DESC, c.id LIMIT 1`,
  );
  const [place] = await db.read<{ id: string }>(
    `MATCH (e:Place) WHERE e.name = $name OR e.district = '海珠区'
     WITH e, COUNT { (e)<-[:LOCATED_AT]-(:Commitment) } AS uses
     RETURN e.id AS id ORDER BY e.name = $name DESC, uses DESC, e.id LIMIT 1`,
    { name: SEARCH_TEXT },
  );
  if (!promise || !place) throw new Error('the loaded graph has no 2024 Haizhu promise with origins, or no Haizhu place');
  return { lineageCommitmentId: promise.id, placeId: place.id };
}

export interface QueryCase {
  name: 'search' | 'lineage' | 'neighborhood';
  graphql: { query: string; variables: Record<string, unknown> };
  raw: (db: Database) => Promise<unknown>;
}

export function queryCases(ids: BenchIds): QueryCase[] {
  return [
    {
      name: 'search',
      graphql: { query: 'query($t: String!) { search(text: $t, first: 20) { type id label score } }', variables: { t: SEARCH_TEXT } },
      raw: (db) => searchIndexes(db, SEARCH_TEXT, { commitments: true, entityTypes: ['Project', 'Place', 'Agency', 'Organization'], first: 20 }),
    },
    {
      name: 'lineage',
      graphql: {
        query: 'query($id: ID!) { lineage(commitmentId: $id) { steps { direction depth year commitment { id text } link { type score } } } }',
        variables: { id: ids.lineageCommitmentId },
      },
      raw: (db) => lineage(db, ids.lineageCommitmentId),
    },
    {
      name: 'neighborhood',
      graphql: {
        query: 'query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { id type label } edges { id source target type } truncated } }',
        variables: { id: ids.placeId },
      },
      raw: (db) => neighborhood(db, ids.placeId, 1, 100),
    },
  ];
}

export interface LatencyFigure {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

function summarize(latencies: number[], seconds: number, errors: number): LatencyFigure {
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
  };
}

export interface ApiServer {
  url: string;
  /** Resident memory of the server process now, in bytes (from /proc). */
  rssBytes(): number;
  close(): Promise<void>;
}

/** Starts bench/serveWorker.ts against `boltUri` and waits for its URL. */
export function startApiServer(boltUri: string): Promise<ApiServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', SERVE_WORKER, boltUri], { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', (code) => reject(new Error(`the API server exited (code ${code}): ${stderr.trim()}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith(SERVING_PREFIX));
      if (!line) return;
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      resolve({
        url: line.slice(SERVING_PREFIX.length).trim(),
        rssBytes: () => {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          return Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN) * 1024;
        },
        close: () =>
          new Promise<void>((done) => {
            process.removeListener('exit', killOnExit);
            if (child.exitCode !== null) return done();
            const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.removeAllListeners('exit');
            child.once('exit', () => {
              clearTimeout(force);
              done();
            });
            child.stdin?.end(); // the worker closes its server and driver when stdin ends
          }),
      });
    });
  });
}

/** One request, checked: a benchmark of error responses would be fast and meaningless. */
export async function checkApiQuery(url: string, query: QueryCase): Promise<void> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(query.graphql) });
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
  if (!response.ok || body.errors || !body.data?.[query.name]) {
    throw new Error(`GraphQL ${query.name} answered ${response.status}: ${JSON.stringify(body.errors ?? body.data)}`);
  }
}

interface Sample {
  latencies: number[];
  errors: number;
}

/**
 * One row: the API and the raw query at the same concurrency, both warmed up first, then each measured in two
 * halves, alternating (API, raw, raw, API), so that neither side gets the warmer JVMs or a quieter stretch of the
 * machine.
 */
export async function measurePair(url: string, db: Database, query: QueryCase, clients: number, seconds: number): Promise<{ api: LatencyFigure; raw: LatencyFigure }> {
  await apiSample(url, query, clients, WARM_UP_SECONDS);
  await rawSample(db, query, clients, WARM_UP_SECONDS);
  const half = seconds / 2;
  const api = [await apiSample(url, query, clients, half)];
  const raw = [await rawSample(db, query, clients, half), await rawSample(db, query, clients, half)];
  api.push(await apiSample(url, query, clients, half));
  return { api: summarizeSamples(api, seconds), raw: summarizeSamples(raw, seconds) };
}

function summarizeSamples(samples: Sample[], seconds: number): LatencyFigure {
  return summarize(samples.flatMap((s) => s.latencies), seconds, samples.reduce((n, s) => n + s.errors, 0));
}

export async function measureApi(url: string, query: QueryCase, connections: number, seconds: number): Promise<LatencyFigure> {
  const sample = await apiSample(url, query, connections, seconds);
  return summarize(sample.latencies, seconds, sample.errors);
}

/** A query that no resolver answers from the database: what HTTP and GraphQL alone cost a request. */
const FLOOR_QUERY: Pick<QueryCase, 'graphql'> = { graphql: { query: '{ __typename }', variables: {} } };

/**
 * The API's floor at one client: the latency of a request that never reaches Neo4j (the round trip over loopback,
 * yoga's handling, the JSON), after the same warm-up as a row. A query's own overhead over raw is at least this.
 */
export async function measureFloor(url: string, seconds: number): Promise<LatencyFigure> {
  await apiSample(url, FLOOR_QUERY, 1, WARM_UP_SECONDS);
  const sample = await apiSample(url, FLOOR_QUERY, 1, seconds);
  return summarize(sample.latencies, seconds, sample.errors);
}

function apiSample(url: string, query: Pick<QueryCase, 'graphql'>, connections: number, seconds: number): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(query.graphql),
        connections,
        duration: seconds,
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ latencies, errors: result.errors + result.timeouts + result.non2xx });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode === 200) latencies.push(responseTime);
    });
  });
}

/**
 * `concurrency` loops calling the raw query function back to back for `seconds`. Source-mapped stack traces (on
 * under tsx) are off meanwhile, as they are in the API's server process (see serveWorker.ts), so that any stack
 * trace taken on the way costs both sides alike.
 */
async function rawSample(db: Database, query: QueryCase, concurrency: number, seconds: number): Promise<Sample> {
  const sourceMaps = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(false);
  try {
    return await loopRaw(db, query, concurrency, seconds);
  } finally {
    process.setSourceMapsEnabled(sourceMaps);
  }
}

async function loopRaw(db: Database, query: QueryCase, concurrency: number, seconds: number): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        await query.raw(db);
        latencies.push(performance.now() - started);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { latencies, errors };
}
