// Finds the names listed in the lexicons, on word boundaries only, so that a listed street name (江海) is not
// found inside an ordinary word (江海联运 is one word to jieba only when it knows it; a listed name must start
// and end where jieba's words do). A name listed for one district is looked for in that district's reports only.
import type { Lexicon } from './lexicon.js';
import type { Token } from './jiebaTokens.js';
import type { Candidate } from './candidates.js';

const MAX_NAME_WORDS = 4;

export function findLexiconNames(tokens: Token[], lexicon: Lexicon, text: string, district: string | null): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Longest listed name made of 1..MAX_NAME_WORDS whole words starting at word i.
    for (let n = Math.min(MAX_NAME_WORDS, tokens.length - i); n >= 1; n--) {
      const start = tokens[i]!.start;
      const end = tokens[i + n - 1]!.end;
      const entry = lexicon.byName.get(text.slice(start, end));
      if (!entry || (entry.onlyIn !== null && entry.onlyIn !== district)) continue;
      found.push({ start, end, type: entry.type, key: entry.name, canonical: entry.canonical, global: entry.global, source: 'lexicon' });
      break;
    }
  }
  return found;
}
