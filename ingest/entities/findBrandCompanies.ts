// Companies named by a brand and their trade (致景科技, 德擎光学): a word jieba does not know, then the word for what
// the company does. No ending of the suffix rules marks them, and the trade word alone (科技, 电子) is common, so
// only an unknown word of two or three characters may stand before it (数字科技, 生物医药 are fields: jieba knows
// 数字 and 生物), and the name must end there: the clause goes on with a verb or a mark (致景科技建立…, 德擎光学、…),
// not with another noun (…科技园, …科技创新, which are other names or fields).
import { nameKey, type Candidate } from './candidates.js';
import type { Token } from './jiebaTokens.js';
import type { Lexicon } from './lexicon.js';

/** The trades a company is commonly named for. Not 智能, 生物, 网络 or 物流: after a new word they more often name a
 * field (类脑智能, 冷链物流) than a firm. */
const TRADES = new Set(['科技', '电子', '光学', '医药', '传媒', '软件', '数码', '通信', '互娱', '美妆', '中药']);
const BRAND_LENGTH = /^\p{Script=Han}{2,3}$/u;
/** What may follow the name: a verb (a clause goes on), a particle or conjunction, or punctuation (not the tag x,
 * which jieba gives to new words too: 德擎光学芯谷 is another name). */
const AFTER_NAME = /^(?:v|vn|vd|u|uj|ul|c|p|d)$/;
const PUNCTUATION = /^[\p{P}\s]+$/u;

export function findBrandCompanies(tokens: readonly Token[], lexicon: Lexicon): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const brand = tokens[i]!;
    const trade = tokens[i + 1]!;
    if (brand.tag !== 'x' || !BRAND_LENGTH.test(brand.word) || lexicon.byName.has(brand.word) || !TRADES.has(trade.word)) continue;
    const next = tokens[i + 2];
    if (next !== undefined && !(PUNCTUATION.test(next.word) || AFTER_NAME.test(next.tag))) continue;
    const key = nameKey(brand.word + trade.word);
    found.push({ start: brand.start, end: trade.end, type: 'Organization', key, canonical: key, global: false, source: 'suffix' });
  }
  return found;
}
