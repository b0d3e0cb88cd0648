// Tables derived from dictionary files (typed arrays and a JSON header), kept between runs as one file each:
// building them takes tens to hundreds of milliseconds, reading them back a few. A cache file is named by what the
// tables are made from (the source files' paths, sizes and modification times) and by the format its builder
// declares; a missing, stale, truncated or unreadable one is rebuilt, and where no cache folder is writable every
// run builds its tables. Files go to node_modules/.cache/pledgegraph (where an install keeps derived files), or to
// the temp folder when that is not writable.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type StoredArray = Float64Array | Int32Array | Uint16Array | Uint8Array;

/** What is stored: named typed arrays and anything JSON can carry. */
export interface StoredTables {
  header: Record<string, unknown>;
  arrays: Record<string, StoredArray>;
}

const MAGIC = 'PGTABLE1';
const TYPES = { f64: Float64Array, i32: Int32Array, u16: Uint16Array, u8: Uint8Array } as const;
type TypeName = keyof typeof TYPES;

interface Header {
  format: string;
  source: string;
  header: Record<string, unknown>;
  arrays: { name: string; type: TypeName; length: number }[];
}

const typeOf = (a: StoredArray): TypeName =>
  a instanceof Float64Array ? 'f64' : a instanceof Int32Array ? 'i32' : a instanceof Uint16Array ? 'u16' : 'u8';
const align8 = (n: number) => (n + 7) & ~7;

export function tablesToBytes(tables: StoredTables, format: string, source: string): Uint8Array {
  // Widest elements first, so that every array starts aligned to its element size.
  const arrays = Object.entries(tables.arrays).sort(([, a], [, b]) => b.BYTES_PER_ELEMENT - a.BYTES_PER_ELEMENT);
  const header: Header = { format, source, header: tables.header, arrays: arrays.map(([name, a]) => ({ name, type: typeOf(a), length: a.length })) };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  let size = align8(12 + headerBytes.length);
  for (const [, a] of arrays) size = align8(size + a.byteLength);
  const bytes = new Uint8Array(size);
  bytes.set(Buffer.from(MAGIC, 'latin1'), 0);
  new DataView(bytes.buffer).setUint32(8, headerBytes.length, true);
  bytes.set(headerBytes, 12);
  let at = align8(12 + headerBytes.length);
  for (const [, a] of arrays) {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at = align8(at + a.byteLength);
  }
  return bytes;
}

/** The tables in `bytes`, or null unless they are complete and of this `format` and `source`. The arrays view `bytes`. */
export function tablesFromBytes(bytes: Uint8Array, format: string, source: string): StoredTables | null {
  if (bytes.length < 12 || Buffer.from(bytes.buffer, bytes.byteOffset, 8).toString('latin1') !== MAGIC) return null;
  // Views need their elements aligned: copy the rare buffer that does not start on 8 bytes.
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  if (12 + headerLength > bytes.length) return null;
  let header: Header;
  try {
    header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 12, headerLength).toString('utf8')) as Header;
  } catch {
    return null;
  }
  if (header.format !== format || header.source !== source || !Array.isArray(header.arrays)) return null;
  const arrays: Record<string, StoredArray> = {};
  let at = align8(12 + headerLength);
  for (const { name, type, length } of header.arrays) {
    const Type = TYPES[type];
    if (!Type || at + length * Type.BYTES_PER_ELEMENT > bytes.length) return null;
    arrays[name] = new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + at, length);
    at = align8(at + length * Type.BYTES_PER_ELEMENT);
  }
  return { header: header.header, arrays };
}

const PROJECT_CACHE = fileURLToPath(new URL('../../node_modules/.cache/pledgegraph/', import.meta.url));
const CACHE_DIRS = [PROJECT_CACHE, path.join(os.tmpdir(), 'pledgegraph-cache')];

/** This checkout's older tables of the same name: made from older files or by an older builder, never read again. */
function removeOthers(dir: string, name: string, current: string): void {
  for (const f of readdirSync(dir)) {
    if (f === current || !f.startsWith(`${name}-`) || !f.endsWith('.bin')) continue;
    try {
      unlinkSync(path.join(dir, f));
    } catch {
      // removed meanwhile
    }
  }
}

/** What tables are made from: each file's path, size and modification time. */
function sourceOf(files: string[]): string {
  return JSON.stringify(
    files.map((f) => {
      const info = statSync(f);
      return [f, info.size, info.mtimeMs];
    }),
  );
}

/**
 * The tables `build` makes from `files`, read from the cache when it holds them in this `format`, else built and
 * stored. `format` names the builder and its layout: change it whenever what `build` makes changes.
 */
export function cachedTables(name: string, format: string, files: string[], build: () => StoredTables): StoredTables {
  const source = sourceOf(files);
  const fileName = `${name}-${createHash('sha256').update(format).update(source).digest('hex').slice(0, 16)}.bin`;
  for (const dir of CACHE_DIRS) {
    try {
      const tables = tablesFromBytes(readFileSync(path.join(dir, fileName)), format, source);
      if (tables) return tables;
    } catch {
      // not there, or unreadable: try the next folder, then build
    }
  }
  const tables = build();
  const bytes = tablesToBytes(tables, format, source);
  for (const dir of CACHE_DIRS) {
    // Written aside and renamed into place, so a concurrent reader sees the whole file or none.
    const file = path.join(dir, fileName);
    const partial = `${file}.${process.pid}.partial`;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(partial, bytes);
      renameSync(partial, file);
      if (dir === PROJECT_CACHE) removeOthers(dir, name, fileName);
      break;
    } catch {
      try {
        unlinkSync(partial);
      } catch {
        // nothing was written
      }
    }
  }
  return tables;
}
