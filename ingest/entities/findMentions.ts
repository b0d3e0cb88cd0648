// Finds the mentions of one document: lexicon names, suffix-named names and quoted names are proposed for each
// line of the body, then overlapping proposals are settled (longest wins; names inside a 《》 title are kept too,
// since a title is a document, not a name that swallows its parts); places listed beside found ones are added
// last (findListedNames.ts). Offsets are into the original text; matching
// runs on the match text, which has the same length.
import type { ReadDocument } from '../readDocument.js';
import { findChromeLines, isPaged } from '../normalize/stripChrome.js';
import type { Lexicon } from './lexicon.js';
import { tagWords, type Token } from './jiebaTokens.js';
import type { Candidate, CandidateSource } from './candidates.js';
import { findLexiconNames } from './findLexiconNames.js';
import { findSuffixNames } from './findSuffixNames.js';
import { findQuotedNames } from './findQuotedNames.js';
import { findClosedListNames } from './findClosedListNames.js';
import { findGroupMembers } from './findGroupMembers.js';
import { findBrandCompanies } from './findBrandCompanies.js';
import { findPolicyPackages } from './findPolicyPackages.js';
import { findOwnPlaceNames } from './findOwnPlaceNames.js';
import { findEditionEvents } from './findEditionEvents.js';
import { findListedNames } from './findListedNames.js';
import { findAbbreviations, type Abbreviation } from './declaredAbbreviations.js';

const SOURCE_RANK: Record<CandidateSource, number> = { abbreviation: 0, title: 1, quoted: 2, lexicon: 3, suffix: 4 };
// A table of contents is a run of short heading lines before the first real paragraph, repeated in the body.
const TOC_LINE_MAX = 60;
const FIRST_PARAGRAPH_MIN = 100;
const CHAINED_PLACE = /[省市]$/;
const CHAINABLE_PLACE = /[区县市州]$/;

export interface DocumentMentions {
  mentions: Candidate[];
  abbreviations: Abbreviation[];
}

interface Line {
  start: number;
  end: number;
}

function bodyLines(matchText: string, paged: boolean): Line[] {
  const lines: Line[] = [];
  let at = 0;
  while (at <= matchText.length) {
    const nl = matchText.indexOf('\n', at);
    const end = nl < 0 ? matchText.length : nl;
    lines.push({ start: at, end });
    at = end + 1;
  }
  // A copied page's chrome (来源:…发展和改革局, 主办单位:…办公室) names the site's owner, not what the report is about.
  const chrome = findChromeLines(matchText, paged);
  const body = lines.filter((_, i) => !chrome.has(i + 1));
  const firstParagraph = body.findIndex((l) => l.end - l.start >= FIRST_PARAGRAPH_MIN);
  if (firstParagraph <= 0) return body;
  const later = new Set(body.slice(firstParagraph).map((l) => matchText.slice(l.start, l.end).trim()));
  return body.filter((l, i) => {
    const s = matchText.slice(l.start, l.end).trim();
    return i >= firstParagraph || s.length > TOC_LINE_MAX || !later.has(s);
  });
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Character positions already taken, so that settling overlaps stays linear in the text's length. */
class Occupancy {
  private readonly owner: Int32Array;
  constructor(length: number) {
    this.owner = new Int32Array(length + 1).fill(-1);
  }
  isFree(c: Candidate): boolean {
    for (let i = c.start; i < c.end; i++) if (this.owner[i] !== -1) return false;
    return true;
  }
  /** Index of the taker when all of `c` lies inside one taken span, else -1. */
  enclosingOwner(c: Candidate): number {
    const first = this.owner[c.start] ?? -1;
    for (let i = c.start; i < c.end; i++) if (this.owner[i] !== first) return -1;
    return first;
  }
  take(c: Candidate, index: number): void {
    for (let i = c.start; i < c.end; i++) this.owner[i] = index;
  }
}

/** Longest proposals first, then the surer source; a 《》 title never blocks the names inside it. */
function chooseMentions(candidates: Candidate[], textLength: number): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || a.start - b.start,
  );
  const titleSpans = new Occupancy(textLength);
  const nameSpans = new Occupancy(textLength);
  const titles: Candidate[] = [];
  const names: Candidate[] = [];
  for (const c of ordered) {
    if (c.source === 'title') {
      if (titleSpans.isFree(c)) titleSpans.take(c, titles.push(c) - 1);
    } else if (nameSpans.isFree(c) && (titleSpans.isFree(c) || enclosedByTitle(titleSpans, titles, c))) {
      nameSpans.take(c, names.push(c) - 1);
    }
  }
  return [...titles, ...names].sort((a, b) => a.start - b.start || b.end - a.end);
}

