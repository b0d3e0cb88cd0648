// The Cypher of loading, one named statement per shape, every value a parameter. Labels and relationship
// types cannot be parameters in Cypher, so the few statements that vary by them are built from closed sets
// (EntityType, the CONCERN_BY_TYPE values, the two link types), never from input text.
import type { EntityType } from '../src/model.js';

// Labels of the nodes a document owns; each carries `documentId`, indexed per label (graph/schema.ts).
const OWNED = ['Paragraph', 'Section', 'Term', 'Commitment', 'Target'] as const;

// One index seek per label: a label disjunction (n:A OR n:B) would scan every node of the graph.
// `documentId` is a variable or parameter name; `imports` the variables the subqueries need.
const deleteOwned = (documentId: string, keep: string | null, imports: string) =>
  OWNED.map(
    (label) => `CALL (${imports}) {
  MATCH (n:${label} {documentId: ${documentId}})${keep ? ` WHERE NOT n.id IN ${keep}` : ''}
  DETACH DELETE n
}`,
  ).join('\n');

// A file whose content changed gets a new id (ids come from the bytes); the old version, found by file name
// within the same district, goes in the same transaction as the new one arrives.
export const REMOVE_REPLACED_VERSION = `
OPTIONAL MATCH (old:Document {fileName: $fileName})
WHERE old.id <> $id AND coalesce(old.district, '') = coalesce($district, '')
WITH collect(old.id) AS oldIds
UNWIND oldIds AS oldId
${deleteOwned('oldId', null, 'oldId')}
WITH DISTINCT oldId
MATCH (old:Document {id: oldId})
DETACH DELETE old`;

// Nodes an older extraction of this same file made and this one no longer does.
export const REMOVE_STALE_OWNED = deleteOwned('$documentId', '$keep', '');

export const MERGE_DOCUMENT = `
MERGE (d:Document {id: $doc.id})
SET d.path = $doc.path, d.fileName = $doc.fileName, d.title = $doc.title, d.city = $doc.city,
    d.district = $doc.district, d.kind = $doc.kind, d.year = $doc.year, d.reviewYear = $doc.reviewYear,
    d.periodFrom = $doc.periodFrom, d.periodTo = $doc.periodTo, d.issuer = $doc.issuer, d.script = $doc.script,
    d.encoding = $doc.encoding, d.length = $doc.length, d.text = $doc.text, d.pipelineVersion = $doc.pipelineVersion
WITH d
UNWIND [y IN [d.year, d.reviewYear] WHERE y IS NOT NULL] AS year
MERGE (y:Year {value: year})
SET y.id = 'year-' + toString(year)
WITH d, y
CALL (d, y) {
  WITH d, y WHERE y.value = d.year
  MERGE (d)-[:PLANS_FOR]->(y)
}
CALL (d, y) {
  WITH d, y WHERE y.value = d.reviewYear
  MERGE (d)-[:REVIEWS]->(y)
}`;

export const MERGE_PARAGRAPHS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (p:Paragraph {id: row.id})
SET p.documentId = row.documentId, p.index = row.index, p.line = row.line, p.start = row.start,
    p.end = row.end, p.text = row.text
MERGE (d)-[:CONTAINS]->(p)`;

export const MERGE_SECTIONS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (s:Section {id: row.id})
SET s.documentId = row.documentId, s.parentId = row.parentId, s.level = row.level, s.number = row.number,
    s.title = row.title, s.line = row.line, s.start = row.start, s.end = row.end, s.role = row.role
MERGE (d)-[:CONTAINS]->(s)
WITH s, row WHERE row.parentId IS NOT NULL
MATCH (parent:Section {id: row.parentId})
MERGE (parent)-[:HAS_SUBSECTION]->(s)`;

export const MERGE_TERMS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (t:Term {id: row.id})
SET t.documentId = row.documentId, t.term = row.term, t.definition = row.definition, t.line = row.line,
    t.start = row.start, t.end = row.end
