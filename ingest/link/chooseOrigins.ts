// From the paragraphs a search returned to the links of one later commitment, best first. A paragraph counts
// only when it shares an anchor with the later clause or sentence (something specific: its object, not its
// topic) and its score reaches the calibrated threshold. Within each earlier document: up to three distinct
// paragraphs of a five-year plan, the best one of an annual plan, each within a share of that document's best;
// across documents by score, at most MAX_LINKS_PER_COMMITMENT. The link points at the undertaking of the
// paragraph that shares most with the query (the paragraph's commitment the promise continues). Ties break on
// position, so output is stable.
import type { Entity, Link, LinkEvidence, LinkType } from '../../src/model.js';
import type { CommitmentFeatures } from './commitmentFeatures.js';
import { isFiveYearPlan } from './jurisdictions.js';
import {
  ANCHOR_MAX_SHARE, ANCHOR_MIN_COUNT, MAX_ENTITY_SHARE, MAX_LINKS_PER_COMMITMENT, MIN_SHARE_OF_BEST, SCORE_SCALE,
} from './linkDefaults.js';
import type { OriginQuery } from './originQuery.js';
import { indicatorsOf, type IndexedParagraph, type ParagraphHit, type ParagraphIndex } from './paragraphIndex.js';
import { entityKey, keyKind, keyValue, textKeys } from './searchKeys.js';

interface Candidate {
  paragraph: IndexedParagraph;
  score: number;
}

function hasAnchor(paragraph: IndexedParagraph, query: OriginQuery, index: ParagraphIndex): boolean {
  const maxFrequency = Math.max(ANCHOR_MIN_COUNT, index.paragraphCount * ANCHOR_MAX_SHARE);
  for (const key of query.anchorable) if (paragraph.keys.has(key) && index.documentFrequency(key) <= maxFrequency) return true;
  return false;
}

function bestOfDocument(ordered: readonly Candidate[], isPlan: boolean): Candidate[] {
  const best = ordered[0]!.score;
  return ordered.slice(0, isPlan ? MAX_LINKS_PER_COMMITMENT : 1).filter((c) => c.score >= best * MIN_SHARE_OF_BEST);
}

/** The paragraph's undertaking whose own clause shares the most query mass with the later commitment. */
function targetOf(paragraph: IndexedParagraph, query: OriginQuery, index: ParagraphIndex): CommitmentFeatures {
  let best = paragraph.undertakings[0]!;
  let bestMass = -1;
  for (const u of paragraph.undertakings) {
    const keys = new Set([...textKeys(u.clauseText).keys(), ...u.commitment.entityIds.map(entityKey), ...indicatorsOf(u.commitment)]);
    let mass = 0;
    for (const key of keys) mass += (query.weights.get(key) ?? 0) * index.idf(key);
    if (mass > bestMass) {
      best = u;
      bestMass = mass;
    }
  }
  return best;
}

function evidenceOf(paragraph: IndexedParagraph, query: OriginQuery, index: ParagraphIndex, entities: ReadonlyMap<string, Entity>): LinkEvidence {
  const terms: [string, number][] = [];
  const sharedEntities: string[] = [];
  const sharedIndicators: string[] = [];
  for (const key of query.anchorable) {
    if (!paragraph.keys.has(key)) continue;
    const kind = keyKind(key);
    if (kind === 't') terms.push([keyValue(key), query.weights.get(key)! * index.idf(key)]);
    else if (kind === 'i') sharedIndicators.push(keyValue(key));
    else if (index.documentFrequency(key) <= Math.max(2, index.paragraphCount * MAX_ENTITY_SHARE)) {
      sharedEntities.push(entities.get(keyValue(key))?.name ?? keyValue(key));
    }
  }
  terms.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { sharedEntities: sharedEntities.sort(), sharedTerms: terms.map(([t]) => t), sharedIndicators: sharedIndicators.sort() };
}

export function chooseOrigins(
  later: CommitmentFeatures,
  query: OriginQuery,
  hits: readonly ParagraphHit[],
  index: ParagraphIndex,
  type: LinkType,
  entities: ReadonlyMap<string, Entity>,
  minScore: number,
): Link[] {
  const byDocument = new Map<string, Candidate[]>();
  for (const hit of hits) {
    // Absolute evidence, not a share of the query: a long sentence naming many things is no less surely linked.
    const score = 1 - Math.exp(-hit.score / (SCORE_SCALE * index.rarestIdf));
    if (score < minScore || !hasAnchor(hit.paragraph, query, index)) continue;
    const list = byDocument.get(hit.paragraph.documentId);
    const candidate = { paragraph: hit.paragraph, score };
    if (list === undefined) byDocument.set(hit.paragraph.documentId, [candidate]);
    else list.push(candidate);
  }
  return [...byDocument.values()]
    .flatMap((list) => bestOfDocument(list, isFiveYearPlan(list[0]!.paragraph.undertakings[0]!.document)))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_LINKS_PER_COMMITMENT)
    .map(({ paragraph, score }, i) => ({
      type,
      from: later.commitment.id,
      to: targetOf(paragraph, query, index).commitment.id,
      score: Math.round(score * 1e4) / 1e4,
      rank: i + 1,
      evidence: evidenceOf(paragraph, query, index, entities),
    }));
}
