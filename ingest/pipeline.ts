// The pure pipeline over many files: each file → document → paragraphs, gathered into one GraphJson.
// A bad file becomes an IngestError in `failures` and never stops the good ones.
import type { GraphJson } from '../src/model.js';
import { IngestError } from '../src/errors.js';
import { readDocument, type ReadDocument, type SourceFile } from './readDocument.js';
import { splitParagraphs } from './structure/splitParagraphs.js';

/**
 * Bumped whenever extraction changes what it produces, so that `pledgegraph start` re-extracts stored
 * documents instead of keeping what an older version made.
 */
export const PIPELINE_VERSION = '1';

export interface ExtractResult {
  graph: GraphJson;
  /** The decoded documents by id, for callers that need the text (the API's source view, the tests). */
  texts: Map<string, ReadDocument>;
  failures: IngestError[];
}

export function extractGraph(sources: SourceFile[]): ExtractResult {
  const graph: GraphJson = { documents: [], paragraphs: [], sections: [], terms: [], commitments: [], entities: [], links: [], statuses: [], series: [] };
  const texts = new Map<string, ReadDocument>();
  const failures: IngestError[] = [];
  for (const source of sources) {
    let doc: ReadDocument;
    try {
      doc = readDocument(source);
    } catch (e) {
      failures.push(e instanceof IngestError ? e : new IngestError(source.path, `could not be read: ${(e as Error).message}`));
      continue;
    }
    if (texts.has(doc.record.id)) continue; // the same bytes given twice are one document
    texts.set(doc.record.id, doc);
    graph.documents.push(doc.record);
    graph.paragraphs.push(...splitParagraphs(doc.record.id, doc.text));
  }
  return { graph, texts, failures };
}
