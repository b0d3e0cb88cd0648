// Picks the earlier commitments a later one links to, best first. Within each earlier document: candidates
// above the calibrated threshold and within a share of that document's best, one per sentence (its clauses
// state one undertaking, and three clauses of one sentence would crowd out real alternatives), and only the
// best one of an annual plan (the five-year plan keeps room for its own lines). Across documents: by score, at
// most MAX_LINKS_PER_COMMITMENT. The share is taken per document so that a close match in the 2022 annual plan
// does not hide the 2021 outline's commitment behind it. Ties break on ids, so output is stable.
import type { Link, LinkType } from '../../src/model.js';
import type { CommitmentFeatures } from './commitmentFeatures.js';
import { isFiveYearPlan } from './jurisdictions.js';
import { MAX_LINKS_PER_COMMITMENT, MIN_ORIGIN_SCORE, MIN_SHARE_OF_BEST } from './linkDefaults.js';
import type { Match } from './scoreMatch.js';

export interface Scored {
  earlier: CommitmentFeatures;
  match: Match;
}

function byScore(a: Scored, b: Scored): number {
  return b.match.score - a.match.score || a.earlier.commitment.id.localeCompare(b.earlier.commitment.id);
}

function bestOfDocument(ordered: readonly Scored[]): Scored[] {
  const best = ordered[0]!.match.score;
  const kept: Scored[] = [];
  const sentences = new Set<string>();
  const limit = isFiveYearPlan(ordered[0]!.earlier.document) ? MAX_LINKS_PER_COMMITMENT : 1;
  for (const s of ordered) {
    if (kept.length >= limit || s.match.score < best * MIN_SHARE_OF_BEST) break;
    const sentence = String(s.earlier.commitment.sentenceStart);
    if (sentences.has(sentence)) continue;
    sentences.add(sentence);
    kept.push(s);
  }
  return kept;
}

export function rankMatches(later: CommitmentFeatures, scored: readonly Scored[], type: LinkType, minScore = MIN_ORIGIN_SCORE): Link[] {
  const byDocument = new Map<string, Scored[]>();
  for (const s of [...scored].filter((s) => s.match.score >= minScore).sort(byScore)) {
    const list = byDocument.get(s.earlier.document.id);
    if (list === undefined) byDocument.set(s.earlier.document.id, [s]);
    else list.push(s);
  }
  return [...byDocument.values()]
    .flatMap(bestOfDocument)
    .sort(byScore)
    .slice(0, MAX_LINKS_PER_COMMITMENT)
    .map(({ earlier, match }, i) => ({
      type,
      from: later.commitment.id,
      to: earlier.commitment.id,
      score: Math.round(match.score * 1e4) / 1e4,
      rank: i + 1,
      evidence: match.evidence,
    }));
}
