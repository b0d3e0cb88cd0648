// How specific a term, an entity or an indicator is: its inverse document frequency over all commitments given
// to the linker (BM25's smoothed form, never negative). Rare evidence (环岛路, a named park) decides a link;
// evidence every second commitment carries (产业, 琶洲 in a Haizhu plan) barely moves it.
import type { CommitmentFeatures } from './commitmentFeatures.js';
import { MAX_ENTITY_SHARE } from './linkDefaults.js';

export interface Rarity {
  commitmentCount: number;
  term(term: string): number;
  entity(entityId: string): number;
  indicator(indicator: string): number;
  /** How many commitments carry the term: the index skips terms too common to propose candidates. */
  termFrequency(term: string): number;
  /** How many commitments concern the entity (the issuing government concerns all of its report's). */
  entityFrequency(entityId: string): number;
  /** False for an entity so many commitments concern that sharing it says nothing (the issuing government). */
  isSpecificEntity(entityId: string): boolean;
}

function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function countInto(counts: Map<string, number>, keys: Iterable<string>): void {
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function measureRarity(all: readonly CommitmentFeatures[]): Rarity {
  const terms = new Map<string, number>();
  const entities = new Map<string, number>();
  const indicators = new Map<string, number>();
  for (const f of all) {
    countInto(terms, f.terms.keys());
    countInto(entities, f.entityIds);
    countInto(indicators, f.indicators);
  }
  const n = all.length;
  return {
    commitmentCount: n,
    term: (t) => idf(n, terms.get(t) ?? 0),
    entity: (e) => idf(n, entities.get(e) ?? 0),
    indicator: (i) => idf(n, indicators.get(i) ?? 0),
    termFrequency: (t) => terms.get(t) ?? 0,
    entityFrequency: (e) => entities.get(e) ?? 0,
    isSpecificEntity: (e) => (entities.get(e) ?? 0) <= Math.max(2, n * MAX_ENTITY_SHARE),
  };
}
