// The OBJECT of a later clause, the thing an origin must share (GUIDELINES-links.md: the same named project,
// place, programme, facility or target, not the topic), and the origin decisions built on it:
// - objectEvidence: how much of the object a paragraph holds, the link score (one key found in a single
//   paragraph of the jurisdiction reads as 1 - 1/e). A candidate must hold some (evidence > 0): sentence context,
//   headings and bigram overlap never suffice.
// - isNovel: when most of the clause's object terms are unknown to every earlier document it may link
//   to (a programme, event or industry invented since the plan), it has no origin unless the candidate shares
//   a named entity of the clause.
// Object keys are the clause's own canonical entities (not agencies: the issuing government answers for every
// commitment), its target indicators, and its specific terms that are rare in the later document too, so the
// report's running themes (产业, 企业, 人工智能 in an AI-heavy report) never stand for the object. Terms from the
// main verb on (the object phrase) weigh more than a framing phrase before it. Never decides on headings or
// on the rest of the sentence: those say where the clause stands, not what it acts on.
import type { Entity } from '../../src/model.js';
import type { CommitmentFeatures } from './commitmentFeatures.js';
import { FRAME_WEIGHT, LATER_RARE_MAX_SHARE, LATER_RARE_MIN_COUNT, MAX_ENTITY_SHARE, NOVEL_OBJECT_SHARE } from './linkDefaults.js';
import { indicatorsOf, type IndexedParagraph, type ParagraphIndex } from './paragraphIndex.js';
import { entityKey, keyKind, keyValue, textKeys } from './searchKeys.js';

export interface ClauseObject {
  /** Object key → weight × IDF: how much naming it says about the object. */
  keys: Map<string, number>;
  /** A two-character term's bigram key, met inside a longer word (中轴 ↔ 中轴线): the plan often names a thing
   * in a longer form. Built once per clause, since every candidate paragraph is tested with it. */
  bigramOf: Map<string, string>;
  /** The entity keys among them. */
  entities: Set<string>;
}

export function clauseObject(
  later: CommitmentFeatures,
  index: ParagraphIndex,
  entities: ReadonlyMap<string, Entity>,
): ClauseObject {
  const laterDocument = new Set([later.document.id]);
  const laterParagraphs = index.paragraphCountIn(laterDocument);
  const rareInLater = Math.max(LATER_RARE_MIN_COUNT, laterParagraphs * LATER_RARE_MAX_SHARE);
  const keys = new Map<string, number>();
  const add = (key: string, weight: number) => keys.set(key, Math.max(keys.get(key) ?? 0, weight * index.idf(key)));
  // The clause's keys are already tokenised (cached by text); a term is in the object phrase when it occurs at or
  // after the verb, which saves tokenising the two parts again.
  for (const key of textKeys(later.clauseText).keys()) {
    if (keyKind(key) !== 't' || later.ownNames.has(key) || index.documentFrequencyIn(key, laterDocument) > rareInLater) continue;
    add(key, later.clauseText.lastIndexOf(keyValue(key)) >= later.verbAt ? 1 : FRAME_WEIGHT);
  }
  const entityKeys = new Set<string>();
  const maxEntityFrequency = Math.max(2, index.paragraphCount * MAX_ENTITY_SHARE);
  for (const id of later.commitment.entityIds) {
    const key = entityKey(id);
    if (entities.get(id)?.type === 'Agency' || index.documentFrequency(key) > maxEntityFrequency) continue;
    entityKeys.add(key);
    add(key, 1);
  }
  // A target on an indicator is an object too (GUIDELINES-links.md: the same target).
  for (const key of indicatorsOf(later.commitment)) add(key, 1);
  const bigramOf = new Map<string, string>();
  for (const key of keys.keys()) if (keyKind(key) === 't' && keyValue(key).length === 2) bigramOf.set(key, `b:${keyValue(key)}`);
  return { keys, bigramOf, entities: entityKeys };
}

/** Whether a text's keys (a paragraph's counts or a commitment's set) hold an object key, or its bigram. */
function holds(keys: { has(key: string): boolean }, object: ClauseObject, key: string): boolean {
  if (keys.has(key)) return true;
  const bigram = object.bigramOf.get(key);
  return bigram !== undefined && keys.has(bigram);
}

/** Whether one commitment's own keys (its clause's terms, bigrams, entities, indicators) hold the object. */
export function commitmentHoldsObject(keys: ReadonlySet<string>, object: ClauseObject): boolean {
  for (const key of object.keys.keys()) if (holds(keys, object, key)) return true;
  return false;
}

/** The object mass (weight × IDF) a paragraph holds. */
export function objectEvidence(paragraph: IndexedParagraph, object: ClauseObject): number {
  let mass = 0;
  for (const [key, m] of object.keys) if (holds(paragraph.keys, object, key)) mass += m;
  return mass;
}

export function sharesEntity(paragraph: IndexedParagraph, object: ClauseObject): boolean {
  for (const key of object.entities) if (paragraph.keys.has(key)) return true;
  return false;
}

/** Whether the earlier documents know a key at all: the term, its bigram, or (a longer term) every bigram of it. */
function knownTo(key: string, index: ParagraphIndex, earlier: ReadonlySet<string>): boolean {
  if (index.documentFrequencyIn(key, earlier) > 0) return true;
  if (keyKind(key) !== 't') return false;
  const value = keyValue(key);
  if (value.length < 2 || !/^[\u4e00-\u9fff]+$/.test(value)) return false;
  for (let i = 0; i + 1 < value.length; i++) if (index.documentFrequencyIn(`b:${value.slice(i, i + 2)}`, earlier) === 0) return false;
  return true;
}

/** True when more than NOVEL_OBJECT_SHARE of the things the object's terms name are unknown to the earlier
 * documents. Terms are counted, not weighted by IDF: a word unknown to the plan is rare by that very fact, so IDF
 * would let one odd word (a jieba fragment such as 好后 in 用好后航道) outweigh the known words beside it. Unknown
 * terms that touch in the clause count as one thing: jieba shatters a new name (华新科创岛 → 新科, 创岛), and its
 * pieces are one new park, not two, beside the known industry (集成电路) it serves. Entities and indicators are
 * left out: a report-specific canonical name (“攻城拔寨”项目) may be new while its words are not. */
export function isNovel(object: ClauseObject, index: ParagraphIndex, earlier: ReadonlySet<string>, clauseText: string): boolean {
  let known = 0;
  const unknownSpans: [number, number][] = [];
  for (const key of object.keys.keys()) {
    if (keyKind(key) !== 't') continue;
    if (knownTo(key, index, earlier)) {
      known++;
      continue;
    }
    const at = clauseText.indexOf(keyValue(key));
    unknownSpans.push(at === -1 ? [Infinity, Infinity] : [at, at + keyValue(key).length]);
  }
  unknownSpans.sort((a, b) => a[0] - b[0]);
  let unknown = 0;
  let reach = -1;
  for (const [start, end] of unknownSpans) {
    if (start === Infinity || start > reach) unknown++;
    reach = Math.max(reach, end);
  }
  return unknown > 0 && unknown > (known + unknown) * NOVEL_OBJECT_SHARE;
}
