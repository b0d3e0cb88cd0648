// Linking on worker threads must give exactly what linking in one thread gives: the same links, statuses and
// series in the same order. The corpus is scaled to 3× (the bundled reports plus two fictional districts, as the
// bench makes them) so that it is large enough for the workers to be used at all.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaleCorpus } from '../../bench/scaleCorpus.js';
import { linkCommitments, planLinking, type LinkInput } from '../../ingest/link/linkCommitments.js';
import { LinkWorkers, MIN_COMMITMENTS_FOR_WORKERS } from '../../ingest/link/linkInWorkers.js';
import { extractGraph, extractGraphInWorkers, type ExtractResult } from '../../ingest/pipeline.js';
import { collectSourceFiles } from '../../ingest/sourceFiles.js';
import type { SourceFile } from '../../ingest/readDocument.js';

let dir: string;
let sources: SourceFile[];
let serial: ExtractResult;
let input: LinkInput;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pg-workers-'));
  scaleCorpus(3, dir);
  sources = (await collectSourceFiles([dir])).sources;
  serial = extractGraph(sources);
  const { graph, texts } = serial;
  input = { documents: graph.documents, commitments: graph.commitments, entities: graph.entities, matchTexts: new Map([...texts].map(([id, d]) => [id, d.matchText])) };
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('linking on worker threads', { timeout: 120_000 }, () => {
  it('gives the single-threaded result, each jurisdiction linked by a worker', async () => {
    expect(input.commitments.length).toBeGreaterThanOrEqual(MIN_COMMITMENTS_FOR_WORKERS);
    const jurisdictions = planLinking(input).tasks.length;
    expect(jurisdictions).toBe(6); // 海珠 and 荔湾, and the two districts of each of the two clones
    const workers = new LinkWorkers(2);
    try {
      const linked = await workers.link(input);
      expect(workers.tasksLinked).toBe(jurisdictions);
      expect(linked.links.length).toBeGreaterThan(0);
      expect(linked).toEqual(linkCommitments(input));
    } finally {
      await workers.close();
    }
  });

  it('links a small corpus in this thread, with the same result', async () => {
    const few = { ...input, commitments: input.commitments.slice(0, MIN_COMMITMENTS_FOR_WORKERS - 1) };
    const workers = new LinkWorkers(2);
    try {
      expect(await workers.link(few)).toEqual(linkCommitments(few));
      expect(workers.tasksLinked).toBe(0);
    } finally {
      await workers.close();
    }
  });

  it('says so when a worker cannot start, rather than link slowly in one thread', async () => {
    const workers = new LinkWorkers(2, new URL('./no-such-worker.js', import.meta.url).href);
    try {
      await expect(workers.link(input)).rejects.toThrow(/linking worker thread .*(failed|stopped)/);
    } finally {
      await workers.close();
    }
  });

  it('extractGraphInWorkers builds the same graph as extractGraph', async () => {
    const parallel = await extractGraphInWorkers(sources, 2);
    expect(parallel.failures).toEqual(serial.failures);
    expect(parallel.graph).toEqual(serial.graph);
  });
});
