// Turns text into the specific terms the linker compares: nodejieba tokens of matchText (simplified, half-width,
// so traditional and simplified reports meet), plus character bigrams where jieba shatters a name into single
// characters (琶/洲 → 琶洲). Separately, the character bigrams of every Han run, which let a reworded or
// abbreviated name still meet its longer form (琶洲试验区 ↔ 琶洲人工智能与数字经济试验区). Boilerplate, numbers
// and punctuation never become terms. Pure: the same text always gives the same terms.
import nodejieba from 'nodejieba';
import { BOILERPLATE_TERMS } from './boilerplateTerms.js';

const HAN = /^[\u4e00-\u9fff]+$/;
const HAN_RUN = /[\u4e00-\u9fff]{2,}/g;
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9]{1,}$/;

function isSpecific(token: string): boolean {
  if (BOILERPLATE_TERMS.has(token)) return false;
  if (HAN.test(token)) return token.length >= 2;
  return LATIN_NAME.test(token);
}

/** The specific terms of a piece of text, each time it occurs (term frequency matters to BM25). */
export function specificTerms(text: string): string[] {
  const tokens = nodejieba.cut(text);
  const terms: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = LATIN_NAME.test(tokens[i]!) ? tokens[i]!.toUpperCase() : tokens[i]!;
    if (isSpecific(token)) terms.push(token);
    // Runs of single Han characters are usually a name jieba does not know; their bigrams carry it.
    const next = tokens[i + 1];
    if (token.length === 1 && HAN.test(token) && next !== undefined && next.length === 1 && HAN.test(next)) terms.push(token + next);
  }
  return terms;
}

/** Every character bigram of every Han run, each time it occurs; bigrams inside boilerplate words are skipped
 * by the caller's IDF, not here, since 建设 inside 建设路 is part of a name. */
export function hanBigrams(text: string): string[] {
  const bigrams: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) for (let i = 0; i + 1 < run.length; i++) bigrams.push(run.slice(i, i + 2));
  return bigrams;
}
