// Scores entity mentions against the hand-labelled paragraphs of EVAL_DIR/entities.json: per paragraph, the set
// of (surface text, type) pairs inside it, outer quotation/title marks removed on both sides; precision, recall
// and F1 summed over all paragraphs, overall and per type. Measures only; never tunes anything.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Entity } from '../../src/model.js';
import { EVAL_DIR, type EvalSection } from './types.js';

interface GoldParagraph {
  id: string;
  file: string;
  line: number;
  text: string;
  mentions: { text: string; type: string }[];
}

const TYPES = ['place', 'project', 'agency', 'organization'] as const;
const OUTER_MARKS = /^[“”"「」《》]+|[“”"「」《》]+$/g;

const normalise = (surface: string) => surface.trim().replace(OUTER_MARKS, '');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** [start, end) of 1-based `line` in `text`. */
function lineSpan(text: string, line: number): { start: number; end: number } | null {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  const nl = text.indexOf('\n', start);
  return { start, end: nl < 0 ? text.length : nl };
}

function score(c: Counts): [number, number, number] {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return [p, r, p + r === 0 ? 0 : (2 * p * r) / (p + r)];
}

export interface ParagraphDiff {
  id: string;
  missed: string[];
  spurious: string[];
}

/** The per-paragraph differences, for a runner that wants to show them. */
export function diffEntities(entities: Entity[], texts: Map<string, { fileName: string; text: string }>): { counts: Map<string, Counts>; diffs: ParagraphDiff[] } {
  const gold = JSON.parse(readFileSync(path.join(EVAL_DIR, 'entities.json'), 'utf8')) as GoldParagraph[];
  const docOfFile = new Map([...texts].map(([id, t]) => [t.fileName, { id, text: t.text }]));
  const counts = new Map<string, Counts>([['all', { tp: 0, fp: 0, fn: 0 }], ...TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }] as [string, Counts])]);
  const diffs: ParagraphDiff[] = [];
  for (const para of gold) {
    const goldSet = new Set(para.mentions.map((m) => `${normalise(m.text)}|${m.type.toLowerCase()}`));
    const doc = docOfFile.get(para.file);
    const span = doc ? lineSpan(doc.text, para.line) : null;
    const found = new Set<string>();
    if (doc && span) {
      for (const e of entities) {
        for (const m of e.mentions) {
          if (m.documentId === doc.id && m.start >= span.start && m.end <= span.end) found.add(`${normalise(m.text)}|${e.type.toLowerCase()}`);
        }
      }
    }
    const add = (key: string, field: keyof Counts) => {
      counts.get('all')![field]++;
      counts.get(key.slice(key.lastIndexOf('|') + 1))![field]++;
    };
    for (const k of found) add(k, goldSet.has(k) ? 'tp' : 'fp');
    for (const k of goldSet) if (!found.has(k)) add(k, 'fn');
    diffs.push({ id: para.id, missed: [...goldSet].filter((k) => !found.has(k)), spurious: [...found].filter((k) => !goldSet.has(k)) });
  }
  return { counts, diffs };
}

export function evaluateEntities(entities: Entity[], texts: Map<string, { fileName: string; text: string }>): EvalSection {
  const { counts } = diffEntities(entities, texts);
  const rows: [string, number | string][] = [];
  for (const [key, c] of counts) {
    const [p, r, f] = score(c);
    const label = key === 'all' ? 'overall' : key;
    rows.push([`${label} precision`, p], [`${label} recall`, r], [`${label} F1`, f], [`${label} gold/found`, `${c.tp + c.fn}/${c.tp + c.fp}`]);
  }
  return { title: 'Entities (labelled paragraphs)', rows };
}
