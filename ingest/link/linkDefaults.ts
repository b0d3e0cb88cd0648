// Every tunable number of the lineage stage in one place, with why it has its value. Only MIN_ORIGIN_SCORE was
// fitted to the dev labels (by one stated rule); the others were set by reasoning and only checked against the
// labels, so that the labels measure rather than get memorised.

/** The score threshold (see the calibration note in the report). */
export const MIN_ORIGIN_SCORE = 0.1;

/** A second or third origin must score at least this share of the best, so that rank 2..3 are real
 * alternatives rather than the tail of a topic. */
export const MIN_SHARE_OF_BEST = 0.5;

/** At most this many origins (or reported-on promises) per later commitment. */
export const MAX_LINKS_PER_COMMITMENT = 3;

/** BM25 term-frequency saturation and length normalisation, the textbook values. */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** Weight of each kind of key in a query, relative to a specific term (1). A canonical entity survives renaming
 * and abbreviation, which a term cannot; a target on the same indicator is strong evidence of the same
 * undertaking; a Han bigram only bridges rewording, and a heading term only says the theme agrees. */
export const ENTITY_WEIGHT = 2;
export const INDICATOR_WEIGHT = 2;
export const BIGRAM_WEIGHT = 0.3;
export const SECTION_THEME_WEIGHT = 0.3;

/** Keys only in the enclosing sentence (not the clause itself) count for this share: they give context
 * (which project a bare clause is about) without letting the sentence's other clauses decide. */
export const SENTENCE_CONTEXT_WEIGHT = 0.5;

/** An origin must share an anchor with the later clause or its sentence: a term, entity or indicator held by
 * at most this share of the jurisdiction's paragraphs (at least ANCHOR_MIN_COUNT), i.e. its object. */
export const ANCHOR_MAX_SHARE = 0.05;
export const ANCHOR_MIN_COUNT = 4;

/** An entity more than this share of paragraphs mention is no evidence to show a reader (the issuing
 * government answers for every commitment of its report). */
export const MAX_ENTITY_SHARE = 0.05;
