// A TypeScript port of the segmenter nodejieba runs (cppjieba's MixSegment and PosTagger: the most probable path
// through the dictionary's word graph, an HMM for runs of single characters the dictionary leaves apart, then each
// word's part-of-speech tag), over the same dictionary files. nodejieba.load parsed its 5 MB dictionary twice in C++
// (once more for a TextRank extractor) and its 6 MB IDF table, used only by keyword extraction, which took 1–2 s
// of every run; here the dictionary becomes a trie in flat typed arrays that jiebaDictionary.ts keeps between runs.
// The words and tags are nodejieba's, for any text: test/unit/jiebaSegmenter.test.ts checks them against it.
// Pure: no I/O, no global state.
import { CodePointTrie, NO_VALUE, ROOT, type CodePointTrieArrays } from '../normalize/codePointTrie.js';
import { correctlyRoundedLog } from './correctlyRoundedLog.js';

export interface TaggedWord {
  word: string;
  tag: string;
}

/** cppjieba's stand-in for log(0). */
const MIN_DOUBLE = -3.14e100;
/** Characters that always end a piece of text before segmentation (cppjieba's SPECIAL_SEPARATORS: space, tab, newline, ，。). */
const isSeparator = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0xff0c || c === 0x3002;
const NO_WORD = NO_VALUE;
/** A span's dictionary word not known yet (the HMM made it): tagging looks it up. */
const UNKNOWN = -2;

/** The arrays of a WordTrie, as jiebaDictionary.ts stores them. */
export interface WordTrieArrays {
  /** Each word's node holds the word's index as its value. */
  trie: CodePointTrieArrays;
  weights: Float64Array;
  tags: Uint16Array;
  wordCount: number;
  tagNames: string[];
}

/** cppjieba's DictTrie: its words in a trie, with their weights and tags. A later entry of the same word replaces the earlier one, as in cppjieba. */
class WordTrie {
  readonly trie: CodePointTrie;
  weights: Float64Array;
  tags: Uint16Array;
  wordCount: number;
  readonly tagNames: string[];
  private readonly tagIndex: Map<string, number>;

  constructor(arrays: WordTrieArrays) {
    this.trie = new CodePointTrie(arrays.trie);
    this.weights = arrays.weights;
    this.tags = arrays.tags;
    this.wordCount = arrays.wordCount;
    this.tagNames = [...arrays.tagNames];
    this.tagIndex = new Map(this.tagNames.map((t, i) => [t, i]));
  }

  static empty(expectedWords: number): WordTrie {
    const words = Math.max(16, expectedWords);
    // About half as many more prefix nodes as words.
    const trie = CodePointTrie.emptyArrays(Math.ceil(words * 1.5));
    return new WordTrie({ trie, weights: new Float64Array(words), tags: new Uint16Array(words), wordCount: 0, tagNames: [] });
  }

  /** The arrays, trimmed to what is used, to store. */
  arrays(): WordTrieArrays {
    return {
      trie: this.trie.arrays(),
      weights: this.weights.subarray(0, this.wordCount),
      tags: this.tags.subarray(0, this.wordCount),
      wordCount: this.wordCount,
      tagNames: this.tagNames,
    };
  }

  tagId(tag: string): number {
    let id = this.tagIndex.get(tag);
    if (id === undefined) {
      id = this.tagNames.push(tag) - 1;
      this.tagIndex.set(tag, id);
    }
    return id;
  }

  /** Adds a word (code points `codes[from..to)`) with its weight and tag; returns its index. */
  add(codes: ArrayLike<number>, from: number, to: number, weight: number, tagId: number): number {
    if (this.wordCount >= this.weights.length) {
      this.weights = grow(this.weights, this.weights.length * 2);
      this.tags = grow(this.tags, this.tags.length * 2);
    }
    const word = this.wordCount++;
    this.weights[word] = weight;
    this.tags[word] = tagId;
    this.trie.set(codes, from, to, word); // cppjieba inserts no empty word, and neither does set
    return word;
  }
}

function grow<T extends Int32Array | Float64Array | Uint16Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(16, length));
  bigger.set(array);
  return bigger;
}

/** cppjieba's HMM: start and transition log-probabilities of the states B, E, M, S and each state's emissions. */
export interface HmmModel {
  start: Float64Array;
  /** transition[from * 4 + to] */
  transition: Float64Array;
  /** The characters any state emits; emission[i * 4 + state] is the log-probability of codes[i] (MIN_DOUBLE for none). */
  codes: Int32Array;
  emission: Float64Array;
}

