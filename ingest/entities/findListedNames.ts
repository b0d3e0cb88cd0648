// Names that stand in a list beside names of the same kind and ending. A report lists like with like
// (改造升级江南东路、江南西路、宝业路、金沙路), so an item between list marks (、) that ends as a found local place does
// (路, 大道, 街, 村, 涌 …) names a place too, even when the suffix rules rejected it on its own: jieba reads 宝业 as
// a common noun. Such a name is then a name wherever else its document writes it (重塑宝业路人间烟火气).
import type { Candidate } from './candidates.js';
import { nameKey } from './candidates.js';
import { jiebaTag } from './jiebaTokens.js';
import { GENERIC_MODIFIERS, GENERIC_NAMES, GLUED_FUNCTION_CHARS, LOCAL_PLACE_SUFFIXES, STOP_WORDS } from './nameRules.js';

const LIST_MARK = '、';
/** What ends a list item other than the list mark: any punctuation, a space or a line end. */
const ITEM_END = /[\p{P}\p{S}\s]/u;
/** A listed name's part before its ending: a few Han characters, as a street or road name has. */
const STEM = /^\p{Script=Han}{2,5}$/u;

/** The local-place ending of a name (路 of 江南西路, 大道 of 江南大道), longest first; null when it has none. */
function endingOf(key: string): string | null {
  let found: string | null = null;
  for (const suffix of LOCAL_PLACE_SUFFIXES) if (key.endsWith(suffix) && key.length > suffix.length && (found === null || suffix.length > found.length)) found = suffix;
  return found;
}

/** The items of the 、 list around `c`, each as [start, end); only items closed on both sides by a mark or an
 * item end, so that no item takes in the words before a list (改造升级|江南东路). */
function listItems(text: string, c: Candidate): [number, number][] {
  const items: [number, number][] = [];
  // Forward: after c, while a list mark follows.
  let at = c.end;
  while (text[at] === LIST_MARK) {
    let end = at + 1;
    // 等 closes a list (…、太古仓等旅游资源): the last item ends before it.
    while (end < text.length && text[end] !== LIST_MARK && text[end] !== '等' && !ITEM_END.test(text[end]!)) end++;
    items.push([at + 1, end]);
    at = end;
  }
  // Backward: before c, while a list mark precedes and the item before it starts right after another mark.
  at = c.start;
  while (text[at - 1] === LIST_MARK) {
    let start = at - 1;
    while (start > 0 && text[start - 1] !== LIST_MARK && !ITEM_END.test(text[start - 1]!)) start--;
    if (text[start - 1] !== LIST_MARK) break; // the list's first item: where its name starts is unknown
    items.push([start, at - 1]);
    at = start;
  }
  return items;
}

/** Whether a listed item is a name with `ending`: the ending, and a stem no rule calls generic. */
function isListedName(key: string, ending: string): boolean {
  if (!key.endsWith(ending) || GENERIC_NAMES.has(key)) return false;
  const stem = key.slice(0, -ending.length);
  return STEM.test(stem) && !GENERIC_MODIFIERS.has(stem) && !STOP_WORDS.has(stem) && !GLUED_FUNCTION_CHARS.test(stem);
}

/** A short name jieba does not know as a common word: 2-4 Han characters holding a word it tags as proper or
 * unknown, or shattered into single characters (琶|醍). */
function isShortProperName(key: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(key) || GENERIC_NAMES.has(key) || GENERIC_MODIFIERS.has(key) || STOP_WORDS.has(key)) return false;
  const words = jiebaTag(key);
  return words.every((w) => w.word.length === 1) || words.some((w) => /^(?:ns|nz|nr|x|j)$/.test(w.tag));
}

/**
 * New mentions for the items listed beside `chosen` place mentions, and for every other place the document's body
 * `lines` write the same names; none overlaps a chosen mention. `text` is the match text.
 */
export function findListedNames(text: string, lines: readonly { start: number; end: number }[], chosen: readonly Candidate[]): Candidate[] {
  const taken = new Uint8Array(text.length + 1);
  for (const c of chosen) taken.fill(1, c.start, c.end);
  const isFree = (start: number, end: number) => taken.subarray(start, end).every((t) => t === 0);
  const found = new Map<string, Candidate>();
  const placeItems = new Set(chosen.filter((c) => c.type === 'Place' && c.source !== 'title').map((c) => `${c.start}:${c.end}`));
  for (const c of chosen) {
    if (c.type !== 'Place' || c.source === 'title') continue;
    const ending = endingOf(c.key);
    const items = listItems(text, c);
    // In a list of two or more places (this one and another item), a short proper word (琶醍, 太古仓 among 小洲村 and
    // 广州塔) is a place too.
    const amongPlaces = items.some(([start, end]) => placeItems.has(`${start}:${end}`));
    for (const [start, end] of items) {
      const key = nameKey(text.slice(start, end));
      if (found.has(key) || end <= start || !isFree(start, end)) continue;
      if ((ending !== null && isListedName(key, ending)) || (amongPlaces && isShortProperName(key))) {
        found.set(key, { start, end, type: 'Place', key, canonical: key, global: c.global, source: 'suffix' });
      }
    }
  }
  const mentions: Candidate[] = [];
  for (const [key, listed] of found) {
    for (const line of lines) {
      for (let at = text.indexOf(key, line.start); at >= 0 && at + key.length <= line.end; at = text.indexOf(key, at + key.length)) {
        if (!isFree(at, at + key.length)) continue;
        taken.fill(1, at, at + key.length);
        mentions.push({ ...listed, start: at, end: at + key.length });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
