// Recognises the heading a paragraph starts with (第X篇, 第X章, 一、, 第X节, (一), 1., (1), ■, a titled line, or a
// short lead sentence) from its match text. It only reads one paragraph; nesting is decided by buildSections.

export type HeadingKind = 'titled' | 'volume' | 'chapter' | 'part' | 'section' | 'paren' | 'arabic' | 'parenArabic' | 'bullet' | 'lead';

/** Nominal depth of each kind: a heading nests under the nearest earlier heading of a smaller rank. */
export const HEADING_RANK: Record<HeadingKind, number> = {
  titled: 0,
  // 第一篇 groups chapters in long five-year plan outlines.
  volume: 0.5,
  chapter: 1,
  part: 2,
  section: 3,
  paren: 4,
  arabic: 5,
  parenArabic: 6,
  bullet: 7,
  lead: 9,
};

export interface HeadingMatch {
  kind: HeadingKind;
  /** The numbering as written (一、 (一) 第三章 1.), empty for unnumbered headings. */
  number: string;
  /** Offsets relative to the paragraph start. */
  titleStart: number;
  titleEnd: number;
  /** Where the paragraph's own body text begins (relative), equal to its length when it is all heading. */
  bodyStart: number;
}

const CN_NUM = '[一二三四五六七八九十百零〇两]+';
const NUMBERED: [HeadingKind, RegExp][] = [
  ['volume', new RegExp(`^第(${CN_NUM}|\\d+)篇\\s*`)],
  ['chapter', new RegExp(`^第(${CN_NUM}|\\d+)章\\s*`)],
  ['section', new RegExp(`^第(${CN_NUM}|\\d+)节\\s*`)],
  ['part', new RegExp(`^${CN_NUM}\\s*[、.]\\s*`)],
  ['paren', new RegExp(`^[(（]\\s*${CN_NUM}\\s*[)）]\\s*[、.]?\\s*`)],
  ['parenArabic', /^[(（]\s*\d{1,2}\s*[)）]\s*[、.]?\s*/],
  ['arabic', /^\d{1,2}\s*[、.](?![\d%])\s*|^\d{1,2}\.(?=\d{4}年)/],
  // Bullet glyphs that interpretation booklets use as headings; ◆ ✓ - mark list items, which are body.
  ['bullet', /^[■□●▲★]\s*/],
];

// A heading is a short phrase; anything longer is a numbered body paragraph (a list item).
const MAX_HEADING_LENGTH = 60;
// A lead sentence names the paragraph's theme in a few words ("经济平稳健康发展。…").
const MIN_LEAD_LENGTH = 4;
const MAX_LEAD_LENGTH = 24;
const MAX_NUMBERED_TITLE = 40;
// Unnumbered headings of booklets and reports ("2021年总结", "名词解释", "附件") are recognised by the words
// such headings end with, so a short caption or table cell ("大气", "图/视觉中国") is not taken for one.
const TITLED_LINE = /^(前\s*言|附\s*件|名词解释|目\s*录|.{0,20}(总结|回顾|执行情况|计划|安排|安排建议|主要任务|工作成效|主要成效|问题和困难|主要问题|存在问题|重点工作|规划简介|发展目标|远景目标|工作建议))\s*[:：]?$/;
const SENTENCE_END = /[。！？!?]/;
const CLAUSE_MARK = /[，,；;：:]/;

/** The heading a paragraph starts with, or null when it is plain body text. `m` is its match text. */
export function matchHeading(m: string): HeadingMatch | null {
  for (const [kind, pattern] of NUMBERED) {
    const found = pattern.exec(m);
    if (!found) continue;
    const titleStart = found[0].length;
    if (titleStart >= m.length) return null;
    return headingWithTitle(kind, m, found[0].trim(), titleStart);
  }
  if (m.length <= 30 && !CLAUSE_MARK.test(m) && !SENTENCE_END.test(m) && TITLED_LINE.test(m.replace(/\s+/g, ''))) {
    return { kind: 'titled', number: '', titleStart: 0, titleEnd: m.length, bodyStart: m.length };
  }
  return matchLead(m);
}

function headingWithTitle(kind: HeadingKind, m: string, number: string, titleStart: number): HeadingMatch | null {
  const rest = m.slice(titleStart);
  const end = rest.search(SENTENCE_END);
  // A numbered item that is one whole sentence (5.开工建设洪雅通用机场。) is a list item, not a heading: headings of
  // the lowest numbered levels that stand alone on their line carry no full stop (1.数字经济).
  if (end === rest.length - 1 && (kind === 'arabic' || kind === 'parenArabic')) return null;
  // The whole paragraph is the heading ("(一)聚焦空间布局优化,奋力开创…" or "…升级。").
  if (end === -1 || end === rest.length - 1) {
    if (rest.length > MAX_HEADING_LENGTH) return null;
    const titleEnd = titleStart + (end === -1 ? rest.length : end);
    return { kind, number, titleStart, titleEnd, bodyStart: m.length };
  }
  // A heading followed by its body on the same line ("1.指导思想。高举…"): the first sentence must be short. A
  // part's or chapter's title may hold a comma ("(一)聚力推进乡村振兴,加快农业农村现代化建设迈出新步伐。全面落实…"),
  // a list item's short sentence is no heading.
  const titleLength = /^(?:part|paren|chapter|section|volume)$/.test(kind) ? MAX_NUMBERED_TITLE : MAX_LEAD_LENGTH;
  if (end > MAX_HEADING_LENGTH || (CLAUSE_MARK.test(rest.slice(0, end)) && end > titleLength)) return null;
  return { kind, number, titleStart, titleEnd: titleStart + end, bodyStart: titleStart + end + 1 };
}

function matchLead(m: string): HeadingMatch | null {
  const end = m.search(SENTENCE_END);
  if (end < MIN_LEAD_LENGTH || end > MAX_LEAD_LENGTH) return null;
  const lead = m.slice(0, end);
  if (CLAUSE_MARK.test(lead) || /\d/.test(lead)) return null;
  // A lead heads more text; a short sentence standing alone is just a sentence.
  if (m.length - end - 1 < 10) return null;
  return { kind: 'lead', number: '', titleStart: 0, titleEnd: end, bodyStart: end + 1 };
}

/** True for a line that is only a page number of a table of contents (P03, 12, …… 12). */
export function isPageNumberLine(m: string): boolean {
  return /^(P|p|第)?\s*\d{1,3}\s*(页)?$/.test(m.trim()) || /[.…·]{3,}\s*\d{1,3}$/.test(m);
}
