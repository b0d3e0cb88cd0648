// Traditional (Taiwan) to simplified Chinese, exactly as opencc-js's Converter({ from: 'tw', to: 'cn' }) converts:
// compatibility ideographs normalised, the text cut at the phrases of its segmentation dictionary, each piece
// converted through two dictionary groups in turn, longest match first. opencc-js built its tries of nested Maps
// at every start (about 60 ms) and walked them at a few hundred nanoseconds a character; here the same
// dictionaries are tries in typed arrays (codePointTrie.ts) that matchText.ts keeps between runs.
// test/unit/simplifiedConverter.test.ts checks the output against opencc-js. Pure.
import { CodePointTrie, NO_VALUE, ROOT, codePointsOf, type CodePointTrieArrays } from './codePointTrie.js';

/** opencc-js's conversion config: dictionaries as `source target|source target|…` strings, in groups (the first of a group wins). */
export interface OpenccConfig {
  normalizationChain: string[][];
  segmentation: string[];
  conversionChain: string[][];
}

/** One dictionary group: its keys in a trie whose values index `targets`. */
export interface DictionaryArrays {
  trie: CodePointTrieArrays;
  targets: string[];
}

export interface ConverterTables {
  normalization: DictionaryArrays[];
  segmentation: DictionaryArrays;
  conversion: DictionaryArrays[];
}

/** opencc-js's Trie.loadDictGroup: dictionaries loaded last to first, so that an earlier one's entry wins. */
function buildDictionary(group: string[]): DictionaryArrays {
  const entries = group.map((d) => d.split('|'));
  const trie = new CodePointTrie(CodePointTrie.emptyArrays(entries.reduce((n, e) => n + e.length, 0) * 2));
  const targets: string[] = [];
  const targetIndex = new Map<string, number>();
  for (const dictionary of [...entries].reverse()) {
    for (const entry of dictionary) {
      const [source = '', target] = entry.split(' ');
      if (typeof target !== 'string') throw new TypeError(`opencc dictionary entry "${entry}" is not "source target"`);
      let index = targetIndex.get(target);
      if (index === undefined) targetIndex.set(target, (index = targets.push(target) - 1));
      const codes = codePointsOf(source);
      trie.set(codes, 0, codes.length, index);
    }
  }
  return { trie: trie.arrays(), targets };
}

export function buildConverterTables(config: OpenccConfig): ConverterTables {
  return {
    normalization: config.normalizationChain.map(buildDictionary),
    segmentation: buildDictionary(config.segmentation),
    conversion: config.conversionChain.map(buildDictionary),
  };
}

/** Code units the code point at `i` takes (String.prototype.codePointAt's reading). */
function width(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** How many operands an ideographic description character (U+2FF0–U+2FFF) takes; 0 for any other character. */
function idsArity(code: number): number {
  if (code >= 0x2ff0 && code <= 0x2ff1) return 2;
  if (code >= 0x2ff2 && code <= 0x2ff3) return 3;
  if (code >= 0x2ff4 && code <= 0x2fff) return 2;
  return 0;
}

/** End of the ideographic description sequence at `at`, or 0 when there is none (opencc-js's reading). */
function idsEnd(text: string, at: number): number {
  const arity = idsArity(text.codePointAt(at)!);
  if (arity === 0) return 0;
  let i = at + width(text, at);
  for (let k = 0; k < arity; k++) {
    if (i >= text.length) return 0;
    i = idsEnd(text, i) || i + width(text, i);
  }
  return i;
}

/** How far an unmatched position moves on: a whole description sequence, else one code point. */
function step(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x2ff0 || (c > 0x2fff && (c < 0xd800 || c > 0xdfff))) return 1;
  const end = idsEnd(text, i);
  return end > i ? end - i : width(text, i);
}

class Dictionary {
  private readonly trie: CodePointTrie;
  private readonly targets: string[];
  /** The target of the last match matchPrefix found. */
  private matched = NO_VALUE;

  constructor(arrays: DictionaryArrays) {
    this.trie = new CodePointTrie(arrays.trie);
    this.targets = arrays.targets;
  }

  /** End of the longest key at `at`, or -1 (opencc-js's Trie.matchPrefix). */
  matchPrefix(text: string, at: number): number {
    const { slots, rootChild, rootValue, hasChildren } = this.trie;
    let node = ROOT;
    let end = -1;
    for (let i = at; i < text.length; ) {
      let code = text.charCodeAt(i);
      let next = i + 1;
      if (code >= 0xd800 && code <= 0xdbff && next < text.length) {
        const low = text.charCodeAt(next);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          next++;
        }
      }
      let value: number;
      if (node === ROOT && code < 0x10000) {
        node = rootChild[code]!;
        if (node === ROOT) break;
        value = rootValue[code]!;
      } else {
        const s = this.trie.edge(node, code);
        if (s < 0) break;
        node = slots[s + 2]!;
        value = slots[s + 3]!;
      }
      i = next;
      if (value !== NO_VALUE) {
        end = i;
        this.matched = value;
      }
      if (hasChildren[node] !== 1) break;
    }
    return end;
  }

  /** opencc-js's Trie.convert: each longest match replaced by its target, the rest kept. */
  convert(text: string): string {
    let out = '';
    let copied = 0;
    for (let i = 0; i < text.length; ) {
      const end = this.matchPrefix(text, i);
      if (end < 0) {
        i += step(text, i);
        continue;
      }
      out += text.slice(copied, i) + this.targets[this.matched]!;
      i = copied = end;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }
}

export class SimplifiedConverter {
  private readonly normalization: Dictionary[];
  private readonly segmentation: Dictionary;
  private readonly conversion: Dictionary[];

  constructor(tables: ConverterTables) {
    this.normalization = tables.normalization.map((d) => new Dictionary(d));
    this.segmentation = new Dictionary(tables.segmentation);
    this.conversion = tables.conversion.map((d) => new Dictionary(d));
  }

  convert(text: string): string {
    let normalized = text;
    for (const d of this.normalization) normalized = d.convert(normalized);
    // Cut at the segmentation dictionary's phrases (each a piece, as is each run between them); convert piece by piece.
    let out = '';
    let run = -1;
    for (let i = 0; i < normalized.length; ) {
      const end = this.segmentation.matchPrefix(normalized, i);
      if (end < 0) {
        if (run < 0) run = i;
        i += step(normalized, i);
        continue;
      }
      if (run >= 0) out += this.convertPiece(normalized.slice(run, i));
      run = -1;
      out += this.convertPiece(normalized.slice(i, end));
      i = end;
    }
    if (run >= 0) out += this.convertPiece(run === 0 ? normalized : normalized.slice(run));
    return out;
  }

  private convertPiece(piece: string): string {
    for (const d of this.conversion) piece = d.convert(piece);
    return piece;
  }
}
