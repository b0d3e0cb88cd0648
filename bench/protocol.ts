// What the benchmark's worker processes report back to the parent (one prefixed stdout line each), and the
// extract dump the extraction worker writes for the load and linking benchmarks.
import type { GraphJson } from '../src/model.js';

export interface ExtractSample {
  files: number;
  bytes: number;
  readMs: number;
  extractMs: number;
  /** CPU time of the process (user + system, all threads) during the extraction, ms: wall time less the waits
   * for a core that a busy machine adds. */
  extractCpuMs: number;
  /** Milliseconds per stage as extractGraph reports them (decode, structure, entities, linking). */
  timings: Record<string, number>;
  /** Peak resident set of this process, bytes. */
  maxRssBytes: number;
  documents: number;
  commitments: number;
  entities: number;
  links: number;
  /** Links whose two commitments come from different districts: must be 0. */
  crossDistrictLinks: number;
  failures: number;
}

export const SAMPLE_PREFIX = 'EXTRACT_SAMPLE ';

/** An extract as JSON: the graph, and each document's text and match text by document id. */
export interface ExtractDump {
  graph: GraphJson;
  texts: [string, { text: string; matchText: string }][];
}

/** What bench/linkingWorker.ts reports: linkCommitments alone over `copies` cloned jurisdictions. */
export interface LinkingSample {
  copies: number;
  commitments: number;
  linkingMs: number;
  links: number;
  maxRssBytes: number;
}

export const LINKING_PREFIX = 'LINKING_SAMPLE ';

/** bench/serveWorker.ts prints this and the server's URL once it listens. */
export const SERVING_PREFIX = 'SERVING ';
