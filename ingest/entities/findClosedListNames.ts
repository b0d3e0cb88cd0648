// Names that a list makes by what closes it. 亿珂粗氩尾气回收提纯再利用、栢特高性能炭纤维、晶澳石英坩埚等6个配套项目,
// …等一批项目: the report says each item is one of its projects, so each item names a project, however it is worded
// and whatever ending it has. 腾讯、抖音、蚂蚁集团等平台企业: each item is a company. Only items holding a proper word
// (a company's or place's name, or a company's own ending) are taken, since a list of generic works (老旧小区改造、
// 道路建设等12个项目) or of fields (新能源、新材料等企业) names no particular one (the entity guidelines).
import type { Lexicon } from './lexicon.js';
import { characterTag, type Token } from './jiebaTokens.js';
import { nameKey, type Candidate } from './candidates.js';
import type { EntityType } from '../../src/model.js';
import { GENERIC_MODIFIERS, GENERIC_NAMES, PROPER_TAGS, STOP_WORDS, SUFFIX_RULES } from './nameRules.js';

interface ListCloser {
  closer: RegExp;
  type: EntityType;
  /** Shortest item name: a company may be named in two characters (抖音, 百度), a project hardly. */
  minName: number;
}

const CLOSERS: ListCloser[] = [
  // The count matters: a list ending in 等项目 alone is too often of phrases (与深圳在新一代信息技术、…等项目).
  { closer: /等\s*(?:\d+|[一二三四五六七八九十两百]+)\s*[个项批]\s*\p{Script=Han}{0,6}?(?:项目|工程)/gu, type: 'Project', minName: 3 },
  { closer: /等\s*(?:\d+|[一二三四五六七八九十两百]+)?\s*[家个批]?\s*(?:平台|龙头|头部|重点|知名|骨干|优质|本土|领军)?企业/gu, type: 'Organization', minName: 2 },
  // Without 等, a count of companies closes the list (色界美妆、未来一手、汉潮中药3家企业): 家 counts firms only.
  { closer: /(?<![\d.一二三四五六七八九十两百千]|等\s*)(?:\d+|[一二三四五六七八九十两百千]+)\s*家\s*(?:平台|龙头|头部|重点|知名|骨干|优质|本土|领军)?企业/gu, type: 'Organization', minName: 2 },
];
const ORGANIZATION_ENDINGS = SUFFIX_RULES.filter((r) => r.type === 'Organization').map((r) => r.suffix);
const LIST_MARK = '、';
/** What ends a list item other than the list mark: any punctuation, a space or a line end. */
const ITEM_END = /[\p{P}\p{S}\s]/u;
/** Tags of the words that may open a list's first item without belonging to its name (推进, 加快, 全面), and such
 * words jieba tags otherwise (力争/nz). */
const LEADING_TAGS = /^(?:v|vd|d|p|c|r|ad)$/;
const LEADING_WORDS = new Set(['力争', '确保', '争取', '推动', '推进', '加快', '实施', '启动', '完成', '建成']);
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

export function findClosedListNames(text: string, lineStart: number, lineEnd: number, tokens: Token[], lexicon: Lexicon): Candidate[] {
  const found: Candidate[] = [];
  const line = text.slice(lineStart, lineEnd);
  // Built for the first list found: most lines have none, and this runs for every line of every report.
  let tokenAt: Map<number, number> | null = null;
  // A word jieba did not know that opens with a verb or an adjective (老旧, 做优) is a description, not a name.
  const described = (t: Token) => t.tag === 'x' && /^[va]/.test(characterTag(t.word[0]!));
  // Not a person's tag: jieba gives it to common words (智慧城市、智慧医疗 are fields, not projects).
  // Nor a generic word jieba tags as a place (城市 of 智慧城市).
  const isProper = (t: Token) => (PROPER_TAGS.has(t.tag) && !described(t) && !GENERIC_MODIFIERS.has(t.word)) || lexicon.byName.has(t.word);
  for (const { closer, type, minName } of CLOSERS) for (const m of line.matchAll(closer)) {
    const items = itemsBefore(text, lineStart, lineStart + m.index);
    if (items.length < 2) continue;
    const wordAt = (tokenAt ??= new Map(tokens.map((t, i) => [t.start, i])));
    for (const [itemStart, end] of items) {
      let start = itemStart;
      // The list's first item starts where its phrase does: the verb before the names is not part of them. A
      // one-character word is left alone: it may be a name's first (聚|龙湾珠江太古里首开区).
      // A preposition or conjunction of one character (与|阿里巴巴) is no company's first.
      const leading = (t: Token) =>
        (LEADING_TAGS.test(t.tag) || LEADING_WORDS.has(t.word)) && t.end < end && (t.word.length > 1 || (type === 'Organization' && /^[pc]$/.test(t.tag)));
      for (let i = wordAt.get(start); i !== undefined && leading(tokens[i]!); i = wordAt.get(start)) start = tokens[i]!.end;
      const key = nameKey(text.slice(start, end));
      if (key.length < minName || key.length > MAX_NAME || GENERIC_NAMES.has(key) || STOP_WORDS.has(key)) continue;
      const ownEnding = type === 'Organization' && ORGANIZATION_ENDINGS.some((e) => key.endsWith(e) && key.length > e.length);
      if (!ownEnding && !tokens.some((t) => t.start >= start && t.end <= end && isProper(t))) continue;
      found.push({ start, end, type, key, canonical: key, global: false, source: 'suffix' });
    }
  }
  return found;
}
