// Reads the lexicon data files (data/lexicons/*.tsv): names the entity stage knows in advance, with their type,
// canonical name and scope. Lexicons only help; the pattern rules must still find names never listed here.
// Parsing is pure; loading reads the folder once per process and never writes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType } from '../../src/model.js';

export interface LexiconEntry {
  /** Simplified surface form, as it appears in a document's match text. */
  name: string;
  type: EntityType;
  /** Full standard name; for an agency a leading 区, 市 or 省 stands for the document's own unit (levelPrefix.ts). */
  canonical: string;
  /** One entity across all districts (cities, provinces, well-known companies). */
  global: boolean;
  /** Recognised only in reports of this district: street names that are common words elsewhere (彩虹, 中南). */
  onlyIn: string | null;
  /** For a place: the canonical name of the place it lies in (海珠区 → 广州市, 广州市 → 广东省), when listed. */
  within: string | null;
}

export interface Lexicon {
  entries: LexiconEntry[];
  byName: Map<string, LexiconEntry>;
}

const ENTITY_TYPES = new Set<EntityType>(['Project', 'Place', 'Agency', 'Organization']);

export const LEXICON_DIR = new URL('../../data/lexicons/', import.meta.url).pathname;

/** Lines: name TAB type [TAB canonical [TAB global | district [TAB within]]]; `#` lines are comments (the `# source:` line among them). */
export function parseLexicon(tsv: string, fileName: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  tsv.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#')) return;
    const [name = '', type = '', canonical = '', scope = '', within = ''] = line.split('\t');
    if (!ENTITY_TYPES.has(type as EntityType)) throw new Error(`${fileName}:${i + 1}: unknown entity type "${type}"`);
    const global = scope === 'global';
    entries.push({ name, type: type as EntityType, canonical: canonical || name, global, onlyIn: global || scope === '' ? null : scope, within: within || null });
  });
  return entries;
}

/** A county (县), banner (旗), city (市), autonomous prefecture (州) or league (盟) has the departments of a district
 * under its own level word (县发改局, 旗人大, 市政协, 州委, 盟委): each listed district agency (区…) is also listed in
 * those forms, unless such a form is listed itself. */
const LEVEL_FORMS = ['县', '旗', '市', '州', '盟'];
function withCountyForms(entries: readonly LexiconEntry[]): LexiconEntry[] {
  const atLevel = (level: string, name: string) => `${level}${name.slice(1)}`;
  const forms = (e: LexiconEntry, level: string): LexiconEntry => ({ ...e, name: atLevel(level, e.name), canonical: e.canonical.startsWith('区') ? atLevel(level, e.canonical) : e.canonical });
  return entries.flatMap((e) => (e.type === 'Agency' && e.name.startsWith('区') ? [e, ...LEVEL_FORMS.map((level) => forms(e, level))] : [e]));
}

/** An agency listed by its short form (区发改局 → 区发展和改革局) is written out in full too: its canonical name is a name
 * of its own, unless listed itself. */
function withFullForms(entries: readonly LexiconEntry[]): LexiconEntry[] {
  const listed = new Set(entries.map((e) => e.name));
  const full = entries.filter((e) => e.type === 'Agency' && e.canonical !== e.name && !listed.has(e.canonical));
  const once = new Map(full.map((e) => [e.canonical, { ...e, name: e.canonical }]));
  return [...entries, ...once.values()];
}

export function buildLexicon(listed: LexiconEntry[]): Lexicon {
  const entries = withCountyForms(withFullForms(listed));
  const byName = new Map<string, LexiconEntry>();
  // Listed entries come first, so a county form listed in the data outranks one derived from a district's.
  for (const e of [...listed, ...entries]) if (!byName.has(e.name)) byName.set(e.name, e);
  return { entries, byName };
}

let cached: Lexicon | null = null;

/** The lexicon of data/lexicons, read once; files are taken in name order so the result is deterministic. */
export function defaultLexicon(): Lexicon {
  if (cached) return cached;
  const files = readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.tsv')).sort();
  const entries = files.flatMap((f) => parseLexicon(readFileSync(path.join(LEXICON_DIR, f), 'utf8'), f));
  cached = buildLexicon(entries);
  return cached;
}
