// Measures the lineage stage against the hand-made origin labels (EVAL_DIR/links.json), exactly as
// ../shared/eval/README.md defines the figures, and a plain BM25 baseline beside it. It also sweeps the score
// thresholds (evaluateCalibration) so MIN_ORIGIN_SCORE and MIN_GOAL_ORIGIN_SCORE can be calibrated and their curves
// reported. Where a label set has REPORTS_ON labels too (EVAL_DIR/reports_on.json: claims of a review part and the
// plan lines they report on), it scores those links the same way. Reads labels only.
import { existsSync, readFileSync } from 'node:fs';
import { lineIndex } from '../../ingest/commitments/extractCommitments.js';
import path from 'node:path';
import { jiebaCut } from '../../ingest/entities/jiebaTokens.js';
import type { Commitment, DocumentRecord, Link } from '../../src/model.js';
import { toMatchText } from '../../ingest/normalize/matchText.js';
import { EVAL_DIR, type EvalSection } from './types.js';

const PLAN_FILE = '003_41579f78a9aee15a.txt';
/** Lines 1-83 of the plan are its table of contents, never cited (GUIDELINES-links.md). */
const FIRST_BODY_LINE = 84;

interface LabelledSentence {
  id: string;
  line: number;
  text: string;
  /** achievement: a claim of a review part (reports_on.json); the others are origin labels' kinds (links.json). */
  kind: 'commitment' | 'goal' | 'none' | 'achievement';
  /** The gold plan lines: origins in links.json, the promises reported on in reports_on.json. */
  origins: { line: number }[];
  optional: boolean;
  /** The labelled report (002_affd64f63b1a618d.txt for the dev labels). */
  file: string;
}

export interface LinkGraph {
  documents: DocumentRecord[];
  commitments: Commitment[];
  links: Link[];
}

const ORIGIN_LABELS = 'links.json';
const REPORTS_ON_LABELS = 'reports_on.json';

/** A label file of EVAL_DIR; reports_on.json names its gold lines `reportsOn`. Null when the set has no such file. */
function loadLabels(file = ORIGIN_LABELS): LabelledSentence[] | null {
  const at = path.join(EVAL_DIR, file);
  if (!existsSync(at)) return null;
  const raw = JSON.parse(readFileSync(at, 'utf8')) as (LabelledSentence & { reportsOn?: { line: number }[] })[];
  return raw.map((l) => ({ ...l, origins: l.reportsOn ?? l.origins }));
}

/** Labels whose kind says the sentence claims or promises something concrete: with no gold line, any link is false. */
const CLAIM_KINDS = new Set(['commitment', 'achievement']);

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** Where a labelled sentence stands in the labelled file: searched from its labelled line, on match text. */
function locate(sentence: LabelledSentence, matchText: string, starts: number[]): { start: number; end: number } | null {
  const needle = toMatchText(sentence.text);
  const from = starts[Math.max(0, sentence.line - 1)] ?? 0;
  let at = matchText.indexOf(needle, from);
  if (at === -1) at = matchText.indexOf(needle);
  return at === -1 ? null : { start: at, end: at + needle.length };
}

interface Ranking {
  sentence: LabelledSentence;
  /** Distinct plan lines, best first. */
  lines: number[];
  /** Whether a commitment of the ranked modes overlaps the sentence at all: without one, nothing can link it. */
  holdsCommitment: boolean;
}

/** For each labelled sentence: the plan lines that the links of `type` from its overlapping commitments of the
 * ranked modes reach, ranked by link score. */
