// Loads extract results into Neo4j: one transaction per document, batched UNWIND … MERGE on stable ids (CREATE
// for what a document new to the store owns), so a load is atomic per document and loading the same graph
// twice changes nothing. Derived facts that span documents (statuses, target series, place hierarchy) follow
// in one last transaction. What to run is built by pure functions (documentStatements, derivedStatements); a
// transaction asks whether its document is stored, then sends its statements pipelined, without a round trip
// between them.
import { createHash } from 'node:crypto';
import type { Commitment, DocumentRecord, Entity, EntityType, GraphJson, Link } from '../src/model.js';
import type { CountingTransaction, Database } from './database.js';
import * as Q from './loadCypher.js';

export const BATCH_SIZE = 2000;

/** The original and match text of each document, by document id. */
export type DocumentTexts = ReadonlyMap<string, { text: string; matchText: string }>;

/** Relationship from a commitment to an entity, by the entity's type. */
export const CONCERN_BY_TYPE: Record<EntityType, string> = {
  Project: 'CONCERNS',
  Place: 'LOCATED_AT',
  Agency: 'RESPONSIBILITY_OF',
  Organization: 'INVOLVES',
};

const ENTITY_TYPES = Object.keys(CONCERN_BY_TYPE) as EntityType[];
const CONCERN_RELATIONSHIPS = Object.values(CONCERN_BY_TYPE);
/** The Cypher of the statements whose writes follow the WriteMode, for each mode. */
function ownedCypher(write: Q.WriteMode) {
  return {
    document: Q.storeDocument(write),
    paragraphs: Q.storeParagraphs(write),
    sections: Q.storeSections(write),
    subsections: Q.linkSubsections(write),
    terms: Q.storeTerms(write),
    entities: Q.storeEntities(ENTITY_TYPES, write),
    commitments: Q.storeCommitments(CONCERN_RELATIONSHIPS, write),
    links: Q.storeLinks(write),
  };
}
const OWNED_CYPHER = { CREATE: ownedCypher('CREATE'), MERGE: ownedCypher('MERGE') };

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function documentRow(doc: DocumentRecord, text: string, pipelineVersion: string) {
  const { period, ...rest } = doc;
  return { ...rest, periodFrom: period?.from ?? null, periodTo: period?.to ?? null, text, pipelineVersion };
}

/** Target ids follow from their commitment's id and their place in its list. */
const targetId = (c: Commitment, i: number) => `${c.id}:t${i}`;

/**
 * A commitment's COMMITMENT_ROW for storeCommitments: its properties, its targets, and the ids of its entities
 * by the relationship each gets, in the order of CONCERN_RELATIONSHIPS (entities of a type outside
 * CONCERN_BY_TYPE, or not among `entityType`, get none).
 */
function commitmentRow(c: Commitment, matchText: string, entityType: ReadonlyMap<string, EntityType>): unknown[] {
  const concerns: string[][] = CONCERN_RELATIONSHIPS.map(() => []);
  for (const entityId of c.entityIds) {
    const type = entityType.get(entityId);
    if (type && type in CONCERN_BY_TYPE) concerns[CONCERN_RELATIONSHIPS.indexOf(CONCERN_BY_TYPE[type])]!.push(entityId);
  }
  return Q.COMMITMENT_ROW.row({
    ...c,
    matchText: matchText.slice(c.start, c.end),
    targets: c.targets.map((t, i) => Q.TARGET_ROW.row({ ...t, id: targetId(c, i) })),
    concerns,
  });
}

/** Everything one document contributes to the graph, cut out of the whole extract. */
export interface DocumentSlice {
  doc: DocumentRecord;
  graph: Pick<GraphJson, 'paragraphs' | 'sections' | 'terms' | 'commitments'>;
  entities: Entity[];
  links: Link[];
}

export function sliceByDocument(graph: GraphJson): DocumentSlice[] {
  const paragraphs = groupBy(graph.paragraphs, (p) => p.documentId);
  const sections = groupBy(graph.sections, (s) => s.documentId);
  const terms = groupBy(graph.terms, (t) => t.documentId);
  const commitments = groupBy(graph.commitments, (c) => c.documentId);
  const commitmentDoc = new Map(graph.commitments.map((c) => [c.id, c.documentId]));
  const links = groupBy(graph.links, (l) => commitmentDoc.get(l.from) ?? '');
  // One pass over the mentions, not one per document: at 100× that is 500 documents × 60,000 entities.
  const entities = new Map<string, Entity[]>();
  for (const e of graph.entities) {
    for (const documentId of new Set(e.mentions.map((m) => m.documentId))) {
      const list = entities.get(documentId);
      if (list) list.push(e);
      else entities.set(documentId, [e]);
    }
  }
  return graph.documents.map((doc) => ({
    doc,
    graph: {
      paragraphs: paragraphs.get(doc.id) ?? [],
      sections: sections.get(doc.id) ?? [],
      terms: terms.get(doc.id) ?? [],
      commitments: commitments.get(doc.id) ?? [],
    },
    entities: entities.get(doc.id) ?? [],
    links: links.get(doc.id) ?? [],
  }));
}

