// Origins reached through an intermediate annual plan: which later promises get them, scored and ranked how,
// and marked with the promise they pass through.
import { describe, expect, it } from 'vitest';
import { originsThroughAnnualPlans } from '../../ingest/link/originsThroughAnnualPlans.js';
import type { DocumentRecord, Link, Target } from '../../src/model.js';
import { ANNUAL_2022, PLAN_2021, REPORT_2024 } from './linkFixtures.js';

const origin = (from: string, to: string, score: number, rank: number, sharedTerms: string[] = []): Link => ({
  type: 'ORIGINATES_FROM', from, to, score, rank, evidence: { sharedEntities: [], sharedTerms, sharedIndicators: [] },
});

const documentOf = new Map<string, DocumentRecord>([
  ...['plan-a', 'plan-b', 'plan-c', 'plan-d'].map((id) => [id, PLAN_2021] as [string, DocumentRecord]),
  ...['p22-a', 'p22-b'].map((id) => [id, ANNUAL_2022] as [string, DocumentRecord]),
  ...['p24-a', 'p24-b', 'p24-c', 'p24-d'].map((id) => [id, REPORT_2024] as [string, DocumentRecord]),
]);

const noTargets = new Map<string, Target[]>();

describe('originsThroughAnnualPlans', () => {
  const links = [
    origin('p22-a', 'plan-a', 0.9, 1),
    origin('p22-a', 'plan-b', 0.7, 2),
    origin('p22-a', 'plan-c', 0.65, 3),
    origin('p22-b', 'plan-d', 0.8, 1),
    // Tied to the annual plan only: continues the plan through it.
    origin('p24-a', 'p22-a', 0.8, 1, ['环岛路']),
    // Has a direct origin in the plan: the search already read the plan for it.
    origin('p24-b', 'p22-b', 0.9, 1),
    origin('p24-b', 'plan-c', 0.62, 2),
    // A claim is no promise: REPORTS_ON never chains.
    { ...origin('p24-c', 'p22-b', 0.9, 1), type: 'REPORTS_ON' as const },
    // Two annual origins leave room for one more origin: the better chain.
    origin('p24-d', 'p22-b', 0.75, 1),
    origin('p24-d', 'p22-a', 0.7, 2),
  ];
  const via = (from: string, to: string, score: number, rank: number, through: string, sharedTerms: string[] = []) => {
    const link = origin(from, to, score, rank, sharedTerms);
    return { ...link, evidence: { ...link.evidence, targets: [], via: through } };
  };

  it("gives a promise tied only to an annual plan that plan promise's best origin, via it, after its own and within three", () => {
    expect(originsThroughAnnualPlans(links, documentOf, noTargets)).toEqual([
      via('p24-a', 'plan-a', 0.8, 2, 'p22-a', ['环岛路']),
      via('p24-d', 'plan-d', 0.75, 3, 'p22-b'),
    ]);
  });

  it('scores a chain as its weaker link, so it never falls below a threshold both links passed', () => {
    for (const link of originsThroughAnnualPlans(links, documentOf, noTargets)) {
      const first = links.find((l) => l.from === link.from && l.to === link.evidence.via)!;
      const second = links.find((l) => l.from === link.evidence.via && l.to === link.to)!;
      expect(link.score).toBe(Math.min(first.score, second.score));
    }
  });

  it("compares the later promise's targets with the plan origin's, not with the annual promise's it passed through", () => {
    const jobs = (value: number, text: string): Target => ({ indicator: '城镇新增就业', value, unit: '万人', comparator: null, text, start: 0, end: 0 });
    const targetsOf = new Map([['p24-a', [jobs(2, '2万人')]], ['p22-a', [jobs(1.8, '1.8万人')]], ['plan-a', [jobs(2, '2万人')]]]);
    const [chained] = originsThroughAnnualPlans(links, documentOf, targetsOf);
    expect(chained!.to).toBe('plan-a');
    expect(chained!.evidence.targets).toEqual([{ indicator: '城镇新增就业', later: '2万人', earlier: '2万人', change: 'same' }]);
  });

  it('adds nothing when no annual promise has an origin in the plan', () => {
    expect(originsThroughAnnualPlans([origin('p24-a', 'p22-a', 0.8, 1)], documentOf, noTargets)).toEqual([]);
  });
});
