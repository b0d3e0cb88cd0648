// Starts one real Neo4j for the integration tier: the embedded one on a free port with a fresh data folder,
// or, when NEO4J_URI is set, the server it names (nothing is started then). Loads the bundled corpus once,
// so every test file starts from the same graph.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../graph/database.js';
import { startEmbeddedNeo4j } from '../../graph/embedded.js';
import { applySchema } from '../../graph/schema.js';
import { loadCorpus } from './corpus.js';

export interface Neo4jTarget {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

async function loadCorpusInto(target: Neo4jTarget): Promise<void> {
  const db = await Database.connect(target);
  try {
    await applySchema(db);
    await loadCorpus(db);
  } finally {
    await db.close();
  }
}

export default async function setup(project: TestProject) {
  const config = loadConfig();
  if (config.neo4j.kind === 'external') {
    const { uri, user, password, database } = config.neo4j;
    const target = { uri, user, password, ...(database ? { database } : {}) };
    await loadCorpusInto(target);
    project.provide('neo4j', target);
    return;
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pledgegraph-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({ kind: 'embedded', dataDir, boltPort: 0, heap: '1g' }, (m) => console.log(m));
  try {
    await loadCorpusInto({ uri: neo4j.uri });
  } catch (e) {
    await neo4j.stop();
    throw e;
  }
  project.provide('neo4j', { uri: neo4j.uri });
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
