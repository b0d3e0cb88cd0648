// Finds the quantities a clause names (超20个, 300亿元以上, 增长6%左右) with unit, comparator and the
// indicator they measure. Reads match text (half-width digits, simplified), returns offsets into the original.
import type { Comparator, Target } from '../../src/model.js';
import { ACTION_VERBS } from './cueWords.js';

// Units of counts: the counted thing usually follows the number ("推动2条轨道交通").
// 人 is no unit of 人口 (14.21万人口全部清零): the 口 would start the indicator.
const COUNT_UNITS = '个|条|座|所|家|项|宗|套|间|张|辆|台|场|次|届|支|批|类|件|栋|幢|处|户|人次|人(?!口)|名|位|头只|头|只|口|棵|株|期|款|部|篇|本|门';
// Units of measures: the measured thing precedes the number ("地区生产总值增长6%").
// Power is written in Latin letters too, in any case (200MW, 1.5GW, 45gw). A voltage (500千伏) is no unit: it
// specifies equipment (500千伏海珠输变电工程), it is never what is promised.
const MEASURE_UNITS = '个百分点|百分点|个月|个工作日|工作日|%|‰|亿美元|万美元|美元|亿元|万元|千元|元|平方公里|万平方米|平方米|公顷|万亩|亩|公里|千米|米|万吨|吨|斤|万千瓦时|千瓦时|万千瓦|千瓦|兆瓦|吉瓦|[MmGgKk][Ww]|标箱|倍|天|小时|分钟|岁|床|张床位|微克|毫克';
/** A rate's denominator after its unit (70亿元/平方公里, 650元/月, 35微克/立方米): part of the unit. */
const PER = '(?:/(?:平方公里|平方米|立方米|亩|人|户|年|月|日|天|小时|千克|公斤|吨|床))?';
const SCALE = '(?:万|亿|千|百)?';
// 万亿 is one scale of a measure (粮食产量1.39万亿斤), never of a count (1万亿|支农支小: 支 starts the next words).
const MEASURE_SCALE = '(?:万亿|万|亿|千|百)?';
const QUANTITY = new RegExp(
  `(超过|超|不低于|不少于|不超过|突破|达到|达|约|接近|近|逾)?\\s*((?<![\\d.])[-−]\\s*)?(\\d+(?:\\.\\d+)?|(?<![一二两三四五六七八九十百千万亿数几上成多])[一二两三四五六七八九]?[百千](?=[万亿](?:${MEASURE_UNITS})))\\s*(余|多)?(${MEASURE_SCALE}(?:${MEASURE_UNITS})${PER}|${SCALE}(?:${COUNT_UNITS}))(余|多)?(以上|及以上|以内|以下|左右|内)?`,
  'g',
);
/** Two units measure the same kind of quantity when they differ only in scale (万元 and 亿元, 个 and 万个). */
function sameMeasure(a: string, b: string): boolean {
  const base = (u: string) => u.replace(/^(?:万亿|万|亿|千|百)/, '');
  return base(a) === base(b);
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** A number in digits, or a round amount in Chinese numerals before 万 or 亿 (千亿元, 两千亿元, 百万元): milestones
 * reports write that way (规上工业总产值突破千亿元). */
function numberOf(digits: string): number {
  if (/^[\d.]+$/.test(digits)) return Number(digits);
  const multiple = CN_DIGIT[digits[0]!] ?? 1;
  return multiple * (digits.endsWith('千') ? 1000 : 100);
}
const MEASURE_UNIT = new RegExp(`^${MEASURE_SCALE}(?:${MEASURE_UNITS})${PER}$`);
/** A unit of counted things (个, 家, 万人 …). */
export const COUNT_UNIT = new RegExp(`^(?:${SCALE})(?:${COUNT_UNITS})$`);

const INDICATOR_STOP = /[,，、；;:：。!！?？()（）《》]/;
// Words around an indicator that are framing, not the measured thing: adverbs, scope, the body that leads the work
// (县发改局牵头完成…), estimates (财政收入预计实现…).
const INDICATOR_NOISE = /^(?:[\u4e00-\u9fff]{2,12}?(?:牵头|负责)|年内|年(?!度|均)|全年|全力|大力|积极|持续|按照|根据|今年|全区|我区|全市|全县|我县|全省|全镇|特别是|尤其是|带动|可比|力争|确保|实现|完成|累计|同比|共|新增了?|达到|达|约|其中|分别|以上|预计|计划|推动|推进|加快|打造|建成|建设|启动|开展|举办|吸引|将)+|(?:达到|达|超过|超|约|接近|近|实现|共计|合计|累计|分别|控制在|保持在|稳定在|从|由|预计|预期|首次|连续|(?:增|增加|增长|提升|提高|缩短|压缩|压减|降低|下降|减少|降)[至到])+$/g;
// Not a ranking's number (世界500强): that is part of the name.
// Digits in an indicator are another figure's, unless a ranking's (500强) or a code's with Latin letters (PM2.5, 5G).
const DIGITS = /(?<![A-Za-z\d.])[\d.]+(?![\d.]*强|[\d.]*[A-Za-z])/g;
/** A code of Latin letters and digits (PM2.5, PM10) ending where a phrase read backwards meets a digit. */
const CODE_BEFORE = /[A-Za-z]+[\d.]*\d$/;
/** The digits opening a code whose letters start the phrase (5|G基站). */
const CODE_DIGITS_BEFORE = /\d+$/;
// A counted thing is often followed by what will happen to it ("7个规划路段通车"): not part of the indicator.
const TRAILING_ACTION = /(通车|开工|建设|改造|建成|征收|投用|投入使用|投入运营|启用|投产|竣工|落地|参赛|升级)$/;

// The whole phrase before a number when it is only the tail of the previous quantity (710亿元的|89.4%).
const UNIT_REMAINDER = new RegExp(`^(?:${SCALE}(?:${MEASURE_UNITS}))+的$`);
// Indicators derived from a base one (below), stripped to find the base again.
const DERIVED = /(?:年计划|完成率|增长|下降|增加|减少|提高|降低|净增)$/;

// Verbs of holding a line (守牢155.1万亩耕地红线): the measured thing follows them, as it follows an action verb.
const HOLDING_VERBS = new Set(['守牢', '守住', '坚守', '稳住', '保持', '守好']);

// Between a starting value and the value reached (…亿元增长到|2086.93亿元, 由…提高到|…, 由…提升为|…).
const REACHED = new RegExp(`^(?:${SCALE}(?:${MEASURE_UNITS}|${COUNT_UNITS})${PER})?(?:(?:增长|提高|提升|增加|增|下降|降低|减少|扩大|扩展|拓展|缩小|延长|上升|跃升|攀升)?(?:到|至)|(?:增长|提高|提升|增加|下降|降低|减少|扩大|上升)为)$`);
// A value and a list mark right before a number (29092元、|17191元): the number is listed after that value.
const LISTED_AFTER_VALUE = /\d\s*\S{1,4}[、和及]\s*$/;
// A span of years written out (三年, 五年), alone or ending an indicator.
const HORIZON = /^[一二三四五六七八九十两]+年$/;
const HORIZON_END = /[一二三四五六七八九十两]+年$/;
// A figure in parentheses after another government's scope (高于全国(6.1%)、全省(6.2%)) is that government's, a
// benchmark the report compares itself with, not one of its own targets or results.
const BENCHMARK_SCOPE = /(?:全国|全省|全市|全区|全县|全州|全球|同期|省|市|县)(?:平均)?(?:水平)?\s*\(\s*-?\s*$/;
// A number inside quotation marks belongs to a name or slogan (“24小时不打烊”政务服务, “1+N”政策), not a target.
const QUOTED_NAME = /[“"][^“”"]{1,24}[”"]/g;
// 分别 pairs the values after it, in order, with the things named before it (A、B分别达X、Y; A X、B Y,分别增长p、q).
const RESPECTIVELY = '分别';
const CHANGE_WORD = /增长|下降|增加|减少|提高|提升|降低/;
// A yearly average (分别年均增长8.35%、9.84%) is another measure than one year's change: it stays in the indicator.
const AVERAGED_CHANGE = new RegExp(`(?:年均|年平均)?(?:${CHANGE_WORD.source})`);
const LIST_SEPARATOR = /[、和及与]/;
/** How far back the names a 分别 pairs may reach: four trades' names (规下工业、租赁和商务服务业、…) run past 24. */
const LIST_REACH = 64;
// A phrase that is only a change word (,增长4.2%、6.7%): what changes is what the phrase before named.
const NEXT_CHANGE = new RegExp(`^(?:同比|分别)?(${CHANGE_WORD.source})$`);
// A compound naming two parts at once (城乡居民人均可支配收入分别增长4.8%、7.2%: the urban figure, then the rural
// one, as statistics reports always order them) before 分别 with as many values.
const PAIRED_PARTS: Readonly<Record<string, readonly string[]>> = { 城乡: ['城镇', '农村'] };
// Names in a list may share the last one's tail (城镇和农村居民人均可支配收入: 城镇 is 城镇居民人均可支配收入): a
// name this short, of the length of the last name's first word, takes that tail.
const SHORT_LIST_NAME = 3;

/**
 * Targets of a clause: `m` is the document's match text, `text` the original, [start, end) the clause.
 * `earlier` holds the indicators of the sentence's previous clauses, in order: a clause that starts with no subject
 * of its own (…地区生产总值635亿元,完成年计划710亿元的89.4%,增长2.0%) measures the last of them, and values after
 * 分别 measure the last few.
 */
export function extractTargets(m: string, text: string, start: number, end: number, earlier: readonly string[] = []): Target[] {
  const clause = m.slice(start, end);
  const subject = earlier.at(-1) ?? null;
  const targets: Target[] = [];
  const quoted = [...clause.matchAll(QUOTED_NAME)].map((q) => [q.index, q.index + q[0].length] as const);
  // The last class threshold met (500|万元以上): the indicator after it names a class of things that begins with it.
  let threshold: { number: string; tail: string } | null = null;
  QUANTITY.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = QUANTITY.exec(clause))) {
    // 余/多 may stand before the unit (2500余公里) or after it (20个多): either way, more than the number.
    // A minus sign not between two numbers (增长-6%, not 10-15分钟) makes the value negative.
    const [whole, prefix, minus, digits, moreBefore, unit, moreAfter, suffix] = found;
    const more = moreBefore ?? moreAfter;
    // Spaces between a comparator word and the number ("超 47 亿元") stay inside; leading ones do not.
    const at = found.index + (whole.length - whole.trimStart().length);
    // A number glued to a year or date ("2024年", "1月") is not a quantity; the regex never takes 年/月/日.
    const before = clause.slice(0, at);
    const value = (minus ? -1 : 1) * numberOf(digits!);
    // 第4位, 第3名: a rank is an ordinal, not a quantity.
    if (!Number.isFinite(value) || BENCHMARK_SCOPE.test(before) || /第\s*$/.test(before)) continue;
    if (quoted.some(([from, to]) => at > from && at < to)) continue;
    // 500万元以上固定资产投资, 亿元以上项目: an amount with 以上 before a noun names a class of things, not a target.
    if ((suffix === '以上' || suffix === '以下') && MEASURE_UNIT.test(unit!) && !/%|百分点/.test(unit!) && /^的?[\u4e00-\u9fff]/.test(clause.slice(found.index + whole.length))) {
      threshold = { number: `${minus ? '-' : ''}${digits}`, tail: `${unit}${suffix}` };
      continue;
    }
    const comparator = comparatorOf(prefix, more, suffix, before);
    let indicator = indicatorOf(clause, at, found.index + whole.length, unit!, targets.at(-1) ?? null, subject);
    if (threshold !== null && indicator.startsWith(threshold.tail)) indicator = threshold.number + indicator;
    threshold = null;
    const tStart = start + at;
    const tEnd = start + found.index + whole.length;
    targets.push({ indicator, value, unit: unit!, comparator, start: tStart, end: tEnd, text: text.slice(tStart, tEnd) });
  }
  // Each 分别 of the clause in turn (…分别完成投资29.97亿元、76.88亿元,分别占年度计划111.08%、110.78%).
  let paired = targets;
  for (let at = clause.indexOf(RESPECTIVELY); at !== -1; at = clause.indexOf(RESPECTIVELY, at + 1)) paired = respectively(clause, at, start, paired, earlier);
  return paired;
}

/**
 * The values after 分别 measure, in order, the names listed right before it when there are as many
 * (发明专利申请量、授权量分别达3482件、937件), else the indicators of the quantities before it (this clause's,
 * then the sentence's: 营收3668亿元、企业数量3.2万家,分别增长23%和13.5%), with the change word after 分别.
 */
function respectively(clause: string, at: number, start: number, targets: Target[], earlier: readonly string[]): Target[] {
  // Its values follow in the same phrase (分别增长23%和13.5%); a 分别 whose phrase holds none pairs names with words.
  const phraseEnd = clause.slice(at).search(/[,;:。!?]/);
  const limit = phraseEnd === -1 ? clause.length : at + phraseEnd;
  const after = targets.filter((t) => t.start - start > at && t.start - start < limit);
  if (after.length < 2) return targets;
  const lead = clause.slice(at + RESPECTIVELY.length, after[0]!.start - start);
  // What the values measure of each name: a change (增长), or what the words after 分别 name (完成投资: 投资).
  const change = AVERAGED_CHANGE.exec(lead)?.[0] ?? clean(lead).replace(/^(?:为|是)$/, '');
  const names = listedNames(phrase(clause, at, -1, LIST_SEPARATOR, LIST_REACH), after.length);
  let indicators: string[];
  if (names !== null) indicators = names.map((n) => n + change);
  else {
    const before = [...earlier, ...targets.filter((t) => t.start - start < at).map((t) => t.indicator)].slice(-after.length);
    if (before.length < after.length || before.some((i) => i === '')) return targets;
    indicators = before.map((i) => i.replace(DERIVED, '') + change);
  }
  // A comparator after the last of the listed values (分别增长7%、8%左右) qualifies all of them.
  const shared = after.at(-1)!.comparator;
  const listedOnly = after.every((t, i) => i === 0 || /^\s*[、和及]\s*$/.test(clause.slice(after[i - 1]!.end - start, t.start - start)));
  const comparatorOf = (t: Target) => (listedOnly && t.comparator === '=' ? shared : t.comparator);
  const paired = new Map(after.map((t, i) => [t, indicators[i]!]));
  // The next phrase may give as many changes of the same things (…分别达49433元、26932元,增长4.2%、6.7%).
  const nextEnd = clause.slice(limit + 1).search(/[,;:。!?]/);
  const nextLimit = nextEnd === -1 ? clause.length : limit + 1 + nextEnd;
  const next = targets.filter((t) => t.start - start > limit && t.start - start < nextLimit);
  const nextChange = next.length === after.length ? NEXT_CHANGE.exec(clean(clause.slice(limit + 1, next[0]!.start - start))) : null;
  if (nextChange) next.forEach((t, i) => paired.set(t, indicators[i]!.replace(DERIVED, '') + nextChange[1]));
  return targets.map((t) => {
    const indicator = paired.get(t);
    if (indicator === undefined) return t;
    return after.includes(t) ? { ...t, indicator, comparator: comparatorOf(t) } : { ...t, indicator };
  });
}

/** The names a 分别 pairs `count` values with, from the phrase before it: a list of as many, its short names
 * completed with the last one's tail, or one name of two parts (PAIRED_PARTS); null when it names no such list. */
function listedNames(before: string, count: number): string[] | null {
  // 和 may join words inside one name (软件和信息服务业): names listed with 、 are whole as written.
  const byMark = before.split('、').map(clean);
  if (byMark.length === count && count > 1 && byMark.every((n) => n.length >= 2)) return byMark;
  const names = before.split(LIST_SEPARATOR).map(clean);
  if (names.length === count && names.every((n) => n.length >= 2)) {
    const last = names.at(-1)!;
    return names.map((n, i) => (i < names.length - 1 && n.length <= SHORT_LIST_NAME && last.length > 2 * n.length ? n + last.slice(n.length) : n));
  }
  if (names.length !== 1) return null;
  const [name] = names as [string];
  const compound = Object.keys(PAIRED_PARTS).find((c) => name.startsWith(c));
  const parts = compound === undefined ? undefined : PAIRED_PARTS[compound];
  if (parts?.length === count) return parts.map((p) => p + name.slice(compound!.length));
  return null;
}

function comparatorOf(prefix: string | undefined, more: string | undefined, suffix: string | undefined, before: string): Comparator | null {
  if (suffix === '左右' || prefix === '约' || prefix === '近' || prefix === '接近') return '~';
  if (suffix === '以内' || suffix === '以下' || suffix === '内' || prefix === '不超过' || /控制在$/.test(before)) return '<=';
  if (suffix === '以上' || suffix === '及以上' || more || prefix === '超过' || prefix === '超' || prefix === '不低于' || prefix === '不少于' || prefix === '突破' || prefix === '逾') return '>=';
  if (prefix === '达到' || prefix === '达') return '=';
  // 力争 sets a floor for the quantities of its own phrase (up to the previous comma).
  if (/力争[^,，;；]*$/.test(before)) return '>=';
  return '=';
}

function indicatorOf(clause: string, qStart: number, qEnd: number, unit: string, previousTarget: Target | null, subject: string | null): string {
  const previous = previousTarget?.indicator ?? null;
  // What follows 分别 is what is said of the counted things, not part of them (61个市重点项目分别完成投资…).
  const after = clean(phrase(clause, qEnd, 1).split(RESPECTIVELY)[0]!).replace(TRAILING_ACTION, '');
  // …由5家增加至8家: a change to another value follows, not the counted thing.
  if (COUNT_UNIT.test(unit) && after.length >= 2 && !REACHED.test(after)) return after;
  // 从2015年的1405.4亿元: the phrase before a base year's value is the one before the year.
  const yearBefore = /\d{4}\s*年的?\s*$/.exec(clause.slice(0, qStart));
  const raw = qualifiedPhrase(clause, qStart - (yearBefore?.[0].length ?? 0));
  // "从1405.4亿元增长到2086.93亿元": the value reached measures what the value it started from does.
  if (previous !== null && REACHED.test(raw.trim())) return previous;
  // "收入完成29092元、17191元": a value listed right after another measures the same thing.
  if (raw.trim() === '' && previous !== null && sameMeasure(previousTarget!.unit, unit) && LISTED_AFTER_VALUE.test(clause.slice(0, qStart))) return previous;
  // "固定资产投资完成36.3亿元": the verb between the indicator and its value is not what is measured.
  const before = clean(raw).replace(/(?:均|基本|全部|已经?)?完成$/, '');
  const base = (previous ?? subject)?.replace(DERIVED, '') || null;
  // "…收入54.67亿元,增长1.1%": a bare change word measures the previous indicator.
  // 年均增长 stays average annual growth: a plan's rate over its period, not one year's.
  if (/^(可比|同比|年均)?(增长|下降|增加|减少|提高|降低|净增)$/.test(before) && base) return `${base}${before.replace(/^(可比|同比)/, '')}`;
  if (base !== null) {
    // "…增长5.2%,高于全国增速2.5个百分点", "…塌目标1.8个百分点": how far it is from another government's or its own.
    if (/^(?:高于|低于|超过|超出|快于|慢于|落后于?|塌)(?:全国|全省|全市|全州|年度|年初)?(?:平均)?(?:增速|水平|目标|预期目标|计划目标|计划)$/.test(before)) return `${previous ?? subject}${before}`;
    // "大型商业综合体达133.6万平方米,是2015年的3倍": the figure just named as a multiple of a base year's.
    const baseYear = /(?:是|为|相当于)\s*(\d{4})\s*年的?\s*$/.exec(clause.slice(0, qStart));
    if (baseYear && unit === '倍') return `${previous ?? subject}(${baseYear[1]}年的倍数)`;
    // "新增6家专业市场转型疏解,累计达30家": the running total of what was just counted.
    if (before === '' && /累计(?:达到?|共)?\s*$/.test(raw) && clean(phrase(clause, qEnd, 1)) === '') return `${base}累计`;
    // "完成年计划710亿元": the year's planned value of the indicator the sentence is about.
    if (before === '' && /计划$/.test(raw)) return `${base}年计划`;
    // "…710亿元的89.4%": a share of the quantity just named, which is the plan's: the rate it was met.
    if (UNIT_REMAINDER.test(raw.trim())) return `${base}完成率`;
  }
  // "城中村改造三年4条、五年13条": a horizon alone is the same undertaking over another span.
  if (HORIZON.test(before) && previous !== null) {
    const stem = previous.replace(HORIZON_END, '');
    if (stem !== previous && stem.length >= 2) return stem + before;
  }
  // "贯通1.3公里起步区": when only a verb precedes, the measured thing follows (改造120公里的老旧管网: 老旧管网), unless
  // the amount is money the verb spends ("投资25亿元的…扩能项目": the verb is the measure).
  if (before.length <= 2 && (ACTION_VERBS.has(before) || HOLDING_VERBS.has(before)) && after.length >= 2) {
    if (!after.startsWith('的')) return after;
    if (/元$/.test(unit)) return before;
    if (after.length >= 3) return after.slice(1);
  }
  if (before.length >= 2) return before;
  // "…突破400亿元大关,达到417亿元": a value with no words of its own restates the measure just named, in its unit
  // (优良率83.9%, …分别为25.2、47.6、35.7微克/立方米 does not measure 优良率 in 微克/立方米).
  // The sentence's subject measured by its change (地区生产总值增长) restates as the quantity itself in any other unit
  // (…增长5%,全年预计完成600亿元: 地区生产总值).
  const ofSubject = /%|‰|百分点/.test(unit) ? subject : subject?.replace(DERIVED, '') || null;
  const restated = previousTarget === null ? ofSubject : sameMeasure(previousTarget.unit, unit) ? previous : null;
  return clean(phrase(clause, qEnd, 1)) || (restated ?? '');
}

// A qualifier in parentheses between a measure and its change (实际利用外资(验资口径)增长5%).
const QUALIFIER_BEFORE = /[(（][^()（）\d]{1,12}[)）]$/;

/** The phrase before `at`, past a parenthesised qualifier it stops at: the measure is what precedes that. */
function qualifiedPhrase(clause: string, at: number): string {
  const cut = outsideCutQuote(phrase(clause, at, -1));
  // 世界500强企业, 新落地500强项目: a ranking's number is part of the name it makes.
  const ranking = cut.startsWith('强') ? /\d+$/.exec(clause.slice(0, at - cut.length))?.[0] ?? '' : '';
  const raw = ranking + cut;
  const qualifier = QUALIFIER_BEFORE.exec(clause.slice(0, at - raw.length));
  return qualifier ? outsideCutQuote(phrase(clause, at - raw.length - qualifier[0].length, -1)) + raw : raw;
}

/** A phrase a number inside a quoted name cut (小时不打烊”政务服务自助专区 of “24小时不打烊”…) keeps what follows the
 * quote: the rest of the name is a slogan's tail, not the measured thing. */
function outsideCutQuote(raw: string): string {
  const close = raw.lastIndexOf('”');
  if (close !== -1 && !raw.slice(0, close).includes('“')) return raw.slice(close + 1);
  return raw.split('"').length % 2 === 0 ? raw.slice(raw.lastIndexOf('"') + 1) : raw;
}

/** The run of characters from `at` in `direction` up to a punctuation mark (other than those `keep` matches) or
 * another number. */
function phrase(clause: string, at: number, direction: 1 | -1, keep?: RegExp, limit = direction === 1 ? 16 : 24): string {
  let i = at;
  const stops = (c: string) => INDICATOR_STOP.test(c) && !keep?.test(c);
  if (direction === 1) {
    while (i < clause.length && i - at < limit && !stops(clause[i]!) && !/\d/.test(clause[i]!)) i++;
    return clause.slice(at, i);
  }
  for (;;) {
    while (i > 0 && at - i < limit && !stops(clause[i - 1]!) && !/\d/.test(clause[i - 1]!)) i--;
    const back = clause.slice(Math.max(0, i - 12), i);
    const code = i > 0 && at - i < limit ? CODE_BEFORE.exec(back) ?? (/^[A-Za-z]/.test(clause.slice(i, at)) ? CODE_DIGITS_BEFORE.exec(back) : null) : null;
    if (code === null) return clause.slice(i, at);
    i -= code[0].length;
  }
}

function clean(s: string): string {
  // Leading list marks (- ◆, ✓, ●) and Markdown emphasis (**) are layout, not words.
  return s.replace(/[\s“”"*]+/g, '').replace(/^[^\p{L}\p{N}]+/u, '').replace(/(?<![A-Za-z\d.])\d+年(底|末)?/g, '').replace(DIGITS, '').replace(/^(以上|以内|以下|左右|余|多)/, '').replace(INDICATOR_NOISE, '').replace(/(以上|以内|以下|左右|的|和|及|与|各|均)$/, '').trim();
}
