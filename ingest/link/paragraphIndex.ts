// An inverted index over the paragraphs of one jurisdiction's reports that state undertakings, scored with
// BM25: a later promise is compared with each earlier paragraph as a whole (a plan paragraph states one
// undertaking with its context, which a lone clause loses). IDF is over paragraphs, term frequency saturates
// (k1) so one repeated word cannot dominate, and long paragraphs are normalised (b). Only paragraphs sharing a
// key with the query are touched, so a search costs the length of its posting lists, never all paragraphs.
import type { Commitment } from '../../src/model.js';
import type { CommitmentFeatures } from './commitmentFeatures.js';
import type { EntityMentions } from './entityMentions.js';
import { indicatorKey } from './indicators.js';
import { BM25_B, BM25_K1, COMMON_KEY_SHARE } from './linkDefaults.js';
import { addCounts, entityKey, headingKeys, indicatorKeyOf, keyKind, textKeys, type KeyCounts } from './searchKeys.js';

export interface IndexedParagraph {
  documentId: string;
  start: number;
  /** Keys of its text, its entities, its commitments' indicators and its section headings. */
  keys: KeyCounts;
  /** Number of term occurrences: the length BM25 normalises by. */
  length: number;
  /** Its undertakings (promises and goals), in text order: the candidates for a link target. */
  undertakings: CommitmentFeatures[];
}

export interface ParagraphHit {
  paragraph: IndexedParagraph;
  /** Raw BM25 score. */
  score: number;
}

export interface ParagraphIndex {
  paragraphCount: number;
  /** The IDF of a key only one paragraph holds: the most specific evidence possible in this corpus. */
  rarestIdf: number;
  idf(key: string): number;
  documentFrequency(key: string): number;
  /** How many paragraphs of `documents` hold the key. */
  documentFrequencyIn(key: string, documents: ReadonlySet<string>): number;
  /** How many paragraphs `documents` have in the index. */
  paragraphCountIn(documents: ReadonlySet<string>): number;
  /** The `limit` best paragraphs of `allowedDocuments` sharing a key with the query, best first. */
  search(query: ReadonlyMap<string, number>, allowedDocuments: ReadonlySet<string>, limit: number): ParagraphHit[];
}

export function indicatorsOf(c: Commitment): string[] {
  return c.targets.map((t) => indicatorKeyOf(indicatorKey(t.indicator)));
}

export function paragraphKeys(f: CommitmentFeatures, mentions: EntityMentions): KeyCounts {
  const keys: KeyCounts = new Map(textKeys(f.paragraph.text));
  for (const e of mentions.within(f.document.id, f.paragraph.start, f.paragraph.end)) keys.set(entityKey(e), (keys.get(entityKey(e)) ?? 0) + 1);
  addCounts(keys, headingKeys(f.headings));
  for (const key of f.ownNames) keys.delete(key);
  return keys;
}