MERGE (d)-[:CONTAINS]->(t)`;

export const MERGE_COMMITMENTS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (c:Commitment {id: row.id})
SET c.documentId = row.documentId, c.text = row.text, c.matchText = row.matchText, c.start = row.start,
    c.end = row.end, c.line = row.line, c.sentence = row.sentence, c.sentenceStart = row.sentenceStart,
    c.sentenceEnd = row.sentenceEnd, c.sectionId = row.sectionId, c.sectionPath = row.sectionPath,
    c.mode = row.mode, c.year = row.year, c.dueYear = row.dueYear,
    c.district = d.district, c.documentYear = d.year
MERGE (d)-[:CONTAINS]->(c)
WITH c, row
CALL (c, row) {
  WITH c, row WHERE row.sectionId IS NOT NULL
  MATCH (s:Section {id: row.sectionId})
  MERGE (c)-[:IN_SECTION]->(s)
}
CALL (c, row) {
  WITH c, row WHERE row.year IS NOT NULL
  MERGE (y:Year {value: row.year})
  SET y.id = 'year-' + toString(row.year)
  MERGE (c)-[:FOR_YEAR]->(y)
}
CALL (c, row) {
  WITH c, row WHERE row.dueYear IS NOT NULL
  MERGE (y:Year {value: row.dueYear})
  SET y.id = 'year-' + toString(row.dueYear)
  MERGE (c)-[:DUE_BY]->(y)
}`;

export const MERGE_TARGETS = `
UNWIND $rows AS row
MATCH (c:Commitment {id: row.commitmentId})
MERGE (t:Target {id: row.id})
SET t.documentId = $documentId, t.commitmentId = row.commitmentId, t.indicator = row.indicator,
    t.value = row.value, t.unit = row.unit, t.comparator = row.comparator, t.text = row.text,
    t.start = row.start, t.end = row.end
MERGE (c)-[:HAS_TARGET]->(t)`;

const ENTITY_LABELS: Record<EntityType, string> = {
  Project: 'Project',
  Place: 'Place',
  Agency: 'Agency',
  Organization: 'Organization',
};

/** Entities are shared across documents: aliases accumulate, and this document's mentions sit on MENTIONS. */
export function mergeEntities(type: EntityType): string {
  return `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (e:Entity:${ENTITY_LABELS[type]} {id: row.id})
SET e.name = row.name, e.type = row.type, e.district = row.district,
    e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET e.searchText = e.name + ' ' + reduce(s = '', a IN e.aliases | s + ' ' + a)
MERGE (d)-[m:MENTIONS]->(e)
SET m.starts = row.starts, m.ends = row.ends, m.texts = row.texts`;
}

export const REMOVE_STALE_MENTIONS = `
MATCH (:Document {id: $documentId})-[m:MENTIONS]->(e:Entity) WHERE NOT e.id IN $keep
DELETE m`;

export function mergeConcerns(relationship: string): string {
  return `
UNWIND $rows AS row
MATCH (c:Commitment {id: row.commitmentId})
MATCH (e:Entity {id: row.entityId})
MERGE (c)-[:${relationship}]->(e)`;
}

export function mergeLinks(type: 'ORIGINATES_FROM' | 'REPORTS_ON'): string {
  return `
UNWIND $rows AS row
MATCH (later:Commitment {id: row.from})
MATCH (earlier:Commitment {id: row.to})
MERGE (later)-[l:${type}]->(earlier)
SET l.score = row.score, l.rank = row.rank, l.sharedEntities = row.sharedEntities,
    l.sharedTerms = row.sharedTerms, l.sharedIndicators = row.sharedIndicators`;
}

export const SET_STATUSES = `
UNWIND $rows AS row
MATCH (c:Commitment {id: row.commitmentId})
SET c.status = row.status, c.statusEvidenceIds = row.evidenceIds`;

export const MERGE_SERIES = `
UNWIND $rows AS row
MERGE (s:TargetSeries {id: row.id})
SET s.indicator = row.indicator, s.district = row.district, s.points = row.points
WITH s, row
UNWIND row.commitmentIds AS commitmentId
MATCH (c:Commitment {id: commitmentId})
MERGE (s)-[:INCLUDES]->(c)`;

// The place hierarchy the entity stage derived (street in district in city); replaced, not accumulated, so a
// corrected hierarchy leaves no stale PART_OF behind.
export const SET_PLACE_PARENTS = `
UNWIND $rows AS row
MATCH (place:Entity {id: row.id})
OPTIONAL MATCH (place)-[old:PART_OF]->()
DELETE old
WITH DISTINCT place, row WHERE row.parentId IS NOT NULL
MATCH (parent:Entity {id: row.parentId})
MERGE (place)-[:PART_OF]->(parent)`;

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
