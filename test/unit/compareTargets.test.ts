// Shared or changed targets in a link's evidence (compareTargets.ts), on hand-written targets.
import { describe, expect, it } from 'vitest';
import { compareTargets } from '../../ingest/link/compareTargets.js';
import type { Comparator, Target } from '../../src/model.js';

const target = (indicator: string, value: number, unit: string, comparator: Comparator | null, text: string): Target => ({ indicator, value, unit, comparator, text, start: 0, end: 0 });

describe('compareTargets', () => {
  const plan = target('地区生产总值年均增长', 6, '%', '~', '6%左右');

  it('says whether a promise keeps, raises or lowers its origin’s figure, matching the indicator across wordings', () => {
    expect(compareTargets('ORIGINATES_FROM', [target('地区生产总值增长', 6, '%', '=', '6%')], [plan])).toEqual([
      { indicator: '地区生产总值增长', later: '6%', earlier: '6%左右', change: 'same' },
    ]);
    expect(compareTargets('ORIGINATES_FROM', [target('全区地区生产总值增长', 7, '%', '=', '7%')], [plan])[0]!.change).toBe('raised');
    // A traditional-character origin meets its simplified promise.
    expect(compareTargets('ORIGINATES_FROM', [target('城镇新增就业', 1.5, '万人', '>=', '1.5万人')], [target('城鎮新增就業', 1.8, '万人', '=', '1.8萬人')])[0]!.change).toBe('lowered');
  });

  it('says whether a reported figure meets the promise: a ceiling from below, an approximate figure within 5%', () => {
    expect(compareTargets('REPORTS_ON', [target('地区生产总值增长', 8.6, '%', null, '8.6%')], [plan])[0]!.change).toBe('met');
    expect(compareTargets('REPORTS_ON', [target('地区生产总值增长', 5.8, '%', null, '5.8%')], [plan])[0]!.change).toBe('met');
    expect(compareTargets('REPORTS_ON', [target('地区生产总值增长', 5.6, '%', null, '5.6%')], [plan])[0]!.change).toBe('not-met');
    const ceiling = target('城镇登记失业率', 3.5, '%', '<=', '控制在3.5%以内');
    expect(compareTargets('REPORTS_ON', [target('城镇登记失业率', 2.9, '%', null, '2.9%')], [ceiling])[0]!.change).toBe('met');
    expect(compareTargets('REPORTS_ON', [target('城镇登记失业率', 3.6, '%', null, '3.6%')], [ceiling])[0]!.change).toBe('not-met');
  });

  it('names but does not compare figures in different units, and leaves out other indicators', () => {
    expect(compareTargets('REPORTS_ON', [target('物流园', 17, '家', '=', '17家')], [target('物流园', 4, '个', '=', '4个')])).toEqual([
      { indicator: '物流园', later: '17家', earlier: '4个', change: 'other-unit' },
    ]);
    expect(compareTargets('ORIGINATES_FROM', [target('固定资产投资增长', 8, '%', '=', '8%')], [plan])).toEqual([]);
  });
});