export function buildParagraphIndex(undertakings: readonly CommitmentFeatures[], mentions: EntityMentions): ParagraphIndex {
  const paragraphs: IndexedParagraph[] = [];
  const byStart = new Map<string, IndexedParagraph>();
  for (const f of undertakings) {
    const id = `${f.document.id}\u0000${f.paragraph.start}`;
    let p = byStart.get(id);
    if (p === undefined) {
      const keys = paragraphKeys(f, mentions);
      let length = 0;
      for (const [key, n] of keys) if (keyKind(key) === 't') length += n;
      p = { documentId: f.document.id, start: f.paragraph.start, keys, length, undertakings: [] };
      byStart.set(id, p);
      paragraphs.push(p);
    }
    p.undertakings.push(f);
    for (const e of f.commitment.entityIds) if (!p.keys.has(entityKey(e))) p.keys.set(entityKey(e), 1);
    for (const i of indicatorsOf(f.commitment)) p.keys.set(i, (p.keys.get(i) ?? 0) + 1);
  }
  // Postings hold each paragraph's position and term frequency side by side, and each paragraph's length norm
  // and document number are precomputed: a search then touches only numbers (it runs once per commitment).
  const postings = new Map<string, { positions: number[]; tfs: number[] }>();
  paragraphs.forEach((p, position) => {
    for (const [key, tf] of p.keys) {
      const list = postings.get(key);
      if (list === undefined) postings.set(key, { positions: [position], tfs: [tf] });
      else {
        list.positions.push(position);
        list.tfs.push(tf);
      }
    }
  });
  const n = paragraphs.length;
  const averageLength = Math.max(1, paragraphs.reduce((sum, p) => sum + p.length, 0) / Math.max(1, n));
  const norms = Float64Array.from(paragraphs, (p) => BM25_K1 * (1 - BM25_B + (BM25_B * p.length) / averageLength));
  const documentIds = [...new Set(paragraphs.map((p) => p.documentId))];
  const documentOf = Int32Array.from(paragraphs, (p) => documentIds.indexOf(p.documentId));
  const scores = new Float64Array(n);
  const documentFrequency = (key: string) => postings.get(key)?.positions.length ?? 0;
  const idfs = new Map<string, number>();
  const idf = (key: string) => {
    let value = idfs.get(key);
    if (value === undefined) {
      const df = documentFrequency(key);
      idfs.set(key, (value = Math.log(1 + (n - df + 0.5) / (df + 0.5))));
    }
    return value;
  };
  const countsByDocument = new Map<string, Map<string, number>>();
  const countByDocument = new Map<string, number>();
  for (const p of paragraphs) countByDocument.set(p.documentId, (countByDocument.get(p.documentId) ?? 0) + 1);
  return {
    paragraphCount: n,
    rarestIdf: Math.log(1 + (n - 0.5) / 1.5),
    idf,
    documentFrequency,
    documentFrequencyIn(key, documents) {
      let counts = countsByDocument.get(key);
      if (counts === undefined) {
        // Counted per document once per key, since the same common keys are asked about for every clause.
        counts = new Map();
        for (const position of postings.get(key)?.positions ?? []) {
          const id = paragraphs[position]!.documentId;
          counts.set(id, (counts.get(id) ?? 0) + 1);
        }
        countsByDocument.set(key, counts);
      }
      let count = 0;
      if (counts.size < documents.size) {
        for (const [id, n] of counts) if (documents.has(id)) count += n;
      } else for (const id of documents) count += counts.get(id) ?? 0;
      return count;
    },
    paragraphCountIn(documents) {
      let count = 0;
      for (const id of documents) count += countByDocument.get(id) ?? 0;
      return count;
    },
    search(query, allowedDocuments, limit) {
      const allowed = documentIds.map((id) => allowedDocuments.has(id));
      const touched: number[] = [];
      for (const [key, weight] of query) {
        const list = postings.get(key);
        if (list === undefined || list.positions.length > n * COMMON_KEY_SHARE) continue;
        const w = weight * idf(key) * (BM25_K1 + 1);
        const { positions, tfs } = list;
        for (let i = 0; i < positions.length; i++) {
          const position = positions[i]!;
          if (!allowed[documentOf[position]!]) continue;
          if (scores[position] === 0) touched.push(position);
          const tf = tfs[i]!;
          scores[position] = scores[position]! + (w * tf) / (tf + norms[position]!);
        }
      }
      // The best `limit` of the touched paragraphs, kept sorted as they come (score, then position): a full sort
      // of every touched paragraph for each search costs more than everything else the linker does.
      const best: number[] = [];
      const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
      for (const position of touched) {
        if (best.length === limit && !before(position, best[limit - 1]!)) continue;
        let at = best.length === limit ? limit - 1 : best.length;
        while (at > 0 && before(position, best[at - 1]!)) {
          best[at] = best[at - 1]!;
          at--;
        }
        best[at] = position;
      }
      const hits = best.map((position) => ({ paragraph: paragraphs[position]!, score: scores[position]! }));
      for (const position of touched) scores[position] = 0;
      return hits;
    },
  };
}
