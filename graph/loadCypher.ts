// The Cypher of loading, one named statement per shape, every value a parameter. Labels, relationship types
// and the write keyword are written into the few statements that vary by them from closed sets (OWNED_LABELS,
// the CONCERN_BY_TYPE keys and values, LINK_TYPES, WriteMode), never from input text. Not as dynamic types
// (`$(row.type)`): a MERGE with a dynamic relationship type is planned as a scan of every relationship on a
// young graph.
//
// What made loading slow (issue 8) was planning, not writing: a fresh embedded Neo4j plans every statement on
// a cold JVM, and plans it again whenever the growing graph's statistics drift or a parameter changes type.
// Hence:
// - Plain shapes. Statements with several CALL { … } write subqueries took seconds to plan (each adds Eager
//   analysis); one MATCH/UNWIND/MERGE/SET chain, with FOREACH for conditional links, plans in milliseconds.
// - `CYPHER replan=skip`. Every statement seeks by a unique id or an indexed documentId, so its plan does not
//   depend on statistics and planning it again as the graph grows buys nothing (test/integration/
//   load.test.ts checks the plans made on an empty graph).
// - One parameter, the map $batch. Neo4j keys its plan cache on the parameters' types, and the type of a list
//   or string includes its size bucket (1-10, 11-100, 101-1000 …) and a null has its own: with $rows, $keep
//   or $district as parameters, a statement was planned again for each size bucket and null-ness it met. A
//   map has one type whatever it holds.
import type { EntityType } from '../src/model.js';

/** Prefix of every statement whose plan does not depend on statistics. */
const PLAN_ONCE = 'CYPHER replan=skip';

/** `CASE WHEN <test> THEN [1] ELSE [] END`: FOREACH over it runs its clauses only when the test holds. */
const when = (test: string) => `CASE WHEN ${test} THEN [1] ELSE [] END`;

/** Labels of the nodes a document owns; each carries `documentId`, indexed per label (graph/schema.ts). */
export const OWNED_LABELS = ['Paragraph', 'Section', 'Term', 'Commitment', 'Target'] as const;

/**
 * How a statement writes what a document owns, and the relationships from it and from what it owns. A
 * document new to the store owns nothing there yet (a document and what it owns are written in one
 * transaction), so that is created outright: MERGE would look each node up (a locking index seek) and each
 * relationship (an expand) only to find nothing. What a stored document owns is merged, so loading the same
 * document again changes nothing. Shared nodes (years, entities) are always merged.
 */
export type WriteMode = 'CREATE' | 'MERGE';

// Whether the document is stored already, asked first in its transaction. MERGE, not MATCH: its locking seek
// makes a concurrent load of the same new document wait until this one commits, and then see it stored. A
// stored Document always has a path (storeDocument sets it); one this MERGE has just created has none yet.
export const DOCUMENT_STORED = `${PLAN_ONCE}
MERGE (d:Document {id: $batch.documentId})
RETURN d.path IS NOT NULL AS stored`;

// A file whose content changed gets a new id (ids come from the bytes); its old version, found by file name
// within the same district, goes with everything it owned in the same transaction as the new one arrives.
// Nodes an older extraction of this same file made and this one no longer does (not in keep, the ids this
// load writes) go too. One index seek per label: a label disjunction (n:A OR n:B) would scan every node.
export const REMOVE_STALE = `${PLAN_ONCE}
OPTIONAL MATCH (old:Document {fileName: $batch.fileName})
WHERE old.id <> $batch.documentId AND coalesce(old.district, '') = coalesce($batch.district, '')
WITH collect(old) AS olds
WITH olds, [$batch.documentId] + [o IN olds | o.id] AS documentIds
WITH olds, ${OWNED_LABELS.map((label) => `COLLECT { MATCH (n:${label}) WHERE n.documentId IN documentIds AND NOT n.id IN $batch.keep RETURN n }`).join(' +\n  ')} AS stale
FOREACH (n IN stale | DETACH DELETE n)
FOREACH (old IN olds | DETACH DELETE old)`;

/** The years a document and its commitments point at; `id` follows from `value`. */
export const MERGE_YEARS = `${PLAN_ONCE}
UNWIND $batch.rows AS year
MERGE (y:Year {value: year})
SET y.id = 'year-' + toString(year)`;

