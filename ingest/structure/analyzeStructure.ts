// Builds a document's structure: chrome and table-of-contents lines set aside, the section tree with roles,
// the glossary, and the body ranges (with their section) that the commitment stage reads. Pure.
import type { DocumentRecord, GlossaryTerm, Paragraph, Section, SectionRole } from '../../src/model.js';
import type { ReadDocument } from '../readDocument.js';
import { findChromeLines, isPaged } from '../normalize/stripChrome.js';
import { defaultRole, roleFromTitle, roleFromWording } from './classifySectionRole.js';
import { findTableOfContents } from './findTableOfContents.js';
import { HEADING_RANK, matchHeading, type HeadingMatch } from './matchHeading.js';
import { parseGlossary } from './parseGlossary.js';
import { splitParagraphs } from './splitParagraphs.js';
import { jiebaCut } from '../entities/jiebaTokens.js';

/** A range of body text under one section: what commitments are read from. */
export interface BodyBlock {
  start: number;
  end: number;
  line: number;
  section: Section | null;
  sectionPath: string[];
  role: SectionRole;
  /** True when the block is the lead sentence heading its paragraph ("打造……新引擎。"). */
  isLead: boolean;
}

export interface DocumentStructure {
  paragraphs: Paragraph[];
  sections: Section[];
  terms: GlossaryTerm[];
  blocks: BodyBlock[];
  /** 1-based lines that are chrome or table of contents. */
  excludedLines: Set<number>;
}

// The shortest first line of a split title taken as one (a short line that merely starts like the title, 海珠区, is body).
const MIN_TITLE_PIECE = 6;
// Lines near the top in which the title is looked for (as detectMetadata does).
const TITLE_SEARCH_LINES = 60;
const compact = (s: string) => s.replace(/[\s《》]+/g, '');

// A table of contents starting within this share of the paragraphs ends the front matter.
const FRONT_MATTER_SHARE = 0.2;
// Headings that close a glossary: anything but the numbered term lines themselves.
const GLOSSARY_ENDERS = new Set(['titled', 'volume', 'chapter', 'part', 'section', 'paren', 'bullet']);

interface OpenSection {
  section: Section;
  rank: number;
  role: SectionRole;
  /** Whether its title or an enclosing one stated the role, rather than the role being inherited by default. */
  stated: boolean;
  path: string[];
}