const STATE_E = 1;
const STATE_S = 3;

function parseHmmModel(text: string): HmmModel {
  // Lines after trimming, without blanks and # comments, as cppjieba's HMMModel::GetLine reads them.
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length < 9) throw new Error('jieba HMM model: expected 9 lines');
  const numbers = (line: string) => line.split(' ').map((n) => Number.parseFloat(n));
  const start = Float64Array.from(numbers(lines[0]!));
  const transition = Float64Array.from(lines.slice(1, 5).flatMap(numbers));
  const rowOf = new Map<number, number>();
  const rows: number[] = [];
  for (let state = 0; state < 4; state++) {
    for (const pair of lines[5 + state]!.split(',')) {
      const code = pair.codePointAt(0)!;
      let row = rowOf.get(code);
      if (row === undefined) {
        row = rowOf.size;
        rowOf.set(code, row);
        rows.push(MIN_DOUBLE, MIN_DOUBLE, MIN_DOUBLE, MIN_DOUBLE);
      }
      rows[row * 4 + state] = Number.parseFloat(pair.slice(pair.indexOf(':') + 1));
    }
  }
  return { start, transition, codes: Int32Array.from(rowOf.keys()), emission: Float64Array.from(rows) };
}

/** C's atoi: leading blanks, a sign, digits; 0 when there are none. */
function atoi(s: string): number {
  const n = Number.parseInt(s, 10);
  return Number.isNaN(n) ? 0 : n;
}

export interface SegmenterFiles {
  /** jieba.dict.utf8: `word freq tag` lines. */
  dictionary: string;
  /** hmm_model.utf8. */
  hmmModel: string;
}

/** What the dictionary files amount to, and what jiebaDictionary.ts keeps between runs. */
export interface SegmenterTables {
  words: WordTrieArrays;
  hmm: HmmModel;
  /** Sum of the main dictionary's frequencies: user words' weights are log(freq / freqSum). */
  freqSum: number;
  /** The least weight of the main dictionary: what a character no word starts with weighs. */
  minWeight: number;
  /** The median weight of the main dictionary, which user words without a frequency get. */
  medianWeight: number;
}

function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return text.endsWith('\n') || text === '' ? lines : lines + 1;
}

/** Builds the tables from the main dictionary and the HMM model, as cppjieba's DictTrie and HMMModel do. */
export function buildSegmenterTables(files: SegmenterFiles): SegmenterTables {
  const dict = files.dictionary;
  const lineCount = countLines(dict);
  const trie = WordTrie.empty(lineCount);
  const freqs = new Float64Array(lineCount);
  const codes: number[] = [];
  let count = 0;
  let sum = 0;
  for (let at = 0; at < dict.length; ) {
    let end = dict.indexOf('\n', at);
    if (end < 0) end = dict.length;
    const first = dict.indexOf(' ', at);
    const second = first < 0 ? -1 : dict.indexOf(' ', first + 1);
    const third = second < 0 ? -1 : dict.indexOf(' ', second + 1);
    if (first < 0 || second < 0 || second >= end || (third >= 0 && third < end)) {
      throw new Error(`jieba dictionary: line ${count + 1} is not "word freq tag"`);
    }
    codes.length = 0;
    for (let i = at; i < first; ) {
      const code = dict.codePointAt(i)!;
      codes.push(code);
      i += code > 0xffff ? 2 : 1;
    }
    const freq = Number.parseFloat(dict.slice(first + 1, second));
    freqs[count++] = freq;
    sum += freq;
    // Word i is line i; its weight is set below, once the sum of all frequencies is known.
    trie.add(codes, 0, codes.length, 0, trie.tagId(dict.slice(second + 1, end)));
    at = end + 1;
  }
  if (count === 0) throw new Error('jieba dictionary: no words');
  // weight = log(freq / sum), computed once per distinct frequency (a few thousand of them).
  const weightOfFreq = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const freq = freqs[i]!;
    let weight = weightOfFreq.get(freq);
    if (weight === undefined) weightOfFreq.set(freq, (weight = correctlyRoundedLog(freq / sum)));
    trie.weights[i] = weight;
  }
  // Weights rise with frequencies: the least and the median weight are those of the least and the median frequency.
  const sorted = freqs.subarray(0, count).sort();
  return {
    words: trie.arrays(),
    hmm: parseHmmModel(files.hmmModel),
    freqSum: sum,
    minWeight: weightOfFreq.get(sorted[0]!)!,
    medianWeight: weightOfFreq.get(sorted[Math.floor(count / 2)]!)!,
  };
}

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATES = /[\uD800-\uDFFF]/gu;

