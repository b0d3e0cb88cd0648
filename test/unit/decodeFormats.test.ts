import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/errors.js';
import { decodeDoc } from '../../ingest/decode/decodeDoc.js';
import { decodeDocx, documentXmlToText } from '../../ingest/decode/decodeDocx.js';
import { decodeFile, reportFormatOf } from '../../ingest/decode/decodeFile.js';
import { declaredCharset, decodeHtml, htmlToText } from '../../ingest/decode/decodeHtml.js';
import { decodePdf, marginsOfPage, paragraphsOfPage, typicalMargins, type PlacedLine } from '../../ingest/decode/decodePdf.js';
import { extractGraph } from '../../ingest/pipeline.js';
import { documentIdFor } from '../../ingest/readDocument.js';
import { badSpans, makeDocx, makePdf, REPORT_LINES, wordParagraph } from './decodeFixtures.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));


const PAGE = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>海珠区人民政府门户网站</title>
<style>p { color: red } .a < .b {}</style>
<script>var s = "<p>不是正文</p>"; if (a < b) document.write('<div>广告</div>');</script>
</head>
<body>
<header><div class="logo">海珠区人民政府</div><ul><li>首页</li><li>政务公开</li></ul></header>
<nav class="main-nav"><a href="/">首页</a> &gt; <a>政务公开</a></nav>
<div class="bread-crumb">当前位置：首页 &gt; 工作报告</div>
<div id="left-menu"><a>机构设置</a></div>
<article>
  <h1>${REPORT_LINES[0]}</h1>
  <!-- <p>注释里的旧稿</p> -->
  <div class="TRS_Editor">
    <p>&nbsp;&nbsp;${REPORT_LINES[1]}</p>
    <p>${REPORT_LINES[2]}</p>
    <p><strong>${REPORT_LINES[3]}</strong></p>
    <p>${REPORT_LINES[4]}<br/>${REPORT_LINES[5]}</p>
    <p>&ldquo;十四五&rdquo;规划&mdash;&#x6D77;&#29664;&amp;合作 &unknown;</p>
    <table><tr><th>指标</th><th>目标</th></tr><tr><td>地区生产总值</td><td>增长6%</td></tr></table>
  </div>