export function analyzeStructure(doc: ReadDocument): DocumentStructure {
  const { record, text, matchText } = doc;
  const documentId = record.id;
  const paragraphs = splitParagraphs(documentId, text);
  const chrome = findChromeLines(matchText, isPaged(record.encoding));
  const body = paragraphs.filter((p) => !chrome.has(p.line));
  const lines = body.map((p) => {
    const m = matchText.slice(p.start, p.end);
    return { p, m, heading: matchHeading(m) };
  });
  const toc = findTableOfContents(lines);
  const excludedLines = new Set<number>(chrome);
  for (const i of toc) excludedLines.add(lines[i]!.p.line);

  const sections: Section[] = [];
  const terms: GlossaryTerm[] = [];
  const blocks: BodyBlock[] = [];
  const stack: OpenSection[] = [];
  // Sections whose role a title stated: their 'other' (决策背景和依据) is meant, not a default to look past.
  const statedSections = new Set<string>();
  const rootRole = defaultRole(record);
  // The role of the last top-level part opened: what an untitled part after it continues (openSection).
  let lastTopRole: SectionRole | undefined;

  // What precedes a table of contents near the top is front matter (cover, issuing notice), not the body.
  // Only near the top: a contents-like run deep in the text must not swallow everything before it.
  const firstToc = toc.size > 0 ? Math.min(...toc) : 0;
  const bodyFrom = firstToc <= lines.length * FRONT_MATTER_SHARE ? firstToc : 0;
  // The document's own title line is no body: neither a commitment nor a paragraph cut by a page break that
  // the next paragraph (a news lead-in, an opening formula) continues.
  const titleKey = compact(record.title);
  // The part of the title read so far: a title may be split over lines (松阳县国民经济和社会发展 / 第十三个五年规划纲要).
  let titleRead = '';
  // The number the next note must have to continue a numbered note (注:1.… / 2.…), or null outside one.
  let nextNote: number | null = null;
  for (let i = bodyFrom; i < lines.length; i++) {
    if (toc.has(i)) continue;
    const { p, m, heading } = lines[i]!;
    // Notes under a table (注:1.人均指标测算依据是… / 2.…暂没有明确的核算数据,目标定为…的主要考虑是…) explain how the
    // figures were set; nothing in them is promised or reported, however they are worded.
    const previous = lines[i - 1]?.p;
    const afterBlankLine = /\n[^\S\n]*\n/.test(text.slice(previous?.end ?? p.start, p.start));
    const opening = NOTES_OPENING.exec(m);
    const item = NOTE_ITEM.exec(m);
    if (opening) nextNote = opening[1] === undefined ? null : Number(opening[1]) + 1;
    else if (nextNote !== null && heading?.kind !== 'part' && !afterBlankLine && item && Number(item[1] ?? item[2]) === nextNote) nextNote++;
    else nextNote = null;
    if (opening || nextNote !== null) continue;
    const key = compact(m);
    const titleGoesOn = titleRead !== titleKey && titleKey.startsWith(titleRead + key) && (titleRead !== '' || key.length >= MIN_TITLE_PIECE || key === titleKey);
    if (heading === null && i < TITLE_SEARCH_LINES && key.length > 0 && titleGoesOn) {
      titleRead += key;
      continue;
    }
    const last = blocks[blocks.length - 1];
    // A paragraph cut by a page break ("…正式通车，地" / "铁8号线…开通。") continues the previous block. One that
    // opens with a lead sentence continues only a block cut inside a word: after a complete figure (…税收占比近95%,
    // its full stop lost in copying) a lead (项目支撑更加稳固。…) starts the next paragraph.
    const continuable = heading === null || (heading.kind === 'lead' && last !== undefined && HAN_END.test(matchText.slice(last.end - 1, last.end)));
    const next = {
      m,
      afterBlankLine,
      // No heading, or a lone sentence read as a lead with nothing after it (持续健康发展。): a page's tail.
      plain: heading === null || (heading.kind === 'lead' && heading.bodyStart >= m.trimEnd().length),
    };
    if (last && previous && continuable && last.end === previous.end && continuesCutBlock(matchText, last, previous.end - previous.start, next)) {
      last.end = p.end;
      continue;
    }
    let bodyStart = p.start;
    if (heading) {
      const open = openSection(documentId, p, m, heading, stack, rootRole, doc, lastTopRole);
      sections.push(open.section);
      if (open.stated) statedSections.add(open.section.id);
      if (open.section.parentId === null) lastTopRole = open.role;
      bodyStart = p.start + heading.bodyStart;
      if (heading.kind === 'lead') {
        blocks.push({ start: p.start + heading.titleStart, end: bodyStart, line: p.line, section: open.section, sectionPath: open.path, role: open.role, isLead: true });
      }
      if (isGlossaryTitle(m.slice(heading.titleStart))) {
        const inputs = lines.slice(i + 1).map((l) => ({ paragraph: l.p, m: l.m, endsGlossary: l.heading !== null && GLOSSARY_ENDERS.has(l.heading.kind) && !isGlossaryTitle(l.m) }));
        const glossary = parseGlossary(documentId, text, inputs);
        terms.push(...glossary.terms);
        i += glossary.used;
        continue;
      }
    }
    if (bodyStart >= p.end) continue;
    const top = stack[stack.length - 1];
    blocks.push({ start: bodyStart, end: p.end, line: p.line, section: top?.section ?? null, sectionPath: top?.path ?? [], role: top?.role ?? rootRole, isLead: false });
  }
  reviewBeforePlan(record, sections, blocks, statedSections);
  // A five-year plan's text before its first chapter is its cover, the congress's resolution and the preface:
  // what the plan promises is in its chapters.
  if (record.kind === 'five-year-plan' && sections.some((s) => s.parentId === null && CHAPTER_NUMBER.test(s.number))) {
    for (const b of blocks) if (b.section === null) b.role = 'other';
  }
  // No heading said which part reviews and which plans: let each paragraph's wording decide, rather than
  // finding no commitment in a report that simply has no section markers. Sections titled as apparatus or
  // context stay so.
  if (!blocks.some((b) => b.role !== 'other')) {
    for (const b of blocks) if (b.section === null || !statedSections.has(b.section.id)) b.role = roleFromWording(matchText.slice(b.start, b.end), record);
  }
  return { paragraphs, sections, terms, blocks, excludedLines };
}

