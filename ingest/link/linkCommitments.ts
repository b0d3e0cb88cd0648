// The lineage stage: from commitments, entities and match texts of many reports to the links between them
// (ORIGINATES_FROM: later promise → the plan commitment it continues; REPORTS_ON: achievement → the promise it
// reports on), the status of every plan commitment, and the series of targets per indicator. A later
// commitment is searched, with its sentence and headings as context, against whole earlier paragraphs
// (paragraphIndex.ts); each earlier document whose most relevant paragraphs hold the clause's object
// (clauseObject.ts) gives links to its best paragraphs, each to their best-matching undertaking (chooseOrigins.ts). A promise tied only to an annual plan's
// promise also gets that promise's origins in the five-year plan (originsThroughAnnualPlans.ts).
// Pure and deterministic; it never links across jurisdictions or forward in time (see jurisdictions.ts).
import type { Commitment, DocumentRecord, Entity, Link, StatusRecord, TargetSeries } from '../../src/model.js';
import { buildTargetSeries } from './buildTargetSeries.js';
import { commitmentFeatures } from './commitmentFeatures.js';
import { jurisdictionOf } from './jurisdictions.js';
import { entityContext, linkJurisdiction, type JurisdictionLinks, type JurisdictionTask, type LinkOptions } from './linkJurisdiction.js';

export type { LinkOptions } from './linkJurisdiction.js';

export interface LinkInput {
  documents: DocumentRecord[];
  commitments: Commitment[];
  entities: Entity[];
  /** docId → matchText, same offsets as the original. */
  matchTexts: Map<string, string>;
}

export interface LinkOutput {
  links: Link[];
  statuses: StatusRecord[];
  series: TargetSeries[];
}

/** The corpus cut into jurisdictions, and the order every output follows. */
export interface LinkPlan {
  /** The commitments of known documents, as if the whole corpus were linked one commitment after another. */
  ordered: Commitment[];
  /** One per jurisdiction, in the order of their first commitment. */
  tasks: JurisdictionTask[];
}

export function linkCommitments(input: LinkInput): LinkOutput {
  return linkCommitmentsWith(input, {});
}

export function linkCommitmentsWith(input: LinkInput, options: LinkOptions): LinkOutput {
  return linkPlanned(input, planLinking(input), options);
}

/** The plan's tasks one after another in this thread. */
export function linkPlanned(input: LinkInput, plan: LinkPlan, options: LinkOptions): LinkOutput {
  const context = entityContext(input.entities);
  // A jurisdiction's features, index and texts' keys are dropped before the next, which keeps memory to one
  // jurisdiction's worth however many districts the corpus holds. Features built for the whole corpus up front
  // stayed live to the end, with the keys chooseOrigins.ts caches against each of them: about 400 MB of live heap
  // at the end of linking 200 jurisdictions.
  return mergeLinking(input, plan, plan.tasks.map((task) => linkJurisdiction(task, context, options)));
}

/**
 * Links never cross a jurisdiction (jurisdictions.ts), so each is a task of its own, handed only its own
 * documents: scanning every document of the corpus for each decision grew with the square of the corpus (a
 * second of linking at 100×, none at 10×).
 */
export function planLinking(input: LinkInput): LinkPlan {
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const ordered = input.commitments
    .filter((c) => documents.has(c.documentId))
    .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start || a.id.localeCompare(b.id));
  const jurisdictionOfDocument = new Map(input.documents.map((d) => [d.id, jurisdictionOf(d)]));
  const documentsOf = new Map<string, DocumentRecord[]>();
  for (const d of input.documents) {
    const jurisdiction = jurisdictionOfDocument.get(d.id)!;
    const list = documentsOf.get(jurisdiction);
    if (list === undefined) documentsOf.set(jurisdiction, [d]);
    else list.push(d);
  }
  const tasks = new Map<string, JurisdictionTask>();
  for (const c of ordered) {
    const jurisdiction = jurisdictionOfDocument.get(c.documentId)!;
    let task = tasks.get(jurisdiction);
    if (task === undefined) {
      const own = documentsOf.get(jurisdiction)!;
      const matchTexts = new Map<string, string>();
      for (const d of own) {
        const text = input.matchTexts.get(d.id);
        if (text !== undefined) matchTexts.set(d.id, text);
      }
      tasks.set(jurisdiction, (task = { documents: own, commitments: [], matchTexts }));
    }
    task.commitments.push(c);
  }
  return { ordered, tasks: [...tasks.values()] };
}

/** The tasks' results, one per task in plan order, back in the order of the commitments, with the target series. */
export function mergeLinking(input: LinkInput, plan: LinkPlan, results: readonly JurisdictionLinks[]): LinkOutput {
  const links: Link[] = [];
  const statuses: StatusRecord[] = [];
  for (const result of results) {
    for (const link of result.links) links.push(link);
    for (const status of result.statuses) statuses.push(status);
  }
  // Links by the commitment they start from (a commitment's own links are already together and by rank), statuses
  // by the one they are of, series points by the one they come from. Only commitments with targets make series,
  // and they are few: theirs are the only features built here.
  const { ordered } = plan;
  const position = new Map(ordered.map((c, i) => [c.id, i]));
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const withTargets = ordered
    .filter((c) => c.targets.length > 0)
    .map((c) => commitmentFeatures(c, documents.get(c.documentId)!, input.matchTexts.get(c.documentId)));
  return {
    links: inPositionOrder(links, (l) => position.get(l.from)!, ordered.length),
    statuses: inPositionOrder(statuses, (s) => position.get(s.commitmentId)!, ordered.length),
    series: buildTargetSeries(withTargets),
  };
}

/**
 * `items` by their positions (0 <= position < size), those of one position in the order they come: a counting
 * sort. Sorting with a comparator that looked both positions up took seconds at 100× (millions of lookups in a
 * map of every commitment) and grew faster than the corpus.
 */
function inPositionOrder<T>(items: readonly T[], positionOf: (item: T) => number, size: number): T[] {
  const positions = Int32Array.from(items, positionOf);
  const next = new Int32Array(size + 1);
  for (const p of positions) next[p + 1]!++;
  for (let p = 0; p < size; p++) next[p + 1]! += next[p]!;
  const ordered = new Array<T>(items.length);
  positions.forEach((p, i) => {
    ordered[next[p]!++] = items[i]!;
  });
  return ordered;
}
