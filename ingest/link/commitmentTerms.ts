// Turns a commitment into the weighted specific terms the linker compares: nodejieba tokens of its matchText
// (simplified, half-width, so traditional and simplified reports meet), plus character bigrams where jieba
// shatters a name into single characters (琶/洲 → 琶洲, 沙/渡/路 → 沙渡, 渡路). Boilerplate, numbers and
// punctuation never become terms. Pure: the same text always gives the same terms.
import nodejieba from 'nodejieba';
import type { Commitment } from '../../src/model.js';
import { toMatchText } from '../normalize/matchText.js';
import { BOILERPLATE_TERMS } from './boilerplateTerms.js';
import { SECTION_THEME_WEIGHT, SENTENCE_CONTEXT_WEIGHT } from './linkDefaults.js';

const HAN = /^[\u4e00-\u9fff]+$/;
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9]{1,}$/;

function isSpecific(token: string): boolean {
  if (BOILERPLATE_TERMS.has(token)) return false;
  if (HAN.test(token)) return token.length >= 2;
  return LATIN_NAME.test(token);
}

/** The specific terms of a piece of text, in first-seen order. */
export function specificTerms(text: string): string[] {
  const tokens = nodejieba.cut(text);
  const terms: string[] = [];
  const seen = new Set<string>();
  const add = (t: string) => {
    if (!seen.has(t) && isSpecific(t)) {
      seen.add(t);
      terms.push(t);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    add(LATIN_NAME.test(token) ? token.toUpperCase() : token);
    // Runs of single Han characters are usually a name jieba does not know; their bigrams carry it.
    const next = tokens[i + 1];
    if (token.length === 1 && HAN.test(token) && next !== undefined && next.length === 1 && HAN.test(next)) add(token + next);
  }
  return terms;
}

/** term → weight in 0..1: 1 for the clause's own words, less for words it only has through context. */
export type TermWeights = Map<string, number>;

// Clauses of one sentence share its text and headings; tokenising each once keeps the stage fast. The cache
// is keyed by the text itself, so it can never return another text's terms.
const termCache = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;

function cachedTerms(text: string, normalise?: (text: string) => string): string[] {
  const key = normalise === undefined ? text : `\u0000${text}`;
  let terms = termCache.get(key);
  if (terms === undefined) {
    if (termCache.size >= CACHE_LIMIT) termCache.clear();
    terms = specificTerms(normalise === undefined ? text : normalise(text));
    termCache.set(key, terms);
  }
  return terms;
}

function addTerms(weights: TermWeights, text: string, weight: number, normalise?: (text: string) => string): void {
  for (const term of cachedTerms(text, normalise)) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
}

/** The clause's terms, its sentence's other terms, and its section headings' terms, each weighted. */
export function commitmentTerms(commitment: Commitment, matchText: string | undefined): TermWeights {
  const slice = (start: number, end: number, fallback: string) =>
    matchText !== undefined && end <= matchText.length ? matchText.slice(start, end) : fallback;
  const weights: TermWeights = new Map();
  addTerms(weights, slice(commitment.start, commitment.end, commitment.text), 1);
  addTerms(weights, slice(commitment.sentenceStart, commitment.sentenceEnd, commitment.sentence), SENTENCE_CONTEXT_WEIGHT);
  // Headings come as original words (traditional in a traditional report), so they are normalised here.
  addTerms(weights, commitment.sectionPath.join('。'), SECTION_THEME_WEIGHT, toMatchText);
  return weights;
}
