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
// - Rows as lists, laid out by a RowLayout, not as maps. neo4j-driver tests every value it packs against
//   each temporal and spatial type and packs every key again for every row; Neo4j unpacks each key into a new
//   string. Sending the 10× corpus's commitment rows as lists cost 30% less CPU in this process and 35% less
//   in Neo4j than as maps (5 interleaved rounds).
import type { EntityType } from '../src/model.js';

/**
 * The fields of one kind of row, in the order a load sends them. `of(variable)` gives the Cypher for each
 * field of a row bound to that variable (row[0], row[1] …), so statements name fields, not positions.
 */
export class RowLayout<K extends string> {
  constructor(readonly fields: readonly K[]) {}

  of(variable: string): Record<K, string> {
    return Object.fromEntries(this.fields.map((field, i) => [field, `${variable}[${i}]`])) as Record<K, string>;
  }

  /** The list sent for `values`, which must name every field (undefined is sent as null). */
  row(values: Record<K, unknown>): unknown[] {
    return this.fields.map((field) => values[field] ?? null);
  }

  /** A sent row back as a map, for tests and debugging. */
  toObject(row: readonly unknown[]): Record<K, unknown> {
    return Object.fromEntries(this.fields.map((field, i) => [field, row[i]])) as Record<K, unknown>;
  }
}

export const PARAGRAPH_ROW = new RowLayout(['id', 'index', 'line', 'start', 'end', 'text'] as const);
export const SECTION_ROW = new RowLayout(['id', 'parentId', 'level', 'number', 'title', 'line', 'start', 'end', 'role'] as const);
/** A node and its parent: a section in its section, a place in its place. */
export const CHILD_ROW = new RowLayout(['id', 'parentId'] as const);
export const TERM_ROW = new RowLayout(['id', 'term', 'definition', 'line', 'start', 'end'] as const);
export const ENTITY_ROW = new RowLayout(['id', 'type', 'name', 'aliases', 'district', 'starts', 'ends', 'texts'] as const);
export const TARGET_ROW = new RowLayout(['id', 'indicator', 'value', 'unit', 'comparator', 'text', 'start', 'end'] as const);
/**
 * `targets` holds TARGET_ROW rows; `concerns` one list of entity ids per relationship that storeCommitments
 * was given, in that order.
 */
export const COMMITMENT_ROW = new RowLayout([
  'id', 'text', 'matchText', 'start', 'end', 'line', 'sentence', 'sentenceStart', 'sentenceEnd',
  'sectionId', 'sectionPath', 'mode', 'year', 'dueYear', 'targets', 'concerns',
] as const);
/** A link's target comparisons (LinkEvidence.targets) are four lists of the same length, one entry per
 * comparison: a relationship property holds lists of values, not of maps. */
export const LINK_ROW = new RowLayout([
  'from', 'to', 'type', 'score', 'rank', 'sharedEntities', 'sharedTerms', 'sharedIndicators', 'via',
  'targetIndicators', 'laterTargets', 'earlierTargets', 'targetChanges',
] as const);
export const STATUS_ROW = new RowLayout(['commitmentId', 'status', 'evidenceIds'] as const);
export const SERIES_ROW = new RowLayout(['id', 'indicator', 'measure', 'district', 'points', 'commitmentIds'] as const);

const P = PARAGRAPH_ROW.of('row');
const S = SECTION_ROW.of('row');
const CHILD = CHILD_ROW.of('row');
const T = TERM_ROW.of('row');
const E = ENTITY_ROW.of('row');
const TG = TARGET_ROW.of('t');
const C = COMMITMENT_ROW.of('row');
const L = LINK_ROW.of('row');
const ST = STATUS_ROW.of('row');
const SR = SERIES_ROW.of('row');

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
${write} (p:Paragraph {id: ${P.id}})
SET p.documentId = $batch.documentId, p.index = ${P.index}, p.line = ${P.line}, p.start = ${P.start},
    p.end = ${P.end}, p.text = ${P.text}
${write} (d)-[:CONTAINS]->(p)`;

export const storeSections = (write: WriteMode) => `${PLAN_ONCE}
MATCH (d:Document {id: $batch.documentId})
UNWIND $batch.rows AS row
${write} (s:Section {id: ${S.id}})
SET s.documentId = $batch.documentId, s.parentId = ${S.parentId}, s.level = ${S.level}, s.number = ${S.number},
    s.title = ${S.title}, s.line = ${S.line}, s.start = ${S.start}, s.end = ${S.end}, s.role = ${S.role}
