// Loads extract results into Neo4j: one transaction per document, batched UNWIND … MERGE on stable ids, so a
// load is atomic per document and loading the same graph twice changes nothing. Derived facts that span
// documents (statuses, target series, place hierarchy) follow in one last transaction.
import { createHash } from 'node:crypto';
import type { Commitment, DocumentRecord, Entity, EntityType, GraphJson, Link } from '../src/model.js';
import type { CountingTransaction, Database } from './database.js';
import * as Q from './loadCypher.js';

export const BATCH_SIZE = 1000;

/** The original and match text of each document, by document id. */
export type DocumentTexts = ReadonlyMap<string, { text: string; matchText: string }>;

/** Relationship from a commitment to an entity, by the entity's type. */
export const CONCERN_BY_TYPE: Record<EntityType, string> = {
  Project: 'CONCERNS',
  Place: 'LOCATED_AT',
  Agency: 'RESPONSIBILITY_OF',
  Organization: 'INVOLVES',
};

async function inBatches<T>(rows: T[], size: number, run: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await run(rows.slice(i, i + size));
}

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

function commitmentRow(c: Commitment, matchText: string) {
  const { targets: _targets, entityIds: _entityIds, ...rest } = c;
  return { ...rest, matchText: matchText.slice(c.start, c.end) };
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

async function loadDocument(tx: CountingTransaction, slice: DocumentSlice, texts: DocumentTexts, pipelineVersion: string, batchSize: number) {
  const { doc, graph } = slice;
  const source = texts.get(doc.id) ?? { text: '', matchText: '' };
  const batched = <T>(rows: T[], cypher: string, extra: Record<string, unknown> = {}) =>
    inBatches(rows, batchSize, (batch) => tx.run(cypher, { documentId: doc.id, rows: batch, ...extra }));

  await tx.run(Q.REMOVE_REPLACED_VERSION, { fileName: doc.fileName, id: doc.id, district: doc.district });
  await tx.run(Q.MERGE_DOCUMENT, { doc: documentRow(doc, source.text, pipelineVersion) });
  await tx.run(Q.REMOVE_STALE_OWNED, {
    documentId: doc.id,
    keep: [
      ...[...graph.paragraphs, ...graph.sections, ...graph.terms, ...graph.commitments].map((n) => n.id),
      ...graph.commitments.flatMap((c) => c.targets.map((_, i) => `${c.id}:t${i}`)),
    ],
  });
  await batched(graph.paragraphs, Q.MERGE_PARAGRAPHS);
  await batched(graph.sections, Q.MERGE_SECTIONS);
  await batched(graph.terms, Q.MERGE_TERMS);
  await batched(graph.commitments.map((c) => commitmentRow(c, source.matchText)), Q.MERGE_COMMITMENTS);
  const targets = graph.commitments.flatMap((c) => c.targets.map((t, i) => ({ ...t, id: `${c.id}:t${i}`, commitmentId: c.id })));
  await batched(targets, Q.MERGE_TARGETS);

  const entityRows = slice.entities.map((e) => {
    const mentions = e.mentions.filter((m) => m.documentId === doc.id);
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      district: e.district,
      starts: mentions.map((m) => m.start),
      ends: mentions.map((m) => m.end),
      texts: mentions.map((m) => m.text),
    };
  });
  for (const [type, rows] of groupBy(entityRows, (r) => r.type)) {
    await batched(rows, Q.mergeEntities(type as EntityType));
  }
  await tx.run(Q.REMOVE_STALE_MENTIONS, { documentId: doc.id, keep: entityRows.map((r) => r.id) });

  const entityType = new Map(slice.entities.map((e) => [e.id, e.type]));
  const concerns = graph.commitments.flatMap((c) => c.entityIds.map((entityId) => ({ commitmentId: c.id, entityId, type: entityType.get(entityId) })));
  for (const [type, rows] of groupBy(concerns, (r) => r.type ?? '')) {
    if (type in CONCERN_BY_TYPE) await batched(rows, Q.mergeConcerns(CONCERN_BY_TYPE[type as EntityType]));
  }
  const linkRows = slice.links.map((l) => ({ ...l, ...l.evidence, sharedIndicators: l.evidence.sharedIndicators ?? [] }));
  for (const [type, rows] of groupBy(linkRows, (l) => l.type)) {
    await batched(rows, Q.mergeLinks(type === 'REPORTS_ON' ? 'REPORTS_ON' : 'ORIGINATES_FROM'));
  }
}

function seriesId(district: string | null, indicator: string): string {
  return `series-${createHash('sha256').update(`${district ?? ''}\u0000${indicator}`).digest('hex').slice(0, 16)}`;
}

/** Facts spanning documents: statuses of plan commitments, target series, and the place hierarchy. */
async function loadDerived(tx: CountingTransaction, graph: GraphJson, batchSize: number) {
  await inBatches(graph.statuses, batchSize, (rows) => tx.run(Q.SET_STATUSES, { rows }));
  const series = graph.series.map((s) => ({
    id: seriesId(s.district, s.indicator),
    indicator: s.indicator,
    district: s.district,
    points: JSON.stringify(s.points),
    commitmentIds: s.points.map((p) => p.commitmentId),
  }));
  await inBatches(series, batchSize, (rows) => tx.run(Q.MERGE_SERIES, { rows }));
  const places = graph.entities.filter((e) => e.type === 'Place').map((e) => ({ id: e.id, parentId: e.parentId ?? null }));
  await inBatches(places, batchSize, (rows) => tx.run(Q.SET_PLACE_PARENTS, { rows }));
  await tx.run(Q.LINK_PROJECT_PLACES);
  await tx.run(Q.REMOVE_ORPHAN_ENTITIES);
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
    await db.write((tx) => loadDocument(tx, slice, texts, options.pipelineVersion, batchSize));
    options.onDocument?.(slice.doc);
  }
  await db.write((tx) => loadDerived(tx, graph, batchSize));
  return { documents: graph.documents.length, commitments: graph.commitments.length, entities: graph.entities.length, links: graph.links.length };
}
