// The one vocabulary both sides of a link are compared in: a key per specific term (t:), Han bigram (b:),
// canonical entity (e:), target indicator (i:) and section-heading term (h:), counted per text. Keys of the
// same text are computed once (clauses of one sentence share it), keyed by the text itself so the cache can
// never return another text's keys.
import { clearSegmentTerms, hanBigrams, specificTerms } from './specificTerms.js';

export type KeyKind = 't' | 'b' | 'e' | 'i' | 'h';

export const keyKind = (key: string): KeyKind => key[0] as KeyKind;
export const keyValue = (key: string): string => key.slice(2);
export const entityKey = (entityId: string): string => `e:${entityId}`;
export const indicatorKeyOf = (indicator: string): string => `i:${indicator}`;

/** key → occurrences. */
export type KeyCounts = Map<string, number>;

const cache = new Map<string, KeyCounts>();
const CACHE_LIMIT = 50_000;

function count(counts: KeyCounts, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Forgets every text's keys: the linker calls it after each jurisdiction, whose texts the next never shares. */
export function clearTextKeys(): void {
  cache.clear();
  clearSegmentTerms();
}

/** Specific terms and Han bigrams of a match text. */
export function textKeys(matchText: string): KeyCounts {
  let keys = cache.get(matchText);
  if (keys === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    keys = new Map();
    for (const t of specificTerms(matchText)) count(keys, `t:${t}`);
    for (const b of hanBigrams(matchText)) count(keys, `b:${b}`);
    cache.set(matchText, keys);
  }
  return keys;
}

/** The specific terms of section headings, as heading keys: a theme, never an object. */
export function headingKeys(matchTitles: readonly string[]): KeyCounts {
  const keys: KeyCounts = new Map();
  for (const [key, n] of textKeys(matchTitles.join('。'))) if (keyKind(key) === 't') count(keys, `h:${keyValue(key)}`, n);
  return keys;
}

export function addCounts(into: KeyCounts, from: ReadonlyMap<string, number>): void {
  for (const [key, n] of from) count(into, key, n);
}
