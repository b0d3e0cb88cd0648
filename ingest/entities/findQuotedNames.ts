// Finds programme and policy names set off by quotation or title marks: “百千万工程”, “新海商”培优计划 (a quote
// and the head noun after it), 《…》 policy titles. Slogans in quotes (“大招商、招大商”, “一把手”) are not names:
// a quote alone must look like a name (a place in it, a programme ending, or length) or follow a launching verb.
import type { Lexicon } from './lexicon.js';
import type { Token } from './jiebaTokens.js';
import { isPunctuation, nameKey, type Candidate } from './candidates.js';
import { NAME_TAGS, POLICY_HEAD_REACH, POLICY_QUOTE_HEADS, QUOTE_HEADS, SUFFIX_RULES } from './nameRules.js';

const QUOTE = /“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|"([^"\n]{1,40})"/g;
const TITLE = /《([^《》\n]{2,90})》/g;
// A report (…计划草案的报告(初稿), 政府工作报告) or its interpretation is a document, not a programme or policy. A
// titled decision or proposal (《中共广东省委关于实施…的决定》) is a policy package, which the entity labels count as
// a project.
const REPORT_TITLE = /(?:报告|解读)(?:\((?:[^()]*稿|草案|书面)\))?$/;
const MAX_HEAD_REACH = 10;
const MAX_ALONE_LENGTH = 20;
const LIST_MARKS = /[、，,；;。:：·]/;
// A quote alone joined by + is a formula (“政府收储出让+配建物业返还”); with a head after it, it is a name.
const FORMULA_MARK = /\+/;
// Words that end a head phrase: 以“百千万工程”为契机, “海珠之约”等…, and a quote being explained: “3”指全力抓好基金…
// (“3” refers to …), “双碳”即….
const HEAD_BREAKERS = new Set(['等', '的', '为', '和', '及', '与', '或', '是', '在', '指', '即']);
// 擦亮“走读海珠”徒步大会、“10公里欢乐跑”等赛事活动品牌: the last of a list of named programmes.
const LISTED_PROGRAMMES = /^等[^，。,；;]{0,6}(?:活动|赛事|品牌|项目|工程|行动)/;
const PERIOD_CODES = /^十[一二三四五六七八九十]五$/;
const LAUNCH_VERBS = /(?:举办|开展|实施|推出|启动|打造|创建|创办|发挥|建设|推进|上线|发布|深化)$/;
const NOT_PROGRAMME_ENDINGS = /(?:经济|精神|理念|作用|意识|思想|目标|要求|问题|现象|难题|奖|称号|案例|单位|网站|榜|荣誉)$/;
// 获评“…”, 入选“…”: what follows is an award or a list, not a programme.
const AWARD_BEFORE = /(?:获评|荣获|获得|评为|入选|获|授予|命名为)$/;
const PROJECT_ENDINGS = SUFFIX_RULES.filter((r) => r.type === 'Project').map((r) => r.suffix);
const HEADS_LONGEST_FIRST = [...QUOTE_HEADS].sort((a, b) => b.length - a.length);
const WORK_ON_HEADS = new Set(['建设', '改造', '调研']);
// Any project ending heads a quoted name too (“一街一品”特色街区, “读懂中国”国际会议), but only over nouns: a verb
// (“一街一品”创建特色街区) or a known name (“商贸名片”中国进出口商品交易会, where the quote is an epithet) between
// them says the quote is not the name's first part.
const NOUN_HEADS = [...new Set([...PROJECT_ENDINGS.filter((e) => e.length > 1), '会议', '街区'])].filter((h) => !QUOTE_HEADS.includes(h));

function containsPlace(content: string, lexicon: Lexicon): boolean {
  for (const e of lexicon.entries) if (e.type === 'Place' && e.name.length >= 2 && content.includes(e.name)) return true;
  return false;
}