function rankPlanLines(graph: LinkGraph, texts: Map<string, string>, modes: ReadonlySet<string>, type: Link['type'] = 'ORIGINATES_FROM', file = ORIGIN_LABELS): Ranking[] | string {
  const plan = graph.documents.find((d) => d.fileName === PLAN_FILE);
  const planText = plan === undefined ? undefined : texts.get(plan.id);
  if (plan === undefined || planText === undefined) return `needs ${PLAN_FILE} and its text in the graph`;
  const labels = loadLabels(file);
  if (labels === null) return `no ${file} in ${EVAL_DIR}`;
  // Each labelled report once: its match text, line starts and commitments of the ranked modes.
  const reports = new Map<string, { match: string; starts: number[]; promises: Commitment[] }>();
  for (const file of new Set(labels.map((l) => l.file))) {
    const labelled = graph.documents.find((d) => d.fileName === file);
    const text = labelled === undefined ? undefined : texts.get(labelled.id);
    if (labelled === undefined || text === undefined) return `needs ${file} and its text in the graph`;
    const promises = graph.commitments.filter((c) => c.documentId === labelled.id && modes.has(c.mode));
    reports.set(file, { match: toMatchText(text), starts: lineStarts(text), promises });
  }
  const planLine = lineIndex(planText);
  const byId = new Map(graph.commitments.map((c) => [c.id, c]));
  const originsOf = new Map<string, Link[]>();
  for (const link of graph.links) {
    if (link.type !== type || byId.get(link.to)?.documentId !== plan.id) continue;
    originsOf.set(link.from, [...(originsOf.get(link.from) ?? []), link]);
  }
  return labels.map((sentence) => {
    const { match, starts, promises } = reports.get(sentence.file)!;
    const span = locate(sentence, match, starts);
    if (span === null) return { sentence, lines: [], holdsCommitment: false };
    const overlapping = promises.filter((c) => c.start < span.end && c.end > span.start);
    const links = overlapping
      .flatMap((c) => originsOf.get(c.id) ?? [])
      .sort((a, b) => b.score - a.score || a.rank - b.rank || a.to.localeCompare(b.to));
    const lines: number[] = [];
    for (const link of links) {
      const line = planLine(byId.get(link.to)!.start);
      if (!lines.includes(line)) lines.push(line);
    }
    return { sentence, lines, holdsCommitment: overlapping.length > 0 };
  });
}

export interface Scores {
  hit1: number;
  hit3: number;
  mrr: number;
  evaluated: number;
  falseLinkRate: number;
  negatives: number;
  /** Evaluated sentences that no commitment of the ranked modes overlaps (a labelled goal the extractor also
   * calls a goal): they count as misses whatever the linker does, so 1 - unreachable / evaluated caps Hit@k. */
  unreachable: number;
  /** Hit@1 over the evaluated sentences that a commitment of the ranked modes overlaps: the linker's own share. */
  hit1Reachable: number;
}

function score(rankings: Ranking[]): Scores {
  let hit1 = 0;
  let hit3 = 0;
  let mrr = 0;
  let evaluated = 0;
  let negatives = 0;
  let falseLinks = 0;
  let unreachable = 0;
  for (const { sentence, lines, holdsCommitment } of rankings) {
    const gold = new Set(sentence.origins.map((o) => o.line));
    if (gold.size === 0) {
      if (CLAIM_KINDS.has(sentence.kind) && !sentence.optional) {
        negatives++;
        if (lines.length > 0) falseLinks++;
      }
      continue;
    }
    if (sentence.optional && lines.length === 0) continue; // either answer is accepted
    evaluated++;
    if (!holdsCommitment) unreachable++;
    const rank = lines.findIndex((l) => gold.has(l));
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    if (rank >= 0) mrr += 1 / (rank + 1);
  }
  const share = (n: number, d: number) => (d === 0 ? 0 : n / d);
  return {
    hit1: share(hit1, evaluated),
    hit3: share(hit3, evaluated),
    mrr: share(mrr, evaluated),
    evaluated,
    falseLinkRate: share(falseLinks, negatives),
    negatives,
    unreachable,
    hit1Reachable: share(hit1, evaluated - unreachable),
  };
}

/** Promises of one jurisdiction linked to commitments of another (the Liwan report to Haizhu's plan): must be 0. */
function crossJurisdictionPromises(graph: LinkGraph): number {
  const documents = new Map(graph.documents.map((d) => [d.id, d]));
  const docOf = new Map(graph.commitments.map((c) => [c.id, documents.get(c.documentId)]));
  const crossing = new Set<string>();
  for (const link of graph.links) {
    const from = docOf.get(link.from);
    const to = docOf.get(link.to);
    if (from === undefined || to === undefined) continue;
    if (from.city !== to.city || from.district !== to.district) crossing.add(link.from);
  }
  return crossing.size;
}

/** ../shared/eval/README.md scores the promises overlapping a labelled sentence: the headline counts promise clauses
 * only, so a labelled sentence (goal sentences included) that no promise overlaps is a miss. The stage also links
 * goal clauses, which the graph serves; their links are judged in the second block of rows, like a promise's:
 * against the gold lines, and as a false link on a `commitment` sentence the labels give no origin. From
 * 2026-11-25's second session to its third the headline counted both, which is not the figure the README defines. */
const PROMISE_MODES = new Set(['promise']);
const FORWARD_MODES = new Set(['promise', 'goal']);

