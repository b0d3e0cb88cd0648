// What a later commitment asks the paragraph index: its clause's keys at full weight, the rest of its sentence
// at a share (context such as which project a bare clause continues), its section headings as a theme, each
// kind of key weighted by how much it says about the object (linkDefaults.ts). Also which keys may anchor a link
// (named by the clause or sentence, never by headings or bigrams alone).
import type { CommitmentFeatures } from './commitmentFeatures.js';
import type { EntityMentions } from './entityMentions.js';
import {
  BIGRAM_WEIGHT, ENTITY_WEIGHT, INDICATOR_WEIGHT, SECTION_THEME_WEIGHT, SENTENCE_CONTEXT_WEIGHT,
} from './linkDefaults.js';
import { indicatorsOf } from './paragraphIndex.js';
import { entityKey, headingKeys, keyKind, textKeys, type KeyKind } from './searchKeys.js';

const KIND_WEIGHT: Record<KeyKind, number> = { t: 1, b: BIGRAM_WEIGHT, e: ENTITY_WEIGHT, i: INDICATOR_WEIGHT, h: SECTION_THEME_WEIGHT };

export interface OriginQuery {
  weights: Map<string, number>;
  /** Keys of the clause or sentence that name an object: terms, entities, indicators. */
  anchorable: Set<string>;
}

/**
 * `ownPlaces`: the entity keys of the document's own city and district, which, like their names (f.ownNames), a
 * report writes everywhere and so never say which paragraph continues a promise.
 */
export function originQuery(f: CommitmentFeatures, mentions: EntityMentions, ownPlaces: ReadonlySet<string> = new Set()): OriginQuery {
  const weights = new Map<string, number>();
  const add = (keys: Iterable<string>, share: number) => {
    for (const key of keys) {
      if (!f.ownNames.has(key) && !ownPlaces.has(key)) weights.set(key, Math.max(weights.get(key) ?? 0, KIND_WEIGHT[keyKind(key)] * share));
    }
  };
  const c = f.commitment;
  add(textKeys(f.clauseText).keys(), 1);
  add(c.entityIds.map(entityKey), 1);
  add(indicatorsOf(c), 1);
  add(textKeys(f.sentenceText).keys(), SENTENCE_CONTEXT_WEIGHT);
  add(mentions.within(f.document.id, c.sentenceStart, c.sentenceEnd).map(entityKey), SENTENCE_CONTEXT_WEIGHT);
  add(headingKeys(f.headings).keys(), 1);
  const anchorable = new Set<string>();
  for (const key of weights.keys()) {
    const kind = keyKind(key);
    if (kind === 't' || kind === 'e' || kind === 'i') anchorable.add(key);
  }
  return { weights, anchorable };
}
