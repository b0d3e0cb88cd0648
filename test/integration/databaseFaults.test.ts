// Database faults: Neo4j unreachable at start, lost while serving (and back), a load that fails halfway.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.js';
import { freePort, startEmbeddedNeo4j } from '../../graph/embedded.js';
import { loadGraph } from '../../graph/load.js';
import { applySchema } from '../../graph/schema.js';
import { extractGraph, PIPELINE_VERSION } from '../../ingest/pipeline.js';
import { DatabaseUnavailableError } from '../../src/errors.js';
import { createPledgegraphYoga } from '../../src/server/createYoga.js';
import { connectTestDatabase, graphCounts } from './helpers.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'pledgegraph-faults-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('database faults', () => {
  it('names the URI that failed when Neo4j is not reachable at start, after retrying', async () => {
    const port = await freePort();
    const started = Date.now();
    const error = await Database.connect({ uri: `bolt://127.0.0.1:${port}` }, 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toContain(`bolt://127.0.0.1:${port}`);
    expect((error as Error).message).toContain('3 attempts');
    expect(Date.now() - started).toBeGreaterThan(500); // it did back off between attempts
  });

  it('fails fast with DATABASE_UNAVAILABLE while Neo4j is down and recovers by itself when it is back', async () => {
    const options = { kind: 'embedded' as const, dataDir, boltPort: await freePort(), heap: '512m' };
    let neo4j = await startEmbeddedNeo4j(options);
    const db = await Database.connect({ uri: neo4j.uri });
    const yoga = createPledgegraphYoga({ db, production: true, corsOrigins: [] });
    const ask = async () => {
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ documents { id } }' }),
      });
      return (await response.json()) as { data?: { documents: unknown[] }; errors?: { message: string; extensions: { code: string } }[] };
    };
    try {
      expect((await ask()).data?.documents).toEqual([]);
      await neo4j.stop();

      const started = Date.now();
      const down = await ask();
      expect(down.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(JSON.stringify(down)).not.toMatch(/stack|bolt:|127\.0\.0\.1/);
      expect(Date.now() - started).toBeLessThan(15_000);

      neo4j = await startEmbeddedNeo4j(options);
      let back = await ask();
      for (let i = 0; i < 10 && back.errors; i++) {
        await new Promise((r) => setTimeout(r, 500));
        back = await ask();
      }
      expect(back.errors).toBeUndefined();
      expect(back.data?.documents).toEqual([]);
    } finally {
      await db.close();
      await neo4j.stop();
    }
  });
});

describe('atomic loads', () => {
  it('leaves the graph as it was when a document fails halfway through its load', async () => {
    const db = await connectTestDatabase();
    try {
      await applySchema(db);
      const text = '广州市海珠区2025年政府工作报告\n二、2025年工作安排\n推进海珠湿地三期建设,完成投资10亿元。\n加快建设环岛路。';
      const result = extractGraph([{ path: 'half-loaded.txt', bytes: new TextEncoder().encode(text) }]);
      expect(result.graph.commitments.length).toBeGreaterThan(0);
      const before = await graphCounts(db);
      // A target whose value is an object is refused by Neo4j: the failure comes after the document, its
      // paragraphs and commitments were written in the same transaction.
      const broken = structuredClone(result.graph);
      const victim = broken.commitments[broken.commitments.length - 1]!;
      victim.targets = [{ indicator: 'x', value: { not: 'a number' } as unknown as number, unit: '%', comparator: null, text: 'x', start: 0, end: 1 }];
      await expect(loadGraph(db, broken, result.texts, { pipelineVersion: PIPELINE_VERSION })).rejects.toThrow();
      expect(await graphCounts(db)).toEqual(before);
    } finally {
      await db.close();
    }
  });
});
