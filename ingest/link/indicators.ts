// One spelling per target indicator, so that 全区地区生产总值增长, 地区生产总值（GDP）增长 and 地区生產總值增長 meet
// as one indicator across reports and years. Matching and series both key on this.
import { toMatchText } from '../normalize/matchText.js';

// A bare 区 is the district's scope (区绿化覆盖率, 区财政出资) unless it begins a word of its own: 区属国企, 区域医联体
// and 区级预算收入 would otherwise be shown, and matched, as 属国企…, 域医联体, 级…; likewise 年度 (年度计划) is one word.
const SCOPE_PREFIX = /^(全区|全年|本区|我区|区(?![属域级内外间划块别分])|实现|确保|力争|年均|年(?!度))+/;
// 年均 (a plan's yearly average) and a single year's figure measure the same thing: 年均增长6% ↔ 增长6%; a
// growth is year on year unless said otherwise (同比增长 ↔ 增长).
const NOISE = /[\s()（）“”"'、,，:：]|GDP|可比|同比|预计|年均|年平均|平均/gi;

// Conversion to simplified characters is slow next to everything else here, and indicators repeat a lot.
const keys = new Map<string, string>();

export function indicatorKey(indicator: string): string {
  let key = keys.get(indicator);
  if (key === undefined) {
    const plain = toMatchText(indicator).replace(NOISE, '').replace(SCOPE_PREFIX, '');
    key = plain === '' ? indicator : plain;
    keys.set(indicator, key);
  }
  return key;
}
