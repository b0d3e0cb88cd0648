// Finds a report's own county, district and city by their short names (庐江对接融入长三角, 建设合肥南部副中心城市):
// reports name their own places so all the time, and no lexicon lists every county. Only the report's own, whose
// full names its metadata gives; only where jieba reads a noun or a name there (和平 in 和平发展 is no 和平区).
import type { DocumentRecord } from '../../src/model.js';
import type { Candidate } from './candidates.js';
import type { Token } from './jiebaTokens.js';
import type { Lexicon } from './lexicon.js';
import { continuesName } from './findLexiconNames.js';

const LEVEL_END = /[市县区旗]$/;
// jieba's tags for such names (庐江/ns, 合肥/n, 东丽/nr); not nz, a or v, which it gives to the common words some
// places are named for (和平/nz 发展, 光明).
const NAME_TAGS = new Set(['ns', 'n', 'nr', 'j', 'x']);

/** Short name → full name, for the report's own district and city not listed in the lexicon already. */
function shortNames(record: DocumentRecord, lexicon: Lexicon): Map<string, string> {
  const names = new Map<string, string>();
  for (const full of [record.district, record.city]) {
    if (full === null || !LEVEL_END.test(full)) continue;
    const short = full.slice(0, -1);
    if (short.length >= 2 && !lexicon.byName.has(short)) names.set(short, full);
  }
  return names;
}

export function findOwnPlaceNames(tokens: Token[], text: string, record: DocumentRecord, lexicon: Lexicon): Candidate[] {
  const names = shortNames(record, lexicon);
  if (names.size === 0) return [];
  const found: Candidate[] = [];
  tokens.forEach((t, i) => {
    const full = names.get(t.word);
    if (full === undefined || !NAME_TAGS.has(t.tag)) return;
    const next = tokens[i + 1];
    if (next !== undefined && next.start === t.end && continuesName(next, tokens[i + 2], text)) return;
    found.push({ start: t.start, end: t.end, type: 'Place', key: t.word, canonical: full, global: true, source: 'lexicon' });
  });
  return found;
}
