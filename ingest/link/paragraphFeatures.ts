// The paragraph around an earlier commitment, as one bag of features: plans state an undertaking as a lead
// sentence (发挥湿地生态支撑作用。) followed by clauses that each name only part of it, so a later promise is
// matched against the clause and against its paragraph (one paragraph per line in these reports).
import type { CommitmentFeatures } from './commitmentFeatures.js';

export function paragraphFeatures(commitments: readonly CommitmentFeatures[]): Map<CommitmentFeatures, CommitmentFeatures> {
  const groups = new Map<string, CommitmentFeatures[]>();
  for (const f of commitments) {
    const key = `${f.document.id}:${f.commitment.line}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [f]);
    else group.push(f);
  }
  const byCommitment = new Map<CommitmentFeatures, CommitmentFeatures>();
  for (const group of groups.values()) {
    const terms = new Map<string, number>();
    const entityIds = new Set<string>();
    const indicators = new Set<string>();
    for (const f of group) {
      for (const [t, w] of f.terms) terms.set(t, Math.max(terms.get(t) ?? 0, w));
      for (const e of f.entityIds) entityIds.add(e);
      for (const i of f.indicators) indicators.add(i);
    }
    const paragraph: CommitmentFeatures = { ...group[0]!, terms, entityIds, indicators };
    for (const f of group) byCommitment.set(f, paragraph);
  }
  return byCommitment;
}