export function evaluateLinks(graph: LinkGraph, texts: Map<string, string>): EvalSection {
  const title = 'Origins (ORIGINATES_FROM → 2021 plan lines), links of promise clauses';
  const rankings = rankPlanLines(graph, texts, PROMISE_MODES);
  if (typeof rankings === 'string') return { title, rows: [['skipped', rankings]] };
  const withGoals = score(rankPlanLines(graph, texts, FORWARD_MODES) as Ranking[]);
  return {
    title,
    rows: [
      ...rankingRows(score(rankings), 'sentences', 'commitment sentences without origin', 'promise'),
      ['promises linked across jurisdictions (Liwan → Haizhu)', crossJurisdictionPromises(graph)],
      ['promise and goal clauses: Hit@1', withGoals.hit1],
      ['promise and goal clauses: Hit@3', withGoals.hit3],
      ['promise and goal clauses: MRR', withGoals.mrr],
      ['promise and goal clauses: false-link rate', withGoals.falseLinkRate],
      ['promise and goal clauses: sentences neither overlaps', withGoals.unreachable],
    ],
  };
}

/** The figures of one link type's rankings, named for what its labels hold. */
function rankingRows(s: Scores, unit: string, negatives: string, overlapping: string): [string, number][] {
  return [
    ['Hit@1', s.hit1],
    ['Hit@3', s.hit3],
    ['MRR', s.mrr],
    [`${unit} evaluated`, s.evaluated],
    ['false-link rate', s.falseLinkRate],
    [negatives, s.negatives],
    [`evaluated ${unit} no ${overlapping} overlaps`, s.unreachable],
    ['Hit@1 ceiling with the extracted commitments', s.evaluated === 0 ? 0 : 1 - s.unreachable / s.evaluated],
    [`Hit@1 on the evaluated ${unit} one overlaps`, s.hit1Reachable],
  ];
}

/** Claims of a review part: what REPORTS_ON links leave from. */
const ACHIEVEMENT_MODES = new Set(['achievement']);

/**
 * REPORTS_ON against EVAL_DIR/reports_on.json, where a set has one: for each labelled claim of a review part, the
 * 2021-plan lines that the REPORTS_ON links of its overlapping achievements reach, scored like the origins (Hit@k
 * of the gold lines, MRR, and the false-link rate on claims the labels tie to no promise of the plan). Only links
 * into the five-year plan count, as only its lines are labelled; a claim may also report on an annual plan.
 */
export function evaluateReportsOn(graph: LinkGraph, texts: Map<string, string>): EvalSection {
  const title = 'Reported-on promises (REPORTS_ON → 2021 plan lines), links of achievement clauses';
  const rankings = rankPlanLines(graph, texts, ACHIEVEMENT_MODES, 'REPORTS_ON', REPORTS_ON_LABELS);
  if (typeof rankings === 'string') return { title, rows: [['skipped', rankings]] };
  return { title, rows: rankingRows(score(rankings), 'claims', 'claims reporting on no promise of the plan', 'achievement') };
}

/** One line per labelled sentence: its kind, the gold lines, the lines its promises' links rank (the headline's
 * count) and the verdict, so a miss can be traced (`npm run eval -- --detail`). */
export function linkDetails(graph: LinkGraph, texts: Map<string, string>, type: Link['type'] = 'ORIGINATES_FROM'): string[] {
  const rankings = type === 'REPORTS_ON' ? rankPlanLines(graph, texts, ACHIEVEMENT_MODES, type, REPORTS_ON_LABELS) : rankPlanLines(graph, texts, PROMISE_MODES);
  if (typeof rankings === 'string') return [rankings];
  return rankings.map(({ sentence, lines, holdsCommitment }) => {
    const gold = sentence.origins.map((o) => o.line);
    const rank = lines.findIndex((l) => gold.includes(l));
    const verdict =
      gold.length === 0
        ? lines.length === 0 ? 'no origin, none linked' : CLAIM_KINDS.has(sentence.kind) && !sentence.optional ? 'FALSE LINK' : 'linked (not counted)'
      : !holdsCommitment ? (type === 'REPORTS_ON' ? 'no achievement overlaps' : 'no promise overlaps')
      : rank === 0 ? 'hit@1'
      : rank > 0 && rank < 3 ? `hit@${rank + 1}`
      : lines.length === 0 ? 'MISS (nothing linked)' : 'MISS';
    return `${sentence.id} ${sentence.kind}${sentence.optional ? ' (optional)' : ''}: gold [${gold.join(', ')}] ranked [${lines.join(', ')}] ${verdict}  ${sentence.text.slice(0, 40)}`;
  });
}

/** One threshold's sweep: which clauses' links the figures count, which links the swept threshold applies to,
 * and the threshold in use for the others. */
interface Sweep {
  modes: ReadonlySet<string>;
  swept: (link: Link) => boolean;
  fixed: number;
}

