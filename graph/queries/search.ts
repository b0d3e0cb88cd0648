// Full-text search over commitments and entities with Neo4j's cjk analyzer (character bigrams). Both indexes
// are asked in one statement, and each hit comes with what a result list shows (its label, an entity's type),
// so a search costs one round trip to Neo4j.
import type { Database } from '../database.js';

export interface SearchRow {
  kind: 'Commitment' | 'Entity';
  id: string;
  score: number;
  /** The commitment's words or the entity's canonical name. */
  label: string;
  /** An entity's type (Project, Place …); null for a commitment. */
  entityType: string | null;
}

// Lucene's query syntax characters; escaping them makes any user text a literal phrase, never syntax.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A phrase query for the (already simplified) text: the words in order, not any of their bigrams. */
export function phraseQuery(text: string): string {
  return `"${text.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}"`;
}

const ENTITY_HITS = `
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first}) YIELD node, score
  WHERE node.type IN $types
  RETURN 'Entity' AS kind, node.id AS id, score, node.name AS label, node.type AS entityType`;

const COMMITMENT_HITS = `
  CALL db.index.fulltext.queryNodes('commitment_match_text', $query, {limit: $first}) YIELD node, score
  RETURN 'Commitment' AS kind, node.id AS id, score, node.text AS label, null AS entityType`;

// One fixed statement per combination of indexes asked: an index not asked is not queried at all.
const SEARCH_BOTH = `CALL () { ${ENTITY_HITS} UNION ALL ${COMMITMENT_HITS} } RETURN kind, id, score, label, entityType`;

export async function searchIndexes(
  db: Database,
  text: string,
  options: { commitments: boolean; entityTypes: string[]; first: number },
): Promise<SearchRow[]> {
  const entities = options.entityTypes.length > 0;
  if (!entities && !options.commitments) return [];
  const cypher = entities && options.commitments ? SEARCH_BOTH : entities ? ENTITY_HITS : COMMITMENT_HITS;
  const rows = await db.read<SearchRow>(cypher, { query: phraseQuery(text), first: options.first, types: options.entityTypes });
  // Entities first at equal footing: a name match is what a searcher most often means.
  return rows.sort((a, b) => b.score - a.score || (a.kind === b.kind ? 0 : a.kind === 'Entity' ? -1 : 1)).slice(0, options.first);
}
