// Finds names never listed anywhere by their ending (…街道, …试验区, 区…局, …大学): the ending fixes the type, and
// jieba's words decide how far the name part reaches to the left, so a verb before the name (推进琶洲试验区)
// stays outside it. Generic phrases (重点项目, 4个校园新改扩建项目) are rejected, not guessed at.
import type { Lexicon } from './lexicon.js';
import { ACTION_VERBS } from '../commitments/cueWords.js';
import { characterTag, jiebaTag, type Token } from './jiebaTokens.js';
import { isPunctuation, nameKey, type Candidate } from './candidates.js';
import {
  ACTION_WORDS, ADMINISTRATIVE_CHARS, ADMINISTRATIVE_SUFFIXES, BUILD_WORDS, COUNT_AFTER, COUNT_BEFORE, DESCRIBED_SUFFIXES,
  DESCRIPTIVE_TAGS, GENERIC_MODIFIERS, GENERIC_NAMES, GLUED_FUNCTION_CHARS, INNER_CONJUNCTIONS, LEVEL_PREFIXES, ROUTE_JOINERS, ROUTE_WORD, WORDS_ENDING_LIKE_SUFFIX,
  LOCAL_PLACE_SUFFIXES, NAME_JOINERS, NAME_TAGS, PROPER_TAGS, STOP_WORDS, STRONG_NAME_JOINERS, SUFFIX_RULES,
  VERB_PREFIXES, VERB_USE_AFTER, type SuffixRule,
} from './nameRules.js';

const RULES_LONGEST_FIRST = [...SUFFIX_RULES].sort((a, b) => b.suffix.length - a.suffix.length);
// Rules by (the code of) their last character, so each word is tried only against the endings it could have.
const RULES_BY_LAST_CHAR = new Map<number, SuffixRule[]>();
const lastCode = (s: string) => s.charCodeAt(s.length - 1);
for (const r of RULES_LONGEST_FIRST) RULES_BY_LAST_CHAR.set(lastCode(r.suffix), [...(RULES_BY_LAST_CHAR.get(lastCode(r.suffix)) ?? []), r]);
// Leading words that describe an action on the name rather than belong to it (建设琶洲…, 提升…).
const LEADING_DROP_TAGS = new Set(['vn', 'an', 'q', 'f', 'b', 'm', 'c']);
const DIGITS = /^[0-9]+$/;
const COUNTED_BY = /^[号期座]/;
const CLASSIFIER = /^[个项家所条座批宗处类]$/;
const COUNT_DIGIT_BEFORE = /[0-9一二三四五六七八九十百千两几多]\s*$/;
// 逢源大街荔湾湖: a place's name part never holds another place's ending as a word of its own.
const PLACE_ENDING_WORDS = new Set([...LOCAL_PLACE_SUFFIXES].filter((s) => s.length > 1));
const HEADING_BEFORE = /(?:^|\n|\*\*|——)\s*$/;
const HEADING_AFTER = /^(?:\*\*|[：:])/;
// Longest quoted name a suffix name may sit inside (“生态中国湿地保护示范奖”).
const MAX_QUOTE = 40;
// Tags that make the word next to an administrative ending a place (梅县区, 坡头区), not any word (荣获市).
const PLACE_WORD_TAGS = new Set(['ns', 'nz', 'j', 'part']);
// 六大产业片区, 四大平台: a numbered group of things, not one named thing.
const ORDINAL_GROUP = /^[一二三四五六七八九十两几数多]+大$/;
const CITY_OR_PROVINCE = /[市省]$/;
const IN_WORD_PROPER_TAGS = new Set(['ns', 'nt', 'nz', 'j']);
// A place's ending inside a known word needs a place word (港澳地区/j); 集成电路/nz is a thing, not a road.
const IN_WORD_PLACE_TAGS = new Set(['ns', 'j']);
const VERB_USE_SUFFIXES = new Set(['计划', '行动', '改造']);
const MAX_COUNT_LOOKBACK = 3;
const GOVERNMENT_SUFFIXES = new Set(['政府', '人民政府']);
const ADMINISTRATIVE_UNIT_END = /[区市省县镇乡州]$/;

interface Piece {
  start: number;
  word: string;
  tag: string;
}

