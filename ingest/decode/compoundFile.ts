// Reads the streams of an OLE compound file (MS-CFB), the container of Word 97-2003 .doc files. Pure: bytes
// in, stream bytes out. Every chain of sectors is followed with a bound and a check for cycles, and every
// offset is checked against the file, so a damaged or hostile file ends in an error naming it, never in a
// loop that grows without end (a general-purpose reader tried first crashed Node on a few flipped bytes).
import { IngestError } from '../../src/errors.js';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_BYTES = 128;
const STREAM_OBJECT = 2;
const ROOT_OBJECT = 5;

export function hasOleSignature(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

interface DirectoryEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

export interface CompoundFile {
  /** The bytes of the named stream (anywhere in the storage tree), or null when there is none. */
  stream(name: string): Uint8Array | null;
}

export function readCompoundFile(bytes: Uint8Array, file: string): CompoundFile {
  const damaged = (why: string) => new IngestError(file, `the .doc is damaged (${why})`);
  if (!hasOleSignature(bytes) || bytes.length < 512) throw damaged('no compound file header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const sectorShift = u16(0x1e);
  const miniShift = u16(0x20);
  if (sectorShift !== 9 && sectorShift !== 12) throw damaged(`sector size 2^${sectorShift}`);
  if (miniShift !== 6) throw damaged(`mini sector size 2^${miniShift}`);
  const sectorSize = 1 << sectorShift;
  // WPS Office writes .doc files whose last sector is cut short (apache/poi#1041): a sector that starts inside
  // the file counts, and reads as its bytes there, the rest zero.
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const sectorAt = (id: number) => {
    if (id >= sectorCount) throw damaged(`sector ${id} lies past the end of the file`);
    return sectorSize + id * sectorSize;
  };
  const sector = (id: number): Uint8Array => {
    const at = sectorAt(id);
    if (at + sectorSize <= bytes.length) return bytes.subarray(at, at + sectorSize);
    const padded = new Uint8Array(sectorSize);
    padded.set(bytes.subarray(at));
    return padded;
  };
  const sectorView = (id: number) => {
    const s = sector(id);
    return new DataView(s.buffer, s.byteOffset, s.byteLength);
  };

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) {
    const id = u32(0x4c + 4 * i);
    if (id !== FREE_SECTOR) fatSectors.push(id);
  }
  const perSector = sectorSize / 4;
  let difat = u32(0x44);
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE_SECTOR; hops++) {
    if (hops > sectorCount) throw damaged('the DIFAT chain loops');
    const sv = sectorView(difat);
    for (let i = 0; i < perSector - 1; i++) {
      const id = sv.getUint32(4 * i, true);
      if (id !== FREE_SECTOR) fatSectors.push(id);
    }
    difat = sv.getUint32(4 * (perSector - 1), true);
  }
  if (fatSectors.length > sectorCount) throw damaged('more FAT sectors than the file holds');
  const fat = new Uint32Array(fatSectors.length * perSector);
  fatSectors.forEach((id, k) => {
    const sv = sectorView(id);
    for (let i = 0; i < perSector; i++) fat[k * perSector + i] = sv.getUint32(4 * i, true);
  });

  /** The sectors of a chain, each visited once at most: a cycle or a chain running off the table is damage. */
  const chain = (start: number, table: Uint32Array, what: string): number[] => {
    const ids: number[] = [];
    const seen = new Set<number>();
    for (let id = start; id !== END_OF_CHAIN; id = table[id]!) {
      if (id >= table.length || seen.has(id)) throw damaged(`the ${what} chain is broken`);
      seen.add(id);
      ids.push(id);
    }
    return ids;
  };
  /** The bytes of a chain of sectors: `size` of them, or the whole chain when no size is stated. */
  const readChain = (start: number, size: number | null, what: string): Uint8Array => {
    const ids = chain(start, fat, what);
    size ??= ids.length * sectorSize;
    const out = new Uint8Array(size);
    let filled = 0;
    for (const id of ids) {
      if (filled >= size) break;
      const n = Math.min(sectorSize, size - filled);
      out.set(sector(id).subarray(0, n), filled);
      filled += n;
    }
    if (filled < size) throw damaged(`the ${what} is shorter than its stated size`);
    return out;
  };

  const directory = readChain(u32(0x30), null, 'directory');
  const entries: DirectoryEntry[] = [];
  const dv = new DataView(directory.buffer);
  for (let at = 0; at + DIRECTORY_ENTRY_BYTES <= directory.length; at += DIRECTORY_ENTRY_BYTES) {
    const nameBytes = Math.min(64, dv.getUint16(at + 0x40, true));
    let name = '';
    for (let i = 0; i + 1 < nameBytes - 1; i += 2) name += String.fromCharCode(dv.getUint16(at + i, true));
    entries.push({ name, type: dv.getUint8(at + 0x42), start: dv.getUint32(at + 0x74, true), size: dv.getUint32(at + 0x78, true) });
  }
  const root = entries[0];
  if (root === undefined || root.type !== ROOT_OBJECT) throw damaged('no root storage');
  if (root.size > bytes.length) throw damaged(`the mini stream claims ${root.size} bytes, more than the file`);

  // Streams under the cutoff live in the mini stream (the root's own data), in 64-byte sectors with their own table.
  const cutoff = u32(0x38);
  let mini: { table: Uint32Array; data: Uint8Array } | null = null;
  const miniStream = () => {
    if (mini === null) {
      const tableBytes = readChain(u32(0x3c), null, 'mini FAT');
      const table = new Uint32Array(tableBytes.length / 4);
      const tv = new DataView(tableBytes.buffer);
      for (let i = 0; i < table.length; i++) table[i] = tv.getUint32(4 * i, true);
      mini = { table, data: readChain(root.start, root.size, 'mini stream') };
    }
    return mini;
  };

  return {
    stream(name) {
      const entry = entries.find((e) => e.type === STREAM_OBJECT && e.name === name);
      if (entry === undefined) return null;
      if (entry.size > bytes.length) throw damaged(`stream ${name} claims ${entry.size} bytes, more than the file`);
      if (entry.size >= cutoff) return readChain(entry.start, entry.size, `${name} stream`);
      const { table, data } = miniStream();
      const out = new Uint8Array(entry.size);
      let filled = 0;
      for (const id of chain(entry.start, table, `${name} stream`)) {
        if (filled >= entry.size) break;
        const at = id * 64;
        const n = Math.min(64, entry.size - filled);
        if (at + n > data.length) throw damaged(`stream ${name} lies past the mini stream`);
        out.set(data.subarray(at, at + n), filled);
        filled += n;
      }
      if (filled < entry.size) throw damaged(`stream ${name} is shorter than its stated size`);
      return out;
    },
  };
}
