// Shared set-up for integration tests: a Database on the Neo4j that globalSetup started and loaded with the
// corpus.
import { inject } from 'vitest';
import { Database } from '../../graph/database.js';
import { applySchema } from '../../graph/schema.js';
export { CORPUS_DIR, loadCorpus } from './corpus.js';

export async function connectTestDatabase(): Promise<Database> {
  const target = inject('neo4j');
  const db = await Database.connect(target);
  await applySchema(db);
  return db;
}


/** Node and relationship counts of the whole graph, by label and type. */
export async function graphCounts(db: Database): Promise<Record<string, number>> {
  const nodes = await db.read<{ label: string; n: number }>('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n');
  const rels = await db.read<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
  return Object.fromEntries([...nodes.map((r) => [`:${r.label}`, r.n]), ...rels.map((r) => [`[${r.type}]`, r.n])]);
}
