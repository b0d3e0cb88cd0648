// An inverted index over the earlier commitments (entity id → commitments, term → commitments, indicator →
// commitments) holding only anchors (items rare enough to name an object, see ANCHOR_MAX_SHARE), so each later
// commitment is scored only against the few earlier ones sharing an anchor with it, never against all of them:
// linking N against M costs about N × (short posting lists).
import type { CommitmentFeatures } from './commitmentFeatures.js';
import { ANCHOR_MAX_SHARE, ANCHOR_MIN_COUNT } from './linkDefaults.js';
import type { Rarity } from './rarity.js';

export interface CandidateIndex {
  /** Earlier commitments sharing an anchor (a rare term of the clause, a rare entity, an indicator) with
   * `later`, in index order. */
  candidatesFor(later: CommitmentFeatures, allowedDocuments: ReadonlySet<string>): CommitmentFeatures[];
}

function post(postings: Map<string, number[]>, key: string, position: number): void {
  const list = postings.get(key);
  if (list === undefined) postings.set(key, [position]);
  else list.push(position);
}

export function buildCandidateIndex(earlier: readonly CommitmentFeatures[], rarity: Rarity): CandidateIndex {
  const maxFrequency = Math.max(ANCHOR_MIN_COUNT, Math.floor(rarity.commitmentCount * ANCHOR_MAX_SHARE));
  const byTerm = new Map<string, number[]>();
  const byEntity = new Map<string, number[]>();
  const byIndicator = new Map<string, number[]>();
  earlier.forEach((f, position) => {
    for (const term of f.terms.keys()) if (rarity.termFrequency(term) <= maxFrequency) post(byTerm, `${f.jurisdiction}\u0000${term}`, position);
    for (const e of f.entityIds) if (rarity.entityFrequency(e) <= maxFrequency) post(byEntity, `${f.jurisdiction}\u0000${e}`, position);
    for (const i of f.indicators) post(byIndicator, `${f.jurisdiction}\u0000${i}`, position);
  });
  return {
    candidatesFor(later, allowedDocuments) {
      const hits = new Set<number>();
      const gather = (postings: Map<string, number[]>, keys: Iterable<string>) => {
        for (const key of keys) for (const p of postings.get(`${later.jurisdiction}\u0000${key}`) ?? []) hits.add(p);
      };
      // Only the clause's own words propose candidates: context words of its sentence and headings only score.
      gather(byTerm, [...later.terms].filter(([, weight]) => weight === 1).map(([term]) => term));
      gather(byEntity, later.entityIds);
      gather(byIndicator, later.indicators);
      return [...hits]
        .sort((a, b) => a - b)
        .map((p) => earlier[p]!)
        .filter((f) => allowedDocuments.has(f.document.id));
    },
  };
}