/**
 * A loaded segmenter: the main dictionary's tables, then the user dictionary's lines (`word`, `word tag` or
 * `word freq tag`) on top of them, as nodejieba.load({ dict, hmmDict, userDict }) builds it. The tables' arrays
 * become the segmenter's own. Not reentrant: it segments into buffers it reuses.
 */
export class JiebaSegmenter {
  private readonly trie: WordTrie;
  private readonly hmm: HmmModel;
  /** The HMM model's row of each BMP character (-1 for none); the few others in a map. */
  private readonly emissionRowBmp = new Int32Array(0x10000).fill(-1);
  private readonly emissionRowOther = new Map<number, number>();
  private readonly minWeight: number;
  private readonly freqSum: number;
  private readonly medianWeight: number;
  private readonly userSingleCharacters = new Set<number>();
  /** Weights of user frequencies met so far: user dictionaries repeat a few. */
  private readonly userWeights = new Map<number, number>();

  // Buffers reused from call to call. `codes` holds the text's `length` code points; `offsets` their UTF-16 offsets, when
  // the text has characters outside the BMP; `spans` the words found, as (from, to, word) triples of code-point
  // offsets and the dictionary word the span is when the word graph chose it (else UNKNOWN: look it up to tag it).
  private codes = new Int32Array(256);
  private length = 0;
  private offsets: Int32Array | null = null;
  private spans = new Int32Array(768);
  private spanCount = 0;
  private best = new Float64Array(256);
  private ends = new Int32Array(256);
  private endWords = new Int32Array(256);
  private viterbiWeight = new Float64Array(1024);
  private viterbiPath = new Int8Array(1024);
  private viterbiStatus = new Int8Array(256);

  constructor(tables: SegmenterTables, userDictionary: string) {
    this.trie = new WordTrie(tables.words);
    this.hmm = tables.hmm;
    tables.hmm.codes.forEach((code, row) => {
      if (code < 0x10000) this.emissionRowBmp[code] = row;
      else this.emissionRowOther.set(code, row);
    });
    this.minWeight = tables.minWeight;
    this.freqSum = tables.freqSum;
    this.medianWeight = tables.medianWeight;
    for (const line of userDictionary.split('\n')) if (line !== '') this.addUserWord(line);
  }

  /** cppjieba's DictTrie::InserUserDictNode: `word`, `word tag` or `word freq tag`; other lines add nothing. */
  private addUserWord(line: string): void {
    const parts = line.split(' ');
    const codes = parts.length <= 3 ? [...parts[0]!].map((c) => c.codePointAt(0)!) : [];
    let weight = this.medianWeight;
    let tag = '';
    if (parts.length === 3) {
      const freq = atoi(parts[1]!);
      let known = this.userWeights.get(freq);
      if (known === undefined) this.userWeights.set(freq, (known = correctlyRoundedLog((1.0 * freq) / this.freqSum)));
      weight = known;
      tag = parts[2]!;
    } else if (parts.length === 2) tag = parts[1]!;
    this.trie.add(codes, 0, codes.length, weight, this.trie.tagId(tag));
    if (codes.length === 1) this.userSingleCharacters.add(codes[0]!);
  }

  /** nodejieba.tag: the words of `text` with their part-of-speech tags. */
  tag(text: string): TaggedWord[] {
    const words: TaggedWord[] = [];
    this.tagEach(text, (word, tag) => words.push({ word, tag }));
    return words;
  }

  /** The words of `text` and their tags, as `tag` gives them, one call each, without building the list. */
  tagEach(text: string, each: (word: string, tag: string) => void): void {
    const source = this.load(text);
    this.segment(true);
    const spans = this.spans;
    for (let k = 0; k < 3 * this.spanCount; k += 3) {
      const from = spans[k]!;
      const to = spans[k + 1]!;
      const word = spans[k + 2] === UNKNOWN ? this.trie.trie.lookup(this.codes, from, to) : spans[k + 2]!;
      each(this.slice(source, from, to), this.tagOf(word, from, to));
    }
  }

