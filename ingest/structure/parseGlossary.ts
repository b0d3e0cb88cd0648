// Parses a glossary (名词解释) into terms and definitions. Two layouts occur: "1.术语:定义" on one line, and a
// numbered term line followed by its definition paragraph(s). Pure: reads paragraphs, returns terms.
import type { GlossaryTerm, Paragraph } from '../../src/model.js';

export interface GlossaryInput {
  paragraph: Paragraph;
  /** Match text of the paragraph. */
  m: string;
  /** True when the paragraph is a heading that ends the glossary (■ …, 一、…, a titled line). */
  endsGlossary: boolean;
}

const TERM_NUMBER = /^\d{1,3}\s*[.、．]\s*/;
// A term is a name, not a sentence: longer than this, a numbered line is a definition or a list item.
const MAX_TERM_LENGTH = 30;
// How a one-line entry without a colon introduces its definition ("南沙方案即《…》", "X指…", "X是指…").
const DEFINITION_LEAD = /^(.{2,20}?)(即|是指|指的是|指|是)/;

/** Terms of the glossary that starts after `inputs[0]`; returns the terms and how many inputs it used. */
export function parseGlossary(documentId: string, text: string, inputs: GlossaryInput[]): { terms: GlossaryTerm[]; used: number } {
  const terms: GlossaryTerm[] = [];
  let i = 0;
  while (i < inputs.length) {
    const { paragraph: p, m, endsGlossary } = inputs[i]!;
    if (endsGlossary) break;
    const number = TERM_NUMBER.exec(m);
    if (!number) {
      if (terms.length === 0 && /^名词解释/.test(m.replace(/\s+/g, ''))) {
        i++;
        continue;
      }
      break;
    }
    const rest = m.slice(number[0].length);
    const restStart = p.start + number[0].length;
    const colon = rest.search(/[:：]/);
    if (colon > 0 && colon <= MAX_TERM_LENGTH) {
      terms.push(term(documentId, text, p, restStart, restStart + colon, restStart + colon + 1, p.end));
      i++;
      continue;
    }
    if (rest.length <= MAX_TERM_LENGTH && !/[。；;]/.test(rest)) {
      // Definition paragraphs follow until the next numbered term or the end of the glossary.
      let j = i + 1;
      while (j < inputs.length && !inputs[j]!.endsGlossary && !TERM_NUMBER.test(inputs[j]!.m)) j++;
      const defEnd = j > i + 1 ? inputs[j - 1]!.paragraph.end : p.end;
      const defStart = j > i + 1 ? inputs[i + 1]!.paragraph.start : p.end;
      terms.push(term(documentId, text, p, restStart, p.end, defStart, defEnd));
      i = j;
      continue;
    }
    const quoted = /^[“"「]([^”"」]{1,20})[”"」]/.exec(rest);
    const lead = quoted ? null : DEFINITION_LEAD.exec(rest);
    const termLength = quoted ? quoted[0].length : lead ? lead[1]!.length : 0;
    if (termLength > 0) terms.push(term(documentId, text, p, restStart, restStart + termLength, restStart + termLength, p.end));
    i++;
  }
  return { terms, used: i };
}

function term(documentId: string, text: string, p: Paragraph, termStart: number, termEnd: number, defStart: number, defEnd: number): GlossaryTerm {
  const name = text.slice(termStart, termEnd).trim().replace(/^[“"「](.*)[”"」]$/u, '$1');
  const definition = text
    .slice(defStart, defEnd)
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join('');
  return { id: `${documentId}:g${termStart}`, documentId, term: name, definition, start: p.start, end: Math.max(p.end, defEnd), line: p.line };
}
