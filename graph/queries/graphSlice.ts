// Neighbourhoods and paths as plain nodes and edges, ready for Cytoscape. Paragraph nodes are left out: they
// are the text's storage, and commitments already carry their words.
import type { Database } from '../database.js';

export interface SliceNode {
  id: string;
  type: string;
  label: string;
  year: number | null;
  district: string | null;
  mode: string | null;
  documentId: string | null;
}

export interface SliceEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  score: number | null;
}

export interface GraphSlice {
  nodes: SliceNode[];
  edges: SliceEdge[];
  truncated: boolean;
}

// The labels a slice may show, most specific first: labels(n)[0] is not reliable for entities (Entity:Place).
const NODE_FIELDS = `
  id: n.id,
  type: head([l IN ['Document', 'Section', 'Commitment', 'Target', 'Project', 'Place', 'Agency', 'Organization', 'Year', 'Term', 'TargetSeries'] WHERE l IN labels(n)]),
  label: coalesce(n.title, n.name, n.term, n.indicator, toString(n.value), n.text, n.id),
  year: CASE WHEN n:Year THEN n.value ELSE n.year END,
  district: n.district, mode: n.mode, documentId: n.documentId`;

const VISIBLE = 'NOT n:Paragraph AND n.id IS NOT NULL';

/**
 * Every relationship a Document starts (graph/loadCypher.ts). A document holds thousands of them (CONTAINS every
 * paragraph and commitment), so a slice finds a document's edges from their other end, which has a handful: read
 * from the document, the edges of a 37-node slice around a place walked 6,116 relationships to keep 103.
 */
export const DOCUMENT_LINKS = ['CONTAINS', 'MENTIONS', 'PLANS_FOR', 'REVIEWS'] as const;

// Unique-index lookups label by label: a label-less MATCH on id would scan every node.
const FIND_BY_IDS = `
CALL (ids) {
  MATCH (n:Document) WHERE n.id IN ids RETURN n
  UNION MATCH (n:Commitment) WHERE n.id IN ids RETURN n
  UNION MATCH (n:Entity) WHERE n.id IN ids RETURN n
  UNION MATCH (n:Section) WHERE n.id IN ids RETURN n
  UNION MATCH (n:Year) WHERE n.id IN ids RETURN n
  UNION MATCH (n:Target) WHERE n.id IN ids RETURN n
  UNION MATCH (n:Term) WHERE n.id IN ids RETURN n
  UNION MATCH (n:TargetSeries) WHERE n.id IN ids RETURN n
}`;

/** Neighbours of the frontier not yet seen; links between commitments come first, then entities, then the rest. */
async function nextLayer(db: Database, frontier: string[], seen: string[], limit: number): Promise<string[]> {
  const rows = await db.read<{ id: string }>(
    `WITH $frontier AS ids ${FIND_BY_IDS}
     MATCH (n)-[r]-(m) WHERE NOT m:Paragraph AND m.id IS NOT NULL AND NOT m.id IN $seen
     WITH m, min(CASE WHEN type(r) IN ['ORIGINATES_FROM', 'REPORTS_ON'] THEN 0 WHEN m:Entity THEN 1 WHEN m:Commitment THEN 2 ELSE 3 END) AS priority
     RETURN m.id AS id ORDER BY priority, m.year, m.id LIMIT toInteger($limit)`,
    { frontier, seen, limit },
  );
  return rows.map((r) => r.id);
}

async function sliceOf(db: Database, ids: string[], truncated: boolean): Promise<GraphSlice> {
  const rows = await db.read<{ nodes: SliceNode[]; edges: SliceEdge[] }>(
    `WITH $ids AS ids ${FIND_BY_IDS}
     WITH collect(n) AS ns
     CALL (ns) {
       CALL (ns) {
         UNWIND ns AS a
         WITH a WHERE NOT a:Document
         MATCH (a)-[r]->(b) WHERE b IN ns
         RETURN r
         UNION
         UNWIND ns AS b
         MATCH (b)<-[r:${DOCUMENT_LINKS.join('|')}]-(a:Document) WHERE a IN ns
         RETURN r
       }
       RETURN collect(r) AS rs
     }
     RETURN [n IN ns | n { ${NODE_FIELDS} }] AS nodes,
       [r IN rs | { id: startNode(r).id + '|' + type(r) + '|' + endNode(r).id, source: startNode(r).id, target: endNode(r).id, type: type(r), score: r.score }] AS edges`,
    { ids },
  );
  return { nodes: rows[0]?.nodes ?? [], edges: rows[0]?.edges ?? [], truncated };
}

/** The nodes within `depth` hops of `id` (at most `limit`), and every edge among them; null for an unknown id. */
export async function neighborhood(db: Database, id: string, depth: number, limit: number): Promise<GraphSlice | null> {
  const seen = [id];
  let frontier = [id];
  let truncated = false;
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const room = limit - seen.length;
    if (room <= 0) {
      truncated = true;
      break;
    }
    const layer = await nextLayer(db, frontier, seen, room + 1);
    if (layer.length > room) {
      truncated = true;
      layer.length = room;
    }
    seen.push(...layer);
    frontier = layer;
  }
  const slice = await sliceOf(db, seen, truncated);
  // An unknown id has no neighbours and no node in its slice: the slice says so, without a statement of its own.
  return slice.nodes.some((n) => n.id === id) ? slice : null;
}

/** The shortest path between two nodes (at most maxLength hops, paragraphs excluded), as a slice. */
export async function shortestPath(db: Database, from: string, to: string, maxLength: number): Promise<GraphSlice | null> {
  // maxLength is a validated integer (1..8) from the API, never text: variable-length bounds cannot be parameters.
  const hops = Math.max(1, Math.min(8, Math.trunc(maxLength)));
  const rows = await db.read<{ ids: string[] }>(
    `WITH [$from] AS ids ${FIND_BY_IDS}
     WITH n AS a, [$to] AS ids ${FIND_BY_IDS}
     WITH a, n AS b
     MATCH p = shortestPath((a)-[*..${hops}]-(b))
     WHERE all(n IN nodes(p) WHERE ${VISIBLE})
     RETURN [n IN nodes(p) | n.id] AS ids LIMIT 1`,
    { from, to },
  );
  const ids = rows[0]?.ids;
  if (!ids) return null;
  const slice = await sliceOf(db, ids, false);
  slice.nodes.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
  // Keep only the path's own edges, in path order, so the viewer can draw the path and nothing else.
  const step = new Map(ids.slice(1).map((id, i) => [[ids[i], id].sort().join('|'), i]));
  const stepOf = (e: SliceEdge) => step.get([e.source, e.target].sort().join('|'));
  slice.edges = slice.edges.filter((e) => stepOf(e) !== undefined).sort((a, b) => stepOf(a)! - stepOf(b)!);
  return slice;
}
