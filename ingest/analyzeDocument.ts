// The document-analysis stage: one read document → its section tree, glossary and commitments. Pure and
// deterministic; ids derive from the document id and offsets, so the same content gives the same ids.
// Commitments leave entityIds empty: the entity stage fills them.
import type { Commitment, GlossaryTerm, Section } from '../src/model.js';
import type { ReadDocument } from './readDocument.js';
import { extractCommitments } from './commitments/extractCommitments.js';
import { analyzeStructure } from './structure/analyzeStructure.js';

export function analyzeDocument(doc: ReadDocument): { sections: Section[]; terms: GlossaryTerm[]; commitments: Commitment[] } {
  const structure = analyzeStructure(doc);
  const commitments = extractCommitments({ record: doc.record, text: doc.text, matchText: doc.matchText, blocks: structure.blocks });
  return { sections: structure.sections, terms: structure.terms, commitments };
}