function tagOf(t: Token): string {
  return DIGITS.test(t.word) ? 'm' : t.tag;
}

// A direction inside a name (中航油南方总部基地, 广州东部交通枢纽) is part of it, unlike 沿线 or 周边.
const DIRECTIONAL = /^[东西南北中][部方]$/;
const BARE_DIRECTION_ROAD = /^[东西南北中]路$/;
const CHINESE_NUMERAL = /^[一二三四五六七八九十百千万亿]$/;
/** The class of a numbered route: its number comes before it (310国道, 107省道). */
const ROUTE_CLASS = /^(?:国道|省道|县道|乡道)/;
/** Tags jieba gives to the characters of a place name it does not know (香/ns 园/zg), or to such a name (x). */
const NUMERAL_NAME_TAGS = new Set(['ns', 'nz', 'x', 'j', 'zg']);
const HAN_WORD = /^\p{Script=Han}+$/u;
const ENUMERATOR = /^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|首先|其次|最后)$/;

const ORGANIZATION_ENDINGS = SUFFIX_RULES.filter((r) => r.type === 'Organization').map((r) => r.suffix);

/** What research and innovation institutions are named for, words jieba tags as verbs (创新, 研发). */
const INSTITUTION_ACTIVITIES = new Set(['创新', '研发', '孵化', '设计', '检测', '研究', '转化']);

function isNameWord(t: Token, lexicon: Lexicon): boolean {
  if (lexicon.byName.has(t.word)) return true;
  if (STOP_WORDS.has(t.word) || isPunctuation(t.word)) return false;
  return NAME_TAGS.has(tagOf(t));
}

function pieceOf(t: Token, lexicon: Lexicon): Piece {
  return { start: t.start, word: t.word, tag: lexicon.byName.has(t.word) ? 'ns' : tagOf(t) };
}

