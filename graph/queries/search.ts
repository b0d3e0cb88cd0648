// Full-text search over commitments and entities with Neo4j's cjk analyzer (character bigrams).
import type { Database } from '../database.js';

export interface SearchRow {
  kind: 'Commitment' | 'Entity';
  id: string;
  score: number;
}

// Lucene's query syntax characters; escaping them makes any user text a literal phrase, never syntax.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A phrase query for the (already simplified) text: the words in order, not any of their bigrams. */
export function phraseQuery(text: string): string {
  return `"${text.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}"`;
}

export async function searchIndexes(
  db: Database,
  text: string,
  options: { commitments: boolean; entityTypes: string[]; first: number },
): Promise<SearchRow[]> {
  const query = phraseQuery(text);
  const rows: SearchRow[] = [];
  if (options.entityTypes.length > 0) {
    rows.push(
      ...(await db.read<SearchRow>(
        `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first}) YIELD node, score
         WHERE node.type IN $types
         RETURN 'Entity' AS kind, node.id AS id, score`,
        { query, first: options.first, types: options.entityTypes },
      )),
    );
  }
  if (options.commitments) {
    rows.push(
      ...(await db.read<SearchRow>(
        `CALL db.index.fulltext.queryNodes('commitment_text', $query, {limit: $first}) YIELD node, score
         RETURN 'Commitment' AS kind, node.id AS id, score`,
        { query, first: options.first },
      )),
    );
  }
  // Entities first at equal footing: a name match is what a searcher most often means.
  return rows.sort((a, b) => b.score - a.score || (a.kind === 'Entity' ? -1 : 1)).slice(0, options.first);
}
