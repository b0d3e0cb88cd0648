// Everything the linker knows about one commitment, computed once: its document, jurisdiction, year, weighted
// terms, canonical entities and target indicators. Candidates and scores read only these.
import type { Commitment, DocumentRecord } from '../../src/model.js';
import { commitmentTerms, type TermWeights } from './commitmentTerms.js';
import { indicatorKey } from './indicators.js';
import { jurisdictionOf } from './jurisdictions.js';

export interface CommitmentFeatures {
  commitment: Commitment;
  document: DocumentRecord;
  jurisdiction: string;
  terms: TermWeights;
  entityIds: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
}

export function commitmentFeatures(
  commitment: Commitment,
  document: DocumentRecord,
  matchText: string | undefined,
): CommitmentFeatures {
  return {
    commitment,
    document,
    jurisdiction: jurisdictionOf(document),
    terms: commitmentTerms(commitment, matchText),
    entityIds: new Set(commitment.entityIds),
    indicators: new Set(commitment.targets.map((t) => indicatorKey(t.indicator))),
  };
}