/** The name part left of `suffixStart`, as words; empty when no acceptable word precedes the suffix. */
function namePart(tokens: Token[], suffixIndex: number, suffixStart: number, rule: SuffixRule, text: string, lexicon: Lexicon): { pieces: Piece[]; stoppedAt: number } {
  const pieces: Piece[] = [];
  const suffixToken = tokens[suffixIndex]!;
  let length = 0;
  if (suffixToken.start < suffixStart) {
    // The suffix ends a longer word (坡头区): the rest of that word is the name part's last piece. It is a
    // proper name only when the whole word is one (谋篇布局 and 城中村 are common words).
    const word = text.slice(suffixToken.start, suffixStart);
    if (WORDS_ENDING_LIKE_SUFFIX.has(suffixToken.word.slice(-2))) return { pieces: [], stoppedAt: suffixIndex };
    // 举办 is not an office (办), 老城区 not a district: a verb or descriptive word does not end in a name suffix.
    if (STOP_WORDS.has(word) || DESCRIPTIVE_TAGS.has(suffixToken.tag)) return { pieces: [], stoppedAt: suffixIndex };
    // 服务中心 alone is generic, but it may end a name whose proper words come before it (海珠文化|服务中心): the
    // generic part is then a descriptive piece, and the rule's demand for a proper word decides.
    const before = tokens[suffixIndex - 1];
    // A one-character rest (道|路, 上|市, 中|小学) is too often a word of its own to extend from.
    if (GENERIC_MODIFIERS.has(word) && (word.length === 1 || before === undefined || !isNameWord(before, lexicon))) return { pieces: [], stoppedAt: suffixIndex };
    // Inside a word jieba did not know, a lone verb or adjective before an office's or a district's ending is no
    // name (通办, 强区, 好区); before 村 a lone verb is none either (联城带村), an adjective may be (古村).
    const ownTag = word.length === 1 && suffixToken.tag === 'x' ? characterTag(word) : '';
    if ((ADMINISTRATIVE_CHARS.has(rule.suffix) || rule.type === 'Agency') && /^(?:v|a|d)/.test(ownTag)) return { pieces: [], stoppedAt: suffixIndex };
    if (rule.suffix === '村' && ownTag.startsWith('v')) return { pieces: [], stoppedAt: suffixIndex };
    // Levels listed together (县镇村, 乡镇) are no name.
    if (/^[省市区县乡镇街村]+$/.test(word)) return { pieces: [], stoppedAt: suffixIndex };
    const proper = lexicon.byName.has(word) || (PROPER_TAGS.has(suffixToken.tag) && (!INSTITUTION_KINDS.has(rule.suffix) || namesOnItsOwn(word, rule)));
    pieces.unshift({ start: suffixToken.start, word, tag: proper ? 'part' : 'n' });
    length += word.length;
    // A listed name is complete (海珠湿地): words glued before it (做优海珠湿地) are not part of it.
    if (lexicon.byName.has(suffixToken.word)) return { pieces, stoppedAt: suffixIndex - 1 };
  }
  let pending: Piece | null = null;
  let j = suffixIndex - 1;
  for (; j >= 0; j--) {
    const t = tokens[j]!;
    // A place in parentheses inside a name (中国(广州)超高清视频创新产业示范园区) qualifies it: the name goes on before it.
    const inner = t.word === ')' ? placeInParentheses(tokens, j, lexicon) : null;
    if (inner !== null && length + inner.word.length - 2 <= rule.maxModifier) {
      if (pending) {
        pieces.unshift(pending);
        length += pending.word.length;
        pending = null;
      }
      pieces.unshift(inner);
      length += inner.word.length - 2;
      j -= 2;
      continue;
    }
    // A route's number (310|国道…) belongs to its class word however long the name has grown.
    if (pieces[0] !== undefined && ROUTE_CLASS.test(pieces[0].word) && pieces[0].start === t.end && /^\d{1,4}$/.test(t.word) && pending === null) {
      pieces.unshift({ start: t.start, word: t.word, tag: 'x' });
      length += t.word.length;
      break;
    }
    if (length + t.word.length > rule.maxModifier) break;
    // A direction and 路 (西路, 东路) is never a whole road's name: the word before it is the road's, whatever jieba
    // calls it (会展|西路|过江隧道: 会展 is a verbal noun to it) unless it is an action on it (建设|西路…), and so is one
    // more single character when jieba shattered a two-character name (新|滘|东路).
    const roadName = pieces[0] !== undefined && BARE_DIRECTION_ROAD.test(pieces[0].word);
    const shatteredRoadName = pieces[1] !== undefined && BARE_DIRECTION_ROAD.test(pieces[1].word) && pieces[0]!.word.length === 1 && t.word.length === 1;
    if (pending === null && (roadName || shatteredRoadName) && HAN_WORD.test(t.word) && !ACTION_VERBS.has(t.word)) {
      pieces.unshift({ start: t.start, word: t.word, tag: 'ns' });
      length += t.word.length;
      continue;
    }
    const left = tokens[j - 1];
    // A company may be named for what it does (广州铁路投资建设集团): there an action word after a name word is part
    // of the name; elsewhere it is the verb before one (建设|琶洲…), also after a listed name, which is complete
    // (琶洲实验室|建设|鹏城实验室).
    const namedFor =
      rule.type === 'Organization' && left !== undefined && isNameWord(left, lexicon) && !lexicon.byName.has(left.word) && !ORGANIZATION_ENDINGS.some((e) => left.word.endsWith(e));
    if (rule.type !== 'Agency' && ACTION_WORDS.has(t.word) && !namedFor) break;
    if (rule.type === 'Place' && PLACE_ENDING_WORDS.has(t.word)) break;
    // 新港路沿线大学: a locative of two or more characters (沿线, 周边) ends a name part; one-character ones (东, 中)
    // are often part of a name (江南中, 琶洲东), and so are directions (南方, 东部: DIRECTIONAL).
    if (t.tag === 'f' && t.word.length > 1 && !DIRECTIONAL.test(t.word)) break;
    // 科学 is an adverb before a verb (科学布局), but a noun right before an event's or a zone's ending (科学论坛).
    const nounBeforeEnding = pieces.length === 0 && rule.strength === 'strong' && t.tag === 'n' && !ACTION_VERBS.has(t.word);
    if ((VERB_PREFIXES.has(t.word) && !nounBeforeEnding) || isVerbCompound(t)) break;
    const joins =
      NAME_JOINERS.has(t.word) ||
      (rule.strength === 'strong' && (INNER_CONJUNCTIONS.has(t.word) || STRONG_NAME_JOINERS.has(t.word))) ||
      (ROUTE_JOINERS.has(t.word) && (ROUTE_WORD.test(rule.suffix) || pieces.some((p) => ROUTE_WORD.test(p.word))));
    // 智能网联汽车: a one-character verb between name words is part of the name, never at its edge.
    // So is the activity a programme or park is named for (湿地|徒步|大会, 3D|打印|产业园), a verb or adverb to jieba,
    // unless it is one of the verbs that open a commitment (企业|参加|博览会 is a clause), or the ending is a plan or
    // an action, which a descriptive phrase often precedes (公共机构数据开放计划), or a proper name follows it, which
    // the verb acts on (有力|破解|中大纺织商圈).
    const innerVerb =
      rule.strength === 'strong' && left !== undefined && isNameWord(left, lexicon) &&
      ((t.word.length === 1 && t.tag === 'v') || (t.word.length === 2 && /^[vd]$/.test(t.tag) && !ACTION_VERBS.has(t.word) && !VERB_USE_SUFFIXES.has(rule.suffix) && !pieces.some((p) => isProperWord(p, lexicon))));
    // The activity an institution is named for (云箭创新研究院), a verb to jieba, after a name word. Not before a
    // project's ending: there it is a descriptive word a longer name needs more context for (…科技创新中心).
    if (rule.type === 'Organization' && INSTITUTION_ACTIVITIES.has(t.word) && left !== undefined && isNameWord(left, lexicon) && !pending) {
      pieces.unshift({ start: t.start, word: t.word, tag: 'vn' });
      length += t.word.length;
      continue;
    }
    if ((pieces.length > 0 && joins) || innerVerb) {
      if (pending) break;
      pending = { start: t.start, word: t.word, tag: 'c' };
      continue;
    }
    // 两大|现代设施农业片区: a count of things ends the name part; the name is what it counts.
    if (ORDINAL_GROUP.test(t.word)) break;
    const tag = tagOf(t);
    const counted = tag === 'm' && pieces.length > 0 && COUNTED_BY.test(pieces[0]!.word);
    // Digits glued to a name's letters (3D打印产业园) or, three or more of them, to its ending (1906科技园) are a code
    // in the name, not a count: a count takes a classifier (3个产业园). So is a line's number (地铁10号线).
    const first = pieces[0];
    const code = tag === 'm' && DIGITS.test(t.word) && pending === null &&
      (first !== undefined ? first.start === t.end && /^[A-Za-z]/.test(first.word) : t.end === suffixStart && (t.word.length >= 3 || COUNTED_BY.test(rule.suffix)));
    // One Chinese numeral glued to the proper characters of a name is the name's own first character (十|香|园 of
    // 十香园纪念馆, 亿|华通 of 亿华通…项目): a count would take a classifier or a word of its own (三大平台, 十项行动).
    const numeralInName = tag === 'm' && CHINESE_NUMERAL.test(t.word) && pending === null && first !== undefined && first.start === t.end && NUMERAL_NAME_TAGS.has(first.tag);
    if (code || numeralInName) {
      pieces.unshift({ start: t.start, word: t.word, tag: 'x' });
      length += t.word.length;
      continue;
    }
    // jieba's HMM glues a verb's complement to the word after it (用|好市|文化馆 for 用好|市文化馆): when the word
    // before and this word's first character make an action verb, the name starts after that character.
    if (t.tag === 'x' && t.word.length > 1 && left !== undefined && ACTION_VERBS.has(left.word + t.word[0])) {
      if (pending === null && length + t.word.length - 1 <= rule.maxModifier) {
        pieces.unshift({ start: t.start + 1, word: t.word.slice(1), tag: 'x' });
        length += t.word.length - 1;
      }
      break;
    }
    if (isNameWord(t, lexicon) && !(tag === 'q' && CLASSIFIER.test(t.word)) && (tag !== 'm' || counted)) {
      if (pending) {
        pieces.unshift(pending);
        length += pending.word.length;
        pending = null;
      }
      pieces.unshift(pieceOf(t, lexicon));
      length += t.word.length;
      continue;
    }
    // 区推进粤港澳大湾区建设领导小组: a level prefix governs the verb phrase that names an agency's remit.
    if (rule.type === 'Agency' && t.tag.startsWith('v') && left && LEVEL_PREFIXES.has(left.word) && pieces.length > 0) {
      // The verb is the remit's, not a description before the name: trimDescriptiveLead must keep it (区|推进|粤港澳大湾区…).
      pieces.unshift({ start: left.start, word: left.word, tag: 'n' }, { start: t.start, word: t.word, tag: 'remit' });
      j--;
    }
    break;
  }
  const stoppedAt = pending ? j + 1 : j;
  trimDescriptiveLead(pieces, lexicon);
  return { pieces, stoppedAt };
}

