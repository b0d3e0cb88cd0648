// One spelling per target indicator (indicators.ts): scope and framing words go, the measured thing stays whole.
import { describe, expect, it } from 'vitest';
import { indicatorKey } from '../../ingest/link/indicators.js';

describe('indicatorKey', () => {
  it('drops the scope and framing before an indicator and meets its traditional spelling', () => {
    expect(indicatorKey('全区地区生产总值增长')).toBe('地区生产总值增长');
    expect(indicatorKey('地区生产总值（GDP）年均增长')).toBe('地区生产总值增长');
    expect(indicatorKey('地區生產總值增長')).toBe('地区生产总值增长');
    expect(indicatorKey('区绿化覆盖率')).toBe('绿化覆盖率');
  });

  it('keeps 区 when it begins a word of the indicator', () => {
    expect(indicatorKey('区属国企资产规模')).toBe('区属国企资产规模');
    expect(indicatorKey('区域医联体')).toBe('区域医联体');
    expect(indicatorKey('区级一般公共预算收入')).toBe('区级一般公共预算收入');
  });
});
