// Constraints and indexes. Every statement is IF NOT EXISTS, so applying the schema is idempotent and runs at
// every start.
import type { Database } from './database.js';

const UNIQUE_IDS = ['Year', 'Document', 'Paragraph', 'Section', 'Term', 'Commitment', 'Target', 'Entity', 'TargetSeries'];
const OWNED_BY_DOCUMENT = ['Paragraph', 'Section', 'Term', 'Commitment', 'Target'];

// The cjk analyzer indexes Chinese as character bigrams, so a search needs no word segmentation. Commitments
// are indexed on their simplified, half-width match text only: every search is normalised the same way
// (toMatchText), so 海珠湿地 and 海珠濕地 both find 海珠濕地, and the original words would be a second copy of
// nearly the same bigrams that nothing queries. Indexing both had cost a warm load about 5% of its time.
const FULLTEXT_OPTIONS = "OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } }";

export const SCHEMA_STATEMENTS: readonly string[] = [
  ...UNIQUE_IDS.map((label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  'CREATE CONSTRAINT year_value IF NOT EXISTS FOR (n:Year) REQUIRE n.value IS UNIQUE',
  ...OWNED_BY_DOCUMENT.map((label) => `CREATE INDEX ${label.toLowerCase()}_document IF NOT EXISTS FOR (n:${label}) ON (n.documentId)`),
  'CREATE INDEX document_file IF NOT EXISTS FOR (n:Document) ON (n.fileName)',
  'CREATE INDEX commitment_year IF NOT EXISTS FOR (n:Commitment) ON (n.year)',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  // The index of earlier versions, on both texts: IF NOT EXISTS would keep it, so it is dropped by name.
  'DROP INDEX commitment_text IF EXISTS',
  `CREATE FULLTEXT INDEX commitment_match_text IF NOT EXISTS FOR (n:Commitment) ON EACH [n.matchText] ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Project|Place|Agency|Organization) ON EACH [n.name, n.searchText] ${FULLTEXT_OPTIONS}`,
];

export async function applySchema(db: Database): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await db.write((tx) => tx.run(statement));
  }
  await db.write((tx) => tx.run('CALL db.awaitIndexes(120)'));
}
