// The extractor on inputs no one planned for: random and mutated text must never make extractGraph throw,
// and every offset it returns must index the decoded text exactly. Also the hostile-but-valid reports of
// issue 7 (mixed scripts, full-width forms, one very long line, no section markers). Runs are kept short and
// few so the unit tier stays fast; fast-check prints the seed and the shrunk input of any failure.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../ingest/analyzeDocument.js';
import { extractGraph } from '../../ingest/pipeline.js';
import { readDocument } from '../../ingest/readDocument.js';
import { splitParagraphs } from '../../ingest/structure/splitParagraphs.js';
import { badSpans } from './decodeFixtures.js';

const CORPUS_LINES = readFileSync(new URL('../../corpus/002_affd64f63b1a618d.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 20);

/** Extracts one text and returns the contract violations: thrown errors, analysis crashes, bad spans. */
function violations(text: string): string[] {
  const { graph, texts, failures } = extractGraph([{ path: 'prop.txt', bytes: new TextEncoder().encode(text) }]);
  // Decode refusals (white space only, binary-looking) are fine; a crash inside the analysis is not.
  const crashes = failures.filter((f) => f.reason.startsWith('could not be processed')).map((f) => f.message);
  const doc = graph.documents[0];
  return doc ? [...crashes, ...badSpans(graph, doc.id, texts.get(doc.id)!.text)] : crashes;
}

const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const reportChars = fc.constantFrom(...'推进建设发展规划计划工作报告年月个项目亿元万人增长左右以上不低于到完成开工重点区海珠琶洲試驗區廣東'.split(''));
const punctuation = fc.constantFrom(...'，。；：、（）()“”《》「」！？%％—…·\n\n\r\t 　０１２３４５６７８９一二三四五六七八九十'.split(''));
const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
const headings = fc.constantFrom('', '二、2024年工作安排\n', '一、2023年工作回顾\n', '第三章 推进高质量发展\n', '（一）加快建设\n', '1.重点项目\n');
const randomText = fc
  .tuple(headings, fc.array(fc.oneof({ weight: 3, arbitrary: han }, { weight: 3, arbitrary: reportChars }, { weight: 2, arbitrary: punctuation }, { weight: 1, arbitrary: ascii }), { maxLength: 300 }))
  .map(([heading, chars]) => heading + chars.join(''));

type Edit = { kind: 'insert' | 'delete' | 'swap' | 'newline'; at: number; text: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'swap', 'newline'),
  at: fc.nat(),
  text: fc.oneof(fc.string({ maxLength: 4 }), fc.array(fc.oneof(han, punctuation), { maxLength: 4 }).map((a) => a.join(''))),
});

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % out.length;
    if (e.kind === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
    else if (e.kind === 'delete') out = out.slice(0, at) + out.slice(at + 1 + (e.text.length % 5));
    else if (e.kind === 'newline') out = `${out.slice(0, at)}\n${out.slice(at)}`;
    else if (at + 1 < out.length) out = out.slice(0, at) + out[at + 1] + out[at] + out.slice(at + 2);
  }
  return out;
}

const mutatedCorpus = fc
  .tuple(headings, fc.subarray(CORPUS_LINES, { minLength: 1, maxLength: 4 }), fc.array(edit, { maxLength: 12 }), fc.constantFrom('\n', '\n\n', '', '\r\n'))
  .map(([heading, lines, edits, joiner]) => heading + applyEdits(lines.join(joiner), edits));