/** A qualifier in parentheses right after a project's or organization's name is part of its official name:
 * 广船央企总部集聚区(二期), 国家新型工业化产业示范基地(大数据), 人工智能与数字经济省实验室(广州). Not a note on it
 * (含…, 简称…, 试行) and not a date (digits). */
const QUALIFIER_AFTER = /^\((?!含|包括|即|简称|以下|下同|试行|暂行|草案|征求)([一二三四五六七八九十]+期|\p{Script=Han}{2,6})\)/u;

/** The length of the qualifier at `end`, or 0. A name in the parentheses is another name for the thing (中国进出口
 * 商品交易会(广交会), 广州旅游集散中心(海珠客运站)), an alias rather than a qualifier: it ends as names do. */
function qualifierAfter(text: string, end: number): number {
  const m = QUALIFIER_AFTER.exec(text.slice(end, end + 10));
  if (m === null) return 0;
  const content = m[1]!;
  if (content.at(-1) === text[end - 1] || SUFFIX_RULES.some((r) => r.type !== 'Place' && content.endsWith(r.suffix) && !/期$/.test(content))) return 0;
  return m[0].length;
}

const EDITION_BEFORE = /第[0-9一二三四五六七八九十百]+届$/;
const DESIGNATION_LEVEL = /^(?:国家级|省级|市级|区级|县级)$/;

