// Picks the earlier commitments a later one links to, best first: scored candidates above the calibrated
// threshold, within a share of the best, one per earlier sentence (its clauses state one undertaking, and three
// clauses of one sentence would crowd out real alternatives), at most one per annual plan (the five-year plan
// keeps room for its own lines), at most MAX_LINKS_PER_COMMITMENT. Ties break on ids, so output is stable.
import type { Link, LinkType } from '../../src/model.js';
import type { CommitmentFeatures } from './commitmentFeatures.js';
import { isFiveYearPlan } from './jurisdictions.js';
import { MAX_LINKS_PER_COMMITMENT, MIN_ORIGIN_SCORE, MIN_SHARE_OF_BEST } from './linkDefaults.js';
import type { Match } from './scoreMatch.js';

export interface RankOptions {
  type: LinkType;
  minScore?: number;
}

export function rankMatches(
  later: CommitmentFeatures,
  scored: readonly { earlier: CommitmentFeatures; match: Match }[],
  options: RankOptions,
): Link[] {
  const minScore = options.minScore ?? MIN_ORIGIN_SCORE;
  const ordered = scored
    .filter((s) => s.match.score >= minScore)
    .sort((a, b) => b.match.score - a.match.score || a.earlier.commitment.id.localeCompare(b.earlier.commitment.id));
  const best = ordered[0]?.match.score ?? 0;
  const links: Link[] = [];
  const sentences = new Set<string>();
  const annualPlans = new Set<string>();
  for (const { earlier, match } of ordered) {
    if (links.length >= MAX_LINKS_PER_COMMITMENT || match.score < best * MIN_SHARE_OF_BEST) break;
    const c = earlier.commitment;
    const sentence = `${c.documentId}:${c.sentenceStart}`;
    if (sentences.has(sentence)) continue;
    if (!isFiveYearPlan(earlier.document)) {
      if (annualPlans.has(c.documentId)) continue;
      annualPlans.add(c.documentId);
    }
    sentences.add(sentence);
    links.push({ type: options.type, from: later.commitment.id, to: c.id, score: round(match.score), rank: links.length + 1, evidence: match.evidence });
  }
  return links;
}

function round(score: number): number {
  return Math.round(score * 1e4) / 1e4;
}
