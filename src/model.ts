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

/** Whether a section reviews past work, plans future work, or neither (preface, glossary …). */
export type SectionRole = 'review' | 'plan' | 'other';

/** A heading of the document's section tree (一、 / （一） / 第X章 / 第X节 / 1. / a paragraph's lead sentence). */
export interface Section extends Span {
  id: string;
  documentId: string;
  parentId: string | null;
  /** Depth in the tree, 1 for top-level chapters. */
  level: number;
  /** The numbering as written (一、 （一） 第三章 1.), empty for unnumbered headings. */
  number: string;
  /** The heading text without its number, original characters. */
  title: string;
  line: number;
  role: SectionRole;
}

/** A term of the report's glossary (名词解释) and its definition. */
export interface GlossaryTerm extends Span {
  id: string;
  documentId: string;
  term: string;
  definition: string;
  line: number;
}

export type Comparator = '>=' | '<=' | '=' | '~';

/** A quantity a commitment names: 超20个 → {>=, 20, 个}; 增长6%左右 → {~, 6, %}. */
export interface Target extends Span {
  /** What it measures, e.g. 地区生产总值增长, 落地项目 (simplified). */
  indicator: string;
  value: number;
  unit: string;
  comparator: Comparator | null;
  /** The words of the quantity as written. */
  text: string;
}

export type CommitmentMode = 'promise' | 'achievement' | 'goal';

/** One clause-level action (a verb and its object) with its exact words and where they stand. */
export interface Commitment extends Span {
  id: string;
  documentId: string;
  /** The clause's words, exactly `documentText.slice(start, end)`. */
  text: string;
  /** 1-based line of `start`. */
  line: number;
  /** The whole sentence the clause belongs to, with its own offsets. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  sectionId: string | null;
  /** Titles of the enclosing sections, outermost first. */
  sectionPath: string[];
  mode: CommitmentMode;
  /** The year it is promised for, or the year it was achieved. */
  year: number | null;
  /** An explicit deadline (到2025年, 年底前 …). */
  dueYear: number | null;
  targets: Target[];
  entityIds: string[];
}

export type EntityType = 'Project' | 'Place' | 'Agency' | 'Organization';

export interface Mention extends Span {
  documentId: string;
  /** The words as written in the original (traditional stays traditional). */
  text: string;
}

/** A named thing, resolved to one canonical entity across documents. */
export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name, simplified characters. */
  name: string;
  aliases: string[];
  /** The district whose thing it is, when the name alone would be ambiguous across districts. */
  district: string | null;
  /** For a place: the id of the place it lies in (a street in its district, a district in its city). */
  parentId?: string | null;
  mentions: Mention[];
}

export type LinkType = 'ORIGINATES_FROM' | 'REPORTS_ON';

/** How the later commitment's target on an indicator stands to the linked commitment's target on it. A promise
 * against its origin: `same`, `raised` or `lowered` value; a reported figure against the promise: `met` or `not-met`
 * (compareTargets.ts); `other-unit` when the two are in different units (家 and 个) and so not compared. */
export type TargetChange = 'same' | 'raised' | 'lowered' | 'met' | 'not-met' | 'other-unit';

export interface TargetComparison {
  /** The indicator as the later commitment words it. */
  indicator: string;
  /** The later target's words as written (6%), and the linked commitment's (6%左右). */
  later: string;
  earlier: string;
  change: TargetChange;
}

export interface LinkEvidence {
  /** Canonical names of the entities both commitments concern. */
  sharedEntities: string[];
  /** Specific terms both share (boilerplate excluded). */
  sharedTerms: string[];
  /** Indicators both set targets on. */
  sharedIndicators?: string[];
  /** The two linked commitments' own targets on the same indicator, compared: shared or changed targets (end to
   * end for an origin reached `via` an annual plan). */
  targets?: TargetComparison[];
  /** For an origin reached through an intermediate annual plan (originsThroughAnnualPlans.ts): the id of that
   * plan's promise, which the later commitment continues and which continues this origin. The shared fields then
   * say what the later commitment shares with it; `targets` still compares the link's two ends. */
  via?: string;
}

/** later → earlier: a promise to the plan commitment it continues, or an achievement to its promise. */
export interface Link {
  type: LinkType;
  from: string;
  to: string;
  /** 0..1, higher is surer. */
  score: number;
  /** 1 for the best origin of `from`, 2 for the next … */
  rank: number;
  evidence: LinkEvidence;
}

export type CommitmentStatus = 'reported-done' | 'reported-progress' | 're-promised' | 'no-later-mention';

/** What later documents say about a plan commitment, with the commitments that say it. */
export interface StatusRecord {
  commitmentId: string;
  status: CommitmentStatus;
  evidenceIds: string[];
}

/** One point of a target series: a plan's target, a year's target, or a reported actual. */
export interface SeriesPoint {
  commitmentId: string;
  documentId: string;
  year: number | null;
  kind: 'plan-target' | 'annual-target' | 'reported-actual';
  value: number;
  unit: string;
  comparator: Comparator | null;
}

export interface TargetSeries {
  indicator: string;
  /** The kind of quantity every point measures (percent, money, count …: buildTargetSeries.ts). */
  measure: string;
  district: string | null;
  points: SeriesPoint[];
}

/** The result of the pure pipeline for a set of files: what `pledgegraph extract` writes and `ingest` loads. */
export interface GraphJson {
  documents: DocumentRecord[];
  paragraphs: Paragraph[];
  sections: Section[];
  terms: GlossaryTerm[];
  commitments: Commitment[];
  entities: Entity[];
  links: Link[];
  statuses: StatusRecord[];
  series: TargetSeries[];
}