/** The piece `(place)` whose closing parenthesis is tokens[close], when a name word stands before it; else null. */
function placeInParentheses(tokens: Token[], close: number, lexicon: Lexicon): Piece | null {
  const place = tokens[close - 1];
  const open = tokens[close - 2];
  const before = tokens[close - 3];
  if (place === undefined || open?.word !== '(' || before === undefined || !isNameWord(before, lexicon)) return null;
  if (place.tag !== 'ns' && lexicon.byName.get(place.word)?.type !== 'Place') return null;
  return { start: open.start, word: `(${place.word})`, tag: 'ns' };
}

/**
 * 公立医院 and 专科医院 are words jieba knows and tags as organization names, but they name a kind of hospital.
 * Hospitals and schools are the institutions reports speak of by kind (公立医院, 专科医院, 民办学校), so the part
 * before such an ending names one only when it holds a proper word read on its own (中山|大学, 广州|中学); a
 * level prefix before it (区|妇女儿童医院) names the government's own, and isProper takes that. Other endings
 * keep jieba's word (世界银行, 招商银行).
 */
const INSTITUTION_KINDS = new Set(['医院', '学校', '中学', '小学', '学院']);

function namesOnItsOwn(part: string, rule: SuffixRule): boolean {
  return jiebaTag(part).some((t) => PROPER_TAGS.has(t.tag) || isNameLikePersonTag(t.word, t.tag, rule));
}

/** jieba tags unknown two-character words as person names (万豪, 翠鸟), which organizations and places are often
 * named by; a longer word so tagged is one jieba mis-tags in its dictionary (幼儿园/nr), not a name. */
function isNameLikePersonTag(word: string, tag: string, rule: SuffixRule): boolean {
  return tag === 'nr' && (rule.type === 'Organization' || rule.type === 'Place') && (rule.type !== 'Organization' || word.length === 2);
}

/**
 * 做优, 建强, 拉通: a two-character word jieba did not know whose first character is a verb is a verb with its
 * result (做优海珠湿地), never the front of a name.
 */
function isVerbCompound(t: Token): boolean {
  return t.tag === 'x' && t.word.length === 2 && characterTag(t.word[0]!).startsWith('v');
}