/** End of a head noun phrase right after a closing quote (“新海商”培优计划 → after 计划), or -1. */
function headEnd(text: string, closeEnd: number, tokens: Token[], lexicon: Lexicon): number {
  let reach = closeEnd;
  // Binary search for the first token past the quote: a scan from the line's start for every quote would make
  // long lines quadratic.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= closeEnd) lo = mid + 1;
    else hi = mid;
  }
  let nounsOnly = true;
  // A policy head right after the quote (“3+3”战略) ends the name unless a programme's head follows on
  // (“3+3”战略示范工程).
  let policyEnd = -1;
  for (let i = lo; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start !== reach || t.end - closeEnd > MAX_HEAD_REACH) break;
    if (HEAD_BREAKERS.has(t.word) || t.tag === 'm' || /^[0-9]/.test(t.word) || isPunctuation(t.word) || !(NAME_TAGS.has(t.tag) || t.tag.startsWith('v') || t.tag === 'a' || t.tag === 'd')) break;
    reach = t.end;
    nounsOnly &&= !t.tag.startsWith('v') && !lexicon.byName.has(t.word);
    const phrase = text.slice(closeEnd, reach);
    const head = HEADS_LONGEST_FIRST.find((h) => phrase.endsWith(h));
    // …模式改造, …改革建设: after a policy head, work done on it is no longer part of the name.
    if (head !== undefined) return policyEnd !== -1 && WORK_ON_HEADS.has(head) ? policyEnd : reach;
    if (nounsOnly && NOUN_HEADS.some((h) => phrase.endsWith(h))) return reach;
    if (policyEnd === -1 && phrase.length <= POLICY_HEAD_REACH && POLICY_QUOTE_HEADS.some((h) => phrase.endsWith(h))) policyEnd = reach;
  }
  return policyEnd;
}

function quoteAloneIsName(content: string, before: string, after: string, lexicon: Lexicon): boolean {
  if (AWARD_BEFORE.test(before) || LIST_MARKS.test(content) || FORMULA_MARK.test(content) || PERIOD_CODES.test(content) || /^[0-9+\-—.%]+$/.test(content)) return false;
  if (PROJECT_ENDINGS.some((e) => content.endsWith(e) && content.length > e.length)) return true;
  if (NOT_PROGRAMME_ENDINGS.test(content)) return false;
  if (content.length >= 4 && containsPlace(content, lexicon)) return true;
  if (content.length > MAX_ALONE_LENGTH) return false;
  if (content.length >= 8 || LISTED_PROGRAMMES.test(after)) return true;
  return content.length >= 3 && content.length <= 12 && LAUNCH_VERBS.test(before);
}

/** Quoted programme names and 《》 titles in one line of match text. */
export function findQuotedNames(text: string, lineStart: number, lineEnd: number, tokens: Token[], lexicon: Lexicon): Candidate[] {
  const line = text.slice(lineStart, lineEnd);
  const found: Candidate[] = [];
  for (const m of line.matchAll(QUOTE)) {
    const start = lineStart + m.index;
    const closeEnd = start + m[0].length;
    const content = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    const end = headEnd(text, closeEnd, tokens, lexicon);
    if (end > 0 && !LIST_MARKS.test(content) && !PERIOD_CODES.test(content)) {
      const key = nameKey(text.slice(start, end));
      const type = /专班$/.test(key) ? 'Agency' : 'Project';
      found.push({ start, end, type, key, canonical: key, global: false, source: 'quoted' });
    } else if (quoteAloneIsName(content, text.slice(Math.max(lineStart, start - 4), start), text.slice(closeEnd, Math.min(lineEnd, closeEnd + 12)), lexicon)) {
      found.push({ start, end: closeEnd, type: 'Project', key: content, canonical: content, global: false, source: 'quoted' });
    }
  }
  for (const m of line.matchAll(TITLE)) {
    const start = lineStart + m.index;
    const key = nameKey(m[1]!);
    if (REPORT_TITLE.test(key)) continue;
    found.push({ start, end: start + m[0].length, type: 'Project', key, canonical: key, global: false, source: 'title' });
  }
  return found;
}
