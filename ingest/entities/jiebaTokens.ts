// Word tokens with part-of-speech tags and offsets, from nodejieba loaded with a user dictionary generated from
// the lexicons and the name suffixes, so that local names (琶洲, 沥滘) and suffixes (试验区, 街道办) come out as
// single words. jieba is process-global state: it is loaded once here and nowhere else in this stage.
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import nodejieba from 'nodejieba';
import type { Lexicon } from './lexicon.js';

export interface Token {
  start: number;
  end: number;
  word: string;
  tag: string;
}

const LEXICON_TAG = { Place: 'ns', Project: 'nz', Agency: 'nt', Organization: 'nt' } as const;
// High enough that a listed name beats the general dictionary's split, low enough not to glue across words.
const USER_WORD_FREQ = 50000;

let loadedFor: string | null = null;

/** Loads jieba with a user dictionary of the lexicon names plus `extraWords`; a no-op when already loaded so. */
export function ensureJieba(lexicon: Lexicon, extraWords: readonly string[]): void {
  const lines = [
    ...lexicon.entries.map((e) => `${e.name} ${USER_WORD_FREQ} ${LEXICON_TAG[e.type]}`),
    ...extraWords.map((w) => `${w} ${USER_WORD_FREQ} n`),
  ];
  const dict = lines.join('\n') + '\n';
  const hash = createHash('sha256').update(dict).digest('hex').slice(0, 16);
  if (loadedFor === hash) return;
  // cppjieba reads user dictionaries from files only; the file is derived data, named by its content.
  const file = path.join(os.tmpdir(), `pledgegraph-jieba-${hash}.dict`);
  writeFileSync(file, dict);
  nodejieba.load({ userDict: file });
  loadedFor = hash;
}

/** Tokens of `text` with offsets shifted by `offset`; the tokens cover the text exactly, in order. */
export function tagWords(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const { word, tag } of nodejieba.tag(text)) {
    // jieba may drop or normalise characters; realign on the text so offsets never drift.
    const found = text.indexOf(word, at);
    if (found < 0) continue;
    if (found > at) tokens.push({ start: offset + at, end: offset + found, word: text.slice(at, found), tag: 'x' });
    tokens.push({ start: offset + found, end: offset + found + word.length, word, tag });
    at = found + word.length;
  }
  if (at < text.length) tokens.push({ start: offset + at, end: offset + text.length, word: text.slice(at), tag: 'x' });
  return tokens;
}

const characterTags = new Map<string, string>();

/** jieba's tag for one character on its own: tells a verb (做, 建) or preposition (因, 由) glued into an unknown word. */
export function characterTag(character: string): string {
  let tag = characterTags.get(character);
  if (tag === undefined) characterTags.set(character, (tag = nodejieba.tag(character)[0]?.tag ?? 'x'));
  return tag;
}
