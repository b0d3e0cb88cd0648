// Everything the linker knows about one commitment before any comparison: its document, jurisdiction and the
// match text (simplified, same offsets) of its clause, sentence, paragraph and section headings.
import type { Commitment, DocumentRecord } from '../../src/model.js';
import { findVerb } from '../commitments/splitClauses.js';
import { toMatchText } from '../normalize/matchText.js';
import { jurisdictionOf, ownNameKeys } from './jurisdictions.js';

export interface CommitmentFeatures {
  commitment: Commitment;
  document: DocumentRecord;
  jurisdiction: string;
  /** Keys of the document's own city and district names: never evidence (jurisdictions.ts). */
  ownNames: ReadonlySet<string>;
  clauseText: string;
  /** Where the clause's main verb starts within clauseText (0 when none is found): what follows is its object
   * phrase, what precedes a frame (依托中大纺织商圈,推动…). */
  verbAt: number;
  sentenceText: string;
  /** The paragraph (one line of the report) the clause starts in, with its offsets. */
  paragraph: { start: number; end: number; text: string };
  /** Section titles, outermost first, in match text. */
  headings: string[];
}

// Conversion to simplified characters is slow next to everything else here, and headings repeat a lot.
const simplifiedHeadings = new Map<string, string>();
function headingMatchText(title: string): string {
  let text = simplifiedHeadings.get(title);
  if (text === undefined) simplifiedHeadings.set(title, (text = toMatchText(title)));
  return text;
}

// Worked out once per document and shared by all its commitments, not built again for each of them.
const jurisdictionByDocument = new WeakMap<DocumentRecord, { jurisdiction: string; ownNames: Set<string> }>();
function jurisdictionFacts(document: DocumentRecord): { jurisdiction: string; ownNames: Set<string> } {
  let facts = jurisdictionByDocument.get(document);
  if (facts === undefined) jurisdictionByDocument.set(document, (facts = { jurisdiction: jurisdictionOf(document), ownNames: ownNameKeys(document) }));
  return facts;
}

export function commitmentFeatures(
  commitment: Commitment,
  document: DocumentRecord,
  matchText: string | undefined,
): CommitmentFeatures {
  const c = commitment;
  const { jurisdiction, ownNames } = jurisdictionFacts(document);
  const slice = (start: number, end: number, fallback: string) =>
    matchText !== undefined && end <= matchText.length ? matchText.slice(start, end) : fallback;
  let paragraph = { start: c.sentenceStart, end: c.sentenceEnd, text: slice(c.sentenceStart, c.sentenceEnd, c.sentence) };
  if (matchText !== undefined && c.end <= matchText.length) {
    const start = matchText.lastIndexOf('\n', c.start - 1) + 1;
    const newline = matchText.indexOf('\n', c.start);
    const end = newline === -1 ? matchText.length : newline;
    paragraph = { start, end, text: matchText.slice(start, end) };
  }
  return {
    commitment,
    document,
    jurisdiction,
    ownNames,
    clauseText: slice(c.start, c.end, c.text),
    verbAt: matchText !== undefined && c.end <= matchText.length ? Math.max(0, findVerb(matchText, c.start, c.end) - c.start) : 0,
    sentenceText: slice(c.sentenceStart, c.sentenceEnd, c.sentence),
    paragraph,
    // Headings come as original words (traditional in a traditional report), so they are normalised here.
    headings: c.sectionPath.map(headingMatchText),
  };
}
