// The pure pipeline over many files: file → text → structure → commitments → entities → links, gathered into
// one GraphJson. A bad file becomes an IngestError in `failures` and never stops the good ones. Entities and
// links are resolved across all the files of one run: that is what lets a 2024 promise find its 2021 origin.
import os from 'node:os';
import type { Commitment, Entity, GraphJson } from '../src/model.js';
import { IngestError } from '../src/errors.js';
import { analyzeDocument } from './analyzeDocument.js';
import { extractEntities } from './entities/extractEntities.js';
import { linkCommitments, type LinkInput, type LinkOutput } from './link/linkCommitments.js';
import { LinkWorkers } from './link/linkInWorkers.js';
import { readDocument, type ReadDocument, type SourceFile } from './readDocument.js';
import { splitParagraphs } from './structure/splitParagraphs.js';

/**
 * Bumped whenever extraction changes what it produces, so that `pledgegraph start` re-extracts stored
 * documents instead of keeping what an older version made.
 */
export const PIPELINE_VERSION = '60';

export interface ExtractResult {
  graph: GraphJson;
  /** The decoded documents by id, for callers that need the text (the loader, the evaluation, the tests). */
  texts: Map<string, ReadDocument>;
  failures: IngestError[];
  /** Milliseconds spent in each stage, for the benchmarks. */
  timings: Record<string, number>;
}

function emptyGraph(): GraphJson {
  return { documents: [], paragraphs: [], sections: [], terms: [], commitments: [], entities: [], links: [], statuses: [], series: [] };
}

/** push(...items) without passing every item as an argument: a long report has more paragraphs than a call takes. */
function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

/**
 * The entities of all documents, with each commitment's entityIds filled in. A function of its own so that the
 * lookup by commitment id (one entry per commitment) is dropped before linking, not held to the end of the run.
 */
function findCommitmentEntities(docs: readonly ReadDocument[], commitments: readonly Commitment[]): Entity[] {
  const byDocument = new Map<string, Commitment[]>();
  for (const c of commitments) {
    const list = byDocument.get(c.documentId);
    if (list) list.push(c);
    else byDocument.set(c.documentId, [c]);
  }
  const { entities, entityIdsByCommitment } = extractEntities(docs.map((doc) => ({ doc, commitments: byDocument.get(doc.record.id) ?? [] })));
  for (const c of commitments) c.entityIds = entityIdsByCommitment.get(c.id) ?? [];
  return entities;
}

/** extractGraph's work up to linking, and the input linking needs. */
interface Prepared {
  result: ExtractResult;
  linkInput: LinkInput;
}

function extractUpToLinking(sources: SourceFile[]): Prepared {
  const graph = emptyGraph();
  const texts = new Map<string, ReadDocument>();
  const failures: IngestError[] = [];
  const timings: Record<string, number> = { decode: 0, structure: 0, entities: 0, linking: 0 };
  const timed = <T>(stage: string, work: () => T): T => {
    const started = performance.now();
    try {
      return work();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - started;
    }
  };

  const docs: ReadDocument[] = [];
  for (const source of sources) {
    try {
      const doc = timed('decode', () => readDocument(source));
      if (texts.has(doc.record.id)) continue; // the same bytes given twice are one document
      const analysis = timed('structure', () => analyzeDocument(doc));
      texts.set(doc.record.id, doc);
      docs.push(doc);
      graph.documents.push(doc.record);
      append(graph.paragraphs, splitParagraphs(doc.record.id, doc.text));
      append(graph.sections, analysis.sections);
      append(graph.terms, analysis.terms);
      append(graph.commitments, analysis.commitments);
    } catch (e) {
      failures.push(e instanceof IngestError ? e : new IngestError(source.path, `could not be processed: ${(e as Error).message}`));
    }
  }

  graph.entities = timed('entities', () => findCommitmentEntities(docs, graph.commitments));
  const linkInput: LinkInput = {
    documents: graph.documents,
    commitments: graph.commitments,
    entities: graph.entities,
    matchTexts: new Map(docs.map((d) => [d.record.id, d.matchText])),
  };
  return { result: { graph, texts, failures, timings }, linkInput };
}

function withLinks(result: ExtractResult, linked: LinkOutput, linkingMs: number): ExtractResult {
  result.timings.linking = linkingMs;
  result.graph.links = linked.links;
  result.graph.statuses = linked.statuses;
  result.graph.series = linked.series;
  return result;
}

/** The whole pipeline in this thread. */
export function extractGraph(sources: SourceFile[]): ExtractResult {
  const { result, linkInput } = extractUpToLinking(sources);
  const started = performance.now();
  const linked = linkCommitments(linkInput);
  return withLinks(result, linked, performance.now() - started);
}

/**
 * Inputs smaller than this are linked in this thread without starting workers: they hold too few commitments to
 * gain (MIN_COMMITMENTS_FOR_WORKERS, about a tenth as many per MB of text).
 */
const MIN_BYTES_FOR_WORKERS = 1_000_000;

/**
 * The same result as extractGraph, with linking spread over up to `threads` worker threads (by default one per
 * core) when the corpus is large enough to gain from them (linkInWorkers.ts). They start first and get ready while
 * this thread decodes and analyses the files. What the CLI runs.
 */
export async function extractGraphInWorkers(sources: SourceFile[], threads = os.availableParallelism()): Promise<ExtractResult> {
  const bytes = sources.reduce((sum, s) => sum + s.bytes.length, 0);
  const workers = new LinkWorkers(threads >= 2 && bytes >= MIN_BYTES_FOR_WORKERS ? threads : 0);
  try {
    const { result, linkInput } = extractUpToLinking(sources);
    const started = performance.now();
    const linked = await workers.link(linkInput);
    return withLinks(result, linked, performance.now() - started);
  } finally {
    await workers.close();
  }
}
