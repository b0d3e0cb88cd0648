// Loads extract results into Neo4j: one transaction per document, batched UNWIND … MERGE on stable ids, so a
// load is atomic per document and loading the same graph twice changes nothing.
import type { DocumentRecord, GraphJson, Paragraph } from '../src/model.js';
import type { CountingTransaction, Database } from './database.js';

export const BATCH_SIZE = 1000;

// A file whose content changed gets a new id (ids come from the bytes); the old version, found by file name
// within the same district, goes in the same transaction as the new one arrives.
const REMOVE_REPLACED = `
MATCH (old:Document {fileName: $fileName})
WHERE old.id <> $id AND coalesce(old.district, '') = coalesce($district, '')
OPTIONAL MATCH (old)-[:CONTAINS]->(owned)
DETACH DELETE owned, old`;

const MERGE_DOCUMENT = `
MERGE (d:Document {id: $doc.id})
SET d.path = $doc.path, d.fileName = $doc.fileName, d.title = $doc.title, d.city = $doc.city,
    d.district = $doc.district, d.kind = $doc.kind, d.year = $doc.year, d.reviewYear = $doc.reviewYear,
    d.periodFrom = $doc.periodFrom, d.periodTo = $doc.periodTo, d.issuer = $doc.issuer, d.script = $doc.script,
    d.encoding = $doc.encoding, d.length = $doc.length, d.text = $text`;

const MERGE_PARAGRAPHS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (p:Paragraph {id: row.id})
SET p.documentId = row.documentId, p.index = row.index, p.line = row.line, p.start = row.start,
    p.end = row.end, p.text = row.text
MERGE (d)-[:CONTAINS]->(p)`;

function documentParams(doc: DocumentRecord) {
  const { period, ...rest } = doc;
  return { ...rest, periodFrom: period?.from ?? null, periodTo: period?.to ?? null };
}

async function inBatches<T>(rows: T[], size: number, run: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await run(rows.slice(i, i + size));
}

async function loadDocument(tx: CountingTransaction, doc: DocumentRecord, text: string, paragraphs: Paragraph[], batchSize: number) {
  await tx.run(REMOVE_REPLACED, { fileName: doc.fileName, id: doc.id, district: doc.district });
  await tx.run(MERGE_DOCUMENT, { doc: documentParams(doc), text });
  await inBatches(paragraphs, batchSize, (rows) => tx.run(MERGE_PARAGRAPHS, { documentId: doc.id, rows }));
}

export interface LoadReport {
  documents: number;
  paragraphs: number;
}

/** Loads every document of `graph`; `texts` gives each document's original text (kept for the source view). */
export async function loadGraph(
  db: Database,
  graph: GraphJson,
  texts: ReadonlyMap<string, string>,
  options: { batchSize?: number; onDocument?: (doc: DocumentRecord) => void } = {},
): Promise<LoadReport> {
  const byDocument = new Map<string, Paragraph[]>();
  for (const p of graph.paragraphs) {
    const list = byDocument.get(p.documentId) ?? [];
    list.push(p);
    byDocument.set(p.documentId, list);
  }
  for (const doc of graph.documents) {
    await db.write((tx) => loadDocument(tx, doc, texts.get(doc.id) ?? '', byDocument.get(doc.id) ?? [], options.batchSize ?? BATCH_SIZE));
    options.onDocument?.(doc);
  }
  return { documents: graph.documents.length, paragraphs: graph.paragraphs.length };
}
