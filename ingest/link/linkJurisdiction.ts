// The links and statuses of one jurisdiction (city + district): every link and status stays inside one, so the
// linker (linkCommitments.ts) decides each on its own, in this process or a worker thread (linkInWorkers.ts).
// One index per jurisdiction: IDF then measures how specific a word is in that government's own reports.
import type { Commitment, DocumentRecord, Entity, Link, StatusRecord } from '../../src/model.js';
import { chooseOrigins, type ObjectGates } from './chooseOrigins.js';
import { clauseObject } from './clauseObject.js';
import { commitmentFeatures, type CommitmentFeatures } from './commitmentFeatures.js';
import { deriveStatuses } from './deriveStatuses.js';
import { indexEntityMentions, type EntityMentions } from './entityMentions.js';
import { originDocuments, reportedDocuments } from './jurisdictions.js';
import { CANDIDATES_PER_SEARCH, MIN_GOAL_ORIGIN_SCORE, MIN_ORIGIN_SCORE } from './linkDefaults.js';
import { goalsHeldToGoalThreshold } from './goalThreshold.js';
import { originQuery } from './originQuery.js';
import { originsThroughAnnualPlans } from './originsThroughAnnualPlans.js';
import { buildParagraphIndex } from './paragraphIndex.js';
import { clearTextKeys, entityKey } from './searchKeys.js';

/** Tunables a caller (the calibration in test/eval/linkEval.ts) may override; the pipeline passes none. */
export interface LinkOptions {
  /** The threshold of promises' origins and of claims' REPORTS_ON links (MIN_ORIGIN_SCORE). */
  minScore?: number;
  /** The threshold of goals' origins (MIN_GOAL_ORIGIN_SCORE), but for paragraph leads (goalThreshold.ts). */
  minGoalScore?: number;
  gates?: ObjectGates;
  /** Whether origins are also reached through intermediate annual plans (originsThroughAnnualPlans.ts); the
   * calibration of MIN_ORIGIN_SCORE switches it off, since those follow from links already thresholded. */
  throughAnnualPlans?: boolean;
}

const ALL_GATES: ObjectGates = { requireObject: true, rejectNovel: true };

/** One jurisdiction's share of a corpus. */
export interface JurisdictionTask {
  documents: DocumentRecord[];
  /** Its commitments in corpus order (document id, then start). */
  commitments: Commitment[];
  /** docId → matchText of its documents. */
  matchTexts: Map<string, string>;
}

/** The entities the task's commitments and texts may name. */
export interface EntityContext {
  entities: ReadonlyMap<string, Entity>;
  mentions: EntityMentions;
}

/** The context of `entities`, in one thread or on a worker alike. */
export function entityContext(entities: readonly Entity[]): EntityContext {
  return { entities: new Map(entities.map((e) => [e.id, e])), mentions: indexEntityMentions(entities) };
}

export interface JurisdictionLinks {
  links: Link[];
  statuses: StatusRecord[];
}

export function linkJurisdiction(task: JurisdictionTask, context: EntityContext, options: LinkOptions): JurisdictionLinks {
  const { entities, mentions } = context;
  const documents = new Map(task.documents.map((d) => [d.id, d]));
  // Which earlier documents a commitment may link to depends only on its document, year and direction: decided
  // once per combination, not once per commitment.
  const allowedCache = new Map<string, ReadonlySet<string>>();
  const allowedFor = (document: DocumentRecord, year: number, type: Link['type']): ReadonlySet<string> => {
    const key = `${type}\u0000${document.id}\u0000${year}`;
    let allowed = allowedCache.get(key);
    if (allowed === undefined) {
      const earlier = type === 'REPORTS_ON' ? reportedDocuments(document, year, task.documents) : originDocuments(document, year, task.documents);
      allowedCache.set(key, (allowed = new Set(earlier.map((d) => d.id))));
    }
    return allowed;
  };

  const members = task.commitments.map((c) => commitmentFeatures(c, documents.get(c.documentId)!, task.matchTexts.get(c.documentId)));
  const goalThresholdHeld = goalsHeldToGoalThreshold(members);
  const links: Link[] = [];
  // Only promises and goals can be continued or reported on; achievements are the past, not undertakings.
  const index = buildParagraphIndex(members.filter((f) => f.commitment.mode !== 'achievement'), mentions);
  // The entities of each document's own city and district (海珠区, 广州市), in one pass over the entities.
  const ownPlaceNames = new Set(task.documents.flatMap((d) => [d.district, d.city]).filter((n): n is string => n !== null));
  const placeKeysByName = new Map<string, string[]>();
  for (const e of entities.values()) {
    if (e.type !== 'Place' || !ownPlaceNames.has(e.name)) continue;
    const keys = placeKeysByName.get(e.name);
    if (keys === undefined) placeKeysByName.set(e.name, [entityKey(e.id)]);
    else keys.push(entityKey(e.id));
  }
  const ownPlaces = new Map(task.documents.map((d) => [d.id, new Set([d.district, d.city].flatMap((n) => (n === null ? [] : placeKeysByName.get(n) ?? [])))]));
  const minScore = options.minScore ?? MIN_ORIGIN_SCORE;
  const minGoalScore = options.minGoalScore ?? MIN_GOAL_ORIGIN_SCORE;
  const linkFrom = (later: CommitmentFeatures, earlier: ReadonlySet<string>, type: Link['type']) => {
    if (earlier.size === 0 || index.paragraphCount === 0) return;
    const query = originQuery(later, mentions, ownPlaces.get(later.document.id));
    const hits = index.search(query.weights, earlier, CANDIDATES_PER_SEARCH);
    const object = clauseObject(later, index, entities);
    for (const link of chooseOrigins(later, query, hits, index, type, entities, object, earlier, goalThresholdHeld.has(later.commitment.id) ? minGoalScore : minScore, options.gates ?? ALL_GATES)) {
      links.push(link);
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
  }
  if (options.throughAnnualPlans ?? true) {
    const documentOf = new Map(members.map((m) => [m.commitment.id, m.document]));
    const targetsOf = new Map(members.map((m) => [m.commitment.id, m.commitment.targets]));
    for (const link of originsThroughAnnualPlans(links, documentOf, targetsOf)) links.push(link);
  }
  // The next jurisdiction never shares these texts: their keys would only hold memory.
  clearTextKeys();
  return { links, statuses: deriveStatuses(members, links, task.matchTexts) };
}
