// Splits a document into paragraphs: each non-blank line, trimmed, with offsets into the original text.
// Reports of this family put one paragraph per line; wrapped lines inside a paragraph are rejoined later by
// the structure stage, never here, so that offsets stay exact.
import type { Paragraph } from '../../src/model.js';

const EDGE_SPACE = /^[\s\u3000\ufeff]+|[\s\u3000\ufeff]+$/g;

export function splitParagraphs(documentId: string, text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  let line = 1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const trimmed = raw.replace(EDGE_SPACE, '');
    if (trimmed !== '') {
      const start = lineStart + raw.search(/[^\s\u3000\ufeff]/);
      const index = paragraphs.length;
      paragraphs.push({ id: `${documentId}:p${index}`, documentId, line, index, start, end: start + trimmed.length, text: trimmed });
    }
    lineStart = lineEnd + 1;
    line++;
  }
  return paragraphs;
}