/** Drops words before the name proper: leading action words, and a descriptive run before the first place word. */
function trimDescriptiveLead(pieces: Piece[], lexicon: Lexicon): void {
  // A designation's level is part of its name (国家级全域旅游示范区, as 广东省全域旅游示范区 names its province).
  while (
    pieces.length > 0 &&
    (LEADING_DROP_TAGS.has(pieces[0]!.tag) || ORDINAL_GROUP.test(pieces[0]!.word)) &&
    !(pieces[0]!.tag === 'm' && COUNTED_BY.test(pieces[1]?.word ?? '')) &&
    !DESIGNATION_LEVEL.test(pieces[0]!.word)
  ) pieces.shift();
  // An item's number (一是|武青堤防…, 二是…) opens the sentence, not the name.
  while (pieces.length > 1 && ENUMERATOR.test(pieces[0]!.word)) pieces.shift();
  const first = pieces[0];
  if (first && first.tag === 'x' && first.word.length >= 2 && GLUED_FUNCTION_CHARS.test(first.word)) {
    pieces[0] = { start: first.start + 1, word: first.word.slice(1), tag: 'x' };
  }
  const firstProper = pieces.findIndex((p) => PROPER_TAGS.has(p.tag) || p.tag === 'part' || lexicon.byName.has(p.word));
  if (firstProper > 0 && pieces.slice(0, firstProper).some((p) => DESCRIPTIVE_TAGS.has(p.tag))) pieces.splice(0, firstProper);
}

function isPlaceToken(t: Token | undefined, lexicon: Lexicon): boolean {
  return t !== undefined && (t.tag === 'ns' || lexicon.byName.get(t.word)?.type === 'Place');
}

function isProperWord(p: Piece, lexicon: Lexicon): boolean {
  return lexicon.byName.has(p.word) || PROPER_TAGS.has(p.tag) || p.tag === 'part' || p.tag === 'nr';
}

function isProper(pieces: Piece[], lexicon: Lexicon, rule: SuffixRule): boolean {
  return pieces.some(
    (p, i) =>
      lexicon.byName.has(p.word) ||
      ((PROPER_TAGS.has(p.tag) || p.tag === 'part') && !GENERIC_NAMES.has(p.word)) ||
      // For projects a person's tag lets in 智慧中心 and the like, so it does not count (isNameLikePersonTag).
      isNameLikePersonTag(p.word, p.tag, rule) ||
      // 区湿地办, 市城管局, 区妇女儿童医院: a level prefix makes an agency's or an institution's short name specific.
      ((rule.type === 'Agency' || INSTITUTION_KINDS.has(rule.suffix)) && i === 0 && LEVEL_PREFIXES.has(p.word)),
  );
}

// What a report says a place is or will become (全国重要的太阳能光伏产业基地, 国内领先的…平台, 华南最大的…基地) is a
// designation, not the name of a thing: an evaluation and 的 stand right before it.
const EVALUATIVE_WORDS = new Set(['领先', '一流', '知名', '著名', '影响力', '竞争力', '标杆', '典范']);

function isDesignation(tokens: Token[], stoppedAt: number, text: string, start: number): boolean {
  if (stoppedAt < 1 || text[start - 1] !== '的' || tokens[stoppedAt]!.word !== '的') return false;
  const evaluation = tokens[stoppedAt - 1]!;
  return evaluation.tag === 'a' || EVALUATIVE_WORDS.has(evaluation.word);
}

/** 4个校园新改扩建项目: a count a few words before the name makes the whole phrase a category. */
function countedBefore(tokens: Token[], from: number): boolean {
  for (let j = from, seen = 0; j >= 0 && seen <= MAX_COUNT_LOOKBACK; j--, seen++) {
    const t = tokens[j]!;
    if (CLASSIFIER.test(t.word)) return j > 0 && tagOf(tokens[j - 1]!) === 'm';
    if (isPunctuation(t.word) || t.tag.startsWith('v') || t.tag === 'p' || t.tag === 'c') return false;
  }
  return false;
}

