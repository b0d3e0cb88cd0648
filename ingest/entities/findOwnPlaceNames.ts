// Finds a report's own county, district and city, written in full or by their short names (庐江对接融入长三角, 建设
// 合肥南部副中心城市): reports name their own places all the time, and no lexicon lists every county. Only the
// report's own, whose full names its metadata gives; a short name only where jieba reads a noun or a name there
// (和平 in 和平发展 is no 和平区).
import type { DocumentRecord } from '../../src/model.js';
import type { Candidate } from './candidates.js';
import type { Token } from './jiebaTokens.js';
import type { Lexicon } from './lexicon.js';
import { continuesName } from './findLexiconNames.js';

const LEVEL_END = /[市县区旗]$/;
// jieba's tags for such names (庐江/ns, 合肥/n, 东丽/nr); not nz, a or v, which it gives to the common words some
// places are named for (和平/nz 发展, 光明).
const NAME_TAGS = new Set(['ns', 'n', 'nr', 'j', 'x']);

/** The report's own district and city that the lexicon does not list (a listed name is found as listed). */
function ownPlaces(record: DocumentRecord, lexicon: Lexicon): string[] {
  return [record.district, record.city].filter((full): full is string => full !== null && LEVEL_END.test(full) && !lexicon.byName.has(full));
}

/** Short name → full name (庐江 → 庐江县), where the short name is no listed name of its own. */
function shortNames(places: string[], lexicon: Lexicon): Map<string, string> {
  const names = new Map<string, string>();
  for (const full of places) {
    const short = full.slice(0, -1);
    if (short.length >= 2 && !lexicon.byName.has(short)) names.set(short, full);
  }
  return names;
}

export function findOwnPlaceNames(tokens: Token[], text: string, record: DocumentRecord, lexicon: Lexicon): Candidate[] {
  const places = ownPlaces(record, lexicon);
  if (places.length === 0 || tokens.length === 0) return [];
  const found: Candidate[] = [];
  // Written in full (红花岗区, 吐鲁番市): the metadata says it names a place.
  const lineStart = tokens[0]!.start;
  const line = text.slice(lineStart, tokens.at(-1)!.end);
  // Only where jieba's words start and end: 建设区 is no district inside 建设|区域. (Built only for a line that
  // holds a full name at all: most lines hold none.)
  let bounds: { starts: Set<number>; ends: Set<number> } | null = null;
  for (const full of places) {
    for (let at = line.indexOf(full); at !== -1; at = line.indexOf(full, at + full.length)) {
      bounds ??= { starts: new Set(tokens.map((t) => t.start)), ends: new Set(tokens.map((t) => t.end)) };
      if (!bounds.starts.has(lineStart + at) || !bounds.ends.has(lineStart + at + full.length)) continue;
      found.push({ start: lineStart + at, end: lineStart + at + full.length, type: 'Place', key: full, canonical: full, global: false, source: 'lexicon' });
    }
  }
  const names = shortNames(places, lexicon);
  tokens.forEach((t, i) => {
    const full = names.get(t.word);
    if (full === undefined || !NAME_TAGS.has(t.tag)) return;
    const next = tokens[i + 1];
    if (next !== undefined && next.start === t.end && continuesName(next, tokens[i + 2], text)) return;
    found.push({ start: t.start, end: t.end, type: 'Place', key: t.word, canonical: full, global: false, source: 'lexicon' });
  });
  return found;
}
