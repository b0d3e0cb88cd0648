// Names that a list closed by a count of projects makes: 亿珂粗氩尾气回收提纯再利用、栢特高性能炭纤维、晶澳石英坩埚等6个
// 配套项目, …等一批项目. The report says each item is one of its projects, so each item names a
// project, however it is worded and whatever ending it has; only items holding a proper word (a company's or place's
// name) are taken, since a list of generic works (老旧小区改造、道路建设等12个项目) names no particular one (the entity
// guidelines).
import type { Lexicon } from './lexicon.js';
import { characterTag, type Token } from './jiebaTokens.js';
import { nameKey, type Candidate } from './candidates.js';
import { GENERIC_MODIFIERS, GENERIC_NAMES, PROPER_TAGS, STOP_WORDS } from './nameRules.js';

// The count matters: a list ending in 等项目 alone is too often of phrases (与深圳在新一代信息技术、…等项目).
const COUNTED_PROJECTS = /等\s*(?:\d+|[一二三四五六七八九十两百]+)\s*[个项批]\s*\p{Script=Han}{0,6}?(?:项目|工程)/gu;
const LIST_MARK = '、';
/** What ends a list item other than the list mark: any punctuation, a space or a line end. */
const ITEM_END = /[\p{P}\p{S}\s]/u;
/** Tags of the words that may open a list's first item without belonging to its name (推进, 加快, 全面), and such
 * words jieba tags otherwise (力争/nz). */
const LEADING_TAGS = /^(?:v|vd|d|p|c|r|ad)$/;
const LEADING_WORDS = new Set(['力争', '确保', '争取', '推动', '推进', '加快', '实施', '启动', '完成', '建成']);
const MIN_NAME = 3;
const MAX_NAME = 20;

/** The items of the 、 list that ends at `end`, first item first, each as [start, end). */
function itemsBefore(text: string, lineStart: number, end: number): [number, number][] {
  const items: [number, number][] = [];
  let itemEnd = end;
  for (;;) {
    let start = itemEnd;
    while (start > lineStart && text[start - 1] !== LIST_MARK && !ITEM_END.test(text[start - 1]!)) start--;
    items.unshift([start, itemEnd]);
    if (text[start - 1] !== LIST_MARK) return items;
    itemEnd = start - 1;
  }
}

export function findCountedListNames(text: string, lineStart: number, lineEnd: number, tokens: Token[], lexicon: Lexicon): Candidate[] {
  const found: Candidate[] = [];
  const line = text.slice(lineStart, lineEnd);
  // Built for the first list found: most lines have none, and this runs for every line of every report.
  let tokenAt: Map<number, number> | null = null;
  // A word jieba did not know that opens with a verb or an adjective (老旧, 做优) is a description, not a name.
  const described = (t: Token) => t.tag === 'x' && /^[va]/.test(characterTag(t.word[0]!));
  // Not a person's tag: jieba gives it to common words (智慧城市、智慧医疗 are fields, not projects).
  // Nor a generic word jieba tags as a place (城市 of 智慧城市).
  const isProper = (t: Token) => (PROPER_TAGS.has(t.tag) && !described(t) && !GENERIC_MODIFIERS.has(t.word)) || lexicon.byName.has(t.word);
  for (const m of line.matchAll(COUNTED_PROJECTS)) {
    const items = itemsBefore(text, lineStart, lineStart + m.index);
    if (items.length < 2) continue;
    const wordAt = (tokenAt ??= new Map(tokens.map((t, i) => [t.start, i])));
    for (const [itemStart, end] of items) {
      let start = itemStart;
      // The list's first item starts where its phrase does: the verb before the names is not part of them. A
      // one-character word is left alone: it may be a name's first (聚|龙湾珠江太古里首开区).
      const leading = (t: Token) => (LEADING_TAGS.test(t.tag) || LEADING_WORDS.has(t.word)) && t.word.length > 1 && t.end < end;
      for (let i = wordAt.get(start); i !== undefined && leading(tokens[i]!); i = wordAt.get(start)) start = tokens[i]!.end;
      const key = nameKey(text.slice(start, end));
      if (key.length < MIN_NAME || key.length > MAX_NAME || GENERIC_NAMES.has(key) || STOP_WORDS.has(key)) continue;
      if (!tokens.some((t) => t.start >= start && t.end <= end && isProper(t))) continue;
      found.push({ start, end, type: 'Project', key, canonical: key, global: false, source: 'suffix' });
    }
  }
  return found;
}