function enclosedByTitle(spans: Occupancy, titles: Candidate[], c: Candidate): boolean {
  const owner = spans.enclosingOwner(c);
  if (owner < 0) return false;
  const t = titles[owner]!;
  return t.start < c.start || c.end < t.end;
}

/** 湛江市坡头区 is one place: a city or province written right before a place inside it. */
function chainPlaces(mentions: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    if (prev && prev.type === 'Place' && m.type === 'Place' && prev.end === m.start && CHAINED_PLACE.test(prev.key) && CHAINABLE_PLACE.test(m.key) && m.source !== 'title') {
      out[out.length - 1] = { ...m, start: prev.start, key: prev.key + m.key, canonical: prev.key + m.key, global: true };
    } else out.push(m);
  }
  return out;
}

// An agency named by its level (区人民政府, 区委, 县发改局).
const LEVEL_AGENCY = /^[区县市旗]/;

/**
 * 海珠|区人民政府, 广州市|天河|区人民政府: a place written right before an agency named by its level is that
 * agency's place (海珠区人民政府, not the report's own government with 海珠 beside it), and a city or province
 * before an agency is part of its name (广州市天河区人民政府). jieba splits them when it knows the level's words.
 */
function chainAgencies(mentions: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let m of mentions) {
    for (let prev = out.at(-1); prev !== undefined && prev.type === 'Place' && m.type === 'Agency' && prev.end === m.start && prev.source !== 'title' && m.source !== 'title'; prev = out.at(-1)) {
      const ownPlace = LEVEL_AGENCY.test(m.key) && !CHAINABLE_PLACE.test(prev.key);
      if (!ownPlace && !(CHAINED_PLACE.test(prev.key) && !LEVEL_AGENCY.test(m.key))) break;
      m = { ...m, start: prev.start, key: prev.key + m.key, canonical: prev.key + m.canonical };
      out.pop();
    }
    out.push(m);
  }
  return out;
}

/** A report's short reference to itself or its plan (《计划报告》, 《报告》, 《纲要》) names no particular thing. Named
 * plans and policy papers (《海珠区产业发展规划（2018—2035 年）》) stay: the entity guidelines count a policy
 * package as a project. */
const DOCUMENT_SELF_REFERENCE = /^(?:计划|规划|政府工作)?报告$|^(?:规划)?纲要$/;

export function findMentions(doc: ReadDocument, lexicon: Lexicon): DocumentMentions {
  const text = doc.matchText;
  const candidates: Candidate[] = [];
  const lines = bodyLines(text, isPaged(doc.record.encoding));
  for (const line of lines) {
    if (line.end <= line.start) continue;
    const tokens: Token[] = tagWords(text.slice(line.start, line.end), line.start);
    candidates.push(
      ...findLexiconNames(tokens, lexicon, text, doc.record.district),
      ...findSuffixNames(text, tokens, lexicon),
      ...findQuotedNames(text, line.start, line.end, tokens, lexicon),
      ...findClosedListNames(text, line.start, line.end, tokens, lexicon),
      ...findGroupMembers(text, line.start, line.end),
      ...findBrandCompanies(tokens, lexicon),
      ...findPolicyPackages(text, line.start, line.end),
      ...findOwnPlaceNames(tokens, text, doc.record, lexicon),
      ...findEditionEvents(text, line.start, line.end),
    );
  }
  const found = chainAgencies(chainPlaces(chooseMentions(candidates.filter((c) => !DOCUMENT_SELF_REFERENCE.test(c.key)), text.length)));
  const chosen = [...found, ...findListedNames(text, lines, found)].sort((a, b) => a.start - b.start || b.end - a.end);
  const abbreviations = findAbbreviations(text, chosen);
  // The short form in the declaration itself is a mention of the full name.
  const declared = abbreviations.map<Candidate>((a) => ({ ...a.full, start: a.start, end: a.end, key: a.short, canonical: a.short, source: 'abbreviation' }));
  const mentions = chooseMentions([...chosen.filter((c) => !declared.some((d) => overlaps(c, d))), ...declared], text.length);
  return { mentions, abbreviations };
}
