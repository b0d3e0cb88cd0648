// Every tunable number of the lineage stage in one place, with why it has its value. Only MIN_ORIGIN_SCORE was
// fitted to the dev labels (by one stated rule); the others were set by reasoning and only checked against the
// labels, so that the labels measure rather than get memorised.

/**
 * An earlier document gives origins (and a promise is reported on) only when one of its most relevant paragraphs
 * holds the later clause's object (clauseObject.ts), the object is not new since the earlier documents, and the
 * link's score (the object evidence as confidence, and relevance, RELEVANCE_SHARE) reaches this (a goal's origins
 * reach MIN_GOAL_ORIGIN_SCORE instead). Calibrated on ../shared/eval/dev/links.json by `npm run eval`, which prints
 * the curve (test/eval/linkEval.ts, evaluateCalibration + calibrateMinScore): the threshold with the best Hit@1 of
 * the promise clauses' links whose false-link rate on `commitment` sentences without a gold origin is <= 0.10. The threshold applies to the links chosen at 0 (chooseOrigins.ts), so the curve is
 * exactly what each threshold yields. With the stages of 2026-11-24 (second session) it was (threshold: Hit@1 /
 * Hit@3 / MRR / false-link rate; 62 sentences with an origin, 7 without):
 *   0.000: 0.65 / 0.78 / 0.71 / 0.57   0.550: 0.65 / 0.76 / 0.71 / 0.57   0.580: 0.63 / 0.75 / 0.69 / 0.57
 *   0.599: 0.61 / 0.73 / 0.67 / 0.00   0.620: 0.61 / 0.69 / 0.65 / 0.00   0.632: 0.52 / 0.60 / 0.56 / 0.00
 *   0.650: 0.44 / 0.52 / 0.48 / 0.00   0.700: 0.42 / 0.48 / 0.45 / 0.00   0.800: 0.34 / 0.37 / 0.35 / 0.00
 * Without the novelty decision the false-link rate at the threshold is 0.14; the object requirement only matters
 * below it (a document none of whose paragraphs holds the object scores 0 anyway).
 * Seven negatives are few: <= 0.10 means none of them may link. The step is set by four of them at once, each
 * scoring 0.5994 as stored (0.5993 until 2026-11-25's third session, when the 2021 plan's table notes stopped
 * being commitments and IDF moved by a hair; the threshold went from 0.5994 to 0.5995 with it, and links are now
 * compared at the 4 places they are stored and calibrated at, chooseOrigins.ts): one object word (weight 1) that 6 of the jurisdiction's ~520 paragraphs hold
 * (持续提升琶洲算法大赛…, whose 算法 the plan's 琶洲实验室 paragraph also names, is one). So the threshold asks for
 * more than that, and leaving any one labelled sentence out of the calibration picks the same threshold (`npm run
 * eval` prints that held-out estimate: the same Hit@1 and no false link). A
 * single shared object word of middling rarity scores about 0.60, which is why the curve falls steeply above:
 * the principled 1 - 1/e = 0.632 (one perfectly specific object word) gives 0.52 / 0.60 / 0.56 / 0.00. The
 * rule above is kept because a wrong origin misleads an auditor more than a missing one; recalibrate when the
 * upstream stages change or more negatives are labelled. The same threshold serves REPORTS_ON (no labels exist
 * for it; a hand-judged sample is in README.md).
 */
export const MIN_ORIGIN_SCORE = 0.5995;

/**
 * The threshold of a goal's origins, unless the goal is a paragraph's lead (goalThreshold.ts), which is held to
 * MIN_ORIGIN_SCORE. A goal (a broad aim with no concrete object: 提升社会治理水平) shares only theme
 * words with the plan, so one rare theme word scores like a promise's object word: at MIN_ORIGIN_SCORE, two of the
 * seven dev sentences labelled as having no origin got one through a goal clause (全面夯实算法、算力、数据人工智能底座
 * → the plan's 琶洲实验室 paragraph). Calibrated by MIN_ORIGIN_SCORE's rule with MIN_ORIGIN_SCORE fixed, counting the
 * links of promise and goal clauses alike (`npm run eval` prints both curves). On 2026-11-25 (direct links; Hit@1 /
 * Hit@3 / false-link rate):
 *   0.000-0.600: 0.68 / 0.78 / 0.29   0.700: 0.66 / 0.76 / 0.14   0.7549: 0.66 / 0.76 / 0.00   0.900: 0.61 / 0.73 / 0.00
 * The same negative's goal clause (全面夯实算法、算力、数据人工智能底座 → the 琶洲实验室 paragraph) scored just above
 * 0.7549 after the third session's changes upstream, and the rule moved the threshold to 0.7572 (same Hit@1).
 * The step is one negative's goal link; leaving any one sentence out moves the false-link rate of the held-out
 * estimate to 0.14, so it is as fragile as MIN_ORIGIN_SCORE's. On the side labels (test/eval/side) it took the
 * false-link rate from 0.71 to 0.43 and Hit@1 from 0.65 to 0.60, all links of promise and goal clauses counted.
 */
