// Builds scaled corpora for the benchmarks: the five bundled reports, plus clones of them set in fictional
// districts, written with a manifest.json to a temp folder. It must never write into the repository.
//
// Years are kept and only jurisdictions vary: shifting years would have to rewrite every date, 十四五-style
// period word and "二〇二一年" in the text consistently, and a wrong shift would change what links. Varying
// districts keeps each clone a complete jurisdiction (one five-year plan, its annual plans and work report), so
// a correct linker does the same work per clone and its total time should grow linearly with the scale.
// Each clone renames 海珠/荔湾 (荔灣 in traditional text) and the district-scoped places of the lexicon (streets,
// villages, rivers) to names drawn from a seeded PRNG, so no entity or link can legitimately cross clones.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { PROJECT_ROOT } from '../src/config.js';

export const CORPUS_DIR = path.join(PROJECT_ROOT, 'corpus');
const PLACE_LEXICON = path.join(PROJECT_ROOT, 'data', 'lexicons', 'places-haizhu-liwan.tsv');
const LEXICON_DIR = path.join(PROJECT_ROOT, 'data', 'lexicons');
export const DEFAULT_SEED = 20241123;

/** The two real districts of the bundled corpus, by their short forms in each script. */
const DISTRICTS = [
  { full: '海珠区', short: ['海珠'] },
  { full: '荔湾区', short: ['荔湾', '荔灣'] },
] as const;

// Candidate characters for fictional names: water, hill and plant words common in real place names, kept
// only when simplified and traditional forms agree, so one replacement serves both scripts.
const NAME_CHARS = [...'澄溪榕桐渚汀岱沅湄棠芷泓淇琦珩璟柏杉梧松岑峪涧浦澧沂溆芦荻蒲苕菱萍藻檀楠桂椿杏桃李梅兰竹菊'];

/** Seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ManifestDocument {
  file: string;
  title?: string;
  district?: string;
  issuer?: string;
  [field: string]: unknown;
}

/** District-scoped lexicon places worth renaming; names holding the district's own name follow its renaming. */
function scopedPlaces(): string[] {
  const names = new Set<string>();
  for (const line of readFileSync(PLACE_LEXICON, 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    const [name = '', , , scope = ''] = line.split('\t');
    const scoped = DISTRICTS.some((d) => d.full === scope);
    if (scoped && name.length >= 2 && !DISTRICTS.some((d) => d.short.some((s) => name.includes(s)))) names.add(name);
  }
  return [...names];
}

/** Attempts at a fresh name before giving up: the pool of names of one length is finite. */
const NAME_ATTEMPTS = 10_000;
/** Places get three-character names: 100 clones need thousands, more than two characters can make. */
const PLACE_NAME_LENGTH = 3;

/** A name generator that never repeats and never yields a name found in the corpus or a lexicon. */
function nameSource(seed: number, forbiddenText: string) {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const chars = NAME_CHARS.filter((c) => toTraditional(c) === c);
  const random = mulberry32(seed);
  const used = new Set<string>();
  return (length: number): string => {
    for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
      let name = '';
      for (let i = 0; i < length; i++) name += chars[Math.floor(random() * chars.length)];
      if (new Set(name).size !== name.length || used.has(name) || forbiddenText.includes(name)) continue;
      used.add(name);
      return name;
    }
    throw new Error(`scaleCorpus: no unused ${length}-character name left after ${NAME_ATTEMPTS} attempts`);
  };
}

/** Replaces every key of `renames` in one pass, longest key first, so 江南中 wins over a shorter overlap. */
function renamer(renames: Map<string, string>): (text: string) => string {
  if (renames.size === 0) return (text) => text;
  const keys = [...renames.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => text.replace(pattern, (m) => renames.get(m) ?? m);
}

export interface ScaledCorpus {
  scale: number;
  dir: string;
  files: number;
  bytes: number;
  /** Fictional district of each clone's Haizhu and Liwan reports, clone 0 being the real corpus. */
  districts: string[][];
}

/**
 * Writes `scale` copies of the corpus to `dir`: copy 0 is the bundled corpus unchanged, copies 1…scale-1
 * are renamed clones. Files are `cNNN_<original name>`; the manifest gives each its title, issuer and district.
 */
export function scaleCorpus(scale: number, dir: string, seed = DEFAULT_SEED): ScaledCorpus {
  const manifest = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { documents: ManifestDocument[] };
  const reports = readdirSync(CORPUS_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(CORPUS_DIR, file), 'utf8') }));
  const lexicons = readdirSync(LEXICON_DIR).map((n) => readFileSync(path.join(LEXICON_DIR, n), 'utf8'));
  const forbidden = [...reports.map((r) => r.text), ...lexicons].join('\n');
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const places = scopedPlaces();
  const nextName = nameSource(seed, forbidden);

  mkdirSync(dir, { recursive: true });
  const width = String(scale - 1).length;
  const documents: ManifestDocument[] = [];
  const districts: string[][] = [];
  let bytes = 0;
  for (let clone = 0; clone < scale; clone++) {
    const renames = new Map<string, string>();
    const cloneDistricts: string[] = [];
    for (const district of DISTRICTS) {
      const name = clone === 0 ? district.full.slice(0, -1) : nextName(2);
      cloneDistricts.push(`${name}区`);
      if (clone > 0) for (const short of district.short) renames.set(short, name);
    }
    if (clone > 0) {
      for (const place of places) {
        const name = nextName(PLACE_NAME_LENGTH);
        renames.set(place, name);
        renames.set(toTraditional(place), name);
      }
    }
    districts.push(cloneDistricts);
    const rename = renamer(renames);
    const prefix = `c${String(clone).padStart(width, '0')}_`;
    for (const report of reports) {
      const text = rename(report.text);
      writeFileSync(path.join(dir, prefix + report.file), text);
      bytes += Buffer.byteLength(text);
      const entry = manifest.documents.find((d) => d.file === report.file);
      if (!entry) continue;
      documents.push({
        ...entry,
        file: prefix + report.file,
        ...(entry.title ? { title: rename(entry.title) } : {}),
        ...(entry.issuer ? { issuer: rename(entry.issuer) } : {}),
        ...(entry.district ? { district: rename(entry.district) } : {}),
      });
    }
  }
  const about = `Generated by bench/scaleCorpus.ts (seed ${seed}): the bundled corpus and ${scale - 1} clones in fictional districts.`;
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ about, documents }, null, 1));
  return { scale, dir, files: documents.length, bytes, districts };
}

/** A fresh temp folder for one scale. */
export function scaledCorpusDir(root: string, scale: number): string {
  return path.join(root, `corpus-${scale}x`);
}

export function makeBenchRoot(): string {
  const root = path.join(os.tmpdir(), `pledgegraph-bench-${process.pid}`);
  mkdirSync(root, { recursive: true });
  return root;
}
