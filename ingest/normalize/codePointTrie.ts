// A trie of keys over code points, each key with an integer value, in flat typed arrays: its edges in one
// open-addressing hash table, the root's children in direct arrays. Built once from a dictionary and kept between
// runs as bytes (derivedTables.ts), it loads in a few milliseconds where a trie of nested Maps took tens to build;
// and walking it reads one slot per character. The segmenter's word dictionary and the converter to simplified
// characters are such tries. Pure.

export const ROOT = 0;
export const NO_VALUE = -1;
const EMPTY = -1;
/** Four numbers a slot: parent node, code point, child node, the child's value (NO_VALUE for a prefix only). */
export const SLOT = 4;
/** Largest share of used slots before the table doubles: linear probing stays short below it. */
const MAX_LOAD = 0.6;
const BMP = 0x10000;

/** The arrays of a trie, as they are stored. */
export interface CodePointTrieArrays {
  slots: Int32Array;
  slotsUsed: number;
  /** Nodes so far; node 0 is the root. */
  nodeCount: number;
  /** 1 for a node with children: walks stop at the others without looking. */
  hasChildren: Uint8Array;
}

const edgeHash = (node: number, code: number) => {
  const h = Math.imul(node ^ Math.imul(code, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
};

function emptySlots(capacity: number): Int32Array {
  const slots = new Int32Array(capacity * SLOT);
  for (let s = 0; s < slots.length; s += SLOT) slots[s] = EMPTY;
  return slots;
}

export class CodePointTrie {
  slots: Int32Array;
  slotsUsed: number;
  nodeCount: number;
  hasChildren: Uint8Array;
  /** The root's child and that child's value for each BMP character: every walk starts there. */
  readonly rootChild = new Int32Array(BMP);
  readonly rootValue = new Int32Array(BMP).fill(NO_VALUE);

  constructor(arrays: CodePointTrieArrays) {
    this.slots = arrays.slots;
    this.slotsUsed = arrays.slotsUsed;
    this.nodeCount = arrays.nodeCount;
    this.hasChildren = arrays.hasChildren;
    const slots = this.slots;
    for (let s = 0; s < slots.length; s += SLOT) {
      if (slots[s] === ROOT && slots[s + 1]! < BMP) {
        this.rootChild[slots[s + 1]!] = slots[s + 2]!;
        this.rootValue[slots[s + 1]!] = slots[s + 3]!;
      }
    }
  }

  /** The arrays of an empty trie with room for about `expectedNodes` nodes before it grows. */
  static emptyArrays(expectedNodes: number): CodePointTrieArrays {
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(16, expectedNodes / MAX_LOAD)));
    return { slots: emptySlots(capacity), slotsUsed: 0, nodeCount: 1, hasChildren: new Uint8Array(Math.max(16, expectedNodes)) };
  }

  /** The arrays, trimmed to what is used, to store. */
  arrays(): CodePointTrieArrays {
    return { slots: this.slots, slotsUsed: this.slotsUsed, nodeCount: this.nodeCount, hasChildren: this.hasChildren.subarray(0, this.nodeCount) };
  }

  /** Offset in `slots` of the edge from `node` along `code`, or -1 when there is none. */
  edge(node: number, code: number): number {
    const slots = this.slots;
    const mask = slots.length - SLOT;
    for (let s = (edgeHash(node, code) * SLOT) & mask; ; s = (s + SLOT) & mask) {
      const parent = slots[s]!;
      if (parent === EMPTY) return -1;
      if (parent === node && slots[s + 1] === code) return s;
    }
  }

  /** Gives key `codes[from..to)` the value `value`, replacing any it had. An empty key is not stored. */
  set(codes: ArrayLike<number>, from: number, to: number, value: number): void {
    if (to <= from) return;
    let node = ROOT;
    let s = -1;
    for (let i = from; i < to; i++) {
      s = this.edge(node, codes[i]!);
      if (s < 0) s = this.addEdge(node, codes[i]!);
      node = this.slots[s + 2]!;
    }
    this.slots[s + 3] = value;
    if (to - from === 1 && codes[from]! < BMP) this.rootValue[codes[from]!] = value;
  }

  /** The value of exactly `codes[from..to)`, or NO_VALUE. */
  lookup(codes: ArrayLike<number>, from: number, to: number): number {
    let node = ROOT;
    let value = NO_VALUE;
    for (let i = from; i < to; i++) {
      const s = this.edge(node, codes[i]!);
      if (s < 0) return NO_VALUE;
      node = this.slots[s + 2]!;
      value = this.slots[s + 3]!;
    }
    return value;
  }

  /** Adds a child of `parent` along `code`; returns its slot's offset. */
  private addEdge(parent: number, code: number): number {
    if ((this.slotsUsed + 1) * SLOT > this.slots.length * MAX_LOAD) this.rehash(this.slots.length * 2);
    const node = this.nodeCount++;
    this.slotsUsed++;
    if (node >= this.hasChildren.length) {
      const bigger = new Uint8Array(this.hasChildren.length * 2);
      bigger.set(this.hasChildren);
      this.hasChildren = bigger;
    }
    this.hasChildren[parent] = 1;
    if (parent === ROOT && code < BMP) this.rootChild[code] = node;
    return insertEdge(this.slots, parent, code, node, NO_VALUE);
  }

  private rehash(length: number): void {
    const old = this.slots;
    const slots = emptySlots(length / SLOT);
    for (let s = 0; s < old.length; s += SLOT) if (old[s] !== EMPTY) insertEdge(slots, old[s]!, old[s + 1]!, old[s + 2]!, old[s + 3]!);
    this.slots = slots;
  }
}

function insertEdge(slots: Int32Array, parent: number, code: number, node: number, value: number): number {
  const mask = slots.length - SLOT;
  let s = (edgeHash(parent, code) * SLOT) & mask;
  while (slots[s] !== EMPTY) s = (s + SLOT) & mask;
  slots[s] = parent;
  slots[s + 1] = code;
  slots[s + 2] = node;
  slots[s + 3] = value;
  return s;
}

/** The code points of `text`. */
export function codePointsOf(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    codes.push(code);
    i += code > 0xffff ? 2 : 1;
  }
  return codes;
}
