// Finds a table of contents: a run of headings with no body between them, or lines carrying page numbers
// (P03). Its lines must never be read as body text: the headings it lists are restated (in part) later.
import type { HeadingMatch } from './matchHeading.js';
import { isPageNumberLine } from './matchHeading.js';

export interface TocLine {
  /** Match text of the paragraph, trimmed. */
  m: string;
  heading: HeadingMatch | null;
}

// Fewer consecutive headings than this is an ordinary heading followed by a sub-heading.
const MIN_TOC_RUN = 5;
// Share of a run's lines that must be numbered headings when it has neither page numbers nor a 目录 title.
const MIN_HEADING_SHARE = 0.6;
// A TOC line is short; a body paragraph is not.
const MAX_TOC_LINE = 60;

/** Indexes (into `lines`) of the paragraphs that form tables of contents. */
export function findTableOfContents(lines: TocLine[]): Set<number> {
  const toc = new Set<number>();
  const laterTitles = countTitles(lines);
  let i = 0;
  while (i < lines.length) {
    const run = runFrom(lines, i);
    const length = run.end - i;
    // Mostly numbered headings, or page numbers, or a 目录 title: a list of short items or captions is not one.
    const looksLikeToc = run.titled || run.pages >= 3 || run.numbered >= Math.max(3, MIN_HEADING_SHARE * (length - run.pages));
    if (length >= MIN_TOC_RUN && looksLikeToc) {
      let end = run.end;
      // The run's last heading, directly followed by body, is still a TOC entry when the body restates it
      // later: a contents list often ends with the chapter the body opens without repeating its title.
      const next = lines[end];
      if (next?.heading && next.heading.bodyStart >= next.m.length && (laterTitles.get(titleOf(next)) ?? 0) > 1 && !run.titles.has(titleOf(next))) end++;
      for (let k = i; k < end; k++) toc.add(k);
      i = end;
    } else {
      i = Math.max(i + 1, run.end);
    }
  }
  return toc;
}

function titleOf(line: TocLine): string {
  const h = line.heading;
  return (h ? line.m.slice(h.titleStart, h.titleEnd) : line.m).replace(/\s+/g, '');
}

function isTocCandidate(line: TocLine): boolean {
  if (isPageNumberLine(line.m)) return true;
  if (line.m.length > MAX_TOC_LINE || /[。；;]/.test(line.m)) return false;
  // Table rows (tab-separated cells) and list items (- ◆ ✓) are body, however short.
  if (/\t/.test(line.m) || /^[-–•◆◇✓√·]/.test(line.m)) return false;
  return line.heading === null || line.heading.bodyStart >= line.m.length;
}

/** The longest run of TOC-like lines from `start`; it stops where a title repeats (the body begins again). */
function runFrom(lines: TocLine[], start: number): { end: number; numbered: number; pages: number; titled: boolean; titles: Set<string> } {
  const titles = new Set<string>();
  let titled = false;
  let numbered = 0;
  let pages = 0;
  let end = start;
  while (end < lines.length) {
    const line = lines[end]!;
    if (!isTocCandidate(line)) break;
    // A TOC line followed directly by body text is the body's first heading, not part of the list.
    const next = lines[end + 1];
    if (next && !isTocCandidate(next) && !isPageNumberLine(line.m)) break;
    if (isPageNumberLine(line.m)) pages++;
    else {
      const title = titleOf(line);
      if (titles.has(title)) break;
      titles.add(title);
      if (line.heading && line.heading.kind !== 'lead') numbered++;
      if (/^目\s*录$/.test(line.m)) titled = true;
    }
    end++;
  }
  return { end, numbered, pages, titled, titles };
}

function countTitles(lines: TocLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (!line.heading) continue;
    const t = titleOf(line);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}
