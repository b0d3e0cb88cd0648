// The embedded launcher's life cycle: it starts, stops without leaving a JVM, and a second start on the same
// folder finds the data the first one stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.js';
import { startEmbeddedNeo4j } from '../../graph/embedded.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'pledgegraph-lifecycle-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function javaProcessesOn(folder: string): string[] {
  try {
    return execFileSync('pgrep', ['-af', 'pledgegraph.neo4j.Launcher'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(folder));
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

describe('embedded Neo4j', () => {
  it('stops cleanly and a restart reuses the stored graph', async () => {
    const options = { kind: 'embedded' as const, dataDir, boltPort: 0, heap: '512m' };
    const first = await startEmbeddedNeo4j(options);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    let db = await Database.connect({ uri: first.uri });
    await db.write((tx) => tx.run('MERGE (:LifecycleProbe {id: $id})', { id: 'kept' }));
    await db.close();
    await first.stop();
    expect(javaProcessesOn(dataDir)).toEqual([]);

    const second = await startEmbeddedNeo4j(options);
    try {
      db = await Database.connect({ uri: second.uri });
      const rows = await db.read<{ id: string }>('MATCH (p:LifecycleProbe) RETURN p.id AS id');
      expect(rows).toEqual([{ id: 'kept' }]);
      await db.close();
    } finally {
      await second.stop();
    }
    expect(javaProcessesOn(dataDir)).toEqual([]);
  });
});