describe('extractGraph on random and mutated input', () => {
  it('never throws and keeps every offset in range and exact: random Han, ASCII and punctuation', () => {
    fc.assert(fc.property(randomText, (text) => {
      expect(violations(text)).toEqual([]);
    }), { numRuns: 60 });
  }, 30_000);

  it('never throws and keeps every offset in range and exact: corpus paragraphs with insertions, deletions, swaps, line breaks', () => {
    fc.assert(fc.property(mutatedCorpus, (text) => {
      expect(violations(text)).toEqual([]);
    }), { numRuns: 60 });
  }, 30_000);

  it('never throws on lone surrogates, BOMs and control characters inside otherwise valid text', () => {
    const odd = fc.constantFrom('\ud800', '\udfff', '\ufeff', '\u0000', '\u000b', '\u2028', '\u200b', '\ufffd', '𠀀', '😀');
    const text = fc.tuple(fc.constantFrom(...CORPUS_LINES), fc.array(fc.tuple(fc.nat(), odd), { maxLength: 5 })).map(([line, inserts]) =>
      inserts.reduce((t, [at, c]) => t.slice(0, at % (t.length + 1)) + c + t.slice(at % (t.length + 1)), `二、2024年工作安排\n${line}`),
    );
    fc.assert(fc.property(text, (t) => {
      expect(violations(t)).toEqual([]);
    }), { numRuns: 40 });
  }, 30_000);
});

describe('hostile but valid reports', () => {
  const plan = (lines: string[]) => ['海珠区2024年政府工作报告', '二、2024年工作安排', ...lines].join('\n');

  it('mixed traditional and simplified, full-width digits and punctuation: promises found, offsets into the original', () => {
    const text = plan([
      '推進琶洲試驗區建設，推动５个重点项目开工建设，全年地區生產總值增長６％左右。',
      '加快廣州塔周边环境提升：完成１２个老旧小区改造；新增学位３０００个！',
    ]);
    const { graph, texts } = extractGraph([{ path: 'mixed.txt', bytes: new TextEncoder().encode(text) }]);
    const doc = graph.documents[0]!;
    expect(texts.get(doc.id)!.text).toBe(text);
    const promises = graph.commitments.filter((c) => c.mode === 'promise');
    expect(promises.length).toBeGreaterThan(0);
    expect(promises.some((c) => c.text.includes('５个重点项目'))).toBe(true); // full-width kept in the original words
    expect(badSpans(graph, doc.id, text)).toEqual([]);
  });

  it('one very long line (1 MB): structure, commitments and paragraphs keep exact offsets', () => {
    let line = '';
    for (let i = 0; line.length < 1_000_000; i++) line += CORPUS_LINES[i % CORPUS_LINES.length];
    const text = `海珠区2024年政府工作报告\n二、2024年工作安排\n${line}`;
    // The per-document stages only: the entity stage over 1 MB is too slow for the unit tier (see
    // docs/failure-modes.md); extractGraph on a 50 KB line below covers the whole pipeline.
    const doc = readDocument({ path: 'long.txt', bytes: new TextEncoder().encode(text) });
    const { commitments, sections } = analyzeDocument(doc);
    const paragraphs = splitParagraphs(doc.record.id, doc.text);
    expect(paragraphs).toHaveLength(3);
    expect(commitments.length).toBeGreaterThan(100);
    for (const c of commitments) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.sentence);
      for (const t of c.targets) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    for (const s of sections) expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
  }, 20_000);

  it('a 50 KB single-line report goes through the whole pipeline with exact offsets', () => {
    let line = '';
    for (let i = 0; line.length < 50_000; i++) line += CORPUS_LINES[i % CORPUS_LINES.length];
    const text = `海珠区2024年政府工作报告\n二、2024年工作安排\n${line}`;
    const { graph, failures } = extractGraph([{ path: 'long.txt', bytes: new TextEncoder().encode(text) }]);
    expect(failures).toEqual([]);
    expect(graph.commitments.length).toBeGreaterThan(10);
    expect(badSpans(graph, graph.documents[0]!.id, text)).toEqual([]);
  }, 20_000);

  it('no section markers at all: offsets stay valid', () => {
    const text = CORPUS_LINES.slice(20, 60).join('\n');
    const { graph } = extractGraph([{ path: 'flat.txt', bytes: new TextEncoder().encode(text) }]);
    expect(badSpans(graph, graph.documents[0]!.id, text)).toEqual([]);
  });

  it('no section markers at all: still produces commitments', () => {
    const text = CORPUS_LINES.slice(20, 60).join('\n');
    const { graph } = extractGraph([{ path: 'flat.txt', bytes: new TextEncoder().encode(text) }]);
    expect(graph.commitments.length).toBeGreaterThan(0);
  });
});