${write} (d)-[:CONTAINS]->(s)`;

/** Rows: CHILD_ROW of sections with a parent, after every batch of storeSections. */
export const linkSubsections = (write: WriteMode) => `${PLAN_ONCE}
UNWIND $batch.rows AS row
MATCH (s:Section {id: ${CHILD.id}})
MATCH (parent:Section {id: ${CHILD.parentId}})
${write} (parent)-[:HAS_SUBSECTION]->(s)`;

export const storeTerms = (write: WriteMode) => `${PLAN_ONCE}
MATCH (d:Document {id: $batch.documentId})
UNWIND $batch.rows AS row
${write} (t:Term {id: ${T.id}})
SET t.documentId = $batch.documentId, t.term = ${T.term}, t.definition = ${T.definition}, t.line = ${T.line},
    t.start = ${T.start}, t.end = ${T.end}
${write} (d)-[:CONTAINS]->(t)`;

/**
 * A commitment with everything it points at, in one pass over the rows: its section and years (after
 * storeSections and MERGE_YEARS), its targets, and its entities (after storeEntities; the row's concerns hold
 * one list of entity ids for each of `relationships`, the CONCERN_BY_TYPE values, in that order). Separate passes for these sent every
 * commitment id again and sought every commitment once more (issue 8). A null id matches nothing, so FOREACH
 * over it merges nothing; MERGE (e:Entity) finds the entity this transaction already stored and never creates one.
 */
export function storeCommitments(relationships: readonly string[], write: WriteMode): string {
  return `${PLAN_ONCE}
MATCH (d:Document {id: $batch.documentId})
UNWIND $batch.rows AS row
${write} (c:Commitment {id: ${C.id}})
SET c.documentId = $batch.documentId, c.text = ${C.text}, c.matchText = ${C.matchText}, c.start = ${C.start},
    c.end = ${C.end}, c.line = ${C.line}, c.sentence = ${C.sentence}, c.sentenceStart = ${C.sentenceStart},
    c.sentenceEnd = ${C.sentenceEnd}, c.sectionId = ${C.sectionId}, c.sectionPath = ${C.sectionPath},
    c.mode = ${C.mode}, c.year = ${C.year}, c.dueYear = ${C.dueYear},
    c.district = d.district, c.documentYear = d.year
${write} (d)-[:CONTAINS]->(c)
WITH c, row
OPTIONAL MATCH (s:Section {id: ${C.sectionId}})
OPTIONAL MATCH (y:Year {value: ${C.year}})
OPTIONAL MATCH (due:Year {value: ${C.dueYear}})
FOREACH (_ IN ${when('s IS NOT NULL')} | ${write} (c)-[:IN_SECTION]->(s))
FOREACH (_ IN ${when('y IS NOT NULL')} | ${write} (c)-[:FOR_YEAR]->(y))
FOREACH (_ IN ${when('due IS NOT NULL')} | ${write} (c)-[:DUE_BY]->(due))
FOREACH (t IN ${C.targets} |
  ${write} (target:Target {id: ${TG.id}})
  SET target.documentId = $batch.documentId, target.commitmentId = ${C.id}, target.indicator = ${TG.indicator},
      target.value = ${TG.value}, target.unit = ${TG.unit}, target.comparator = ${TG.comparator}, target.text = ${TG.text},
      target.start = ${TG.start}, target.end = ${TG.end}
  ${write} (c)-[:HAS_TARGET]->(target))
${relationships.map((type, i) => `FOREACH (id IN ${C.concerns}[${i}] | MERGE (e:Entity {id: id}) ${write} (c)-[:${type}]->(e))`).join('\n')}`;
}

/**
 * Entities are shared across documents: aliases accumulate, and this document's mentions sit on MENTIONS.
 * The entity's type (ENTITY_ROW's type, one of `types`) becomes its second label.
 */
export function storeEntities(types: readonly EntityType[], write: WriteMode): string {
  return `${PLAN_ONCE}
