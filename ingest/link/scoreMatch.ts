// How surely a later commitment continues (or reports on) an earlier one, from what is specific to both:
// shared canonical entities and rare terms weighted by IDF, and targets on the same indicator. The score is
// the shared evidence over the geometric mean of each side's evidence (a cosine of IDF-weighted bags), so it
// lies in 0..1 and a long plan paragraph does not win by sheer length. Which pairs get scored at all is decided
// by the candidate index (they must share an anchor: something rare the later clause itself names).
import type { Entity, LinkEvidence } from '../../src/model.js';
import type { CommitmentFeatures } from './commitmentFeatures.js';
import { ENTITY_WEIGHT, INDICATOR_WEIGHT } from './linkDefaults.js';
import type { Rarity } from './rarity.js';

export interface Match {
  score: number;
  evidence: LinkEvidence;
}

/** The IDF mass of everything specific a commitment says; cached per commitment by the caller. */
export function evidenceMass(f: CommitmentFeatures, rarity: Rarity): number {
  let mass = 0;
  for (const [term, weight] of f.terms) mass += rarity.term(term) * weight;
  for (const e of f.entityIds) if (rarity.isSpecificEntity(e)) mass += ENTITY_WEIGHT * rarity.entity(e);
  for (const i of f.indicators) mass += INDICATOR_WEIGHT * rarity.indicator(i);
  return mass;
}

export function scoreMatch(
  later: CommitmentFeatures,
  earlier: CommitmentFeatures,
  rarity: Rarity,
  mass: (f: CommitmentFeatures) => number,
  entities: ReadonlyMap<string, Entity>,
): Match | null {
  let shared = 0;
  const sharedTerms: [string, number][] = [];
  for (const [term, weight] of later.terms) {
    const other = earlier.terms.get(term);
    if (other === undefined) continue;
    const gain = rarity.term(term) * Math.min(weight, other);
    shared += gain;
    sharedTerms.push([term, gain]);
  }
  const sharedEntities: string[] = [];
  for (const e of later.entityIds) {
    if (!earlier.entityIds.has(e) || !rarity.isSpecificEntity(e)) continue;
    shared += ENTITY_WEIGHT * rarity.entity(e);
    sharedEntities.push(entities.get(e)?.name ?? e);
  }
  const sharedIndicators: string[] = [];
  for (const i of later.indicators) {
    if (!earlier.indicators.has(i)) continue;
    shared += INDICATOR_WEIGHT * rarity.indicator(i);
    sharedIndicators.push(i);
  }
  if (shared === 0) return null;
  const score = shared / Math.sqrt(mass(later) * mass(earlier));
  sharedTerms.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    score: Math.min(1, score),
    evidence: {
      sharedEntities: sharedEntities.sort(),
      sharedTerms: sharedTerms.map(([t]) => t),
      sharedIndicators: sharedIndicators.sort(),
    },
  };
}

