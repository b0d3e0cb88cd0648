// Reads the body blocks of a structured document and returns its commitments: one per clause with a verb
// and an object, with targets, years, mode and section. Pure; offsets index the original text.
import type { Commitment, DocumentRecord } from '../../src/model.js';
import type { BodyBlock } from '../structure/analyzeStructure.js';
import { classifyClause, contextParts, opensShortcomings } from './classifyClause.js';
import { extractTargets } from './extractTargets.js';
import { openingDeadline, resolveYears } from './resolveYears.js';
import { splitClauses, splitSentences } from './splitClauses.js';

export interface CommitmentInput {
  record: DocumentRecord;
  text: string;
  matchText: string;
  blocks: BodyBlock[];
}

export function extractCommitments({ record, text, matchText, blocks }: CommitmentInput): Commitment[] {
  const lineOf = lineIndex(text);
  const commitments: Commitment[] = [];
  for (const block of blocks) {
    const sentences = splitSentences(matchText, block.start, block.end);
    const first = sentences[0];
    if (first !== undefined && opensShortcomings(matchText.slice(first.start, first.end))) continue;
    for (const sentence of sentences) {
      // Parts that only set the scene (今年是…关键一年) are skipped, the rest of their sentence is read.
      const voided = contextParts(matchText.slice(sentence.start, sentence.end));
      const inContext = (at: number) => voided.some(([s, e]) => at - sentence.start >= s && at - sentence.start < e);
      const clauses = (block.isLead ? [sentence] : splitClauses(matchText, sentence, block.role === 'review')).filter((c) => !inContext(c.start));
      // The indicators of the previous clauses: a clause without a subject of its own measures the last.
      const indicators: string[] = [];
      const sentenceDeadline = openingDeadline(matchText.slice(sentence.start, sentence.end));
      for (const clause of clauses) {
        const targets = extractTargets(matchText, text, clause.start, clause.end, indicators);
        indicators.push(...targets.map((t) => t.indicator));
        let mode = classifyClause(matchText, clause.start, clause.end, block.role, targets.length > 0);
        // A lead sentence heads its paragraph: at most a broad aim, never a concrete promise on its own.
        if (block.isLead && mode !== null) mode = block.role === 'plan' ? 'goal' : null;
        if (mode === null) continue;
        let { year, dueYear } = resolveYears(matchText.slice(clause.start, clause.end), mode, record, sentenceDeadline);
        // A five-year plan looking back: what was due before its period began (到2020年底,实现…; “十三五”时期…) is
        // the last period's result, not a promise of this one.
        if (mode !== 'achievement' && record.period !== null && dueYear !== null && dueYear < record.period.from) {
          [mode, year, dueYear] = ['achievement', dueYear, null];
        }
        commitments.push({
          id: `${record.id}:c${clause.start}`,
          documentId: record.id,
          text: text.slice(clause.start, clause.end),
          start: clause.start,
          end: clause.end,
          line: lineOf(clause.start),
          sentence: text.slice(sentence.start, sentence.end),
          sentenceStart: sentence.start,
          sentenceEnd: sentence.end,
          sectionId: block.section?.id ?? null,
          sectionPath: block.sectionPath,
          mode,
          year,
          dueYear,
          targets,
          entityIds: [],
        });
      }
    }
  }
  return commitments;
}

/** 1-based line of an offset, by binary search over line starts (linear to build, log per lookup). */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