/** Each sentence's ranking when only links scoring >= each threshold are kept. */
function rankingsAtThresholds(graph: LinkGraph, texts: Map<string, string>, thresholds: number[], sweep: Sweep): { threshold: number; rankings: Ranking[] }[] {
  return thresholds.map((threshold) => {
    const kept = { ...graph, links: graph.links.filter((l) => l.score >= (sweep.swept(l) ? threshold : sweep.fixed)) };
    const rankings = rankPlanLines(kept, texts, sweep.modes);
    return { threshold, rankings: typeof rankings === 'string' ? [] : rankings };
  });
}

/**
 * What the calibration rule yields on sentences it was not fitted to: each labelled sentence is judged at the
 * threshold calibrateMinScore picks from the curve of all the other sentences (leave-one-out). The dev figures at
 * the calibrated threshold are fitted to the very sentences they count, which flatters them most where a single
 * sentence sets the threshold (the false-link rate above all: with 7 negatives, the threshold sits just above the
 * best-scoring one); this is the estimate to expect on sentences of the same kind never seen.
 */
function heldOutCalibration(perThreshold: { threshold: number; rankings: Ranking[] }[]): Scores {
  const count = perThreshold[0]?.rankings.length ?? 0;
  const heldOut: Ranking[] = [];
  for (let i = 0; i < count; i++) {
    const curve = perThreshold.map(({ threshold, rankings }) => ({ threshold, scores: score(rankings.filter((_, j) => j !== i)) }));
    const chosen = calibrateMinScore(curve);
    const at = perThreshold.find((p) => p.threshold === chosen?.threshold) ?? perThreshold[perThreshold.length - 1]!;
    heldOut.push(at.rankings[i]!);
  }
  return score(heldOut);
}

/**
 * The calibration rule for MIN_ORIGIN_SCORE: the threshold with the best Hit@1 among those whose false-link rate
 * is at most `maxFalseLinkRate`; ties go to the lower false-link rate, then the better Hit@3, then the lower
 * threshold. A wrong origin misleads an auditor more than a missing one, hence the constraint comes first.
 */
export function calibrateMinScore(
  curve: { threshold: number; scores: Scores }[],
  maxFalseLinkRate = 0.1,
): { threshold: number; scores: Scores } | null {
  const allowed = curve.filter((p) => p.scores.falseLinkRate <= maxFalseLinkRate);
  allowed.sort(
    (a, b) =>
      b.scores.hit1 - a.scores.hit1 ||
      a.scores.falseLinkRate - b.scores.falseLinkRate ||
      b.scores.hit3 - a.scores.hit3 ||
      a.threshold - b.threshold,
  );
  return allowed[0] ?? null;
}

/** Thresholds printed from the curve beside the calibrated one: enough to see how steep it is around it. */
const CURVE_POINTS = [0, 0.5, 0.55, 0.6, 0.632, 0.65, 0.7, 0.8, 0.9];

/**
 * The calibration of the two thresholds, reproducible: each curve runs over every score a link reaches when the
 * stage links at threshold 0 (`linksAtZero`, without origins through annual plans, which derive from links already
 * thresholded), with the threshold calibrateMinScore picks from it and the one in use. MIN_ORIGIN_SCORE's curve
 * counts promise clauses only, as it was calibrated before goals had a threshold of their own; the goal threshold's
 * counts promise and goal clauses, the links held at MIN_ORIGIN_SCORE (promises', and paragraph leads', goalThreshold.ts)
 * fixed; `heldToGoalThreshold` are the goal clauses the stage holds to MIN_GOAL_ORIGIN_SCORE.
 */
export function evaluateCalibration(
  graph: LinkGraph,
  texts: Map<string, string>,
  linksAtZero: Link[],
  inUse: { promise: number; goal: number },
  heldToGoalThreshold: ReadonlySet<string>,
): EvalSection[] {
  const fromGoal = (l: Link) => heldToGoalThreshold.has(l.from);
  return [
    calibrationSection('MIN_ORIGIN_SCORE', 'promise clauses', graph, texts, linksAtZero, inUse.promise, { modes: PROMISE_MODES, swept: (l) => !fromGoal(l), fixed: inUse.goal }),
    calibrationSection('MIN_GOAL_ORIGIN_SCORE', 'promise and goal clauses', graph, texts, linksAtZero, inUse.goal, { modes: FORWARD_MODES, swept: fromGoal, fixed: inUse.promise }),
  ];
}

