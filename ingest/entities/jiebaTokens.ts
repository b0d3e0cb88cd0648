// Word tokens with part-of-speech tags and offsets, from jieba's segmenter (jiebaSegmenter.ts: nodejieba's
// algorithm and dictionary, in TypeScript) with a user dictionary generated from the lexicons and the name
// suffixes, so that local names (琶洲, 沥滘) and suffixes (试验区, 街道办) come out as single words. The segmenter
// is process-global state, as nodejieba's was: loaded once here, and shared with every stage that segments text
// (the linker's terms), so that all of them see the same words.
import type { Lexicon } from './lexicon.js';
import { defaultLexicon } from './lexicon.js';
import { SUFFIX_WORDS } from './nameRules.js';
import { loadSegmenterTables } from './jiebaDictionary.js';
import { JiebaSegmenter, type TaggedWord } from './jiebaSegmenter.js';

export type { TaggedWord } from './jiebaSegmenter.js';

export interface Token {
  start: number;
  end: number;
  word: string;
  tag: string;
}

const LEXICON_TAG = { Place: 'ns', Project: 'nz', Agency: 'nt', Organization: 'nt' } as const;
// High enough that a listed name beats the general dictionary's split, low enough not to glue across words.
const USER_WORD_FREQ = 50000;

let segmenter: JiebaSegmenter | null = null;
const characterTags = new Map<string, string>();
let loadedFor: string | null = null;

/** Loads jieba with a user dictionary of the lexicon names plus `extraWords`; a no-op when already loaded so. */
export function ensureJieba(lexicon: Lexicon, extraWords: readonly string[]): void {
  const lines = [
    ...lexicon.entries.map((e) => `${e.name} ${USER_WORD_FREQ} ${LEXICON_TAG[e.type]}`),
    ...extraWords.map((w) => `${w} ${USER_WORD_FREQ} n`),
  ];
  const dict = lines.join('\n') + '\n';
  if (loadedFor === dict) return;
  segmenter = new JiebaSegmenter(loadSegmenterTables(), dict);
  loadedFor = dict;
  characterTags.clear();
}

/** The loaded segmenter; the entity stage's own (default lexicon and name suffixes) when nothing loaded one yet. */
function loadedSegmenter(): JiebaSegmenter {
  if (!segmenter) ensureJieba(defaultLexicon(), SUFFIX_WORDS);
  return segmenter!;
}

/** nodejieba.tag of the loaded segmenter: the words of `text` with their part-of-speech tags. */
export function jiebaTag(text: string): TaggedWord[] {
  return loadedSegmenter().tag(text);
}

/** nodejieba.cut of the loaded segmenter: the words of `text`, unknown runs as single characters unless `hmm`. */
export function jiebaCut(text: string, hmm = false): string[] {
  return loadedSegmenter().cut(text, hmm);
}

/** Tokens of `text` with offsets shifted by `offset`; the tokens cover the text exactly, in order. */
export function tagWords(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  loadedSegmenter().tagEach(text, (word, tag) => {
    // jieba may drop or normalise characters; realign on the text so offsets never drift.
    const found = text.indexOf(word, at);
    if (found < 0) return;
    if (found > at) tokens.push({ start: offset + at, end: offset + found, word: text.slice(at, found), tag: 'x' });
    tokens.push({ start: offset + found, end: offset + found + word.length, word, tag });
    at = found + word.length;
  });
  if (at < text.length) tokens.push({ start: offset + at, end: offset + text.length, word: text.slice(at), tag: 'x' });
  return tokens;
}

/** jieba's tag for one character on its own: tells a verb (做, 建) or preposition (因, 由) glued into an unknown word. */
export function characterTag(character: string): string {
  let tag = characterTags.get(character);
  if (tag === undefined) characterTags.set(character, (tag = jiebaTag(character)[0]?.tag ?? 'x'));
  return tag;
}
