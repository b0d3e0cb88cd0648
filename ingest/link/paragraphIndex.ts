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
  /** The `limitPerDocument` best paragraphs of each of `allowedDocuments` sharing a key with the query, all of
   * them best first. */
  search(query: ReadonlyMap<string, number>, allowedDocuments: ReadonlySet<string>, limitPerDocument: number): ParagraphHit[];
}

export function indicatorsOf(c: Commitment): string[] {
  return c.targets.map((t) => indicatorKeyOf(indicatorKey(t.indicator)));
}

export function paragraphKeys(f: CommitmentFeatures, mentions: EntityMentions): KeyCounts {
  // Copied by forEach: copying through the map's iterator made an array per entry, for every paragraph indexed.
  const keys: KeyCounts = new Map();
  textKeys(f.paragraph.text).forEach((n, key) => keys.set(key, n));
  for (const e of mentions.within(f.document.id, f.paragraph.start, f.paragraph.end)) keys.set(entityKey(e), (keys.get(entityKey(e)) ?? 0) + 1);
  addCounts(keys, headingKeys(f.headings));
  for (const key of f.ownNames) keys.delete(key);
  return keys;
}

function growInt32(array: Int32Array): Int32Array {
  const bigger = new Int32Array(2 * array.length);
  bigger.set(array);
  return bigger;
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
      keys.forEach((n, key) => {
        if (keyKind(key) === 't') length += n;
      });
      p = { documentId: f.document.id, start: f.paragraph.start, keys, length, undertakings: [] };
      byStart.set(id, p);
      paragraphs.push(p);
    }
    p.undertakings.push(f);
    for (const e of f.commitment.entityIds) if (!p.keys.has(entityKey(e))) p.keys.set(entityKey(e), 1);
    for (const i of indicatorsOf(f.commitment)) p.keys.set(i, (p.keys.get(i) ?? 0) + 1);
  }
  // Postings in one pair of typed arrays (each key's paragraph positions and term frequencies side by side, key
  // after key) and each paragraph's length norm and document number precomputed: a search then touches only
  // numbers (it runs once per commitment). A map of small arrays per key, most keys being in one paragraph, took
  // several times the memory, rebuilt for every jurisdiction.
  const keyIds = new Map<string, number>();
  const frequencies: number[] = [];
  for (const p of paragraphs) {
    p.keys.forEach((_, key) => {
      const id = keyIds.get(key);
      if (id === undefined) {
        keyIds.set(key, frequencies.length);
        frequencies.push(1);
      } else frequencies[id]!++;
    });
  }
  const offsets = new Int32Array(frequencies.length + 1);
  for (let id = 0; id < frequencies.length; id++) offsets[id + 1] = offsets[id]! + frequencies[id]!;
  const postingPositions = new Int32Array(offsets[frequencies.length]!);
  const postingTfs = new Float64Array(postingPositions.length);
  const filled = offsets.slice(0, frequencies.length);
  paragraphs.forEach((p, position) =>
    p.keys.forEach((tf, key) => {
      const at = filled[keyIds.get(key)!]!++;
      postingPositions[at] = position;
      postingTfs[at] = tf;
    }),
  );
  const n = paragraphs.length;
  const averageLength = Math.max(1, paragraphs.reduce((sum, p) => sum + p.length, 0) / Math.max(1, n));
  const norms = Float64Array.from(paragraphs, (p) => BM25_K1 * (1 - BM25_B + (BM25_B * p.length) / averageLength));
  const documentIds = [...new Set(paragraphs.map((p) => p.documentId))];
  const documentNumbers = new Map(documentIds.map((id, i) => [id, i]));
  const documentOf = Int32Array.from(paragraphs, (p) => documentNumbers.get(p.documentId)!);
  const scores = new Float64Array(n);
  // The positions a search has scored, in the order it first scored them: one buffer for every search of the
  // index (a search runs per commitment), grown if ever needed.
  let touched: Int32Array = new Int32Array(Math.max(16, n));
  const documentFrequency = (key: string) => {
    const id = keyIds.get(key);
    return id === undefined ? 0 : offsets[id + 1]! - offsets[id]!;
  };
  const idfOf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const idfAbsent = idfOf(0);
  // Filled as asked (NaN until then): most keys are never asked about.
  const idfs = new Float64Array(frequencies.length).fill(NaN);
  const idfOfKey = (id: number) => {
    let value = idfs[id]!;
    if (Number.isNaN(value)) idfs[id] = value = idfOf(offsets[id + 1]! - offsets[id]!);
    return value;
  };
  const idf = (key: string) => {
    const id = keyIds.get(key);
    return id === undefined ? idfAbsent : idfOfKey(id);
  };
  // Counted per document once per key, since the same common keys are asked about for every clause.
  const countsByKey: (Int32Array | undefined)[] = [];
  const countByDocument = new Map<string, number>();
  for (const p of paragraphs) countByDocument.set(p.documentId, (countByDocument.get(p.documentId) ?? 0) + 1);
  return {
    paragraphCount: n,
    rarestIdf: Math.log(1 + (n - 0.5) / 1.5),
    idf,
    documentFrequency,
    documentFrequencyIn(key, documents) {
      const id = keyIds.get(key);
      if (id === undefined) return 0;
      let counts = countsByKey[id];
      if (counts === undefined) {
        counts = new Int32Array(documentIds.length);
        for (let at = offsets[id]!; at < offsets[id + 1]!; at++) counts[documentOf[postingPositions[at]!]!]!++;
        countsByKey[id] = counts;
      }
      let count = 0;
      for (const document of documents) {
        const d = documentNumbers.get(document);
        if (d !== undefined) count += counts[d]!;
      }
      return count;
    },
    paragraphCountIn(documents) {
      let count = 0;
      for (const id of documents) count += countByDocument.get(id) ?? 0;
      return count;
    },
    search(query, allowedDocuments, limitPerDocument) {
      const allowed = documentIds.map((id) => allowedDocuments.has(id));
      let touchedCount = 0;
      for (const [key, weight] of query) {
        const id = keyIds.get(key);
        if (id === undefined) continue;
        const from = offsets[id]!;
        const to = offsets[id + 1]!;
        if (to - from > n * COMMON_KEY_SHARE) continue;
        const w = weight * idfOfKey(id) * (BM25_K1 + 1);
        for (let at = from; at < to; at++) {
          const position = postingPositions[at]!;
          if (!allowed[documentOf[position]!]) continue;
          if (scores[position] === 0) {
            if (touchedCount === touched.length) touched = growInt32(touched);
            touched[touchedCount++] = position;
          }
          const tf = postingTfs[at]!;
          scores[position] = scores[position]! + (w * tf) / (tf + norms[position]!);
        }
      }
      // The best `limitPerDocument` of each document's touched paragraphs, kept sorted as they come (score, then
      // position): a full sort of every touched paragraph for each search costs more than everything else the
      // linker does. Per document, so that a later annual plan restating a promise word for word cannot crowd
      // the five-year plan's paragraphs out of the candidates.
      const bestOf: number[][] = documentIds.map(() => []);
      const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
      for (let t = 0; t < touchedCount; t++) {
        const position = touched[t]!;
        const best = bestOf[documentOf[position]!]!;
        if (best.length === limitPerDocument && !before(position, best[limitPerDocument - 1]!)) continue;
        let at = best.length === limitPerDocument ? limitPerDocument - 1 : best.length;
        while (at > 0 && before(position, best[at - 1]!)) {
          best[at] = best[at - 1]!;
          at--;
        }
        best[at] = position;
      }
      const best = bestOf.flat().sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
      const hits = best.map((position) => ({ paragraph: paragraphs[position]!, score: scores[position]! }));
      for (let t = 0; t < touchedCount; t++) scores[touched[t]!] = 0;
      return hits;
    },
  };
}
