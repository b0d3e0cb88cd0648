// Which goal clauses must reach the goal threshold (MIN_GOAL_ORIGIN_SCORE) rather than the promises' one.
import type { CommitmentFeatures } from './commitmentFeatures.js';

const WORDS = /[\p{Script=Han}\p{L}\p{N}]/u;

/**
 * The ids of the goals held to the goal threshold: every goal but a paragraph's lead. A lead (促进文化产业兴盛。 opening
 * the paragraph that says how) is a sentence of its own that the paragraph goes on from; it names the paragraph's
 * theme, as the plan's own paragraphs open with theirs, so it is judged like a promise. A goal clause beside other
 * clauses of its sentence only adds theme words to what they say, and a heading line or a closing aim has no
 * paragraph behind it: those theme words matched plan paragraphs about something else (two of dev's seven
 * no-origin sentences were linked through such goal clauses), hence the higher threshold.
 * Measured on 2026-11-25 (third session): dev unchanged; the side labels' Hit@1 0.577 → 0.590 (two leads gain a gold
 * first origin, nothing lost). On the corpus it adds 15 links from leads, which the developers judged as 7 right,
 * 5 on the theme only and 3 wrong (打造后航道创新带的新名片 → the plan's 名片 list). Every goal standing alone in its
 * sentence (heading lines too) gained six side sentences but added 34 links, 12 of them wrong, most from the 2022
 * plan's ◎ heading lines (不断提高风险防范能力 → 网络安全).
 */
export function goalsHeldToGoalThreshold(members: readonly CommitmentFeatures[]): Set<string> {
  // Opening its paragraph and running to its sentence's end, a lead is also its sentence's only clause.
  const isLead = (f: CommitmentFeatures) => {
    const c = f.commitment;
    const { start, text } = f.paragraph;
    return !WORDS.test(text.slice(0, c.start - start)) && !WORDS.test(text.slice(c.end - start, c.sentenceEnd - start)) && WORDS.test(text.slice(c.sentenceEnd - start));
  };
  return new Set(members.filter((f) => f.commitment.mode === 'goal' && !isLead(f)).map((f) => f.commitment.id));
}
