// The segmenter's tables, made from the dictionary files nodejieba ships and kept between runs by derivedTables.ts:
// building them from the 5 MB dictionary takes a few hundred milliseconds, reading them back a few.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cachedTables, type StoredArray, type StoredTables } from '../normalize/derivedTables.js';
import { buildSegmenterTables, type SegmenterTables } from './jiebaSegmenter.js';

/** Names the builder and the layout below: change it whenever either changes, so that older cache files are never read. */
const FORMAT = 'jieba-tables-5';

const NODEJIEBA_ROOT = path.dirname(createRequire(import.meta.url).resolve('nodejieba/package.json'));
const DICTIONARY_DIR = path.join(NODEJIEBA_ROOT, 'submodules', 'cppjieba', 'dict');
export const DICTIONARY_FILE = path.join(DICTIONARY_DIR, 'jieba.dict.utf8');
export const HMM_MODEL_FILE = path.join(DICTIONARY_DIR, 'hmm_model.utf8');

export function segmenterTablesToStored(t: SegmenterTables): StoredTables {
  const { trie, weights, tags, wordCount, tagNames } = t.words;
  return {
    header: { slotsUsed: trie.slotsUsed, nodeCount: trie.nodeCount, wordCount, tagNames, freqSum: t.freqSum, minWeight: t.minWeight, medianWeight: t.medianWeight },
    arrays: {
      slots: trie.slots,
      hasChildren: trie.hasChildren,
      weights,
      tags,
      hmmStart: t.hmm.start,
      hmmTransition: t.hmm.transition,
      hmmCodes: t.hmm.codes,
      hmmEmission: t.hmm.emission,
    },
  };
}

/** The segmenter's tables in `stored`, or null when anything is missing or of the wrong kind. */
export function segmenterTablesFromStored(stored: StoredTables): SegmenterTables | null {
  const { header: h, arrays: a } = stored;
  const is = <T extends StoredArray>(x: StoredArray | undefined, Type: new (...args: never[]) => T): x is T => x instanceof Type;
  const numbers = [h.slotsUsed, h.nodeCount, h.wordCount, h.freqSum, h.minWeight, h.medianWeight];
  if (!numbers.every((n) => typeof n === 'number') || !Array.isArray(h.tagNames)) return null;
  if (!is(a.slots, Int32Array) || !is(a.hasChildren, Uint8Array) || !is(a.weights, Float64Array) || !is(a.tags, Uint16Array)) return null;
  if (!is(a.hmmStart, Float64Array) || !is(a.hmmTransition, Float64Array) || !is(a.hmmCodes, Int32Array) || !is(a.hmmEmission, Float64Array)) return null;
  return {
    words: {
      trie: { slots: a.slots, slotsUsed: h.slotsUsed as number, nodeCount: h.nodeCount as number, hasChildren: a.hasChildren },
      weights: a.weights,
      tags: a.tags,
      wordCount: h.wordCount as number,
      tagNames: h.tagNames as string[],
    },
    hmm: { start: a.hmmStart, transition: a.hmmTransition, codes: a.hmmCodes, emission: a.hmmEmission },
    freqSum: h.freqSum as number,
    minWeight: h.minWeight as number,
    medianWeight: h.medianWeight as number,
  };
}

function buildStored(): StoredTables {
  const tables = buildSegmenterTables({ dictionary: readFileSync(DICTIONARY_FILE, 'utf8'), hmmModel: readFileSync(HMM_MODEL_FILE, 'utf8') });
  return segmenterTablesToStored(tables);
}

/** The tables of nodejieba's dictionary and HMM model, from the cache when it is current. */
export function loadSegmenterTables(): SegmenterTables {
  const tables = segmenterTablesFromStored(cachedTables('jieba', FORMAT, [DICTIONARY_FILE, HMM_MODEL_FILE], buildStored));
  if (tables) return tables;
  // Unreadable cached tables under the current format: a bug, not a stale file. Build them once more rather than fail.
  const rebuilt = segmenterTablesFromStored(buildStored());
  if (!rebuilt) throw new Error('jieba tables: the builder made tables it cannot read');
  return rebuilt;
}
