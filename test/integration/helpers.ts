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

/** Removes documents a test added, with everything they own, so later test files see the corpus only. */
export async function removeDocuments(db: Database, ids: string[]): Promise<void> {
  await db.write(async (tx) => {
    await tx.run(
      `MATCH (n) WHERE (n:Paragraph OR n:Section OR n:Term OR n:Commitment OR n:Target) AND n.documentId IN $ids
       DETACH DELETE n`,
      { ids },
    );
    await tx.run('MATCH (d:Document) WHERE d.id IN $ids DETACH DELETE d', { ids });
    await tx.run('MATCH (e:Entity) WHERE NOT (e)<-[:MENTIONS]-() DETACH DELETE e');
    await tx.run('MATCH (s:TargetSeries) WHERE NOT (s)-[:INCLUDES]->() DETACH DELETE s');
  });
}