/** One statement of a load: Cypher from loadCypher.ts and its one parameter, the map $batch (see there why). */
export interface Statement {
  cypher: string;
  params: { batch?: Record<string, unknown> };
}

const statement = (cypher: string, batch: Record<string, unknown>): Statement => ({ cypher, params: { batch } });

/** `cypher` once per batch of `rows` (none for no rows), each with $batch.rows and the values of `extra`. */
function batched<T>(cypher: string, rows: T[], batchSize: number, extra: Record<string, unknown> = {}): Statement[] {
  const statements: Statement[] = [];
  for (let i = 0; i < rows.length; i += batchSize) statements.push(statement(cypher, { ...extra, rows: rows.slice(i, i + batchSize) }));
  return statements;
}

/**
 * The statements that store one document, in order: old versions and stale nodes out, then the document, its
 * paragraphs, sections and terms, its entities and mentions, its commitments with their targets and what they
 * concern (so entities come before them), and its links. Pure, so the Cypher and parameters a load produces
 * can be checked without a database.
 */
export function documentStatements(
  slice: DocumentSlice,
  texts: DocumentTexts,
  pipelineVersion: string,
  batchSize = BATCH_SIZE,
  write: Q.WriteMode = 'MERGE',
): Statement[] {
  const cypher = OWNED_CYPHER[write];
  const { doc, graph } = slice;
  const documentId = doc.id;
  const source = texts.get(doc.id) ?? { text: '', matchText: '' };
  const targetIds = graph.commitments.flatMap((c) => c.targets.map((_, i) => targetId(c, i)));
  const keep = [...[...graph.paragraphs, ...graph.sections, ...graph.terms, ...graph.commitments].map((n) => n.id), ...targetIds];
  const years = [
    ...new Set([doc.year, doc.reviewYear, ...graph.commitments.flatMap((c) => [c.year, c.dueYear])].filter((y): y is number => typeof y === 'number')),
  ];
  const entityRows = slice.entities.map((e) => {
    if (!ENTITY_TYPES.includes(e.type)) throw new Error(`Entity ${e.id} has an unknown type: ${JSON.stringify(e.type)}`);
    const mentions = e.mentions.filter((m) => m.documentId === doc.id);
    return Q.ENTITY_ROW.row({
      ...e,
      starts: mentions.map((m) => m.start),
      ends: mentions.map((m) => m.end),
      texts: mentions.map((m) => m.text),
    });
  });
  const entityType = new Map(slice.entities.map((e) => [e.id, e.type]));
  const statements: Statement[] = [
    statement(Q.REMOVE_STALE, { documentId, fileName: doc.fileName, district: doc.district, keep }),
    ...batched(Q.MERGE_YEARS, years, batchSize),
    statement(cypher.document, documentRow(doc, source.text, pipelineVersion)),
    ...batched(cypher.paragraphs, graph.paragraphs.map((p) => Q.PARAGRAPH_ROW.row(p)), batchSize, { documentId }),
    ...batched(cypher.sections, graph.sections.map((s) => Q.SECTION_ROW.row(s)), batchSize, { documentId }),
    ...batched(
      cypher.subsections,
      graph.sections.filter((s) => s.parentId !== null).map((s) => Q.CHILD_ROW.row(s)),
      batchSize,
    ),
    ...batched(cypher.terms, graph.terms.map((t) => Q.TERM_ROW.row(t)), batchSize, { documentId }),
    // A new document has no mentions to remove.
    ...(write === 'MERGE' ? [statement(Q.REMOVE_STALE_MENTIONS, { documentId, keep: slice.entities.map((e) => e.id) })] : []),
    ...batched(cypher.entities, entityRows, batchSize, { documentId }),
    ...batched(cypher.commitments, graph.commitments.map((c) => commitmentRow(c, source.matchText, entityType)), batchSize, { documentId }),
  ];
  // A stored document's links are replaced, not accumulated: a new extraction may no longer make one.
  if (write === 'MERGE') statements.push(statement(Q.REMOVE_STALE_LINKS, { documentId, keep: slice.links.map((l) => Q.linkKey(l.from, linkType(l), l.to)) }));
  statements.push(...batched(cypher.links, slice.links.map(linkRow), batchSize));
  return statements;
}

const linkType = (l: Link) => (l.type === 'REPORTS_ON' ? 'REPORTS_ON' : 'ORIGINATES_FROM');