/**
 * A report reviews before it plans: a numbered top-level part before its first planning part whose title states no
 * role (一、冲云拨雾,迎难而上,国民经济和社会事业稳步发展, then 二、2023年计划草案) is the review, and so is whatever
 * under it states none either. Only for the reports that have both parts.
 */
function reviewBeforePlan(record: DocumentRecord, sections: Section[], blocks: BodyBlock[], statedSections: ReadonlySet<string>): void {
  if (record.kind !== 'plan-report' && record.kind !== 'work-report') return;
  const firstPlan = sections.find((s) => s.parentId === null && s.role === 'plan');
  if (firstPlan === undefined) return;
  const reviewing = new Set<string>();
  for (const s of sections) {
    if (s.start >= firstPlan.start || statedSections.has(s.id)) continue;
    if (s.parentId === null ? s.number !== '' : reviewing.has(s.parentId)) reviewing.add(s.id);
  }
  for (const s of sections) if (reviewing.has(s.id)) s.role = 'review';
  for (const b of blocks) if (b.section !== null && reviewing.has(b.section.id)) b.role = 'review';
}

/**
 * Opens a section. Its role is what its title states, else its parent's. A top-level part whose title states
 * nothing and that follows a part reviewing or planning is a plan: reports review first, then plan, and often
 * title the planned parts by theme alone (五、全力推动融合“迭变”…, 三、加强政府自身建设).
 */
function openSection(
  documentId: string,
  p: Paragraph,
  m: string,
  heading: HeadingMatch,
  stack: OpenSection[],
  rootRole: SectionRole,
  doc: ReadDocument,
  precedingTopRole: SectionRole | undefined,
): OpenSection {
  const rank = HEADING_RANK[heading.kind];
  while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
  const parent = stack[stack.length - 1];
  const titleM = m.slice(heading.titleStart, heading.titleEnd);
  // A lead sentence names a theme, not a part of the report: it always inherits its role.
  const ownRole = heading.kind === 'lead' ? null : roleFromTitle(titleM, doc.record);
  const afterReviewOrPlan = parent === undefined && precedingTopRole !== undefined && precedingTopRole !== 'other';
  const role = ownRole ?? parent?.role ?? (afterReviewOrPlan ? 'plan' : rootRole);
  const title = doc.text.slice(p.start + heading.titleStart, p.start + heading.titleEnd).trim();
  const section: Section = {
    id: `${documentId}:s${p.start}`,
    documentId,
    parentId: parent?.section.id ?? null,
    level: stack.length + 1,
    number: heading.number,
    title,
    start: p.start,
    end: p.start + heading.titleEnd,
    line: p.line,
    role,
  };
  const open = { section, rank, role, stated: ownRole !== null || (parent?.stated ?? false), path: [...(parent?.path ?? []), title] };
  stack.push(open);
  return open;
}

function isGlossaryTitle(m: string): boolean {
  return /^(附件[:：]?)?名词解释/.test(m.replace(/\s+/g, ''));
}

const HAN_END = /[\u4e00-\u9fff]$/;
/** A note paragraph: 注:, 注：, (注), 备注:, 说明: at its start, with the number of its first note when numbered
 * (注:1.…). */
const NOTES_OPENING = /^\s*(?:[（(]注[)）]|注\s*\d*\s*[:：]|备注\s*[:：]|说明\s*[:：])\s*(?:(\d{1,2})\s*[.、．])?/;
/** A further numbered note: the next number (2.…, 3、…, (4)…) on the very next line. */
const NOTE_ITEM = /^\s*(?:(\d{1,2})\s*[.、．]|[（(](\d{1,2})[)）])/;
const CHAPTER_NUMBER = /^第.+[篇章]$/;

// List items (- ◆ ✓ •) and table rows (tab-separated cells) end without a full stop by nature: never rejoined.
const LIST_OR_TABLE = /^[-–•◆◇✓√·★■●▲]|\t/;

// A block shorter than this that lacks a final full stop is a label or caption, not a cut paragraph. Its whole
// last line counts too: a paragraph's first line loses its lead sentence (对外开放走深走实。) to the lead block
// and is no shorter for it.
const MIN_CUT_PARAGRAPH = 30;