  /** nodejieba.cut: the words of `text`; with `hmm` false (nodejieba's default) unknown runs stay single characters. */
  cut(text: string, hmm = false): string[] {
    const source = this.load(text);
    this.segment(hmm);
    const words: string[] = [];
    for (let k = 0; k < 3 * this.spanCount; k += 3) words.push(this.slice(source, this.spans[k]!, this.spans[k + 1]!));
    return words;
  }

  /**
   * Reads `text` into `codes` and returns the string words are sliced from. Lone surrogates become U+FFFD, as in
   * the UTF-8 that nodejieba hands cppjieba.
   */
  private load(text: string): string {
    this.offsets = null;
    if (this.codes.length < text.length) this.codes = new Int32Array(2 * text.length);
    const codes = this.codes;
    if (!SURROGATE.test(text)) {
      for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
      this.length = text.length;
      return text;
    }
    const source = text.replace(LONE_SURROGATES, '\uFFFD');
    const offsets = new Int32Array(source.length + 1);
    let n = 0;
    for (let i = 0; i < source.length; n++) {
      const code = source.codePointAt(i)!;
      codes[n] = code;
      offsets[n] = i;
      i += code > 0xffff ? 2 : 1;
    }
    offsets[n] = source.length;
    this.offsets = offsets;
    this.length = n;
    return source;
  }

  private slice(source: string, from: number, to: number): string {
    return this.offsets ? source.slice(this.offsets[from], this.offsets[to]) : source.slice(from, to);
  }

  private emit(from: number, to: number, word: number): void {
    const at = 3 * this.spanCount++;
    if (at + 3 > this.spans.length) this.spans = grow(this.spans, this.spans.length * 2);
    this.spans[at] = from;
    this.spans[at + 1] = to;
    this.spans[at + 2] = word;
  }

  /** cppjieba's PosTagger::LookupTag of `codes[from..to)`, dictionary word `word`: its tag, else m for numbers, eng for Latin, x for the rest. */
  private tagOf(word: number, from: number, to: number): string {
    const codes = this.codes;
    if (word !== NO_WORD) {
      const tag = this.trie.tagNames[this.trie.tags[word]!]!;
      if (tag !== '') return tag;
    }
    const half = Math.floor((to - from) / 2);
    let ascii = 0;
    let digits = 0;
    // cppjieba stops counting once half the characters (rounded down) are ASCII.
    for (let i = from; i < to && ascii < half; i++) {
      if (codes[i]! < 0x80) {
        ascii++;
        if (isDigit(codes[i]!)) digits++;
      }
    }
    if (ascii === 0) return 'x';
    return digits === ascii ? 'm' : 'eng';
  }

  /** MixSegment::Cut: each piece between separators (a separator being a piece of its own) cut on its own. */
  private segment(hmm: boolean): void {
    this.spanCount = 0;
    const codes = this.codes;
    const n = this.length;
    let at = 0;
    while (at < n) {
      let end = at + 1;
      if (!isSeparator(codes[at]!)) while (end < n && !isSeparator(codes[end]!)) end++;
      this.cutPiece(at, end, hmm);
      at = end;
    }
  }

  /** MPSegment, then HMMSegment for each run of single characters, as MixSegment::Cut does. */
  private cutPiece(from: number, to: number, hmm: boolean): void {
    const n = to - from;
    if (this.best.length <= n) {
      this.best = new Float64Array(2 * n + 1);
      this.ends = new Int32Array(2 * n + 1);
      this.endWords = new Int32Array(2 * n + 1);
    }
    const { codes, best, ends, endWords, trie, minWeight } = this;
    const { weights } = trie;
    const words = trie.trie;
    const { slots, rootChild, rootValue: rootWord, hasChildren } = words;
    // The most probable path through the word graph, right to left: best[k] is the weight of the best path from
    // k, ends[k] the end of its first word. cppjieba adds to 0.0 the weight of the rest (none at the end) and then
    // the word's, keeping the first of equal paths; best[n] = 0 gives the same sums bit for bit.
    best[n] = 0;
    for (let i = n - 1; i >= 0; i--) {
      // The single character is in the graph whether it is a word or not; longer words follow while the trie goes on.
      const first = codes[from + i]!;
      let node = ROOT;
      let word = NO_WORD;
      if (first < 0x10000) {
        node = rootChild[first]!;
        word = rootWord[first]!;
      } else {
        const s = words.edge(ROOT, first);
        if (s >= 0) {
          node = slots[s + 2]!;
          word = slots[s + 3]!;
        }
      }
      let bestWeight = best[i + 1]! + (word === NO_WORD ? minWeight : weights[word]!);
      let bestEnd = i + 1;
      let bestWord = word;
      for (let j = i + 1; j < n && node !== ROOT && hasChildren[node] === 1; j++) {
        const s = words.edge(node, codes[from + j]!);
        if (s < 0) break;
        node = slots[s + 2]!;
        word = slots[s + 3]!;
        if (word === NO_WORD) continue;
        const weight = best[j + 1]! + weights[word]!;
        if (weight > bestWeight) {
          bestWeight = weight;
          bestEnd = j + 1;
          bestWord = word;
        }
      }
      best[i] = bestWeight;
      ends[i] = bestEnd;
      endWords[i] = bestWord;
    }
    let i = 0;
    while (i < n) {
      const end = ends[i]!;
      if (!hmm || end - i > 1 || this.userSingleCharacters.has(codes[from + i]!)) {
        this.emit(from + i, from + end, endWords[i]!);
        i = end;
        continue;
      }
      // A run of single characters the dictionary did not join (and the user dictionary does not list alone).
      let j = i + 1;
      while (j < n && ends[j] === j + 1 && !this.userSingleCharacters.has(codes[from + j]!)) j++;
      this.cutUnknown(from + i, from + j);
      i = j;
    }
  }

