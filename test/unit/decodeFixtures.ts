// Builders for the decode tests: small .docx and .pdf files made in memory, and the offsets check every
// extraction must pass. Kept beside the tests that use them; nothing here reads or writes files.
import { strToU8, zipSync } from 'fflate';
import type { GraphJson } from '../../src/model.js';

/** A short report with a review part and a plan part: enough for the not-a-report gate and the extractor. */
export const REPORT_LINES = [
  '海珠区2024年政府工作报告',
  '一、2023年工作回顾',
  '过去一年，我们推进琶洲试验区建设，新增市场主体1.2万户，完成固定资产投资500亿元。',
  '二、2024年工作安排',
  '推动5个重点项目开工建设，加快广州塔周边环境提升，全年地区生产总值增长6%左右。',
  '我们将坚持以高质量发展为主线，推进城市更新，建设南中轴线，完善公共服务设施。',
];

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A WordprocessingML paragraph of one run. */
export const wordParagraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/** A minimal .docx: [Content_Types].xml and word/document.xml whose body is `bodyXml`. */
export function makeDocx(bodyXml: string): Uint8Array {
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    bodyXml +
    '</w:body></w:document>';
  return zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': strToU8(document) });
}

/**
 * A minimal valid PDF of one page with one line of text per entry. ASCII lines use Helvetica; with `cjk`
 * the lines are written in the non-embedded STSong-Light with the predefined UniGB-UCS2-H CMap, the way
 * many Chinese PDF producers write them, so pdf.js maps the codes back to Unicode through its CMaps.
 */
export function makePdf(lines: string[], options: { cjk?: boolean } = {}): Uint8Array {
  const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const shows = lines.map((l, i) => `${i === 0 ? '' : '0 -14 Td '}${options.cjk ? `<${hex(l)}>` : `(${l.replace(/[()\\]/g, '\\$&')})`} Tj`);
  const content = ['BT', '/F1 10 Tf', '72 720 Td', ...shows, 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    options.cjk
      ? '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>'
      : '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out); // ASCII only, so string offsets are byte offsets
}

/** Every span the extractor returns, with the words it claims: [what, start, end, recorded text | null]. */
export function spansOf(graph: GraphJson, documentId: string): [string, number, number, string | null][] {
  const spans: [string, number, number, string | null][] = [];
  for (const c of graph.commitments.filter((x) => x.documentId === documentId)) {
    spans.push([`commitment ${c.id}`, c.start, c.end, c.text]);
    spans.push([`sentence of ${c.id}`, c.sentenceStart, c.sentenceEnd, c.sentence]);
    for (const t of c.targets) spans.push([`target of ${c.id}`, t.start, t.end, t.text]);
  }
  for (const p of graph.paragraphs.filter((x) => x.documentId === documentId)) spans.push([`paragraph ${p.id}`, p.start, p.end, p.text]);
  for (const s of graph.sections.filter((x) => x.documentId === documentId)) spans.push([`section ${s.id}`, s.start, s.end, null]);
  for (const t of graph.terms.filter((x) => x.documentId === documentId)) spans.push([`term ${t.id}`, t.start, t.end, null]);
  for (const e of graph.entities) {
    for (const m of e.mentions.filter((x) => x.documentId === documentId)) spans.push([`mention of ${e.id}`, m.start, m.end, m.text]);
  }
  return spans;
}

/** The spans that break the offsets contract: out of range, reversed, or not the slice they claim. */
export function badSpans(graph: GraphJson, documentId: string, text: string): string[] {
  return spansOf(graph, documentId)
    .filter(([, start, end, words]) => !(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length && (words === null || text.slice(start, end) === words)))
    .map(([what, start, end, words]) => `${what} [${start}, ${end}) claims ${JSON.stringify(words)} but the text there is ${JSON.stringify(text.slice(start, end))}`);
}
