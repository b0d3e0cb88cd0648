// Origins reached through an intermediate annual plan: which later promises get them, scored and ranked how,
// and marked with the promise they pass through.
import { describe, expect, it } from 'vitest';
import { originsThroughAnnualPlans } from '../../ingest/link/originsThroughAnnualPlans.js';
import type { DocumentRecord, Link } from '../../src/model.js';
import { ANNUAL_2022, PLAN_2021, REPORT_2024 } from './linkFixtures.js';

const origin = (from: string, to: string, score: number, rank: number, sharedTerms: string[] = []): Link => ({
  type: 'ORIGINATES_FROM', from, to, score, rank, evidence: { sharedEntities: [], sharedTerms, sharedIndicators: [] },
});

const documentOf = new Map<string, DocumentRecord>([
  ...['plan-a', 'plan-b', 'plan-c', 'plan-d'].map((id) => [id, PLAN_2021] as [string, DocumentRecord]),
  ...['p22-a', 'p22-b'].map((id) => [id, ANNUAL_2022] as [string, DocumentRecord]),
  ...['p24-a', 'p24-b', 'p24-c', 'p24-d'].map((id) => [id, REPORT_2024] as [string, DocumentRecord]),
]);

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
    return { ...link, evidence: { ...link.evidence, via: through } };
  };

  it("gives a promise tied only to an annual plan that plan promise's best origin, via it, after its own and within three", () => {
    expect(originsThroughAnnualPlans(links, documentOf)).toEqual([
      via('p24-a', 'plan-a', 0.8, 2, 'p22-a', ['环岛路']),
      via('p24-d', 'plan-d', 0.75, 3, 'p22-b'),
    ]);
  });

  it('scores a chain as its weaker link, so it never falls below a threshold both links passed', () => {
    for (const link of originsThroughAnnualPlans(links, documentOf)) {
      const first = links.find((l) => l.from === link.from && l.to === link.evidence.via)!;
      const second = links.find((l) => l.from === link.evidence.via && l.to === link.to)!;
      expect(link.score).toBe(Math.min(first.score, second.score));
    }
  });

  it('adds nothing when no annual promise has an origin in the plan', () => {
    expect(originsThroughAnnualPlans([origin('p24-a', 'p22-a', 0.8, 1)], documentOf)).toEqual([]);
  });
});
