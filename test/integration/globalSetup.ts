// Starts one real Neo4j for the integration tier: the embedded one on a free port with a fresh data folder,
// or, when NEO4J_URI is set, the server it names (nothing is started then).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { startEmbeddedNeo4j } from '../../graph/embedded.js';

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

export default async function setup(project: TestProject) {
  const config = loadConfig();
  if (config.neo4j.kind === 'external') {
    const { uri, user, password, database } = config.neo4j;
    project.provide('neo4j', { uri, user, password, ...(database ? { database } : {}) });
    return;
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pledgegraph-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({ kind: 'embedded', dataDir, boltPort: 0, heap: '1g' }, (m) => console.log(m));
  project.provide('neo4j', { uri: neo4j.uri });
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
