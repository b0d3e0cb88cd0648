// Measures commitment detection against the hand labels of links.json: recall of `commitment` sentences (a
// promise overlaps the sentence), the share of `none` sentences wrongly extracted as promises, and goal recall.
// Labels measure; they never feed the extractor.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Commitment, DocumentRecord } from '../../src/model.js';
import { EVAL_DIR, type EvalSection } from './types.js';

interface LabelledSentence {
  id: string;
  line: number;
  text: string;
  kind: 'commitment' | 'goal' | 'none';
  file: string;
}

// How many lines before the labelled line the search starts: a label's line may be its paragraph's.
const LINE_SLACK = 2;

export function evaluateCommitments(commitments: Commitment[], documents: DocumentRecord[], texts: Map<string, string>): EvalSection {
  const labels = JSON.parse(readFileSync(path.join(EVAL_DIR, 'links.json'), 'utf8')) as LabelledSentence[];
  const byDoc = new Map<string, Commitment[]>();
  for (const c of commitments) {
    if (c.mode === 'achievement') continue;
    const list = byDoc.get(c.documentId) ?? [];
    list.push(c);
    byDoc.set(c.documentId, list);
  }
  let goalsFound = 0;
  const tally = { commitment: [0, 0], goal: [0, 0], none: [0, 0] } as Record<LabelledSentence['kind'], [number, number]>;
  let unlocated = 0;
  const missed: string[] = [];
  for (const label of labels) {
    const doc = documents.find((d) => d.fileName === label.file);
    const text = doc ? texts.get(doc.id) : undefined;
    const span = doc && text ? locate(text, label) : null;
    if (!doc || !span) {
      unlocated++;
      continue;
    }
    const overlapping = (byDoc.get(doc.id) ?? []).filter((c) => c.start < span.end && c.end > span.start);
    const found = overlapping.some((c) => c.mode === 'promise');
    if (label.kind === 'goal' && overlapping.length > 0) goalsFound++;
    tally[label.kind][1]++;
    if (found) tally[label.kind][0]++;
    else if (label.kind === 'commitment') missed.push(label.id);
  }
  const share = ([hit, all]: [number, number]) => (all === 0 ? 0 : hit / all);
  return {
    title: 'Commitment detection (the sentences of links.json)',
    rows: [
      ['commitment sentences', tally.commitment[1]],
      ['commitment recall (promise overlaps)', share(tally.commitment)],
      ['none sentences', tally.none[1]],
      ['none extracted as promise (share)', share(tally.none)],
      ['goal sentences', tally.goal[1]],
      ['goal recall: goal sentences with a goal or promise (info)', share([goalsFound, tally.goal[1]])],
      ['goal sentences overlapped by a promise (info)', share(tally.goal)],
      ['labelled sentences not located', unlocated],
      ['missed commitment ids', missed.join(' ') || '-'],
    ],
  };
}

/** The labelled sentence's span: searched from a little before its line, then anywhere. */
function locate(text: string, label: LabelledSentence): { start: number; end: number } | null {
  let from = 0;
  for (let line = 1; line < label.line - LINE_SLACK && from !== -1; line++) from = text.indexOf('\n', from) + 1;
  const probe = label.text.trim();
  let at = text.indexOf(probe, Math.max(0, from));
  if (at === -1) at = text.indexOf(probe);
  return at === -1 ? null : { start: at, end: at + probe.length };
}