// Markdown emphasis a converted booklet wraps figures in (增长**18%**): not the words' own end.
const TRAILING_EMPHASIS = /[*_]+$/;
const CLOSING_MARK = /[。！？!?；;:：”"）)》]$/;
// A figure with its unit, or a percentage: booklets list results one per paragraph with no full stop after them
// (全年规上工业产值增长**28.1%**, then 商贸业逐步恢复…); a page cut right after a complete figure goes on with
// punctuation, a bracket or a qualifier (以上, 左右, 的…), which FIGURE_GOES_ON catches, never with a word that may
// open a paragraph (公共服务…, 十大民生实事…, 2022年…). A figure without its unit is not complete, so it goes on anyway.
const COMPLETE_FIGURE = /\d\s*(?:%|‰|[个家人元项所座条户次倍场只台辆栋间张]|(?:万|亿)[元人户个家]?|平方米|公里|公顷|吨|亩)$/;
const FIGURE_GOES_ON = /^[\s*_]*(?:[，,、；;。%‰()（）]|以上|以下|以内|左右|的|和|及|与)/;
// After a scale word (4336.05亿 / 元，…) the unit itself may be what the page cut off.
const SCALE_END = /[万亿]$/;
const UNIT_GOES_ON = /^[\s*_]*(?:元|人|户|个|家|平方米|公里|吨|亩)/;

/** The paragraph after a block: its match text, whether a blank line sets it off, and whether it is plain text. */
interface NextParagraph {
  m: string;
  afterBlankLine: boolean;
  plain: boolean;
}

/**
 * True when `block` stops mid-sentence (long, no closing mark) and paragraph `next` carries it on. After a blank
 * line that needs evidence of the cut itself: a web page or a booklet sets its items apart by blank lines and
 * often ends them with no full stop (…课后托管服务实现全覆盖 / 落实来穗人员随迁子女…), where a page break falls anywhere:
 * inside a word (人力资 / 源, 通车,地 / 铁), after a comma or an enumeration mark, inside a figure, or before a plain
 * paragraph that closes the sentence (…开展 / 全国家政服务业提质扩容“领跑者”行动。) where the items close none.
 * On the corpus this kept apart 15 items of the 2022 plan's booklet and 2 paragraphs of the Liwan report, and lost
 * one of the 2020 report's 22 page cuts (…研究院建设 / 技术研发、高端智库…); the closing-tail rule still joins one
 * paragraph of the Liwan report that lost its full stop (…作出荔湾贡献) to the next (根据市委…).
 */
function continuesCutBlock(matchText: string, block: BodyBlock, lineLength: number, next: NextParagraph): boolean {
  if (block.isLead || Math.max(block.end - block.start, lineLength) < MIN_CUT_PARAGRAPH) return false;
  if (LIST_OR_TABLE.test(next.m) || LIST_OR_TABLE.test(matchText.slice(block.start, block.end))) return false;
  const ending = matchText.slice(Math.max(block.start, block.end - 40), block.end).replace(TRAILING_EMPHASIS, '');
  if (CLOSING_MARK.test(ending)) return false;
  if (COMPLETE_FIGURE.test(ending)) return FIGURE_GOES_ON.test(next.m) || (SCALE_END.test(ending) && UNIT_GOES_ON.test(next.m));
  if (!next.afterBlankLine) return true;
  return OPEN_MARK_END.test(ending) || /\d$/.test(ending) || FIGURE_GOES_ON.test(next.m) || splitsWord(ending, next.m) || (next.plain && CLOSING_MARK.test(next.m.trimEnd()));
}

/** Marks after which a sentence must go on: a comma, an enumeration mark, an opening quote or bracket. */
const OPEN_MARK_END = /[，,、“‘（(《]$/;
/** How many characters either side of a break are segmented to see whether a word spans it. */
const WORD_WINDOW = 8;

/** Whether jieba (with its model for unknown words) reads a word across the end of `before` and the start of
 * `after` (人力资 / 源 → 人力资源; 新建雨 / 污管道 → 雨污). */
function splitsWord(before: string, after: string): boolean {
  const left = before.slice(-WORD_WINDOW);
  let at = 0;
  for (const word of jiebaCut(left + after.trimStart().slice(0, WORD_WINDOW), true)) {
    if (at < left.length && at + word.length > left.length) return true;
    at += word.length;
  }
  return false;
}