/** $batch: the document's properties. After MERGE_YEARS and DOCUMENT_STORED. */
export const storeDocument = (write: WriteMode) => `${PLAN_ONCE}
MERGE (d:Document {id: $batch.id})
SET d.path = $batch.path, d.fileName = $batch.fileName, d.title = $batch.title, d.city = $batch.city,
    d.district = $batch.district, d.kind = $batch.kind, d.year = $batch.year, d.reviewYear = $batch.reviewYear,
    d.periodFrom = $batch.periodFrom, d.periodTo = $batch.periodTo, d.issuer = $batch.issuer,
    d.script = $batch.script, d.encoding = $batch.encoding, d.length = $batch.length, d.text = $batch.text,
    d.pipelineVersion = $batch.pipelineVersion
WITH d
OPTIONAL MATCH (planned:Year {value: $batch.year})
OPTIONAL MATCH (reviewed:Year {value: $batch.reviewYear})
FOREACH (_ IN ${when('planned IS NOT NULL')} | ${write} (d)-[:PLANS_FOR]->(planned))
FOREACH (_ IN ${when('reviewed IS NOT NULL')} | ${write} (d)-[:REVIEWS]->(reviewed))`;

export const storeParagraphs = (write: WriteMode) => `${PLAN_ONCE}
MATCH (d:Document {id: $batch.documentId})
UNWIND $batch.rows AS row
${write} (p:Paragraph {id: row.id})
SET p.documentId = row.documentId, p.index = row.index, p.line = row.line, p.start = row.start,
    p.end = row.end, p.text = row.text
${write} (d)-[:CONTAINS]->(p)`;

export const storeSections = (write: WriteMode) => `${PLAN_ONCE}
MATCH (d:Document {id: $batch.documentId})
UNWIND $batch.rows AS row
${write} (s:Section {id: row.id})
SET s.documentId = row.documentId, s.parentId = row.parentId, s.level = row.level, s.number = row.number,
    s.title = row.title, s.line = row.line, s.start = row.start, s.end = row.end, s.role = row.role
${write} (d)-[:CONTAINS]->(s)`;

/** Rows: {id, parentId} of sections with a parent, after every batch of storeSections. */
export const linkSubsections = (write: WriteMode) => `${PLAN_ONCE}
UNWIND $batch.rows AS row
MATCH (s:Section {id: row.id})
MATCH (parent:Section {id: row.parentId})
${write} (parent)-[:HAS_SUBSECTION]->(s)`;

export const storeTerms = (write: WriteMode) => `${PLAN_ONCE}
MATCH (d:Document {id: $batch.documentId})
UNWIND $batch.rows AS row
${write} (t:Term {id: row.id})
SET t.documentId = row.documentId, t.term = row.term, t.definition = row.definition, t.line = row.line,
    t.start = row.start, t.end = row.end
${write} (d)-[:CONTAINS]->(t)`;

/**
 * A commitment with everything it points at, in one pass over the rows: its section and years (after
 * storeSections and MERGE_YEARS), its targets, and its entities (after storeEntities; row.concerns maps each
 * of `relationships`, the CONCERN_BY_TYPE values, to entity ids). Separate passes for these sent every
 * commitment id again and sought every commitment once more (issue 8). A null id matches nothing, so FOREACH
 * over it merges nothing; MERGE (e:Entity) finds the entity this transaction already stored and never creates one.
 */
export function storeCommitments(relationships: readonly string[], write: WriteMode): string {
  return `${PLAN_ONCE}
MATCH (d:Document {id: $batch.documentId})
UNWIND $batch.rows AS row
${write} (c:Commitment {id: row.id})
SET c.documentId = $batch.documentId, c.text = row.text, c.matchText = row.matchText, c.start = row.start,
    c.end = row.end, c.line = row.line, c.sentence = row.sentence, c.sentenceStart = row.sentenceStart,
    c.sentenceEnd = row.sentenceEnd, c.sectionId = row.sectionId, c.sectionPath = row.sectionPath,
    c.mode = row.mode, c.year = row.year, c.dueYear = row.dueYear,
    c.district = d.district, c.documentYear = d.year
${write} (d)-[:CONTAINS]->(c)
WITH c, row
OPTIONAL MATCH (s:Section {id: row.sectionId})
OPTIONAL MATCH (y:Year {value: row.year})
OPTIONAL MATCH (due:Year {value: row.dueYear})
FOREACH (_ IN ${when('s IS NOT NULL')} | ${write} (c)-[:IN_SECTION]->(s))
FOREACH (_ IN ${when('y IS NOT NULL')} | ${write} (c)-[:FOR_YEAR]->(y))
FOREACH (_ IN ${when('due IS NOT NULL')} | ${write} (c)-[:DUE_BY]->(due))
FOREACH (t IN row.targets |
  ${write} (target:Target {id: t.id})
  SET target.documentId = $batch.documentId, target.commitmentId = row.id, target.indicator = t.indicator,
      target.value = t.value, target.unit = t.unit, target.comparator = t.comparator, target.text = t.text,
      target.start = t.start, target.end = t.end
  ${write} (c)-[:HAS_TARGET]->(target))
${relationships.map((type) => `FOREACH (id IN row.concerns.${type} | MERGE (e:Entity {id: id}) ${write} (c)-[:${type}]->(e))`).join('\n')}`;
}

