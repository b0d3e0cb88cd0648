// The linker links one jurisdiction at a time and then puts links, statuses and series back in the order of the
// commitments. Linking a corpus of two districts whose documents interleave must therefore give exactly what
// linking each district alone gives, merged in commitment order.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Commitment, Link, StatusRecord } from '../../src/model.js';
import type { LinkInput } from '../../ingest/link/linkCommitments.js';
import { documentRecord, linkFixture, linkInput, loadTokenizer, PLAN_BACKGROUND } from './linkFixtures.js';

beforeAll(loadTokenizer, 60_000);

const gdp = (value: number) => ({ indicator: '地区生产总值增长', value, unit: '%', comparator: '~' as const });

// Ids chosen so that the two districts' documents alternate in the order commitments are linked in (by document id).
const HAIZHU_PLAN = documentRecord('d1-haizhu-plan', { kind: 'five-year-plan', year: 2021, period: { from: 2021, to: 2025 } });
const LIWAN_PLAN = documentRecord('d2-liwan-plan', { kind: 'five-year-plan', district: '荔湾区', year: 2021, period: { from: 2021, to: 2025 } });
const HAIZHU_REPORT = documentRecord('d3-haizhu-report', { kind: 'work-report', year: 2024, reviewYear: 2023 });
const LIWAN_REPORT = documentRecord('d4-liwan-report', { kind: 'work-report', district: '荔湾区', year: 2024, reviewYear: 2023 });

function twoDistricts(): LinkInput {
  const background = (prefix: string) => PLAN_BACKGROUND.map((c) => ({ ...c, id: `${prefix}-${c.id}` }));
  return linkInput([
    [HAIZHU_PLAN, [
      ...background('hz'),
      { id: 'hz-plan-ring', text: '加快推进环岛路沙渡路段建设,实现环岛路全线贯通。' },
      { id: 'hz-plan-museum', text: '建设花市博物馆,展示岭南花市文化。' },
      { id: 'hz-plan-gdp', text: '地区生产总值年均增长6%左右。', targets: [gdp(6)] },
    ]],
    [LIWAN_PLAN, [
      ...background('lw'),
      { id: 'lw-plan-ring', text: '加快推进环岛路沙渡路段建设,实现环岛路全线贯通。' },
      { id: 'lw-plan-tower', text: '提升广州塔南广场商业能级。' },
      { id: 'lw-plan-gdp', text: '地区生产总值年均增长6.5%左右。', targets: [gdp(6.5)] },
    ]],
    [HAIZHU_REPORT, [
      { id: 'hz-a23-museum', text: '花市博物馆建成开馆。', mode: 'achievement', year: 2023 },
      { id: 'hz-p24-ring', text: '力争拉通环岛路沙渡路段,实现环岛路全线贯通。' },
      { id: 'hz-p24-gdp', text: '地区生产总值增长6%。', targets: [gdp(6)] },
    ]],
    [LIWAN_REPORT, [
      { id: 'lw-p24-ring', text: '力争拉通环岛路沙渡路段,实现环岛路全线贯通。' },
      { id: 'lw-p24-tower', text: '力争广州塔南广场等商业载体投入运营。' },
      { id: 'lw-p24-gdp', text: '地区生产总值增长6.5%。', targets: [gdp(6.5)] },
    ]],
  ]);
}

/** The part of `input` in one district. */
function districtPart(input: LinkInput, district: string): LinkInput {
  const documents = input.documents.filter((d) => d.district === district);
  const ids = new Set(documents.map((d) => d.id));
  return { ...input, documents, commitments: input.commitments.filter((c) => ids.has(c.documentId)) };
}

describe('linkCommitments: one jurisdiction at a time', () => {
  it('gives what linking each district alone gives, in the order of the commitments', () => {
    const input = twoDistricts();
    const whole = linkFixture(input);
    const haizhu = linkFixture(districtPart(input, '海珠区'));
    const liwan = linkFixture(districtPart(input, '荔湾区'));
    // The fixture must exercise every output in both districts, or the comparison below proves little.
    for (const part of [haizhu, liwan]) {
      expect(part.links.length).toBeGreaterThan(0);
      expect(part.statuses.length).toBeGreaterThan(0);
      expect(part.series.length).toBe(1);
    }
    const order = (commitments: Commitment[]) => {
      const sorted = [...commitments].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start);
      return new Map(sorted.map((c, i) => [c.id, i]));
    };
    const position = order(input.commitments);
    const byFrom = (x: Link, y: Link) => position.get(x.from)! - position.get(y.from)! || x.rank - y.rank;
    const byCommitment = (x: StatusRecord, y: StatusRecord) => position.get(x.commitmentId)! - position.get(y.commitmentId)!;
    expect(whole.links).toEqual([...haizhu.links, ...liwan.links].sort(byFrom));
    expect(whole.statuses).toEqual([...haizhu.statuses, ...liwan.statuses].sort(byCommitment));
    expect(whole.series.map((s) => s.district).sort()).toEqual(['海珠区', '荔湾区']);
    expect(whole.series).toEqual(expect.arrayContaining([...haizhu.series, ...liwan.series]));
    // Both districts' statuses really interleave: the merge is not a plain concatenation.
    expect(whole.statuses.map((s) => s.commitmentId.slice(0, 2))).not.toEqual([...haizhu.statuses, ...liwan.statuses].map((s) => s.commitmentId.slice(0, 2)));
  });
});
