// The TypeScript segmenter against nodejieba itself: the same words and tags for report sentences, Latin and
// digits, separators, characters outside the BMP, lone surrogates, every kind of user-dictionary line, and random
// text; the correctly rounded log against the C library's values; the table cache's round trip and its refusals.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import nodejieba from 'nodejieba';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctlyRoundedLog } from '../../ingest/entities/correctlyRoundedLog.js';
import { DICTIONARY_FILE, HMM_MODEL_FILE, segmenterTablesFromStored, segmenterTablesToStored } from '../../ingest/entities/jiebaDictionary.js';
import { tablesFromBytes, tablesToBytes } from '../../ingest/normalize/derivedTables.js';
import { buildSegmenterTables, JiebaSegmenter, type SegmenterTables } from '../../ingest/entities/jiebaSegmenter.js';

// Lines of every kind cppjieba's user dictionary reads: word freq tag, word tag, a bare word, a single character,
// a zero frequency, a line of four fields (ignored), characters outside the BMP.
const USER_DICTIONARY = [
  '琶洲 50000 ns',
  '琶洲试验区 50000 nz',
  '海珠湾 ns',
  '青禾事务局',
  '湾',
  '区 nz',
  '某某 0 nz',
  'a b c d',
  'AB 3 eng',
  '𠀀𠀁 3 nz',
  '𠀂',
].join('\n');

const SENTENCES = [
  '推进琶洲人工智能与数字经济试验区建设，加快海珠湾、青禾事务局牵头的重点项目。',
  '2024年全区地区生产总值增长5.2%，完成固定资产投资1,234.5亿元，PM2.5平均浓度下降。',
  'GDP、5G基站和AI+制造：iPhone 15、B超、c#与AT&T。',
  '推動琶洲人工智能與數字經濟試驗區建設，區發改局負責。',
  '\t 海珠区\n荔湾区，。某某某 湾区 区区 a b c d AB 𠀀𠀁𠀂 𠀃',
  '孤\uD800立的代理项\uDC00和😀表情',
  '——（一）“百千万工程”《广州市海珠区国民经济和社会发展第十四个五年规划》',
  '',
  '。',
  '的',
];

let tables: SegmenterTables;
let segmenter: JiebaSegmenter;
const folder = mkdtempSync(path.join(tmpdir(), 'pledgegraph-jieba-'));

// nodejieba loads its dictionaries in a second or two; do it once, outside any test's time limit.
beforeAll(() => {
  const userDict = path.join(folder, 'user.dict');
  writeFileSync(userDict, USER_DICTIONARY + '\n');
  nodejieba.load({ userDict });
  tables = buildSegmenterTables({ dictionary: readFileSync(DICTIONARY_FILE, 'utf8'), hmmModel: readFileSync(HMM_MODEL_FILE, 'utf8') });
  segmenter = new JiebaSegmenter(structuredClone(tables), USER_DICTIONARY);
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const sameAsNodejieba = (text: string) => {
  expect(segmenter.tag(text)).toEqual(nodejieba.tag(text));
  expect(segmenter.cut(text)).toEqual(nodejieba.cut(text));
  expect(segmenter.cut(text, true)).toEqual(nodejieba.cut(text, true));
};

describe('JiebaSegmenter', () => {
  it('gives nodejieba’s words and tags for report text, numbers, Latin, separators and unusual characters', () => {
    for (const sentence of SENTENCES) sameAsNodejieba(sentence);
  });

  it('gives nodejieba’s words and tags for random text', () => {
    const characters = fc.constantFrom(
      ...'推进建设发展规划计划工作报告年月个项目亿元万人增长左右以上不低于到完成开工重点区海珠琶洲試驗區廣東湾某'.split(''),
      ...'，。、；：“”《》（） \t\nabcXYZ0123456789.%+'.split(''),
      '𠀀',
      '𠀁',
      '\uD800',
    );
    fc.assert(fc.property(fc.array(characters, { maxLength: 40 }).map((a) => a.join('')), (text) => sameAsNodejieba(text)), { numRuns: 300 });
  });

  it('reads back from the cache bytes the tables it was built from', () => {
    const source = '["dict",1,2]';
    const restored = tablesFromBytes(tablesToBytes(segmenterTablesToStored(tables), 'f', source), 'f', source);
    expect(restored).not.toBeNull();
    const again = new JiebaSegmenter(segmenterTablesFromStored(restored!)!, USER_DICTIONARY);
    for (const sentence of SENTENCES) expect(again.tag(sentence)).toEqual(segmenter.tag(sentence));
  });

  it('refuses cache bytes of other dictionary files, another format, or cut short', () => {
    const bytes = tablesToBytes(segmenterTablesToStored(tables), 'f', 'a');
    expect(tablesFromBytes(bytes, 'f', 'a')).not.toBeNull();
    expect(tablesFromBytes(bytes, 'f', 'b')).toBeNull();
    expect(tablesFromBytes(bytes, 'g', 'a')).toBeNull();
    expect(tablesFromBytes(bytes.subarray(0, bytes.length - 100), 'f', 'a')).toBeNull();
    expect(tablesFromBytes(bytes.subarray(0, 20), 'f', 'a')).toBeNull();
    expect(tablesFromBytes(new Uint8Array(64), 'f', 'a')).toBeNull();
    expect(segmenterTablesFromStored({ header: {}, arrays: {} })).toBeNull();
  });
});

describe('correctlyRoundedLog', () => {
  // Frequencies of jieba's dictionary whose log(freq / sum) V8's Math.log misses by one unit in the last place;
  // the expected bits are glibc's (as cppjieba computes them), which are the correctly rounded ones.
  const FREQUENCY_SUM = 60101983;
  const bits = (x: number) => Buffer.from(new Float64Array([x]).buffer).reverse().toString('hex');
  it.each([
    [1236, 'c02595763e7dde8d'],
    [280, 'c0288db3fbcc6855'],
    [808, 'c0266f197d02882d'],
    [4727, 'c022e6a8e6aee5dd'],
  ])('rounds log(%i / sum) as the C library does', (freq, expected) => {
    expect(bits(correctlyRoundedLog(freq / FREQUENCY_SUM))).toBe(expected);
  });

  it('agrees with Math.log to the last place, and on the special values', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true }), (x) => {
        const ours = correctlyRoundedLog(x);
        const v8 = Math.log(x);
        expect(Math.abs(ours - v8)).toBeLessThanOrEqual(Math.abs(v8) * 2 ** -52 + Number.MIN_VALUE);
      }),
    );
    expect(correctlyRoundedLog(1)).toBe(0);
    expect(correctlyRoundedLog(2)).toBe(Math.LN2);
    expect(correctlyRoundedLog(0)).toBe(-Infinity);
    expect(correctlyRoundedLog(-1)).toBeNaN();
    expect(correctlyRoundedLog(5e-324)).toBe(Math.log(5e-324));
  });
});
