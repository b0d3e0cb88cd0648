// Statuses of plan commitments and target series, derived by the lineage stage from hand-written reports.
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAN_2021, PLAN_BACKGROUND, REPORT_2024, linkFixture, linkInput, loadTokenizer } from './linkFixtures.js';

beforeAll(loadTokenizer, 60_000);

describe('linkCommitments: statuses', () => {
  const input = linkInput([
    [PLAN_2021, [
      ...PLAN_BACKGROUND,
      { id: 'plan-museum', text: '建设花市博物馆,展示岭南花市文化。' },
      { id: 'plan-ring', text: '加快推进环岛路石岗路段建设。' },
      { id: 'plan-tower', text: '提升广州塔南广场商业能级。' },
      { id: 'plan-ferry', text: '开通珠江水上巴士琶洲码头航线。' },
    ]],
    [REPORT_2024, [
      { id: 'a23-museum', text: '花市博物馆建成开馆。', mode: 'achievement', year: 2023 },
      { id: 'a23-ring', text: '加快推进环岛路石岗路段施工。', mode: 'achievement', year: 2023 },
      { id: 'p24-tower', text: '力争广州塔南广场等商业载体投入运营。' },
    ]],
  ]);
  const status = (id: string) => linkFixture(input).statuses.find((s) => s.commitmentId === id);

  it('reported-done when an achievement says it is finished', () => {
    expect(status('plan-museum')).toEqual({ commitmentId: 'plan-museum', status: 'reported-done', evidenceIds: ['a23-museum'] });
  });
  it('reported-progress when an achievement reports work under way', () => {
    expect(status('plan-ring')).toEqual({ commitmentId: 'plan-ring', status: 'reported-progress', evidenceIds: ['a23-ring'] });
  });
  it('re-promised when a later promise originates from it', () => {
    expect(status('plan-tower')).toEqual({ commitmentId: 'plan-tower', status: 're-promised', evidenceIds: ['p24-tower'] });
  });
  it('no-later-mention when nothing later speaks of it', () => {
    expect(status('plan-ferry')).toEqual({ commitmentId: 'plan-ferry', status: 'no-later-mention', evidenceIds: [] });
  });
  it('gives a status to plan commitments and annual promises, never to achievements', () => {
    const ids = linkFixture(input).statuses.map((s) => s.commitmentId);
    expect(ids).toContain('p24-tower'); // the 2024 plan part is a plan too: nothing later mentions it yet
    expect(ids).not.toContain('a23-museum');
    expect(ids).not.toContain('a23-ring');
  });
});

describe('linkCommitments: target series', () => {
  it('orders the plan target, the reported actual and the year target of one indicator by year', () => {
    const gdp = (value: number, comparator: '~' | '=' | null) => ({ indicator: '地区生产总值增长', value, unit: '%', comparator });
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-gdp', text: '地区生产总值年均增长6%左右。', targets: [gdp(6, '~')] }]],
      [REPORT_2024, [
        { id: 'p24-gdp', text: '地区生产总值增长6%。', targets: [gdp(6, '=')] },
        { id: 'a23-gdp', text: '全区地区生产总值增长8.6%。', mode: 'achievement', year: 2023, targets: [{ ...gdp(8.6, null), indicator: '全区地区生产总值增长' }] },
      ]],
    ]);
    const { series } = linkFixture(input);
    expect(series).toHaveLength(1);
    expect(series[0]!.indicator).toBe('地区生产总值增长');
    expect(series[0]!.district).toBe('海珠区');
    expect(series[0]!.points.map((p) => [p.kind, p.year, p.value])).toEqual([
      ['plan-target', 2021, 6],
      ['reported-actual', 2023, 8.6],
      ['annual-target', 2024, 6],
    ]);
  });

  it("compares the two linked commitments' targets in the link's evidence: kept by a promise, met by a report", () => {
    const gdp = (value: number, comparator: '~' | '=' | null) => ({ indicator: '地区生产总值增长', value, unit: '%', comparator });
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-gdp', text: '地区生产总值年均增长6%左右。', targets: [{ ...gdp(6, '~'), indicator: '地区生产总值年均增长' }] }]],
      [REPORT_2024, [
        { id: 'p24-gdp', text: '地区生产总值增长6.5%。', targets: [gdp(6.5, '=')] },
        { id: 'a23-gdp', text: '全区地区生产总值增长5.5%。', mode: 'achievement', year: 2023, targets: [gdp(5.5, null)] },
      ]],
    ]);
    const { links } = linkFixture(input);
    const evidenceOf = (from: string) => links.find((l) => l.from === from && l.to === 'plan-gdp')?.evidence.targets;
    // The fixture's target words are whole sentences (linkFixtures.ts); the comparison keeps each side's own.
    expect(evidenceOf('p24-gdp')).toEqual([{ indicator: '地区生产总值增长', later: '地区生产总值增长6.5%。', earlier: '地区生产总值年均增长6%左右。', change: 'raised' }]);
    // 5.5% is more than 5% below 6%左右: not met.
    expect(evidenceOf('a23-gdp')).toEqual([{ indicator: '地区生产总值增长', later: '全区地区生产总值增长5.5%。', earlier: '地区生产总值年均增长6%左右。', change: 'not-met' }]);
  });

  it('builds series only on indicators that name a measure, and never mixes kinds of unit', () => {
    const t = (indicator: string, value: number, unit: string) => ({ indicator, value, unit, comparator: null });
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-malls', text: '新增大型商业综合体20家,面积20万平方米,增长5%。', targets: [t('大型商业综合体', 20, '家'), t('大型商业综合体', 20, '万平方米'), t('增长', 5, '%'), t('', 3, '倍')] }]],
      [REPORT_2024, [
        { id: 'a23-malls', text: '大型商业综合体达133家,增长8%。', mode: 'achievement', year: 2023, targets: [t('大型商业综合体', 133, '家'), t('增长', 8, '%'), t('', 2, '倍')] },
      ]],
    ]);
    const { series } = linkFixture(input);
    expect(series.map((s) => [s.indicator, s.measure, s.points.map((p) => p.value)])).toEqual([['大型商业综合体', 'count', [20, 133]]]);
  });
});

