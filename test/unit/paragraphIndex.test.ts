// The paragraph index keeps its postings in flat typed arrays; its answers must be those of BM25 computed
// straight from each paragraph's keys: scores, their order, document frequencies and IDF.
import { beforeAll, describe, expect, it } from 'vitest';
import { commitmentFeatures } from '../../ingest/link/commitmentFeatures.js';
import { indexEntityMentions } from '../../ingest/link/entityMentions.js';
import { BM25_B, BM25_K1, COMMON_KEY_SHARE } from '../../ingest/link/linkDefaults.js';
import { buildParagraphIndex, paragraphKeys } from '../../ingest/link/paragraphIndex.js';
import { keyKind, textKeys } from '../../ingest/link/searchKeys.js';
import { ANNUAL_2022, linkInput, loadTokenizer, PLAN_2021, PLAN_BACKGROUND } from './linkFixtures.js';

beforeAll(loadTokenizer, 60_000);

describe('buildParagraphIndex', () => {
  const input = linkInput([
    [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-ring', text: '加快推进环岛路沙渡路段建设,实现环岛路全线贯通。' }]],
    [ANNUAL_2022, [
      { id: 'p22-ring', text: '推进环岛路沙渡路段建设,力争环岛路全线贯通。' },
      { id: 'p22-digital', text: '做强数字经济核心产业,推进数字经济与实体经济融合。' },
    ]],
  ]);
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const features = input.commitments.map((c) => commitmentFeatures(c, documents.get(c.documentId)!, input.matchTexts.get(c.documentId)));
  const mentions = indexEntityMentions([]);
  // Each fixture commitment is a line, so a paragraph of its own.
  const paragraphs = features.map((f) => ({ f, keys: paragraphKeys(f, mentions) }));
  const lengthOf = (keys: Map<string, number>) => [...keys].reduce((sum, [key, n]) => sum + (keyKind(key) === 't' ? n : 0), 0);
  const n = paragraphs.length;
  const averageLength = paragraphs.reduce((sum, p) => sum + lengthOf(p.keys), 0) / n;
  const df = (key: string) => paragraphs.filter((p) => p.keys.has(key)).length;
  const idf = (key: string) => Math.log(1 + (n - df(key) + 0.5) / (df(key) + 0.5));

  it('scores and ranks paragraphs as BM25 over their keys does, the best few of each allowed document', () => {
    const index = buildParagraphIndex(features, mentions);
    const query = new Map([...textKeys('力争环岛路沙渡路段全线贯通,推进数字经济发展。').keys()].map((key) => [key, keyKind(key) === 't' ? 1 : 0.3]));
    const allowed = new Set([PLAN_2021.id, ANNUAL_2022.id]);
    const expected = paragraphs
      .map((p) => {
        let score = 0;
        for (const [key, weight] of query) {
          const tf = p.keys.get(key);
          if (tf === undefined || df(key) > n * COMMON_KEY_SHARE) continue;
          const norm = BM25_K1 * (1 - BM25_B + (BM25_B * lengthOf(p.keys)) / averageLength);
          score += (weight * idf(key) * (BM25_K1 + 1) * tf) / (tf + norm);
        }
        return { id: p.f.commitment.id, document: p.f.document.id, score };
      })
      .filter((h) => h.score > 0)
      .sort((a, b) => b.score - a.score);
    const bestOfEach = (limit: number) => expected.filter((h, i) => expected.slice(0, i).filter((o) => o.document === h.document).length < limit);
    for (const limit of [1, 5]) {
      const found = index.search(query, allowed, limit);
      expect(found.map((h) => h.paragraph.undertakings[0]!.commitment.id)).toEqual(bestOfEach(limit).map((h) => h.id));
      found.forEach((h, i) => expect(h.score).toBeCloseTo(bestOfEach(limit)[i]!.score, 10));
    }
    // One per document: the annual plan's restatement does not crowd the five-year plan out.
    expect(new Set(index.search(query, allowed, 1).map((h) => h.paragraph.documentId))).toEqual(allowed);
    const hits = index.search(query, allowed, 5);
    // A second search on the same index starts from clean scores.
    expect(index.search(query, allowed, 5)).toEqual(hits);
    // Paragraphs of documents not allowed are never returned.
    expect(index.search(query, new Set([ANNUAL_2022.id]), 5).every((h) => h.paragraph.documentId === ANNUAL_2022.id)).toBe(true);
  });

  it('counts document frequencies overall and within documents, and gives IDF from them', () => {
    const index = buildParagraphIndex(features, mentions);
    expect(index.paragraphCount).toBe(n);
    for (const key of ['t:环岛路', 't:数字经济', 'b:数字', 't:不在其中']) {
      expect(index.documentFrequency(key)).toBe(df(key));
      expect(index.idf(key)).toBeCloseTo(idf(key), 12);
      const inAnnual = paragraphs.filter((p) => p.f.document.id === ANNUAL_2022.id && p.keys.has(key)).length;
      expect(index.documentFrequencyIn(key, new Set([ANNUAL_2022.id, 'no-such-document']))).toBe(inAnnual);
    }
    expect(index.documentFrequency('t:环岛路')).toBeGreaterThan(1);
    expect(index.paragraphCountIn(new Set([ANNUAL_2022.id]))).toBe(2);
  });
});
