// Opens the graph the configuration names: the user's Neo4j when NEO4J_URI is set, otherwise the embedded
// one, started here and stopped by `close`. The schema is applied either way.
import type { Config } from '../src/config.js';
import { Database } from './database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.js';
import { applySchema } from './schema.js';

export interface OpenGraph {
  db: Database;
  close(): Promise<void>;
}

export async function openGraph(config: Config, progress: (message: string) => void = () => {}): Promise<OpenGraph> {
  let embedded: EmbeddedNeo4j | null = null;
  let db: Database;
  try {
    if (config.neo4j.kind === 'external') {
      progress(`Connecting to Neo4j at ${config.neo4j.uri}…`);
      db = await Database.connect({ ...config.neo4j, queryTimeoutMs: config.queryTimeoutMs });
    } else {
      embedded = await startEmbeddedNeo4j(config.neo4j, progress);
      db = await Database.connect({ uri: embedded.uri, queryTimeoutMs: config.queryTimeoutMs });
    }
    await applySchema(db);
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
  const started = embedded;
  return {
    db,
    close: async () => {
      await db.close();
      await started?.stop();
    },
  };
}
