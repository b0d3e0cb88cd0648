// The terms the linker compares (specificTerms.ts): names jieba shatters or cuts are joined again, but phrases
// of function characters, verb complements and clause continuations never become terms, since such a fragment
// is unknown to every plan and would count as a new object (and show as evidence to an auditor).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaTag } from '../../ingest/entities/jiebaTokens.js';
import { specificTerms } from '../../ingest/link/specificTerms.js';
import { toMatchText } from '../../ingest/normalize/matchText.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadTokenizer } from './linkFixtures.js';

beforeAll(loadTokenizer, 60_000);

describe('specificTerms', () => {
  it('joins a modifier character to the word after it and a shattered name', () => {
    expect(specificTerms('加快人工智能大模型应用')).toContain('大模型');
    expect(specificTerms('支持抖音等平台发展')).toContain('抖音');
    expect(specificTerms('推进赋能平台建设')).toContain('赋能');
    // jieba tags 道 a classifier (绿|道|碧|道); it is one only after a numeral (一道).
    expect(specificTerms('推进绿道碧道建设')).toEqual(expect.arrayContaining(['绿道', '碧道']));
  });

  it('makes no term of a verb, a verb with its complement, a locative or a clause going on', () => {
    const terms = [
      ...specificTerms('支持平台企业做大做强'),
      ...specificTerms('用好后航道滨水岸线'),
      ...specificTerms('力争全年落地项目超20个'),
    ];
    for (const fragment of ['大做', '做大', '企业做', '好后', '项目超']) expect(terms).not.toContain(fragment);
    // jieba does not know 拉通, but the commitment stage lists it as an action verb: no object.
    expect(specificTerms('力争拉通环岛路')).not.toContain('拉通');
    expect(terms).toEqual(expect.arrayContaining(['航道', '岸线']));
  });

  it('makes no term of a count of things (六大, 三大, 十大), which says how many, not what', () => {
    const terms = [...specificTerms('因地制宜谋篇布局六大产业片区'), ...specificTerms('打造三大平台,实施十大工程,两大片区')];
    for (const count of ['六大', '三大', '十大', '两大']) expect(terms).not.toContain(count);
    expect(terms).toEqual(expect.arrayContaining(['片区', '工程']));
    // A count jieba glued to a word it does not know leaves the word (两大智造 → 智造), not a term per count.
    const glued = specificTerms('加快小洲、仑头两大智造基地建设');
    expect(glued).toContain('智造');
    expect(glued.some((t) => t.startsWith('两大'))).toBe(false);
    // Nor of a unit after a number (1.5万人), which jieba leaves as a word it does not know.
    expect(specificTerms('全年实现城镇新增就业1.5万人')).not.toContain('万人');
  });

  it('makes no term of an adverb and a verb that the dictionary holds as one noun (大力开展, 继续加强)', () => {
    const terms = [...specificTerms('大力开展扫黑除恶专项斗争'), ...specificTerms('继续加强品牌活动的开展')];
    expect(terms).not.toContain('大力开展');
    expect(terms).not.toContain('继续加强');
    expect(terms).toEqual(expect.arrayContaining(['专项斗争', '品牌']));
  });

  it('drops an enumeration particle jieba glued into a word it did not know', () => {
    const terms = specificTerms('联合区内企业开发深远海等高新技术项目');
    expect(terms.some((t) => t.includes('等'))).toBe(false);
    expect(terms).toContain('高新技术');
  });

  // specificTerms tags each segment between punctuation once and remembers it; that is exact only if jieba cuts
  // a text as it cuts those segments one by one. Checked on every line of two bundled reports (one traditional).
  it('gets from a text the words jieba gets from its segments between punctuation, one by one', () => {
    for (const file of ['002_affd64f63b1a618d.txt', '003_41579f78a9aee15a.txt']) {
      const lines = toMatchText(readFileSync(path.join(PROJECT_ROOT, 'corpus', file), 'utf8')).split('\n');
      for (const line of lines.filter((l) => /[,;:(]/.test(l))) {
        const whole = jiebaTag(line).map((w) => w.word).filter((w) => w.trim() !== '');
        const bySegment = line.split(/([ \t\n\r\f\v。,;:!?()])/).flatMap((part) => (part === '' ? [] : jiebaTag(part).map((w) => w.word))).filter((w) => w.trim() !== '');
        expect(bySegment).toEqual(whole);
      }
    }
  });
});
