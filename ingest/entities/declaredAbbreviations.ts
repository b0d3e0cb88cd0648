// Finds abbreviations a report declares for a name it has just given in full: …试验区（以下简称“琶洲试验区”）,
// …工程，简称“百千万工程”. The short form then names the same entity wherever it appears in the district.
import type { Candidate } from './candidates.js';

const DECLARATION = /(?:以下|下文)?简称(?:为)?[“"「《]([^”"」》\n]{2,20})[”"」》]/g;
// How far before the declaration the full name may end (the bracket and a clause or two in between).
const MAX_GAP = 60;

export interface Abbreviation {
  /** The declared short form (simplified, no quote marks). */
  short: string;
  /** The full name it stands for, as found in the text. */
  full: Candidate;
  /** Where the short form stands in the declaration itself. */
  start: number;
  end: number;
}

/** Declarations in `text`, each bound to the nearest chosen mention ending before it, preferring one whose type fits. */
export function findAbbreviations(text: string, chosen: Candidate[]): Abbreviation[] {
  const found: Abbreviation[] = [];
  for (const m of text.matchAll(DECLARATION)) {
    const short = m[1]!.trim();
    const start = m.index + m[0].indexOf(m[1]!);
    // A title (《…报告》) between a name and the declaration is what the declaration abbreviates, even when the
    // title is no entity itself.
    const before = chosen.filter((c) => c.end <= m.index && m.index - c.end <= MAX_GAP && c.key !== short && !text.slice(c.end, m.index).includes('》'));
    // A full name shares the short form's ending (试验区, 工程) or its first character more often than not.
    const fitting = before.filter((c) => c.key.length > short.length && (c.key.endsWith(short.slice(-2)) || c.key[0] === short[0]));
    // A short form that shares neither names only the mention right before its bracket: a name further back, or
    // inside a longer name that is no mention (西乡塘区 in …西乡塘区国民经济和社会发展…纲要(以下简称《纲要》)), is not it.
    const adjacent = before.filter((c) => /^\s*[（(]?\s*$/.test(text.slice(c.end, m.index)));
    const full = (fitting.length > 0 ? fitting : adjacent).at(-1);
    if (full) found.push({ short, full, start, end: start + m[1]!.length });
  }
  return found;
}
