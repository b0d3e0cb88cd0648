// The types every stage shares: ingest produces them, graph stores them, the API serves them.
// No stage redefines these. Field names of GraphJson follow the extract contract in
// ../shared/eval/README.md and must not change meaning; adding fields is fine.

/** A half-open range of UTF-16 code units into a document's decoded original text (BOM removed). */
export interface Span {
  start: number;
  end: number;
}

export type DocumentKind =
  | 'five-year-plan'
  | 'plan-report'
  | 'plan-report-interpretation'
  | 'work-report'
  | 'other';

export interface YearPeriod {
  from: number;
  to: number;
}

/** Metadata of one report, detected from its text and overridden by a manifest entry when present. */
export interface DocumentMeta {
  title: string;
  city: string | null;
  district: string | null;
  kind: DocumentKind;
  /** The plan year the report sets out (2024 for a 2024 work report). */
  year: number | null;
  /** The year whose results it reports. */
  reviewYear: number | null;
  period: YearPeriod | null;
  issuer: string | null;
  script: 'simplified' | 'traditional';
}

export interface DocumentRecord extends DocumentMeta {
  /** Stable: derived from the file's bytes, so the same content always gets the same id. */
  id: string;
  /** The path as given by the user; its base name is the file name. */
  path: string;
  fileName: string;
  /** Which decoder read the bytes (utf-8, utf-16le, gb18030 …). */
  encoding: string;
  /** Number of UTF-16 code units of the decoded text. */
  length: number;
}

/** A paragraph of a document: one non-blank run of text, kept with its offsets and line. */
export interface Paragraph extends Span {
  id: string;
  documentId: string;
  /** 1-based line of `start`. */
  line: number;
  /** 0-based order within the document. */
  index: number;
  text: string;
}

/** A decoded document: its record plus the original text that every offset points into. */
export interface DecodedDocument {
  record: DocumentRecord;
  text: string;
}

/** The result of the pure pipeline for a set of files: what `pledgegraph extract` writes and `ingest` loads. */
export interface GraphJson {
  documents: DocumentRecord[];
  paragraphs: Paragraph[];
}