  /** HMMSegment::Cut: ASCII letters (with the digits after them) and numbers stay whole; the rest goes to Viterbi. */
  private cutUnknown(from: number, to: number): void {
    const codes = this.codes;
    let left = from;
    let right = from;
    while (right < to) {
      if (codes[right]! >= 0x80) {
        right++;
        continue;
      }
      if (left !== right) this.viterbiCut(left, right);
      left = right;
      if (isLetter(codes[left]!)) {
        right = left + 1;
        while (right < to && (isLetter(codes[right]!) || isDigit(codes[right]!))) right++;
      } else if (isDigit(codes[left]!)) {
        right = left + 1;
        while (right < to && (isDigit(codes[right]!) || codes[right] === 0x2e)) right++;
      } else right = left + 1;
      this.emit(left, right, UNKNOWN);
      left = right;
    }
    if (left !== right) this.viterbiCut(left, right);
  }

  private emissionRowOf(code: number): number {
    return code < 0x10000 ? this.emissionRowBmp[code]! : (this.emissionRowOther.get(code) ?? -1);
  }

  /** HMMSegment::Viterbi over B, E, M, S; a word ends at each E or S. */
  private viterbiCut(from: number, to: number): void {
    const { start, transition, emission } = this.hmm;
    const codes = this.codes;
    const x = to - from;
    if (this.viterbiWeight.length < 4 * x) {
      this.viterbiWeight = new Float64Array(8 * x);
      this.viterbiPath = new Int8Array(8 * x);
    }
    const weight = this.viterbiWeight;
    const path = this.viterbiPath;
    const first = this.emissionRowOf(codes[from]!);
    for (let y = 0; y < 4; y++) {
      weight[y * x] = start[y]! + (first < 0 ? MIN_DOUBLE : emission[first * 4 + y]!);
      path[y * x] = -1;
    }
    for (let k = 1; k < x; k++) {
      const row = this.emissionRowOf(codes[from + k]!);
      for (let y = 0; y < 4; y++) {
        const emitted = row < 0 ? MIN_DOUBLE : emission[row * 4 + y]!;
        let best = MIN_DOUBLE;
        let previous = STATE_E;
        for (let before = 0; before < 4; before++) {
          const w = weight[k - 1 + before * x]! + transition[before * 4 + y]! + emitted;
          if (w > best) {
            best = w;
            previous = before;
          }
        }
        weight[k + y * x] = best;
        path[k + y * x] = previous;
      }
    }
    // Walk back from the better of ending in E or S, marking where words end.
    let state = weight[x - 1 + STATE_E * x]! >= weight[x - 1 + STATE_S * x]! ? STATE_E : STATE_S;
    if (this.viterbiStatus.length < x) this.viterbiStatus = new Int8Array(2 * x);
    const status = this.viterbiStatus;
    for (let k = x - 1; k >= 0; k--) {
      status[k] = state;
      state = path[k + state * x]!;
    }
    let left = from;
    for (let k = 0; k < x; k++) {
      if (status[k]! === STATE_E || status[k]! === STATE_S) {
        this.emit(left, from + k + 1, UNKNOWN);
        left = from + k + 1;
      }
    }
  }
}