export const MIN_GOAL_ORIGIN_SCORE = 0.7572;

/** How much of a link's score is the paragraph's BM25 relevance (relative to the best paragraph of the same
 * earlier document) rather than the confidence that the document holds the object: the score is
 * confidence^(1 - share) × relevance^share, so a document's origins keep BM25's order and the best of each scores
 * its confidence. Set by reasoning (a tie-breaker with some weight), then checked on dev: 0 → 0.2 moved Hit@1 at
 * no threshold from 0.52 to 0.58; 0.4 and 0.6 did no better (with the earlier per-paragraph scoring). */
export const RELEVANCE_SHARE = 0.2;

/** A second or third origin of one document must have at least this share of the best one's BM25 relevance,
 * so that rank 2..3 are real alternatives rather than the tail of a topic. */
export const MIN_SHARE_OF_BEST = 0.5;

/** At most this many origins (or reported-on promises) per later commitment. */
export const MAX_LINKS_PER_COMMITMENT = 3;

/** Whether an earlier document holds a later clause's object is decided on this many of its paragraphs BM25
 * ranks best (chooseOrigins.ts). Set as half of CANDIDATES_PER_SEARCH, then checked on dev: 8 and 10 give the
 * same figures; 5 loses Hit@1 0.05; from 12 on, one negative sentence finds object words deep enough in the
 * plan that the calibrated threshold has to rise to 0.77, halving Hit@1. */
export const OBJECT_DEPTH = 10;

/** How many of the best-scoring paragraphs of each earlier document a search hands on to the object decisions and ranking: enough that
 * the three links survive them and the per-document limits, few enough to keep linking fast. */
export const CANDIDATES_PER_SEARCH = 20;

/** BM25 term-frequency saturation and length normalisation, the textbook values. */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** A key in more than this share of paragraphs (提升, 建设 as bigrams) is skipped by the search: it adds almost
 * nothing to any score but would make every search touch every paragraph. */
export const COMMON_KEY_SHARE = 0.25;

/** Turns the object evidence of a paragraph (clauseObject.ts: the weight × IDF of the clause's object keys it
 * holds) into 0..1 as 1 - exp(-evidence / (OBJECT_SCORE_SCALE × the IDF of a key found in one paragraph only)):
 * the score counts how many perfectly specific object words the pair shares, whatever the size of the corpus;
 * one reads as 0.63, two as 0.86. */
export const OBJECT_SCORE_SCALE = 1;

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

/** A term of the later clause belongs to its object only when at most this share of the later document's
 * paragraphs (at least LATER_RARE_MIN_COUNT) hold it: what the report repeats everywhere is its theme. */
export const LATER_RARE_MAX_SHARE = 0.02;
export const LATER_RARE_MIN_COUNT = 2;

/** Object terms before the main verb (a frame: 依托中大纺织商圈,推动…) weigh this share of those after it. */
export const FRAME_WEIGHT = 0.5;

/** A clause's object is new when more than this share of the things its object terms name (clauseObject.ts:
 * touching unknown pieces are one thing) is unknown to every earlier document it may link to: most of what it
 * names did not exist for the plan. A tie (a new fund for a known industry: 集成电路专项基金) is not new. */
export const NOVEL_OBJECT_SHARE = 0.5;

/** An entity more than this share of paragraphs mention is no evidence to show a reader (the issuing
 * government answers for every commitment of its report). */
export const MAX_ENTITY_SHARE = 0.05;
