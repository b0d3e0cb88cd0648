// Hostile and wrong inputs: each is refused with ONE IngestError that names the file and the reason, and in a
// batch the good files still extract. The batch test writes to a fresh temporary folder because the size
// check under test is a `stat` before reading (a sparse 50 MB file costs no disk).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFile } from '../../ingest/decode/decodeFile.js';
import { extractGraph } from '../../ingest/pipeline.js';
import { collectSourceFiles, readSourceFile } from '../../ingest/sourceFiles.js';
import { IngestError } from '../../src/errors.js';
import { badSpans, makeDocx, makePdf, REPORT_LINES, wordParagraph } from './decodeFixtures.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const REPORT = REPORT_LINES.join('\n');
/** REPORT_LINES as a Word 97-2003 .doc (test/unit/fixtures/README.md). */
const REPORT_DOC = new Uint8Array(readFileSync(new URL('./fixtures/report-lines.doc', import.meta.url)));
const half = (bytes: Uint8Array) => bytes.slice(0, Math.floor(bytes.length / 2));

/** The report in UTF-8, cut inside the three bytes of its last character. */
function cutMidCharacter(): Uint8Array {
  const bytes = utf8(REPORT);
  return bytes.slice(0, bytes.length - 1);
}

/** A .docx whose zip directory claims word/document.xml inflates to 2 GB: refused before inflating. */
function zipBombDocx(): Uint8Array {
  const bytes = makeDocx(wordParagraph(REPORT));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = utf8('word/document.xml');
  for (let i = 0; i + 46 < bytes.length; i++) {
    // Central directory header: signature PK\1\2, uncompressed size at +24, file name at +46.
    if (view.getUint32(i, true) === 0x02014b50 && name.every((b, k) => bytes[i + 46 + k] === b)) view.setUint32(i + 24, 0x7fffffff, true);
  }
  return bytes;
}

/** A PDF page that draws a rectangle and no text: what a scan looks like to a text reader. */
function pdfWithoutText(): Uint8Array {
  const pdf = new TextDecoder().decode(makePdf(['x']));
  // Same length, so the xref offsets stay right: the text-showing operators become a path.
  return utf8(pdf.replace('BT\n/F1 10 Tf\n72 720 Td\n(x) Tj\nET', '0 0 m 9 9 l S'.padEnd('BT\n/F1 10 Tf\n72 720 Td\n(x) Tj\nET'.length)));
}

const RECIPE =
  '番茄炒蛋的做法：先把番茄洗净切块，鸡蛋打散加少许盐。锅中放油烧热，倒入蛋液炒至凝固盛出。' +
  '再放油炒番茄，炒出汁后加入鸡蛋，加糖和盐调味，翻炒均匀即可出锅。小贴士：番茄选熟透的更好吃。';
const README = '# pledgegraph\n\nReads reports and builds a knowledge graph.\n\n```sh\nnpm install && npm start\n```\n';