MATCH (d:Document {id: $batch.documentId})
UNWIND $batch.rows AS row
MERGE (e:Entity {id: ${E.id}})
${types.map((type) => `FOREACH (_ IN ${when(`${E.type} = '${type}'`)} | SET e:${type})`).join('\n')}
SET e.name = ${E.name}, e.type = ${E.type}, e.district = ${E.district},
    e.aliases = reduce(acc = coalesce(e.aliases, []), a IN ${E.aliases} | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET e.searchText = e.name + ' ' + reduce(s = '', a IN e.aliases | s + ' ' + a)
${write} (d)-[m:MENTIONS]->(e)
SET m.starts = ${E.starts}, m.ends = ${E.ends}, m.texts = ${E.texts}`;
}

export const REMOVE_STALE_MENTIONS = `${PLAN_ONCE}
MATCH (:Document {id: $batch.documentId})-[m:MENTIONS]->(e:Entity) WHERE NOT e.id IN $batch.keep
DELETE m`;

export const LINK_TYPES = ['ORIGINATES_FROM', 'REPORTS_ON'] as const;

/** The key of a link in $batch.keep of REMOVE_STALE_LINKS. */
export const linkKey = (from: string, type: string, to: string) => `${from}|${type}|${to}`;

// Links from this document's commitments that a new extraction no longer makes go before the new ones are merged:
// the commitments themselves are kept (same ids), so REMOVE_STALE leaves their relationships alone, and a link the
// linker dropped (another threshold, an earlier document read differently) would otherwise stay for good.
export const REMOVE_STALE_LINKS = `${PLAN_ONCE}
MATCH (later:Commitment {documentId: $batch.documentId})-[l:${LINK_TYPES.join('|')}]->(earlier:Commitment)
WHERE NOT later.id + '|' + type(l) + '|' + earlier.id IN $batch.keep
DELETE l`;

/** Rows: LINK_ROW, its type one of LINK_TYPES. */
export const storeLinks = (write: WriteMode) => `${PLAN_ONCE}
UNWIND $batch.rows AS row
MATCH (later:Commitment {id: ${L.from}})
MATCH (earlier:Commitment {id: ${L.to}})
${LINK_TYPES.map(
  (type) => `FOREACH (_ IN ${when(`${L.type} = '${type}'`)} |
  ${write} (later)-[l:${type}]->(earlier)
  SET l.score = ${L.score}, l.rank = ${L.rank}, l.sharedEntities = ${L.sharedEntities},
      l.sharedTerms = ${L.sharedTerms}, l.sharedIndicators = ${L.sharedIndicators}, l.via = ${L.via},
      l.targetIndicators = ${L.targetIndicators}, l.laterTargets = ${L.laterTargets}, l.earlierTargets = ${L.earlierTargets},
      l.targetChanges = ${L.targetChanges})`,
).join('\n')}`;

export const SET_STATUSES = `${PLAN_ONCE}
UNWIND $batch.rows AS row
MATCH (c:Commitment {id: ${ST.commitmentId}})
SET c.status = ${ST.status}, c.statusEvidenceIds = ${ST.evidenceIds}`;

// A series built from these documents by an earlier extraction that this one no longer builds (its indicator
// or its kind of unit changed) goes: series are replaced, not accumulated.
export const REMOVE_STALE_SERIES = `${PLAN_ONCE}
MATCH (c:Commitment)<-[:INCLUDES]-(s:TargetSeries) WHERE c.documentId IN $batch.documentIds AND NOT s.id IN $batch.keep
WITH DISTINCT s
DETACH DELETE s`;

export const MERGE_SERIES = `${PLAN_ONCE}
UNWIND $batch.rows AS row
MERGE (s:TargetSeries {id: ${SR.id}})
SET s.indicator = ${SR.indicator}, s.measure = ${SR.measure}, s.district = ${SR.district}, s.points = ${SR.points}
WITH s, row
UNWIND ${SR.commitmentIds} AS commitmentId
MATCH (c:Commitment {id: commitmentId})
MERGE (s)-[:INCLUDES]->(c)`;

// The place hierarchy the entity stage derived (street in district in city); replaced, not accumulated, so a
// corrected hierarchy leaves no stale PART_OF behind.
export const SET_PLACE_PARENTS = `${PLAN_ONCE}
UNWIND $batch.rows AS row
MATCH (place:Entity {id: ${CHILD.id}})
OPTIONAL MATCH (place)-[old:PART_OF]->()
DELETE old
WITH DISTINCT place, row WHERE ${CHILD.parentId} IS NOT NULL
MATCH (parent:Entity {id: ${CHILD.parentId}})
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
