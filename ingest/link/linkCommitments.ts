// The lineage stage: from commitments, entities and match texts of many reports to the links between them
// (ORIGINATES_FROM: later promise → the plan commitment it continues; REPORTS_ON: achievement → the promise it
// reports on), the status of every plan commitment, and the series of targets per indicator. A later
// commitment is searched, with its sentence and headings as context, against whole earlier paragraphs
// (paragraphIndex.ts); the best paragraphs that hold the clause's object (clauseObject.ts) give the links, each
// to the best-matching undertaking of its paragraph (chooseOrigins.ts).
// Pure and deterministic; it never links across jurisdictions or forward in time (see jurisdictions.ts).
import type { Commitment, DocumentRecord, Entity, Link, StatusRecord, TargetSeries } from '../../src/model.js';
import { buildTargetSeries } from './buildTargetSeries.js';
import { chooseOrigins, type ObjectGates } from './chooseOrigins.js';
import { clauseObject } from './clauseObject.js';
import { commitmentFeatures, type CommitmentFeatures } from './commitmentFeatures.js';
import { deriveStatuses } from './deriveStatuses.js';
import { indexEntityMentions } from './entityMentions.js';
import { jurisdictionOf, originDocuments, reportedDocuments } from './jurisdictions.js';
import { CANDIDATES_PER_SEARCH, MIN_ORIGIN_SCORE } from './linkDefaults.js';
import { originQuery } from './originQuery.js';
import { buildParagraphIndex } from './paragraphIndex.js';
import { clearTextKeys } from './searchKeys.js';

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

/** Tunables a caller (the calibration in test/eval/linkEval.ts) may override; the pipeline passes none. */
export interface LinkOptions {
  minScore?: number;
  gates?: ObjectGates;
}

const ALL_GATES: ObjectGates = { requireObject: true, rejectNovel: true };

export function linkCommitments(input: LinkInput): LinkOutput {
  return linkCommitmentsWith(input, {});
}

export function linkCommitmentsWith(input: LinkInput, options: LinkOptions): LinkOutput {
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const mentions = indexEntityMentions(input.entities);
  // The order every output follows, as if the whole corpus were linked one commitment after another.
  const ordered = input.commitments
    .filter((c) => documents.has(c.documentId))
    .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start || a.id.localeCompare(b.id));
  const jurisdictionOfDocument = new Map(input.documents.map((d) => [d.id, jurisdictionOf(d)]));
  // Each decision below is handed only its own jurisdiction's documents: the rules (jurisdictions.ts) keep only
  // those anyway, and scanning every document of the corpus for each of them grew with the square of the corpus
  // (a second of linking at 100×, none at 10×).
  const documentsOf = new Map<string, DocumentRecord[]>();
  for (const d of input.documents) {
    const jurisdiction = jurisdictionOfDocument.get(d.id)!;
    const list = documentsOf.get(jurisdiction);
    if (list === undefined) documentsOf.set(jurisdiction, [d]);
    else list.push(d);
  }
  // Which earlier documents a commitment may link to depends only on its document, year and direction: decided
  // once per combination, not once per commitment.
  const allowedCache = new Map<string, ReadonlySet<string>>();
  const allowedFor = (document: DocumentRecord, year: number, type: Link['type']): ReadonlySet<string> => {
    const key = `${type}\u0000${document.id}\u0000${year}`;
    let allowed = allowedCache.get(key);
    if (allowed === undefined) {
      const same = documentsOf.get(jurisdictionOfDocument.get(document.id)!)!;
      const earlier = type === 'REPORTS_ON' ? reportedDocuments(document, year, same) : originDocuments(document, year, same);
      allowedCache.set(key, (allowed = new Set(earlier.map((d) => d.id))));
    }
    return allowed;
  };

  // Links never cross a jurisdiction, so each is linked on its own, statuses included (they follow from links
  // into the jurisdiction's own commitments). Its features, index and texts' keys are dropped before the next,
  // which keeps memory to one jurisdiction's worth however many districts the corpus holds. Features built for
  // the whole corpus up front stayed live to the end, with the keys chooseOrigins.ts caches against each of them:
  // about 400 MB of live heap at the end of linking 200 jurisdictions.
  const byJurisdiction = new Map<string, Commitment[]>();
  for (const c of ordered) {
    const jurisdiction = jurisdictionOfDocument.get(c.documentId)!;
    const list = byJurisdiction.get(jurisdiction);
    if (list === undefined) byJurisdiction.set(jurisdiction, [c]);
    else list.push(c);
  }
  const links: Link[] = [];
  const statuses: StatusRecord[] = [];
  // Only commitments with targets make series, and they are few: theirs are the only features kept to the end.
  const withTargets: CommitmentFeatures[] = [];
  for (const commitments of byJurisdiction.values()) {
    const members = commitments.map((c) => commitmentFeatures(c, documents.get(c.documentId)!, input.matchTexts.get(c.documentId)));
    const linked: Link[] = [];
    // Only promises and goals can be continued or reported on; achievements are the past, not undertakings.
    // One index per jurisdiction: IDF then measures how specific a word is in that government's own reports.
    const index = buildParagraphIndex(members.filter((f) => f.commitment.mode !== 'achievement'), mentions);
    const linkFrom = (later: CommitmentFeatures, earlier: ReadonlySet<string>, type: Link['type']) => {
      if (earlier.size === 0 || index.paragraphCount === 0) return;
      const query = originQuery(later, mentions);
      const hits = index.search(query.weights, earlier, CANDIDATES_PER_SEARCH);
      const object = clauseObject(later, index, entities);
      for (const link of chooseOrigins(later, query, hits, index, type, entities, object, earlier, options.minScore ?? MIN_ORIGIN_SCORE, options.gates ?? ALL_GATES)) {
        linked.push(link);
      }
    };
    for (const later of members) {
      const c = later.commitment;
      if (c.mode === 'achievement') {
        const year = c.year ?? later.document.reviewYear;
        if (year !== null) linkFrom(later, allowedFor(later.document, year, 'REPORTS_ON'), 'REPORTS_ON');
      } else {
        const year = later.document.year ?? c.year;
        if (year !== null) linkFrom(later, allowedFor(later.document, year, 'ORIGINATES_FROM'), 'ORIGINATES_FROM');
      }
      if (c.targets.length > 0) withTargets.push(later);
    }
    clearTextKeys();
    for (const link of linked) links.push(link);
    for (const status of deriveStatuses(members, linked, input.matchTexts)) statuses.push(status);
  }
  // Back from jurisdiction order to the order of the commitments: links by the one they start from (a commitment's
  // own links are already together and by rank), statuses by the one they are of, series points by the one they
  // come from.
  const position = new Map(ordered.map((c, i) => [c.id, i]));
  return {
    links: inPositionOrder(links, (l) => position.get(l.from)!, ordered.length),
    statuses: inPositionOrder(statuses, (s) => position.get(s.commitmentId)!, ordered.length),
    series: buildTargetSeries(inPositionOrder(withTargets, (f) => position.get(f.commitment.id)!, ordered.length)),
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
