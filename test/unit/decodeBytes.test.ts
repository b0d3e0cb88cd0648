import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../ingest/decode/decodeBytes.js';
import { IngestError } from '../../src/errors.js';

const REPORT = '海珠区2024年政府工作报告\n推进琶洲试验区建设。';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const [hi, lo] = [c >> 8, c & 0xff];
    bytes.set(bigEndian ? [hi, lo] : [lo, hi], 2 + i * 2);
  }
  return bytes;
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM so offsets start at the text', () => {
    const plain = new TextEncoder().encode(REPORT);
    expect(decodeBytes(plain, 'a.txt')).toEqual({ text: REPORT, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeBytes(withBom, 'a.txt').text).toBe(REPORT);
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeBytes(utf16(REPORT, false), 'a.txt')).toEqual({ text: REPORT, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(REPORT, true), 'a.txt')).toEqual({ text: REPORT, encoding: 'utf-16be' });
  });

  it('falls back to GB18030 for bytes that are not UTF-8', () => {
    // "海珠区" in GBK.
    const gbk = new Uint8Array([0xba, 0xa3, 0xd6, 0xe9, 0xc7, 0xf8]);
    expect(decodeBytes(gbk, 'a.txt')).toEqual({ text: '海珠区', encoding: 'gb18030' });
  });

  it('tells Big5 from GBK by which reading is made of common characters', () => {
    const hex = (h: string) => new Uint8Array(h.match(/../g)!.map((b) => parseInt(b, 16)));
    // iconv -t BIG5 / -t GBK of the same report line, in traditional and simplified characters.
    const big5 = hex('aefcaf5db0cf32303234a67eac46a9b2a475a740b3f8a769a147b1c0b669abd8b35db56fae69a143');
    const gbk = hex('baa3d6e9c7f832303234c4ead5feb8aeb9a4d7f7b1a8b8e6a3bacdc6bdf8bda8c9e8b7a2d5b9a1a3');
    expect(decodeBytes(big5, 'tw.txt')).toEqual({ text: '海珠區2024年政府工作報告：推進建設發展。', encoding: 'big5' });
    expect(decodeBytes(gbk, 'cn.txt')).toEqual({ text: '海珠区2024年政府工作报告：推进建设发展。', encoding: 'gb18030' });
  });

  it.each([
    [new Uint8Array(), 'empty'],
    [new Uint8Array([0, 1, 2, 3, 0, 5, 6, 7, 8, 0]), 'binary'],
    [new TextEncoder().encode(' \n\t\n'), 'white space'],
  ])('refuses bad input with an error naming the file and the reason (%#)', (bytes, reason) => {
    let error: unknown;
    try {
      decodeBytes(bytes, 'reports/bad.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toMatch(/^reports\/bad\.txt: /);
    expect((error as Error).message).toContain(reason);
  });
});
