// Constraints and indexes. Every statement is IF NOT EXISTS, so applying the schema is idempotent and runs at
// every start.
import type { Database } from './database.js';

export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT paragraph_id IF NOT EXISTS FOR (n:Paragraph) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX document_file IF NOT EXISTS FOR (n:Document) ON (n.fileName)',
];

export async function applySchema(db: Database): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await db.write((tx) => tx.run(statement));
  }
  await db.write((tx) => tx.run('CALL db.awaitIndexes(60)'));
}