</article>
<footer>版权所有：广州市海珠区人民政府 <script>track()</script></footer>
</body></html>`;

describe('reportFormatOf', () => {
  it('knows the report formats by extension, case-blind', () => {
    expect(['a.txt', 'a.TEXT', 'a.md', 'a.html', 'a.HTM', 'a.docx', 'a.Pdf', 'a.doc', 'a.wps', 'a.rtf'].map(reportFormatOf)).toEqual([
      'text', 'text', 'text', 'html', 'html', 'docx', 'pdf', 'doc', 'doc', null,
    ]);
  });
});

describe('decodeHtml', () => {
  it('keeps the article, one block per line, and drops head, scripts, styles, navigation, header and footer', () => {
    expect(htmlToText(PAGE)).toBe(
      [
        ...REPORT_LINES,
        '“十四五”规划—海珠&合作 &unknown;',
        '指标\t目标',
        '地区生产总值\t增长6%',
      ].join('\n'),
    );
  });

  it('falls back to the body when there is no <article>, still dropping navigation and footers', () => {
    const page = '<html><body><div class="nav">首页</div><div id="content"><p>第一段</p>\n\n<p>第二   段\n续</p></div><div class="footer">版权</div></body></html>';
    expect(htmlToText(page)).toBe('第一段\n第二 段 续');
  });

  it('survives broken markup: unclosed tags, stray closers, an unterminated script or comment', () => {
    expect(htmlToText('<p>一<div>二</span></p>三<p>四')).toBe('一\n二\n三\n四');
    expect(htmlToText('<p>正文</p><script>while (1) {')).toBe('正文');
    expect(htmlToText('<p>正文</p><!-- 未闭合的注释 <p>隐藏')).toBe('正文');
  });

  it('honours <meta charset> (gb2312/gbk read as GB18030) and reports the encoding', () => {
    const gbk = [0xba, 0xa3, 0xd6, 0xe9, 0xc7, 0xf8]; // 海珠区
    const page = (meta: string) => new Uint8Array([...utf8(`<html><head>${meta}</head><body><p>`), ...gbk, ...utf8('</p></body></html>')]);
    expect(declaredCharset(page('<meta charset="gb2312">'))).toBe('gb18030');
    expect(declaredCharset(page('<meta http-equiv="Content-Type" content="text/html; charset=GBK" />'))).toBe('gb18030');
    expect(decodeHtml(page('<meta charset="gb2312">'), 'a.html')).toEqual({ text: '海珠区', encoding: 'gb18030' });
    // Undeclared, or declared UTF-8 but not UTF-8: detection still finds GB18030.
    expect(decodeHtml(page(''), 'a.html')).toEqual({ text: '海珠区', encoding: 'gb18030' });
    expect(decodeHtml(page('<meta charset="utf-8">'), 'a.html')).toEqual({ text: '海珠区', encoding: 'gb18030' });
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="gbk"><p>海珠区</p>')]), 'a.html').text).toBe('海珠区');
  });
});

describe('decodeDocx', () => {
  it('reads paragraphs as lines, w:tab and w:br, and tables row by row; skips deleted text and tab stops', () => {
    const body = [
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>一、</w:t></w:r><w:r><w:t xml:space="preserve">工作 </w:t></w:r><w:r><w:t>回顾</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>指标</w:t><w:tab/><w:t>目标</w:t><w:br/><w:t>第二行 &amp; &lt;续&gt;</w:t></w:r></w:p>',
      '<w:p><w:del><w:r><w:delText>删除的字</w:delText></w:r></w:del><w:r><w:t>保留的字</w:t></w:r></w:p>',
      '<w:p/>',
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>地区生产总值</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>增长</w:t></w:r></w:p><w:p><w:r><w:t>6%</w:t></w:r></w:p></w:tc></w:tr>',
      '<w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>备注</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      '<w:p><w:r><w:t>结束</w:t></w:r></w:p>',
    ].join('');
    expect(documentXmlToText(body)).toBe('一、工作 回顾\n指标\t目标\n第二行 & <续>\n保留的字\n地区生产总值\t增长 6%\n备注\n结束');
    expect(decodeDocx(makeDocx(body), 'a.docx')).toEqual({ text: documentXmlToText(body), encoding: 'docx' });
  });
});

describe('decodePdf', { timeout: 30_000 }, () => {
  it('reads a text PDF line by line (ASCII, Helvetica)', async () => {
    expect(await decodePdf(makePdf(['Report 2024 plan', 'second (line)']), 'a.pdf')).toEqual({ text: 'Report 2024 plan\nsecond (line)', encoding: 'pdf' });
  });

  it('reads Chinese written with a predefined CMap (UniGB-UCS2-H), and leaves the caller its bytes', async () => {
    const bytes = makePdf(REPORT_LINES, { cjk: true });
    const before = bytes.slice();
    expect((await decodePdf(bytes, 'a.pdf')).text).toBe(REPORT_LINES.join('\n'));
    expect(bytes).toEqual(before);
  });
});

describe('decodeDoc', () => {
  it('reads a Word 97-2003 .doc: paragraphs as lines, table rows as lines of tab-separated cells, quotes kept', () => {
    expect(decodeDoc(fixture('report-table.doc'), 'a.doc')).toEqual({
      text: '主要指标\n指标\t目标\n地区生产总值\t增长6%\n实施“百千万工程”。',
      encoding: 'doc',
    });
  });

  it('reads a .doc whose last sector is cut short, as WPS Office writes them', () => {
    const whole = fixture('report-table.doc');
    expect(decodeDoc(whole.slice(0, whole.length - 100), 'wps.doc')).toEqual(decodeDoc(whole, 'a.doc'));
  });

  it('refuses a .docx, a renamed file or a damaged .doc, naming the file and the reason', () => {
    expect(() => decodeDoc(makeDocx(wordParagraph('正文')), 'x/a.doc')).toThrow(/x\/a\.doc.*not a Word 97-2003 \.doc.*\.docx/);
    expect(() => decodeDoc(utf8('海珠区2024年政府工作报告'), 'b.doc')).toThrow(/b\.doc.*no OLE compound file signature/);
    expect(() => decodeDoc(fixture('report-table.doc').slice(0, 1024), 'c.doc')).toThrow(/c\.doc.*damaged/);
  });

  // A reader tried first crashed Node itself (an array grown past V8's limit) on a few flipped bytes.
  it('reads a .doc with damaged bytes or refuses it with an IngestError, never anything else', () => {
    const original = fixture('report-table.doc');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(original.length - 1), fc.nat(255)), { minLength: 1, maxLength: 12 }), (flips) => {
        const bytes = original.slice();
        for (const [at, value] of flips) bytes[at] = value;
        try {
          expect(typeof decodeDoc(bytes, 'f.doc').text).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(IngestError);
        }
      }),
      { numRuns: 400, seed: 20241124 },
    );
  });
});

describe('paragraphsOfPage', () => {
  // A page 10 units per character, text from x=100 to x=500 (40 characters a line), paragraphs indented by 2.
  const line = (text: string, indent = 0, chars = text.length): PlacedLine => ({ text, left: 100 + 10 * indent, right: 100 + 10 * (indent + chars), height: 10 });

  it('joins the lines a paragraph wraps onto, and starts a new one at an indent, a heading or a short line', () => {
    const lines = [
      line('一、2024年工作安排', 0, 11),
      line('推进青禾湿地公园建设，加快青禾大道东延线、青禾港码头和青禾科', 2, 38),
      line('技园一期等重点项目建设，全年完成投资50亿元，新增就业岗位1万个', 0, 40),
      line('以上。', 0, 3),
      line('做好青禾村改造，建成保障性住房2000套，新开工城中村改造项目', 2, 38),
      line('（一）聚焦产业发展', 0, 9),
    ];
    expect(paragraphsOfPage(lines)).toEqual([
      '一、2024年工作安排',
      '推进青禾湿地公园建设，加快青禾大道东延线、青禾港码头和青禾科技园一期等重点项目建设，全年完成投资50亿元，新增就业岗位1万个以上。',
      '做好青禾村改造，建成保障性住房2000套，新开工城中村改造项目',
      '（一）聚焦产业发展',
    ]);
  });

  it('does not join a line that ends a sentence at the margin, and keeps a space between Latin words', () => {
    const lines = [
      line('全年地区生产总值增长6%左右，固定资产投资增长8%，居民收入同步增长。', 2, 38),
      line('推进琶洲试验区建设，支持企业开展AI', 0, 40),
      line('Agent应用，建设青禾人工智能产业园和青禾港码头二期工程，推进青禾', 0, 40),
      line('大道建设。', 0, 5),
    ];
    expect(paragraphsOfPage(lines)).toEqual([
      '全年地区生产总值增长6%左右，固定资产投资增长8%，居民收入同步增长。',
      '推进琶洲试验区建设，支持企业开展AI Agent应用，建设青禾人工智能产业园和青禾港码头二期工程，推进青禾大道建设。',
    ]);
  });

  it('joins the wrapped lines of a cover page by the margins the other pages show', () => {
    const body = [line('推进青禾湿地公园建设，加快青禾大道东延线、青禾港码头和青禾科', 2, 38), line('技园一期等重点项目建设，全年完成投资50亿元，新增就业岗位1万个', 0, 40), line('青禾村改造有序推进，建成保障性住房2000套，新开工城中村改造项', 2, 38), line('目3个。', 0, 4)];
    const cover = [line('青府〔2024〕1号'), line('《青禾区国民经济和社会发展第十四个五年规划纲要》已经青禾区人民代', 0, 40), line('表大会批准。', 0, 6)];
    expect(marginsOfPage(cover)).toBeNull();
    expect(paragraphsOfPage(cover, typicalMargins([marginsOfPage(cover), marginsOfPage(body)]))).toEqual([
      '青府〔2024〕1号',
      '《青禾区国民经济和社会发展第十四个五年规划纲要》已经青禾区人民代表大会批准。',
    ]);
  });

  it('leaves a page of a few short lines as it is', () => {
    expect(paragraphsOfPage([line('Report 2024 plan'), line('second (line)')])).toEqual(['Report 2024 plan', 'second (line)']);
  });
});

describe('decodeFile → extractGraph', { timeout: 30_000 }, () => {
  it('gives the same report text from .txt, .html, .doc, .docx and .pdf; ids come from the bytes; offsets index the text', async () => {
    const files: [string, Uint8Array][] = [
      ['r.txt', utf8(REPORT_LINES.join('\n'))],
      ['r.html', utf8(`<html><body><article>${REPORT_LINES.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`)],
      ['r.doc', fixture('report-lines.doc')],
      ['r.docx', makeDocx(REPORT_LINES.map(wordParagraph).join(''))],
      ['r.pdf', makePdf(REPORT_LINES, { cjk: true })],
    ];
    const sources = await Promise.all(files.map(async ([path, bytes]) => ({ path, bytes, decoded: await decodeFile(bytes, path) })));
    expect(sources.map((s) => s.decoded.text)).toEqual(files.map(() => REPORT_LINES.join('\n')));
    expect(sources.map((s) => [s.decoded.format, s.decoded.encoding])).toEqual([['text', 'utf-8'], ['html', 'utf-8'], ['doc', 'doc'], ['docx', 'docx'], ['pdf', 'pdf']]);

    const { graph, texts, failures } = extractGraph(sources);
    expect(failures).toEqual([]);
    expect(graph.documents.map((d) => [d.fileName, d.id, d.encoding, d.length])).toEqual(
      files.map(([path, bytes], i) => [path, documentIdFor(bytes), sources[i]!.decoded.encoding, REPORT_LINES.join('\n').length]),
    );
    for (const doc of graph.documents) {
      const text = texts.get(doc.id)!.text;
      const promises = graph.commitments.filter((c) => c.documentId === doc.id && c.mode === 'promise');
      expect(promises.some((c) => c.text.startsWith('推动5个重点项目开工建设'))).toBe(true);
      expect(badSpans(graph, doc.id, text)).toEqual([]);
    }
  });
});
