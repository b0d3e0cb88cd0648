// Builds the text that matching runs on: simplified characters, half-width ASCII letters, digits and common
// punctuation. It is exactly as long as the original, character for character, so an index into the match
// text is the same index into the original: offsets never need a map and can never drift.
import { createRequire } from 'node:module';
import { cachedTables, type StoredTables } from './derivedTables.js';
import { buildConverterTables, SimplifiedConverter, type ConverterTables, type DictionaryArrays, type OpenccConfig } from './simplifiedConverter.js';

// opencc-js's tw→cn conversion (its t2cn build holds the same dictionaries as the full one), through tables built
// from its dictionaries once and kept between runs; opencc-js itself is loaded only to build them.
const requireHere = createRequire(import.meta.url);
const OPENCC_T2CN = requireHere.resolve('opencc-js/t2cn');
/** Names the builder and layout of the stored tables: change it whenever either changes. */
const CONVERTER_FORMAT = 'opencc-tw2s-1';

function storeConverter(tables: ConverterTables): StoredTables {
  const dictionaries: [string, DictionaryArrays][] = [
    ...tables.normalization.map((d, i): [string, DictionaryArrays] => [`normalization${i}`, d]),
    ['segmentation', tables.segmentation],
    ...tables.conversion.map((d, i): [string, DictionaryArrays] => [`conversion${i}`, d]),
  ];
  return {
    header: {
      normalization: tables.normalization.length,
      conversion: tables.conversion.length,
      dictionaries: Object.fromEntries(dictionaries.map(([name, d]) => [name, { slotsUsed: d.trie.slotsUsed, nodeCount: d.trie.nodeCount, targets: d.targets }])),
    },
    arrays: Object.fromEntries(dictionaries.flatMap(([name, d]) => [[`${name}.slots`, d.trie.slots], [`${name}.hasChildren`, d.trie.hasChildren]])),
  };
}

function restoreConverter(stored: StoredTables): ConverterTables {
  const header = stored.header as { normalization: number; conversion: number; dictionaries: Record<string, { slotsUsed: number; nodeCount: number; targets: string[] }> };
  const dictionary = (name: string): DictionaryArrays => {
    const d = header.dictionaries[name];
    const slots = stored.arrays[`${name}.slots`];
    const hasChildren = stored.arrays[`${name}.hasChildren`];
    if (!d || !(slots instanceof Int32Array) || !(hasChildren instanceof Uint8Array)) throw new Error(`converter tables: no ${name}`);
    return { trie: { slots, hasChildren, slotsUsed: d.slotsUsed, nodeCount: d.nodeCount }, targets: d.targets };
  };
  return {
    normalization: Array.from({ length: header.normalization }, (_, i) => dictionary(`normalization${i}`)),
    segmentation: dictionary('segmentation'),
    conversion: Array.from({ length: header.conversion }, (_, i) => dictionary(`conversion${i}`)),
  };
}

let converter: SimplifiedConverter | null = null;

function toSimplified(text: string): string {
  if (!converter) {
    const build = () => storeConverter(buildConverterTables((requireHere(OPENCC_T2CN) as { Locale: { configs: { tw2s: OpenccConfig } } }).Locale.configs.tw2s));
    let tables: ConverterTables;
    try {
      tables = restoreConverter(cachedTables('opencc', CONVERTER_FORMAT, [OPENCC_T2CN], build));
    } catch {
      tables = restoreConverter(build()); // cached tables of the current format that do not read back: build afresh
    }
    converter = new SimplifiedConverter(tables);
  }
  return converter.convert(text);
}

// Full-width forms U+FF01..U+FF5E map to ASCII by a fixed offset; U+3000 is the ideographic space.
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Converts one line; falls back to character-by-character when a phrase rule would change the length. */
function simplifyLine(line: string): string {
  const whole = toSimplified(line);
  if (whole.length === line.length) return whole;
  let out = '';
  for (const ch of line) {
    const one = toSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

export function toMatchText(original: string): string {
  const simplified = toSimplified(original);
  const sameLength = simplified.length === original.length ? simplified : original.split('\n').map(simplifyLine).join('\n');
  return toHalfWidth(sameLength);
}

/** True when the text reads as traditional Chinese: enough characters change under conversion. */
export function looksTraditional(original: string, matchText: string): boolean {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (original[i] !== matchText[i]) changed++;
    }
  }
  return han > 0 && changed / han > 0.03;
}
