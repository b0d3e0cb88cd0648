// The converter to simplified characters against opencc-js itself: the same output for the corpus, for
// traditional text, for the characters its dictionaries normalise, for ideographic description sequences, for
// characters outside the BMP and lone surrogates, and for random mixes of them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { buildConverterTables, SimplifiedConverter, type OpenccConfig } from '../../ingest/normalize/simplifiedConverter.js';
import { PROJECT_ROOT } from '../../src/config.js';

const opencc = OpenCC.Converter({ from: 'tw', to: 'cn' });
const config = (OpenCC as unknown as { Locale: { configs: { tw2s: OpenccConfig } } }).Locale.configs.tw2s;
const converter = new SimplifiedConverter(buildConverterTables(config));
// Keys of every dictionary the conversion uses: each is a case where something happens.
const keys = [...config.normalizationChain.flat(), ...config.segmentation, ...config.conversionChain.flat()].flatMap((d) => d.split('|').map((e) => e.split(' ')[0]!));

describe('SimplifiedConverter', () => {
  it('converts the corpus as opencc-js does', () => {
    const dir = path.join(PROJECT_ROOT, 'corpus');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      expect(converter.convert(text)).toBe(opencc(text));
    }
  });

  it('converts every dictionary key, alone and run together, as opencc-js does', () => {
    for (const key of keys) expect(converter.convert(key)).toBe(opencc(key));
    const joined = keys.join('');
    expect(converter.convert(joined)).toBe(opencc(joined));
  });

  it('converts traditional text, description sequences, astral characters and lone surrogates as opencc-js does', () => {
    for (const text of ['推動琶洲人工智能與數字經濟試驗區建設，區發改局負責。', '⿰木木林⿱⿰木木木森⿲', '⿰', '𠀀𠀁裏面\uD800乾\uDC00淨', '', '臺灣']) {
      expect(converter.convert(text)).toBe(opencc(text));
    }
  });

  it('converts random mixes as opencc-js does', () => {
    const pieces = fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...'的一是在了乾干後后發髮裏里⿰⿱⿲ 。\n𠀀\uD800'.split('')));
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
        (text) => {
          expect(converter.convert(text)).toBe(opencc(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});