const BAD_FILES: [string, Uint8Array, RegExp][] = [
  ['empty.txt', new Uint8Array(), /the file is empty/],
  ['empty.docx', new Uint8Array(), /the file is empty/],
  ['empty.pdf', new Uint8Array(), /the file is empty/],
  ['binary.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), /looks binary, not text/],
  ['whitespace.html', utf8(' \n\t\n'), /only white space/],
  ['scripts-only.html', utf8('<html><head><script>var a = 1;</script></head><body><nav>首页</nav></body></html>'), /no article text/],
  ['cut.txt', cutMidCharacter(), /ends in the middle of a UTF-8 character: it looks truncated/],
  ['half.docx', half(makeDocx(wordParagraph(REPORT))), /the \.docx is damaged or truncated/],
  ['renamed.docx', utf8(REPORT), /not a \.docx \(no zip signature\)/],
  ['half.doc', half(REPORT_DOC), /the \.doc is damaged/],
  ['docx-named.doc', makeDocx(wordParagraph(REPORT)), /not a Word 97-2003 \.doc .*probably a \.docx/],
  ['bomb.docx', zipBombDocx(), /would inflate to 2048 MB, over the 128 MB limit/],
  ['half.pdf', half(makePdf(REPORT_LINES, { cjk: true })), /the PDF is damaged or truncated/],
  ['scan.pdf', pdfWithoutText(), /the PDF has no text layer/],
  ['recipe.txt', utf8(RECIPE), /does not look like a government report \(\d+ Chinese characters, 0 report words/],
  ['README.md', utf8(README), /does not look like a government report \(0 Chinese characters/],
  ['recipe.html', utf8(`<html><body><article><p>${RECIPE}</p></article></body></html>`), /does not look like a government report/],
];

async function refusal(work: () => Promise<unknown>): Promise<IngestError> {
  try {
    await work();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw new Error(`expected an IngestError, got ${String(e)}`);
  }
  throw new Error('expected an IngestError, got none');
}

describe('bad files', { timeout: 30_000 }, () => {
  it.each(BAD_FILES)('%s is refused with an IngestError naming the file and the reason', async (name, bytes, reason) => {
    const error = await refusal(() => decodeFile(bytes, `reports/${name}`));
    expect(error.file).toBe(`reports/${name}`);
    expect(error.message).toMatch(new RegExp(`^reports/${name.replace('.', '\\.')}: `));
    expect(error.reason).toMatch(reason);
  });

  it('still reads a good report in every format (the refusals above are not a broken gate)', async () => {
    for (const [name, bytes] of [
      ['ok.txt', utf8(REPORT)],
      ['ok.docx', makeDocx(REPORT_LINES.map(wordParagraph).join(''))],
      ['ok.pdf', makePdf(REPORT_LINES, { cjk: true })],
      ['ok.doc', REPORT_DOC],
    ] as const) {
      expect((await decodeFile(bytes, name)).text).toBe(REPORT);
    }
  });

  describe('in a batch from disk', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'pledgegraph-bad-'));
      await writeFile(path.join(dir, 'a-good.txt'), REPORT);
      await writeFile(path.join(dir, 'b-good.docx'), makeDocx(REPORT_LINES.map(wordParagraph).join('')));
      // Read back from disk, files arrive as Node Buffers, which pdf.js once refused: every format is here.
      await writeFile(path.join(dir, 'c-good.pdf'), makePdf(REPORT_LINES, { cjk: true }));
      await writeFile(path.join(dir, 'd-good.doc'), REPORT_DOC);
      await writeFile(path.join(dir, 'e-good.html'), `<html><body><article>${REPORT_LINES.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`);
      for (const [name, bytes] of BAD_FILES) await writeFile(path.join(dir, name), bytes);
      await writeFile(path.join(dir, 'huge.txt'), '');
      await truncate(path.join(dir, 'huge.txt'), 50 * 1024 * 1024); // sparse: no 50 MB written or read
      await writeFile(path.join(dir, 'notes.json'), '{}'); // not a report extension: a folder skips it
    });
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('refuses a 50 MB file by its size, before reading it', async () => {
      const started = performance.now();
      const error = await refusal(() => readSourceFile(path.join(dir, 'huge.txt')));
      expect(performance.now() - started).toBeLessThan(500);
      expect(error.message).toBe(`${path.join(dir, 'huge.txt')}: the file is 50.0 MB, over the 32 MB limit for one report`);
    });

    it('gives one failure per bad file and extracts the good ones', async () => {
      const { sources, failures } = await collectSourceFiles([dir, path.join(dir, 'missing.txt')]);
      expect(sources.map((s) => path.basename(s.path))).toEqual(['a-good.txt', 'b-good.docx', 'c-good.pdf', 'd-good.doc', 'e-good.html']);
      expect(sources.map((s) => s.decoded?.text)).toEqual(sources.map(() => REPORT));
      const failed = failures.map((f) => path.basename(f.file)).sort();
      expect(failed).toEqual([...BAD_FILES.map(([name]) => name), 'huge.txt', 'missing.txt'].sort());
      // From disk as from memory, each bad file fails for its own reason.
      for (const [name, , reason] of BAD_FILES) expect(failures.find((f) => path.basename(f.file) === name)?.reason).toMatch(reason);
      for (const f of failures) expect(f.message.startsWith(`${f.file}: `)).toBe(true);
      expect(failures.find((f) => f.file.endsWith('missing.txt'))?.reason).toBe('cannot be read (ENOENT)');

      const { graph, texts, failures: extractFailures } = extractGraph(sources);
      expect(extractFailures).toEqual([]);
      expect(graph.documents).toHaveLength(5);
      for (const doc of graph.documents) {
        expect(graph.commitments.some((c) => c.documentId === doc.id && c.mode === 'promise')).toBe(true);
        expect(badSpans(graph, doc.id, texts.get(doc.id)!.text)).toEqual([]);
      }
    });
  });
});
