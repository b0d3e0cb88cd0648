import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../ingest/structure/splitParagraphs.js';
import { toMatchText } from '../../ingest/normalize/matchText.js';

describe('splitParagraphs', () => {
  it('keeps offsets and lines into the original, trimming full-width and ASCII spaces', () => {
    const text = '\n  一、总体要求\r\n\n\u3000\u3000推进琶洲试验区建设。 \n';
    const paragraphs = splitParagraphs('d', text);
    expect(paragraphs.map((p) => [p.line, p.text])).toEqual([
      [2, '一、总体要求'],
      [4, '推进琶洲试验区建设。'],
    ]);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('toMatchText', () => {
  it('simplifies traditional characters and folds full-width forms without changing the length', () => {
    const original = '推進琶洲試驗區建設，ＧＤＰ增長６％';
    const match = toMatchText(original);
    expect(match).toBe('推进琶洲试验区建设,GDP增长6%');
    expect(match.length).toBe(original.length);
  });
});