/**
 * Entities are shared across documents: aliases accumulate, and this document's mentions sit on MENTIONS.
 * The entity's type (row.type, one of `types`) becomes its second label.
 */
export function storeEntities(types: readonly EntityType[], write: WriteMode): string {
  return `${PLAN_ONCE}
MATCH (d:Document {id: $batch.documentId})
UNWIND $batch.rows AS row
MERGE (e:Entity {id: row.id})
${types.map((type) => `FOREACH (_ IN ${when(`row.type = '${type}'`)} | SET e:${type})`).join('\n')}
SET e.name = row.name, e.type = row.type, e.district = row.district,
    e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET e.searchText = e.name + ' ' + reduce(s = '', a IN e.aliases | s + ' ' + a)
${write} (d)-[m:MENTIONS]->(e)
SET m.starts = row.starts, m.ends = row.ends, m.texts = row.texts`;
}

export const REMOVE_STALE_MENTIONS = `${PLAN_ONCE}
MATCH (:Document {id: $batch.documentId})-[m:MENTIONS]->(e:Entity) WHERE NOT e.id IN $batch.keep
DELETE m`;

export const LINK_TYPES = ['ORIGINATES_FROM', 'REPORTS_ON'] as const;

/** Rows: links, `type` one of LINK_TYPES. */
export const storeLinks = (write: WriteMode) => `${PLAN_ONCE}
UNWIND $batch.rows AS row
MATCH (later:Commitment {id: row.from})
MATCH (earlier:Commitment {id: row.to})
${LINK_TYPES.map(
  (type) => `FOREACH (_ IN ${when(`row.type = '${type}'`)} |
  ${write} (later)-[l:${type}]->(earlier)
  SET l.score = row.score, l.rank = row.rank, l.sharedEntities = row.sharedEntities,
      l.sharedTerms = row.sharedTerms, l.sharedIndicators = row.sharedIndicators)`,
).join('\n')}`;

export const SET_STATUSES = `${PLAN_ONCE}
UNWIND $batch.rows AS row
MATCH (c:Commitment {id: row.commitmentId})
SET c.status = row.status, c.statusEvidenceIds = row.evidenceIds`;

export const MERGE_SERIES = `${PLAN_ONCE}
UNWIND $batch.rows AS row
MERGE (s:TargetSeries {id: row.id})
SET s.indicator = row.indicator, s.district = row.district, s.points = row.points
WITH s, row
UNWIND row.commitmentIds AS commitmentId
MATCH (c:Commitment {id: commitmentId})
MERGE (s)-[:INCLUDES]->(c)`;

// The place hierarchy the entity stage derived (street in district in city); replaced, not accumulated, so a
// corrected hierarchy leaves no stale PART_OF behind.
export const SET_PLACE_PARENTS = `${PLAN_ONCE}
UNWIND $batch.rows AS row
MATCH (place:Entity {id: row.id})
OPTIONAL MATCH (place)-[old:PART_OF]->()
DELETE old
WITH DISTINCT place, row WHERE row.parentId IS NOT NULL
MATCH (parent:Entity {id: row.parentId})
MERGE (place)-[:PART_OF]->(parent)`;

// The last two read the whole graph once per load, so they are planned on its current statistics.

// A project is located at a place when its name starts with the place's name (琶洲试验区 at 琶洲), or when
// at least two commitments concern both.
export const LINK_PROJECT_PLACES = `
MATCH (c:Commitment)-[:CONCERNS]->(project:Project), (c)-[:LOCATED_AT]->(place:Place)
WITH project, place, count(c) AS together
WHERE together >= 2 OR project.name STARTS WITH place.name
MERGE (project)-[:LOCATED_AT]->(place)`;

export const REMOVE_ORPHAN_ENTITIES = `
MATCH (e:Entity) WHERE NOT (e)<-[:MENTIONS]-()
DETACH DELETE e`;
