// The lineage stage: from commitments, entities and match texts of many reports to the links between them
// (ORIGINATES_FROM: later promise → the plan commitment it continues; REPORTS_ON: achievement → the promise it
// reports on), the status of every plan commitment, and the series of targets per indicator. Pure and
// deterministic; it never links across jurisdictions or forward in time (see jurisdictions.ts).
import type { Commitment, DocumentRecord, Entity, Link, StatusRecord, TargetSeries } from '../../src/model.js';
import { buildTargetSeries } from './buildTargetSeries.js';
import { buildCandidateIndex } from './candidateIndex.js';
import { commitmentFeatures, type CommitmentFeatures } from './commitmentFeatures.js';
import { deriveStatuses } from './deriveStatuses.js';
import { originDocuments, reportedDocuments } from './jurisdictions.js';
import { rankMatches } from './rankMatches.js';
import { measureRarity } from './rarity.js';
import { evidenceMass, scoreMatch } from './scoreMatch.js';

export interface LinkInput {
  documents: DocumentRecord[];
  commitments: Commitment[];
  entities: Entity[];
  /** docId → matchText, same offsets as the original. */
  matchTexts: Map<string, string>;
}

export interface LinkOutput {
  links: Link[];
  statuses: StatusRecord[];
  series: TargetSeries[];
}

/** Tunables a caller (the calibration in test/eval/linkEval.ts) may override; the pipeline passes none. */
export interface LinkOptions {
  minScore?: number;
}

export function linkCommitments(input: LinkInput): LinkOutput {
  return linkCommitmentsWith(input, {});
}

export function linkCommitmentsWith(input: LinkInput, options: LinkOptions): LinkOutput {
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const features: CommitmentFeatures[] = [];
  for (const c of [...input.commitments].sort((a, b) => a.id.localeCompare(b.id))) {
    const document = documents.get(c.documentId);
    if (document !== undefined) features.push(commitmentFeatures(c, document, input.matchTexts.get(c.documentId)));
  }
  const rarity = measureRarity(features);
  const masses = new Map<CommitmentFeatures, number>();
  const mass = (f: CommitmentFeatures) => {
    let m = masses.get(f);
    if (m === undefined) masses.set(f, (m = evidenceMass(f, rarity)));
    return m;
  };
  // Only promises and goals can be continued or reported on; achievements are the past, not undertakings.
  const undertakings = features.filter((f) => f.commitment.mode !== 'achievement');
  const index = buildCandidateIndex(undertakings, rarity);

  const links: Link[] = [];
  const linkFrom = (later: CommitmentFeatures, allowed: DocumentRecord[], type: Link['type']) => {
    if (allowed.length === 0) return;
    const allowedIds = new Set(allowed.map((d) => d.id));
    const scored = index
      .candidatesFor(later, allowedIds)
      .map((earlier) => ({ earlier, match: scoreMatch(later, earlier, rarity, mass, entities) }))
      .filter((s): s is { earlier: CommitmentFeatures; match: NonNullable<typeof s.match> } => s.match !== null);
    links.push(...rankMatches(later, scored, type, options.minScore));
  };
  for (const later of features) {
    const c = later.commitment;
    if (c.mode === 'achievement') {
      const year = c.year ?? later.document.reviewYear;
      if (year !== null) linkFrom(later, reportedDocuments(later.document, year, input.documents), 'REPORTS_ON');
    } else {
      const year = later.document.year ?? c.year;
      if (year !== null) linkFrom(later, originDocuments(later.document, year, input.documents), 'ORIGINATES_FROM');
    }
  }
  return {
    links,
    statuses: deriveStatuses(features, links, input.matchTexts),
    series: buildTargetSeries(features),
  };
}
