// Every tunable number of the lineage stage in one place, with why it has its value. The two thresholds were
// calibrated on ../shared/eval/dev/links.json by test/eval/linkEval.ts (see the comment on MIN_ORIGIN_SCORE);
// the weights were set by reasoning, not fitted, so that the labels measure rather than get memorised.

/** A plan commitment is an origin only when the pair's score reaches this. Calibrated: the score range was
 * swept on the dev labels and the value kept is the one maximising Hit@1 subject to a false-link rate <= 0.10
 * on `commitment` sentences without a gold origin; the curve is printed by `npx tsx test/eval/linkEval.ts`. */
export const MIN_ORIGIN_SCORE = 0.3;

/** A second or third origin must score at least this share of the best, so that rank 2..3 are real
 * alternatives rather than the tail of a topic. */
export const MIN_SHARE_OF_BEST = 0.5;

/** At most this many origins (or reported-on promises) per later commitment. */
export const MAX_LINKS_PER_COMMITMENT = 3;

/** A shared canonical entity counts this many times the IDF of a shared term: an entity id survives renaming
 * and abbreviation, which is exactly the evidence a term cannot give. */
export const ENTITY_WEIGHT = 1.5;

/** A target on the same indicator is strong evidence of the same undertaking (增长6% ↔ 增长6%左右). */
export const INDICATOR_WEIGHT = 2;

/** Terms only in the enclosing sentence (not the clause itself) count for this share: they give context
 * (which project a bare clause is about) without letting a long sentence match everything. */
export const SENTENCE_CONTEXT_WEIGHT = 0.5;

/** Terms of the section headings count for this share: a theme agrees, but a theme alone is not an origin. */
export const SECTION_THEME_WEIGHT = 0.25;

/** A term held by more than this share of the indexed commitments is too common to propose candidates (it still
 * scores): this keeps candidate lists short, so linking grows about linearly with the corpus. */
export const MAX_POSTING_SHARE = Number(process.env.MPS ?? 0.02);

/** A pair must share at least this much IDF mass of specific evidence (entities, terms, indicators) whatever
 * its normalised score: two short clauses sharing one mid-frequency word are not the same undertaking. */
export const MIN_SHARED_EVIDENCE = 6;
