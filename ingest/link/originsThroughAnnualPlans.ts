// Origins in the five-year plan reached through an intermediate annual plan (2024 → 2022 plan → 2021 outline).
// A later promise whose search tied it to an annual plan's promise but to nothing of the five-year plan still
// continues that plan's commitment when the annual promise does: the annual plan restates the undertaking in the
// words of its own year, which the later report shares more of than the outline's. Such a promise gets the best
// five-year-plan origin of each of its annual origins, marked `via` the annual promise, scored as the weaker of the
// two links (a chain is as sure as its weakest step, so it never scores below the threshold both passed), after
// its own origins and within MAX_LINKS_PER_COMMITMENT. A promise with a direct origin in the five-year plan gets
// none: the direct search already read the plan for it. On the dev labels this added origins to 2 of the 62
// sentences, both right (优化项目审批流程… → 攻城拔寨 and 育苗行动… → 高成长型企业), and none to a sentence
// without an origin. Its shared entities and terms are the first step's (what the search found), but its targets
// are compared end to end, the later promise's against the plan commitment it is linked to. Pure; links stay
// inside the jurisdiction, since both steps do.
import type { DocumentRecord, Link, Target } from '../../src/model.js';
import { compareTargets } from './compareTargets.js';
import { isFiveYearPlan } from './jurisdictions.js';
import { MAX_LINKS_PER_COMMITMENT } from './linkDefaults.js';

/** The links to add to `links` (one jurisdiction's, each commitment's together and by rank); `targetsOf` gives
 * each commitment's targets. */
export function originsThroughAnnualPlans(
  links: readonly Link[],
  documentOf: ReadonlyMap<string, DocumentRecord>,
  targetsOf: ReadonlyMap<string, readonly Target[]>,
): Link[] {
  const originsOf = new Map<string, Link[]>();
  for (const link of links) {
    if (link.type !== 'ORIGINATES_FROM') continue;
    const list = originsOf.get(link.from);
    if (list === undefined) originsOf.set(link.from, [link]);
    else list.push(link);
  }
  const inPlan = (link: Link) => isFiveYearPlan(documentOf.get(link.to)!);
  const added: Link[] = [];
  for (const [from, own] of originsOf) {
    if (own.some(inPlan)) continue;
    const chained = new Map<string, { score: number; via: Link }>();
    for (const step of own) {
      // Only the annual promise's best origin in the plan: its second and third are alternatives for the
      // annual promise, and a further step away from the later one (of 10 such links on the corpus, 4 of the 5
      // best were right and 1 of the 5 others).
      const next = (originsOf.get(step.to) ?? []).filter(inPlan).sort((a, b) => a.rank - b.rank)[0];
      if (next === undefined) continue;
      const score = Math.min(step.score, next.score);
      const known = chained.get(next.to);
      if (known === undefined || score > known.score) chained.set(next.to, { score, via: step });
    }
    const best = [...chained].sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]));
    best.slice(0, Math.max(0, MAX_LINKS_PER_COMMITMENT - own.length)).forEach(([to, { score, via }], i) => {
      const targets = compareTargets('ORIGINATES_FROM', targetsOf.get(from) ?? [], targetsOf.get(to) ?? []);
      added.push({ type: 'ORIGINATES_FROM', from, to, score, rank: own.length + i + 1, evidence: { ...via.evidence, targets, via: via.to } });
    });
  }
  return added;
}
