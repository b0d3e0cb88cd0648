// Read queries about documents.
import type { Database } from '../database.js';

export interface DocumentRow {
  id: string;
  title: string;
  fileName: string;
  path: string;
  city: string | null;
  district: string | null;
  kind: string;
  year: number | null;
  reviewYear: number | null;
  periodFrom: number | null;
  periodTo: number | null;
  issuer: string | null;
  script: string;
  encoding: string;
  length: number;
  paragraphCount: number;
  commitmentCount: number;
}

const DOCUMENT_FIELDS = `
  id: d.id, title: d.title, fileName: d.fileName, path: d.path, city: d.city, district: d.district,
  kind: d.kind, year: d.year, reviewYear: d.reviewYear, periodFrom: d.periodFrom, periodTo: d.periodTo,
  issuer: d.issuer, script: d.script, encoding: d.encoding, length: d.length,
  paragraphCount: COUNT { (d)-[:CONTAINS]->(:Paragraph) },
  commitmentCount: COUNT { (d)-[:CONTAINS]->(:Commitment) }`;

export async function listDocuments(db: Database): Promise<DocumentRow[]> {
  const rows = await db.read<{ doc: DocumentRow }>(
    `MATCH (d:Document) RETURN d { ${DOCUMENT_FIELDS} } AS doc ORDER BY d.year, d.fileName`,
  );
  return rows.map((r) => r.doc);
}

export async function documentsByIds(db: Database, ids: readonly string[]): Promise<DocumentRow[]> {
  const rows = await db.read<{ doc: DocumentRow }>(
    `MATCH (d:Document) WHERE d.id IN $ids RETURN d { ${DOCUMENT_FIELDS} } AS doc`,
    { ids: [...ids] },
  );
  return rows.map((r) => r.doc);
}

export async function documentText(db: Database, id: string): Promise<string | null> {
  const rows = await db.read<{ text: string }>('MATCH (d:Document {id: $id}) RETURN d.text AS text', { id });
  return rows[0]?.text ?? null;
}
