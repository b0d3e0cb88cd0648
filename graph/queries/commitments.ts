// Read queries about commitments, shaped for batching: each takes many ids and answers for all of them in one
// statement, so a GraphQL request costs a fixed number of statements whatever its page size.
import type { Database } from '../database.js';
import type { TargetComparison } from '../../src/model.js';

export interface CommitmentRow {
  id: string;
  documentId: string;
  text: string;
  start: number;
  end: number;
  line: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  sectionPath: string[];
  mode: string;
  year: number | null;
  dueYear: number | null;
  district: string | null;
  status: string | null;
  statusEvidenceIds: string[] | null;
}

// Property shorthands (.text is c.text) keep the statements that project commitments short on the wire.
export const COMMITMENT_FIELDS = `.id, .documentId, .text, .start, .end, .line, .sentence, .sentenceStart, .sentenceEnd,
  sectionPath: coalesce(c.sectionPath, []), .mode, .year, .dueYear, .district, .status, .statusEvidenceIds`;

export async function commitmentsByIds(db: Database, ids: readonly string[]): Promise<CommitmentRow[]> {
  const rows = await db.read<{ c: CommitmentRow }>(
    `MATCH (c:Commitment) WHERE c.id IN $ids RETURN c { ${COMMITMENT_FIELDS} } AS c`,
    { ids: [...ids] },
  );
  return rows.map((r) => r.c);
}

export interface CommitmentFilter {
  /** Simplified, half-width words the commitment must contain. */
  text?: string | null;
  year?: number | null;
  district?: string | null;
  mode?: string | null;
  documentId?: string | null;
  status?: string | null;
}

const FILTER_WHERE = `
  ($text IS NULL OR c.matchText CONTAINS $text)
  AND ($year IS NULL OR c.year = $year)
  AND ($district IS NULL OR c.district = $district)
  AND ($mode IS NULL OR c.mode = $mode)
  AND ($documentId IS NULL OR c.documentId = $documentId)
  AND ($status IS NULL OR c.status = $status)`;

function filterParams(filter: CommitmentFilter) {
  return {
    text: filter.text || null,
    year: filter.year ?? null,
    district: filter.district ?? null,
    mode: filter.mode ?? null,
    documentId: filter.documentId ?? null,
    status: filter.status ?? null,
  };
}

/** One page of commitments in reading order (year, document, position) and the total that match. */
export async function pageCommitments(
  db: Database,
  filter: CommitmentFilter,
  offset: number,
  limit: number,
): Promise<{ rows: CommitmentRow[]; totalCount: number }> {
  const result = await db.read<{ totalCount: number; page: CommitmentRow[] }>(
    `MATCH (c:Commitment) WHERE ${FILTER_WHERE}
     WITH c ORDER BY c.year, c.documentId, c.start
     WITH collect(c) AS matched
     RETURN size(matched) AS totalCount,
            [c IN matched[$offset..($offset + $limit)] | c { ${COMMITMENT_FIELDS} }] AS page`,
    { ...filterParams(filter), offset, limit },
  );
  return { rows: result[0]?.page ?? [], totalCount: result[0]?.totalCount ?? 0 };
}

export interface TargetRow {
  commitmentId: string;
  indicator: string;
  value: number;
  unit: string;
  comparator: string | null;
  text: string;
  start: number;
  end: number;
}

export async function targetsOfCommitments(db: Database, ids: readonly string[]): Promise<TargetRow[]> {
  const rows = await db.read<{ t: TargetRow }>(
    `MATCH (c:Commitment)-[:HAS_TARGET]->(t:Target) WHERE c.id IN $ids
     RETURN t { commitmentId: c.id, indicator: t.indicator, value: t.value, unit: t.unit, comparator: t.comparator,
                text: t.text, start: t.start, end: t.end } AS t ORDER BY t.start`,
    { ids: [...ids] },
  );
  return rows.map((r) => r.t);
}

export interface ConcernRow {
  commitmentId: string;
  entityId: string;
  type: string;
}

export async function entitiesOfCommitments(db: Database, ids: readonly string[]): Promise<ConcernRow[]> {
  return db.read<ConcernRow>(
    `MATCH (c:Commitment)-[:CONCERNS|LOCATED_AT|RESPONSIBILITY_OF|INVOLVES]->(e:Entity) WHERE c.id IN $ids
     RETURN c.id AS commitmentId, e.id AS entityId, e.type AS type ORDER BY e.name`,
    { ids: [...ids] },
  );
}

/** A stored link's type, score and evidence, as every query about links returns them. */
export interface LinkFacts {
  type: 'ORIGINATES_FROM' | 'REPORTS_ON';
  score: number;
  rank: number;
  sharedEntities: string[];
  sharedTerms: string[];
  sharedIndicators: string[];
  /** The intermediate promise of an origin reached through an annual plan, or null. */
  via: string | null;
  targets: TargetComparison[];
}

/** The Cypher projection of LinkFacts from a relationship bound to `rel`. */
export function linkFactsOf(rel: string): string {
  return `type(${rel}) AS type, ${rel}.score AS score, coalesce(${rel}.rank, 1) AS rank,
  coalesce(${rel}.sharedEntities, []) AS sharedEntities, coalesce(${rel}.sharedTerms, []) AS sharedTerms,
  coalesce(${rel}.sharedIndicators, []) AS sharedIndicators, ${rel}.via AS via,
  [i IN range(0, size(coalesce(${rel}.targetIndicators, [])) - 1) | {indicator: ${rel}.targetIndicators[i],
    later: ${rel}.laterTargets[i], earlier: ${rel}.earlierTargets[i], change: ${rel}.targetChanges[i]}] AS targets`;
}

export interface LinkRow extends LinkFacts {
  /** The commitment the question was about. */
  anchorId: string;
  /** The commitment at the other end. */
  otherId: string;
}

const LINK_FIELDS = linkFactsOf('l');

/** Links leaving the given commitments (towards earlier ones), best first. */
export async function linksFrom(db: Database, ids: readonly string[]): Promise<LinkRow[]> {
  return db.read<LinkRow>(
    `MATCH (a:Commitment)-[l:ORIGINATES_FROM|REPORTS_ON]->(o:Commitment) WHERE a.id IN $ids
     RETURN a.id AS anchorId, o.id AS otherId, ${LINK_FIELDS} ORDER BY l.score DESC`,
    { ids: [...ids] },
  );
}

/** Links arriving at the given commitments (from later ones), best first. */
export async function linksTo(db: Database, ids: readonly string[]): Promise<LinkRow[]> {
  return db.read<LinkRow>(
    `MATCH (a:Commitment)<-[l:ORIGINATES_FROM|REPORTS_ON]-(o:Commitment) WHERE a.id IN $ids
     RETURN a.id AS anchorId, o.id AS otherId, ${LINK_FIELDS} ORDER BY o.year, l.score DESC`,
    { ids: [...ids] },
  );
}
