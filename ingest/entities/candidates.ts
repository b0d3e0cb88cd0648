// The shape every mention finder returns: a span of one document with the type and name it suggests. Finders
// propose; chooseMentions (findMentions.ts) decides which spans survive.
import type { EntityType } from '../../src/model.js';

export type CandidateSource = 'lexicon' | 'title' | 'quoted' | 'suffix' | 'abbreviation';

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  /** Simplified surface without outer quote marks: what resolution compares. */
  key: string;
  /** The canonical name the finder knows (a lexicon's full name), else `key`. */
  canonical: string;
  /** One entity across districts rather than one per district. */
  global: boolean;
  source: CandidateSource;
}

const OUTER_MARKS = /^[《》]+|[《》]+$/g;
const QUOTE_MARKS = /[“”"「」『』‘’]/g;
const INNER_SPACE = /\s+/g;

/** The comparable form of a surface string: quotation marks, outer title marks and spaces removed. */
export function nameKey(matchSurface: string): string {
  return matchSurface.replace(OUTER_MARKS, '').replace(QUOTE_MARKS, '').replace(INNER_SPACE, '');
}

export function isPunctuation(word: string): boolean {
  return /^[\p{P}\p{S}\s]+$/u.test(word);
}