/** “生态中国湿地保护示范奖”: a name that starts inside a quote which goes on after it is part of the quoted name. */
function insideLongerQuote(text: string, start: number, end: number): boolean {
  // Searched within MAX_QUOTE characters only: an unbounded search from every candidate would make a long
  // line without quotes cost quadratic time.
  const windowStart = Math.max(0, start - MAX_QUOTE);
  const before = text.slice(windowStart, start);
  const openAt = before.lastIndexOf('“');
  if (openAt < 0 || before.lastIndexOf('”') > openAt) return false;
  const open = windowStart + openAt;
  const closeAt = text.slice(end, open + MAX_QUOTE + 1).indexOf('”');
  if (closeAt < 0) return false;
  const close = end + closeAt;
  return close > end && !text.slice(open, close).includes('\n');
}

/** 产业园|区: a one-character next word that completes a longer ending (园区) means the name ends there, not here. */
function continuesLongerSuffix(text: string, next: Token | undefined): boolean {
  if (!next || next.word.length !== 1) return false;
  // Only an ending whose last character is the next word can end where it does.
  return (RULES_BY_LAST_CHAR.get(lastCode(next.word)) ?? []).some((r) => r.suffix.length > 1 && text.slice(next.end - r.suffix.length, next.end) === r.suffix);
}

function typeInContext(rule: SuffixRule, after: string): Candidate['type'] {
  if (rule.type === 'Place' && (rule.suffix === '公园' || rule.suffix === '湿地') && BUILD_WORDS.test(after)) return 'Project';
  return rule.type;
}