function calibrationSection(name: string, counted: string, graph: LinkGraph, texts: Map<string, string>, linksAtZero: Link[], inUse: number, sweep: Sweep): EvalSection {
  const title = `${name} calibration, direct links of ${counted} (best Hit@1 with false-link rate <= 0.10)`;
  // The figures can only change at the score of a swept link from a labelled report.
  const files = new Set((loadLabels() ?? []).map((l) => l.file));
  const labelled = new Set(graph.documents.filter((d) => files.has(d.fileName)).map((d) => d.id));
  const fromLabelled = new Set(graph.commitments.filter((c) => labelled.has(c.documentId)).map((c) => c.id));
  const scores = linksAtZero.filter((l) => fromLabelled.has(l.from) && sweep.swept(l)).map((l) => l.score);
  const thresholds = [...new Set([...CURVE_POINTS, inUse, ...scores])].sort((a, b) => a - b);
  const perThreshold = rankingsAtThresholds({ ...graph, links: linksAtZero }, texts, thresholds, sweep);
  const curve = perThreshold.map(({ threshold, rankings }) => ({ threshold, scores: score(rankings) }));
  const chosen = calibrateMinScore(curve);
  const heldOut = heldOutCalibration(perThreshold);
  const figures = (p: { scores: Scores }) =>
    `Hit@1 ${p.scores.hit1.toFixed(3)}  Hit@3 ${p.scores.hit3.toFixed(3)}  MRR ${p.scores.mrr.toFixed(3)}  false-link rate ${p.scores.falseLinkRate.toFixed(3)}`;
  const shown = curve.filter((p) => CURVE_POINTS.includes(p.threshold) || p.threshold === inUse || p === chosen);
  return {
    title,
    rows: [
      ['calibrated threshold', chosen === null ? 'none reaches the false-link aim' : chosen.threshold.toFixed(4)],
      [`${name} in use`, inUse.toFixed(4)],
      ...shown.map((p): [string, string] => [`at ${p.threshold.toFixed(4)}`, figures(p)]),
      ['held out (leave-one-out)', figures({ scores: heldOut })],
    ],
  };
}

// ---- BM25 baseline: each labelled sentence as a query over the plan's body paragraphs (one per line). ----

const WORD = /[\u4e00-\u9fffA-Za-z0-9]/;

function bm25Tokens(text: string): string[] {
  return jiebaCut(toMatchText(text)).filter((t) => WORD.test(t));
}

export function evaluateBm25Baseline(texts: Map<string, string>, documents: DocumentRecord[], type: Link['type'] = 'ORIGINATES_FROM'): EvalSection {
  const title = `${type === 'REPORTS_ON' ? 'Reported-on promises' : 'Origins'}, baseline: BM25 over 2021-plan body lines (nodejieba tokens)`;
  const plan = documents.find((d) => d.fileName === PLAN_FILE);
  const planText = plan === undefined ? undefined : texts.get(plan.id);
  if (planText === undefined) return { title, rows: [['skipped', `needs ${PLAN_FILE}`]] };
  const labels = loadLabels(type === 'REPORTS_ON' ? REPORTS_ON_LABELS : ORIGIN_LABELS);
  if (labels === null) return { title, rows: [['skipped', `no labels in ${EVAL_DIR}`]] };
  const lines = planText.split('\n').map((text, i) => ({ line: i + 1, tokens: bm25Tokens(text) })).filter((l) => l.line >= FIRST_BODY_LINE && l.tokens.length > 0);
  const df = new Map<string, number>();
  for (const l of lines) for (const t of new Set(l.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const avgLength = lines.reduce((n, l) => n + l.tokens.length, 0) / lines.length;
  const k1 = 1.2;
  const b = 0.75;
  const idf = (t: string) => Math.log(1 + (lines.length - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
  const rankings: Ranking[] = labels.map((sentence) => {
    const query = new Set(bm25Tokens(sentence.text));
    const scored = lines.map((l) => {
      const tf = new Map<string, number>();
      for (const t of l.tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      let s = 0;
      for (const t of query) {
        const f = tf.get(t) ?? 0;
        if (f > 0) s += (idf(t) * f * (k1 + 1)) / (f + k1 * (1 - b + (b * l.tokens.length) / avgLength));
      }
      return { line: l.line, s };
    });
    scored.sort((x, y) => y.s - x.s || x.line - y.line);
    return { sentence, lines: scored.filter((x) => x.s > 0).slice(0, 3).map((x) => x.line), holdsCommitment: true };
  });
  const s = score(rankings);
  return {
    title,
    rows: [
      ['Hit@1', s.hit1],
      ['Hit@3', s.hit3],
      ['MRR', s.mrr],
      ['sentences evaluated', s.evaluated],
      ['false-link rate (links every sentence)', s.falseLinkRate],
    ],
  };
}
