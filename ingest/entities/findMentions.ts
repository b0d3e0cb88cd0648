// Finds the mentions of one document: lexicon names, suffix-named names and quoted names are proposed for each
// line of the body, then overlapping proposals are settled (longest wins; names inside a 《》 title are kept too,
// since a title is a document, not a name that swallows its parts). Offsets are into the original text; matching
// runs on the match text, which has the same length.
import type { ReadDocument } from '../readDocument.js';
import type { Lexicon } from './lexicon.js';
import { tagWords, type Token } from './jiebaTokens.js';
import type { Candidate, CandidateSource } from './candidates.js';
import { findLexiconNames } from './findLexiconNames.js';
import { findSuffixNames } from './findSuffixNames.js';
import { findQuotedNames } from './findQuotedNames.js';
import { findAbbreviations, type Abbreviation } from './declaredAbbreviations.js';

const SOURCE_RANK: Record<CandidateSource, number> = { abbreviation: 0, title: 1, quoted: 2, lexicon: 3, suffix: 4 };
// A table of contents is a run of short heading lines before the first real paragraph, repeated in the body.
const TOC_LINE_MAX = 60;
const FIRST_PARAGRAPH_MIN = 100;
const CHAINED_PLACE = /[省市]$/;

export interface DocumentMentions {
  mentions: Candidate[];
  abbreviations: Abbreviation[];
}

interface Line {
  start: number;
  end: number;
}

function bodyLines(matchText: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  while (at <= matchText.length) {
    const nl = matchText.indexOf('\n', at);
    const end = nl < 0 ? matchText.length : nl;
    lines.push({ start: at, end });
    at = end + 1;
  }
  const firstParagraph = lines.findIndex((l) => l.end - l.start >= FIRST_PARAGRAPH_MIN);
  if (firstParagraph <= 0) return lines;
  const later = new Set(lines.slice(firstParagraph).map((l) => matchText.slice(l.start, l.end).trim()));
  return lines.filter((l, i) => {
    const s = matchText.slice(l.start, l.end).trim();
    return i >= firstParagraph || s.length > TOC_LINE_MAX || !later.has(s);
  });
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

function inside(inner: Candidate, outer: Candidate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && (outer.start < inner.start || inner.end < outer.end);
}

/** Longest proposals first, then the surer source; a 《》 title never blocks the names inside it. */
function chooseMentions(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || a.start - b.start,
  );
  const titles: Candidate[] = [];
  const names: Candidate[] = [];
  for (const c of ordered) {
    if (c.source === 'title') {
      if (!titles.some((t) => overlaps(t, c))) titles.push(c);
    } else if (!names.some((n) => overlaps(n, c)) && !titles.some((t) => overlaps(t, c) && !inside(c, t))) {
      names.push(c);
    }
  }
  return [...titles, ...names].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** 湛江市坡头区 is one place: a city or province written right before a place inside it. */
function chainPlaces(mentions: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    if (prev && prev.type === 'Place' && m.type === 'Place' && prev.end === m.start && CHAINED_PLACE.test(prev.key) && m.source !== 'title') {
      out[out.length - 1] = { ...m, start: prev.start, key: prev.key + m.key, canonical: prev.key + m.key, global: true };
    } else out.push(m);
  }
  return out;
}

export function findMentions(doc: ReadDocument, lexicon: Lexicon): DocumentMentions {
  const text = doc.matchText;
  const candidates: Candidate[] = [];
  for (const line of bodyLines(text)) {
    if (line.end <= line.start) continue;
    const tokens: Token[] = tagWords(text.slice(line.start, line.end), line.start);
    candidates.push(
      ...findLexiconNames(tokens, lexicon, text),
      ...findSuffixNames(text, tokens, lexicon),
      ...findQuotedNames(text, line.start, line.end, tokens, lexicon),
    );
  }
  const chosen = chainPlaces(chooseMentions(candidates));
  const abbreviations = findAbbreviations(text, chosen);
  // The short form in the declaration itself is a mention of the full name.
  const declared = abbreviations.map<Candidate>((a) => ({ ...a.full, start: a.start, end: a.end, key: a.short, canonical: a.short, source: 'abbreviation' }));
  const mentions = chooseMentions([...chosen.filter((c) => !declared.some((d) => overlaps(c, d))), ...declared]);
  return { mentions, abbreviations };
}