function linkRow(l: Link) {
  const targets = l.evidence.targets ?? [];
  return Q.LINK_ROW.row({
    ...l,
    type: linkType(l),
    sharedEntities: l.evidence.sharedEntities,
    sharedTerms: l.evidence.sharedTerms,
    sharedIndicators: l.evidence.sharedIndicators ?? [],
    via: l.evidence.via,
    targetIndicators: targets.map((t) => t.indicator),
    laterTargets: targets.map((t) => t.later),
    earlierTargets: targets.map((t) => t.earlier),
    targetChanges: targets.map((t) => t.change),
  });
}

/**
 * Links into the loaded documents from documents of the same extraction that are not loaded (stored already,
 * unchanged): a new or changed earlier document (a plan added after the report that continues it, a corrected
 * plan under a new id) gets the links the stored later documents make to it, which their own loads never wrote.
 */
function linksIntoLoaded(graph: GraphJson): Link[] {
  const loaded = new Set(graph.documents.map((d) => d.id));
  const documentOf = new Map(graph.commitments.map((c) => [c.id, c.documentId]));
  return graph.links.filter((l) => {
    const from = documentOf.get(l.from);
    return from !== undefined && !loaded.has(from) && loaded.has(documentOf.get(l.to) ?? '');
  });
}

function seriesId(district: string | null, indicator: string, measure: string): string {
  return `series-${createHash('sha256').update(`${district ?? ''}\u0000${indicator}\u0000${measure}`).digest('hex').slice(0, 16)}`;
}

/** Facts spanning documents: links into the loaded documents from stored ones, statuses of plan commitments,
 * target series, and the place hierarchy. */
export function derivedStatements(graph: GraphJson, batchSize = BATCH_SIZE): Statement[] {
  const seriesIds = graph.series.map((s) => seriesId(s.district, s.indicator, s.measure));
  const series = graph.series.map((s, i) =>
    Q.SERIES_ROW.row({ ...s, id: seriesIds[i], points: JSON.stringify(s.points), commitmentIds: s.points.map((p) => p.commitmentId) }),
  );
  const places = graph.entities.filter((e) => e.type === 'Place').map((e) => Q.CHILD_ROW.row({ id: e.id, parentId: e.parentId ?? null }));
  return [
    ...batched(Q.storeLinks('MERGE'), linksIntoLoaded(graph).map(linkRow), batchSize),
    ...batched(Q.SET_STATUSES, graph.statuses.map((s) => Q.STATUS_ROW.row(s)), batchSize),
    statement(Q.REMOVE_STALE_SERIES, { documentIds: graph.documents.map((d) => d.id), keep: seriesIds }),
    ...batched(Q.MERGE_SERIES, series, batchSize),
    ...batched(Q.SET_PLACE_PARENTS, places, batchSize),
    { cypher: Q.LINK_PROJECT_PLACES, params: {} },
    { cypher: Q.REMOVE_ORPHAN_ENTITIES, params: {} },
  ];
}

/**
 * Runs `statements` in order in `tx` without waiting for each before sending the next: the driver pipelines
 * them on the transaction's connection and Neo4j runs them one after another, so a document costs one round
 * trip, not one per statement. The first failure fails the whole transaction.
 */
async function runInOrder(tx: CountingTransaction, statements: Statement[]): Promise<void> {
  await Promise.all(statements.map((s) => tx.run(s.cypher, s.params)));
}

export interface LoadReport {
  documents: number;
  commitments: number;
  entities: number;
  links: number;
}

/**
 * Loads `graph`. Documents go in order of year so that every link, which points backwards in time, finds
 * its target already stored.
 */
export async function loadGraph(
  db: Database,
  graph: GraphJson,
  texts: DocumentTexts,
  options: { pipelineVersion: string; batchSize?: number; onDocument?: (doc: DocumentRecord) => void },
): Promise<LoadReport> {
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const slices = sliceByDocument(graph).sort((a, b) => (a.doc.year ?? 0) - (b.doc.year ?? 0));
  for (const slice of slices) {
    await db.write(async (tx) => {
      const [stored] = (await tx.run(Q.DOCUMENT_STORED, { batch: { documentId: slice.doc.id } })).records;
      const write = stored?.get('stored') === true ? 'MERGE' : 'CREATE';
      await runInOrder(tx, documentStatements(slice, texts, options.pipelineVersion, batchSize, write));
    });
    options.onDocument?.(slice.doc);
  }
  const derived = derivedStatements(graph, batchSize);
  await db.write((tx) => runInOrder(tx, derived));
  return { documents: graph.documents.length, commitments: graph.commitments.length, entities: graph.entities.length, links: graph.links.length };
}