/** Suffix-named candidates in one line of match text, given its tokens. */
export function findSuffixNames(text: string, tokens: Token[], lexicon: Lexicon): Candidate[] {
  const found: Candidate[] = [];
  // Index of the word starting at each offset, built for the first suffix that starts inside a word (few lines have one).
  let starts: Map<number, number> | null = null;
  const wordStartingAt = (offset: number) => (starts ??= new Map(tokens.map((t, i) => [t.start, i]))).get(offset);
  tokens.forEach((token, index) => {
    for (const rule of RULES_BY_LAST_CHAR.get(lastCode(token.word)) ?? []) {
      const suffixStart = token.end - rule.suffix.length;
      if (text.slice(suffixStart, token.end) !== rule.suffix) continue;
      // A suffix must not begin in the middle of an earlier word (…区域 is not …区).
      if (suffixStart < token.start && wordStartingAt(suffixStart) === undefined) continue;
      const after = text.slice(token.end, token.end + 6);
      if (VERB_USE_SUFFIXES.has(rule.suffix) && VERB_USE_AFTER.test(after)) continue;
      if (COUNT_AFTER.test(after) || continuesLongerSuffix(text, tokens[index + 1])) continue;
      const suffixIndex = suffixStart < token.start ? wordStartingAt(suffixStart)! : index;
      if (GENERIC_NAMES.has(tokens[suffixIndex]!.word)) break;
      const { pieces, stoppedAt } = namePart(tokens, suffixIndex, suffixStart, rule, text, lexicon);
      // 湛江市坡头区: a place word right after a city or province is a place even when jieba does not know it.
      const inCity = stoppedAt >= 0 && CITY_OR_PROVINCE.test(tokens[stoppedAt]!.word) && lexicon.byName.get(tokens[stoppedAt]!.word)?.type === 'Place';
      // An administrative name is its place words only: 代表海珠区人民政府 → 海珠区人民政府.
      if (ADMINISTRATIVE_SUFFIXES.has(rule.suffix) && !inCity) {
        const firstPlace = pieces.findLastIndex((p, i) => !(PLACE_WORD_TAGS.has(p.tag) || (i === 0 && LEVEL_PREFIXES.has(p.word)))) + 1;
        // 城央生态宜居区: a district glued to a common noun before it is the tail of a slogan, not a district.
        if (rule.type === 'Place' && firstPlace > 0 && pieces[firstPlace - 1]!.tag === 'n') continue;
        pieces.splice(0, firstPlace);
      }
      if (pieces.length === 0) continue;
      // A one-character ending inside a longer word: 文化强区 and 宗以区 (words jieba guessed) are no districts,
      // 集成电路 and 布局 (words it knows) are no road and no bureau. Only a proper word (listed, or tagged as one) ends
      // so, or one a city names (湛江市坡头区); a known word of one character and the ending (古村, 地区) may still
      // close a name whose proper words come before it (聚龙古村, 港澳地区).
      const suffixToken = tokens[suffixIndex]!;
      const inWord = suffixToken.start < suffixStart ? text.slice(suffixToken.start, suffixStart) : null;
      if (inWord !== null && !inCity && !lexicon.byName.has(inWord) && !(rule.type === 'Place' ? IN_WORD_PLACE_TAGS : IN_WORD_PROPER_TAGS).has(suffixToken.tag)) {
        if (ADMINISTRATIVE_CHARS.has(rule.suffix) && suffixToken.tag === 'x') continue;
        if (rule.type === 'Place' && rule.suffix.length === 1 && suffixToken.tag !== 'x' && inWord.length > 1) continue;
        if (rule.type === 'Agency' && rule.suffix.length === 1 && inWord.length === 1) continue;
      }
      // 东漖街芳华社区: the community 芳华社区 of the street 东漖街; the street's 街 is not part of the community's name.
      if (rule.type === 'Place' && pieces[0]!.word.startsWith('街') && isPlaceToken(tokens[stoppedAt], lexicon)) {
        if (pieces[0]!.word.length === 1) pieces.shift();
        else pieces[0] = { ...pieces[0]!, start: pieces[0]!.start + 1, word: pieces[0]!.word.slice(1) };
        if (pieces.length === 0) continue;
      }
      const start = pieces[0]!.start;
      const modifier = text.slice(start, suffixStart);
      if (GENERIC_MODIFIERS.has(modifier) || STOP_WORDS.has(modifier)) continue;
      if (LOCAL_PLACE_SUFFIXES.has(rule.suffix) && /[省市区县]$/.test(modifier)) continue;
      if (DESCRIBED_SUFFIXES.has(rule.suffix) && !isProperWord(pieces.at(-1)!, lexicon)) continue;
      if (ORDINAL_GROUP.test(text.slice(Math.max(0, start - 2), start))) continue;
      // 74条河涌: a classifier jieba glued to the name's front after a number counts things of a kind.
      if (CLASSIFIER.test(text[start]!) && COUNT_DIGIT_BEFORE.test(text.slice(Math.max(0, start - 3), start))) continue;
      if (insideLongerQuote(text, start, token.end)) continue;
      if (modifier.length < 2 && !lexicon.byName.has(modifier)) continue;
      if (COUNT_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || countedBefore(tokens, stoppedAt)) continue;
      if (ADMINISTRATIVE_SUFFIXES.has(rule.suffix) && !PLACE_WORD_TAGS.has(pieces.at(-1)!.tag) && !inCity) continue;
      // A government is an administrative unit's (海珠区人民政府, 广州市政府): jieba tags words such as 多维度 as
      // places too, so the word before must be a listed place or end as a unit does.
      if (GOVERNMENT_SUFFIXES.has(rule.suffix) && !inCity && !ADMINISTRATIVE_UNIT_END.test(pieces.at(-1)!.word) && lexicon.byName.get(pieces.at(-1)!.word)?.type !== 'Place') continue;
      if (rule.strength === 'weak' && !isProper(pieces, lexicon, rule) && !inCity) continue;
      if (rule.strength === 'weak' && isDesignation(tokens, stoppedAt, text, start)) continue;
      if (rule.strength === 'strong' && !isProper(pieces, lexicon, rule) && modifier.length < 4) continue;
      // **数字经济示范区**：到2025年…: a descriptive name standing alone as a heading labels a goal, not a thing.
      if (!isProper(pieces, lexicon, rule) && HEADING_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && HEADING_AFTER.test(after)) continue;
      const type = typeInContext(rule, after);
      // An event's edition is part of its name as the report writes it (第八届中国(广州)潮流文化季).
      const edition = rule.type === 'Project' && rule.strength === 'strong' ? EDITION_BEFORE.exec(text.slice(Math.max(0, start - 6), start))?.[0].length ?? 0 : 0;
      const end = token.end + (type === 'Project' || type === 'Organization' ? qualifierAfter(text, token.end) : 0);
      const key = nameKey(text.slice(start - edition, end));
      if (GENERIC_NAMES.has(key)) continue;
      found.push({ start: start - edition, end, type, key, canonical: key, global: false, source: 'suffix' });
      break;
    }
  });
  return found;
}
