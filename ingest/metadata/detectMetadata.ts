// Detects a report's metadata (title, city, district, kind, years) from its text alone, so a file that no
// manifest describes still gets correct metadata where the text states it. Works on the match text
// (simplified, half-width), never on the original.
import type { DocumentKind, DocumentMeta, YearPeriod } from '../../src/model.js';
import { cityOfDistrict, isListedDivision, provinceOfCity } from './cityOfDistrict.js';
import { isChromeLine } from '../normalize/stripChrome.js';

const HAN = '\\u4e00-\\u9fff';
// Endings of words in 区 that name zones or generic areas, not districts (园区 park, 示范区 pilot zone …), and
// whole words that look like district names but are not (大湾区 the Greater Bay Area).
const NOT_DISTRICT_TAIL = new Set(['我区', '全区', '本区', '城区', '园区', '片区', '景区', '社区', '该区', '各区', '辖区', '验区', '范区', '市区', '街区', '校区', '新区', '老区', '集区', '聚区', '核区', '心区', '保区', '护区', '管区', '合区', '小区', '地区', '开区', '创区', '业区', '能区', '山区', '灾区', '矿区', '港区', '展区', '设区', '政区', '行区']);
const NOT_DISTRICT_WORD = new Set(['大湾区', '自治区']);
// Words no district name holds: the tail of a list of governments (在市委、市政府和区委…) is no district.
const NOT_IN_DISTRICT_NAME = /[和与及、]|政府|党委|人大|政协/;
const NOT_CITY = new Set(['全市', '本市', '城市', '该市', '各市', '超市', '上市', '夜市', '股市', '楼市', '都市', '市市', '我市', '门市', '街市']);

function mostFrequent(matches: Iterable<string>, reject: (name: string) => boolean): string | null {
  const counts = new Map<string, number>();
  for (const m of matches) {
    if (reject(m)) continue;
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}

/** Districts whose names end like a generic area (鹿城区, 柯城区 end in 城区) are told apart by the city written
 * before them (温州市鹿城区), unless what follows the city is itself generic (我市老城区). */
const GENERIC_CITY_AREA = /^[老新主市全城郊中]城区$/;

// Words in 县 are mostly no county: the whole county (全县), a designation (工业强县, 示范县, 农业大县), a level
// (市县). So a county is taken only where the text says whose report it is.
const NOT_COUNTY_TAIL = new Set(['全县', '我县', '本县', '该县', '各县', '强县', '大县', '范县', '点县', '名县', '进县', '标县', '型县', '区县', '市县', '州县', '郡县', '县县', '全旗', '我旗', '本旗', '该旗', '各旗', '红旗', '国旗', '党旗', '盟旗']);
// A banner (旗, 自治旗) is Inner Mongolia's county.
// An autonomous county names its peoples (琼中黎族苗族自治县, 镇沅彝族哈尼族拉祜族自治县).
const COUNTY = `[${HAN}]{2,12}?自治县|[${HAN}]{1,3}县|[${HAN}]{1,4}?旗`;
const COUNTY_EVIDENCE = [
  // In the title, as the government (2024年夏县政府工作报告, 上杭县2024年…, 运城市夏县…).
  // Not from inside a city's name (荆州|市公安县: the 州 of 荆州 is no boundary before 公安县).
  new RegExp(`(?:^|年|市|省|州|关于|\\))(?![市省州])(${COUNTY})(?=人民政府|政府|20\\d\\d年|国民经济|第)`),
  // As the government reporting (我代表上杭县人民政府). Not a county merely written after its city: a district's
  // or city's report names the counties it is paired with (对口帮扶梅州市五华县).
  new RegExp(`代表(${COUNTY})人民政府`),
];
/** Where a report was delivered or adopted names its own government's level: 2019年3月2日在浮山县第十六届人民代表大会
 * 第四次会议上, (2021年3月17日达拉特旗第十七届人民代表大会…通过), a news page's opening (3月24日上午,霞山区第十一届人民
 * 代表大会第五次会议开幕), and who signs it (土默特左旗人民政府旗长). Read near the top only: the body names other
 * congresses too. A district's own site may leave its name out (在区第十八届…): 在 is then no name. A page may break
 * the line after 届. */
const SESSION_EVIDENCE = new RegExp(`(?:^|——|日在|在|日|[,，])(?!在)([${HAN}]{1,6}?[区县旗])第[一二三四五六七八九十]{1,3}届\\s*人民代表大会|^([${HAN}]{1,6}?[区县旗])人民政府[区县旗]长`, 'm');

/** A county (县) is a district-level government too: the one the title or the reporting government names. */
function detectCounty(text: string, title: string | null): string | null {
  for (const [i, pattern] of COUNTY_EVIDENCE.entries()) {
    const haystack = i === 0 ? (title ?? '') : text;
    const county = pattern.exec(haystack)?.[1];
    if (county !== undefined && !NOT_COUNTY_TAIL.has(county.slice(-2))) return county;
  }
  return null;
}

function detectDistrict(text: string, title: string | null, head: string): string | null {
  const session = SESSION_EVIDENCE.exec(head.replace(/[ \t]+/g, ''));
  // Without its city or province (在遂宁市安居区第…届 → 安居区), as districts are named everywhere else.
  const sessionDistrict = (session?.[1] ?? session?.[2])?.replace(/^.*[省市州盟](?=[\u4e00-\u9fff]{2})/, '');
  // Only a whole generic word (全区第…届) is refused here: a congress is a government's own, so a name ending like
  // one (霞山区, 浦东新区) is a real district.
  if (sessionDistrict !== undefined && !NOT_COUNTY_TAIL.has(sessionDistrict) && !NOT_DISTRICT_TAIL.has(sessionDistrict)) return sessionDistrict;
  const county = detectCounty(text, title);
  const district = detectUrbanDistrict(text, title);
  // The title says whose report it is: a county there outranks a district named only in the body.
  if (county !== null && (district === null || (title?.includes(county) && !title.includes(district)))) return county;
  return district;
}

// Where a district's name starts is known only after a boundary: its city (鄂州市梁子湖区), its province, the
// start of the title or a word that opens it (关于, 2024年). There it may be two or three characters long; found
// anywhere else, only the last two are taken (推进海珠区 must not give 进海珠区).
const ANCHORED_DISTRICT = `([${HAN}]{2,3}?区)`;
const TITLE_DISTRICT = new RegExp(`(?:^|关于|年|省|市|\\))${ANCHORED_DISTRICT}`);

function detectUrbanDistrict(text: string, title: string | null): string | null {
  // A name written after its city (广州市荔湾区) is an administrative district, not a zone (科创区): count it more.
  const qualified = [...text.matchAll(new RegExp(`市${ANCHORED_DISTRICT}`, 'g'))].map((m) => m[1] ?? '');
  const titled = title === null ? undefined : TITLE_DISTRICT.exec(title)?.[1];
  const qualifiedCityArea = new Set(qualified.filter((n) => n.endsWith('城区') && !GENERIC_CITY_AREA.test(n)));
  // The title names whose report it is: a district there may end like a generic area (石景山区 in 山区).
  // A listed district whose government the text names (新城区政府2025年工作安排) is one, whatever its name ends like.
  const governed = (n: string) => isListedDivision(n) && (text.includes(`${n}政府`) || text.includes(`${n}人民政府`));
  const reject = (n: string) =>
    NOT_DISTRICT_WORD.has(n) || NOT_IN_DISTRICT_NAME.test(n) || (NOT_DISTRICT_TAIL.has(n.slice(-2)) && !qualifiedCityArea.has(n) && n !== titled && !governed(n));
  // The title says whose report it is: no need to count the body's names.
  if (titled !== undefined && !reject(titled)) return titled;
  // Two characters before 区 are the end of a longer name known from an anchor (子湖区 of 梁子湖区): count them as it.
  const longer = [...new Set([...qualified, ...(titled ? [titled] : [])])].filter((n) => n.length > 3);
  // Not the 区 of a word (城乡区域, 合理区间).
  const names = [...text.matchAll(new RegExp(`[${HAN}]{2}区(?![域间位块划])`, 'g'))].map((m) => longer.find((n) => n.endsWith(m[0])) ?? m[0]);
  const best = mostFrequent([...names, ...qualified, ...qualified, ...qualified, ...qualified], reject);
  // A district's own report names it in its title or again and again; a name met once, never after its city and
  // not in the title, is more likely a zone of a city's report (秦创原科技成果转化先行区) than the issuer.
  if (best !== null && !qualified.includes(best) && !title?.includes(best) && names.filter((n) => n === best).length < 2) return null;
  // Counted from the body alone, a name must be a district the national list knows: a national or provincial
  // report names zones and kinds of area (粮食主产区, 先行区) again and again, and no district of its own.
  if (best !== null && !qualified.includes(best) && !title?.includes(best) && !isListedDivision(best)) return null;
  return best;
}

/** A city of three characters read by its last two (鲁番市 of 吐鲁番市): the name the national list knows, when the
 * text writes the character before it. */
function wholeCityName(city: string, text: string): string {
  if (provinceOfCity(city) !== null) return city;
  const longer = new Set([...text.matchAll(new RegExp(`([${HAN}])${city}`, 'g'))].map((m) => m[1] + city));
  return [...longer].find((name) => provinceOfCity(name) !== null) ?? city;
}

/** The city a district is written after (广州市荔湾区, 运城市夏县); for a city's own report, which names no district,
 * the city its title starts with (广州市人民政府关于印发广州市…纲要). */
function detectCity(text: string, title: string | null, district: string | null, head: string): string | null {
  // Before the report's own district or county (鄂州市梁子湖区, 运城市夏县), or any two-character district.
  const names = [...text.matchAll(new RegExp(`[${HAN}]{2}市(?=[${HAN}]{2}区${district ? `|${district}` : ''})`, 'g'))].map((m) => m[0]);
  const qualifying = mostFrequent(names, (n) => NOT_CITY.has(n.slice(-2)));
  if (qualifying !== null) return wholeCityName(qualifying, text);
  const titled = title === null ? null : new RegExp(`^(?:中共)?([${HAN}]{2,3}市)`).exec(title.replace(/^关于/, ''));
  if (titled && !NOT_CITY.has(titled[1]!.slice(-2))) return titled[1]!;
  // A district's report that never writes its city: the national list of divisions knows it (汉滨区 → 安康市).
  if (district !== null) return cityOfDistrict(district, text);
  // A city's report without a usable title still names its government or its plan near the top
  // (1、深圳市国民经济和社会发展第十三个五年规划纲要, 关于深圳市2015年国民经济和社会发展计划执行情况…).
  const headed = new RegExp(`(?:^|关于|、)([${HAN}]{2,3}市)(?:20\\d\\d年)?(?:国民经济和社会发展|人民政府)`, 'm').exec(head);
  if (headed && !NOT_CITY.has(headed[1]!.slice(-2))) return headed[1]!;
  // Or where it was delivered (——2025年1月8日在长春市第十六届人民代表大会第四次会议上).
  const session = new RegExp(`(?:——|日在|在)([${HAN}]{2,3}市)第[一二三四五六七八九十]{1,3}届人民代表大会`).exec(head.replace(/\s+/g, ''));
  return session && !NOT_CITY.has(session[1]!.slice(-2)) ? session[1]! : null;
}

const TITLE_WORDS = /(纲要|报告|规划|计划|方案)/;
// A site's path to the page (首页 > 政务公开 > 规划计划 > …) is no title.
const BREADCRUMB = /[>＞]|^(?:首页|当前位置|您的位置|你的位置)/;

/** The second half of a title broken over two lines, and the first half it follows. */
const TITLE_SECOND_HALF = /^(?:第[一二三四五六七八九十]+个五年|[和与及暨])/;
const TITLE_FIRST_HALF = /^[\u4e00-\u9fff]{2,30}(?:国民经济和社会发展|关于)$/;
/** A title whose place stands on the line above it (吐鲁番市高昌区 / 国民经济和社会发展第十四个五年规划…). */
const TITLE_AFTER_PLACE = /^(?:20\d\d年)?国民经济和社会发展/;
const PLACE_LINE = /^[\u4e00-\u9fff]{2,16}[省市区县旗州]$/;

function previousNonBlank(lines: string[], i: number): string | null {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const text = (lines[j] ?? '').replace(/\s+/g, '');
    if (text !== '') return text;
  }
  return null;
}

const LABELLED_ROW = /^\s*[\[【［]\s*[\u4e00-\u9fff\s]{2,8}[\]】］]\s*\|/;

/** Whether `next` finishes a title broken over lines: after a connective (…执行情况与 / 2022年计划草案的报告), or
 * after a word cut short (…计划 / 执行情况与2025年计划草案的报告, …计划执行 / 情况2024年…计划草案的报告). */
function continuesTitle(title: string, next: string): boolean {
  if (next.length > 40 || !TITLE_WORDS.test(next)) return false;
  return /[与和及暨]$/.test(title) || (/计划$/.test(title) && /^执行情况/.test(next)) || (!TITLE_END.test(title) && /(?:报告|纲要|规划)$/.test(next));
}
const TITLE_END = /(?:报告|纲要|规划|计划|方案|建议|草案|解读|[)）])$/;

/** The first heading-like line near the top that names the report; blank-separated continuation lines join. */
function detectTitle(lines: string[]): string | null {
  for (let i = 0; i < Math.min(lines.length, 60); i++) {
    // A page's metadata table (文件名称 | 汉滨区2025年政府工作报告 | …) holds the title in one of its cells.
    const cells = (lines[i] ?? '').split('|');
    const cell = cells.length > 1 ? cells.find((c) => TITLE_WORDS.test(c)) ?? '' : cells[0]!;
    // A disclosure page's labelled row ([ 主题分类 ] | 国民经济发展规划、计划 |) classifies the page; it is no title.
    if (isChromeLine((lines[i] ?? '').trim()) || LABELLED_ROW.test(lines[i] ?? '')) continue;
    // A notice transmitting the report (…人民政府关于印发《…的报告》的通知) is titled by what it transmits.
    // A site's tag before it (【计划】) is no part of the title.
    const line = cell.replace(/\s+/g, '').replace(/^.*关于印发《(.+)》的通知$/, '$1').replace(/^《|》$/g, '').replace(/^【[^】]{1,10}】/, '');
    if (line.length < 8 || line.length > 90 || !TITLE_WORDS.test(line) || BREADCRUMB.test(line)) continue;
    if (/[,,。;;:]/.test(line.replace(/^.*?》/, ''))) continue;
    if (/^[一二三四五六七八九十]+、/.test(line)) continue;
    // A title that ends in a connective continues on the next non-blank line (…计划执行情况与 / 2022年计划草案的报告);
    // one that opens like a title's second half (第十四个五年规划…纲要) began on the line before (…国民经济和社会发展).
    let title = line;
    const before = previousNonBlank(lines, i);
    if (before !== null && ((TITLE_SECOND_HALF.test(line) && TITLE_FIRST_HALF.test(before)) || (TITLE_AFTER_PLACE.test(line) && PLACE_LINE.test(before)))) {
      title = `${before}${line}`;
    }
    for (let j = i + 1; j < lines.length && j < i + 6; j++) {
      const next = (lines[j] ?? '').replace(/\s+/g, '');
      if (next === '') continue;
      if (next === '解读') title = `《${title}》解读`;
      else if (continuesTitle(title, next)) title = `${title}${next}`;
      break;
    }
    // The delivery line run into the title (政府工作报告——2026年1月27日在…会议上) is no part of it.
    return title.replace(/(?<=[\u4e00-\u9fff》])——\s*20\d\d年.*$/, '');
  }
  return null;
}

/** A work report's plan part heading a page that begins there (二、2025年政府工作安排, 2025年主要工作安排). */
const PLAN_PART_HEADING = /^\s*(?:[一二三四五六七八九十]+、\s*)?(?:[\u4e00-\u9fff]{2,8}[区县市旗](?:人民)?政府)?20\d\d\s*年(?:政府工作(?:目标任务|安排|任务)|(?:主要|重点)?工作安排|(?:发展)?目标任务)/m;

function detectKind(title: string, head: string): DocumentKind {
  // Headings are often letter-spaced (政 府 工 作 报 告): compare without white space.
  const probe = `${title}\n${head}`.replace(/\s+/g, '');
  // A congress's resolution on a report or plan is neither (…会议通过)…决定批准…, 关于…的决议).
  if (/决议$|会议通过\)|会议通过）/.test(title) || /^[(（]\d{4}年\d{1,2}月\d{1,2}日[^)）]{0,60}会议[^)）]{0,10}通过[)）]/.test(probe)) return 'other';
  // A mid-term review of a plan (…纲要》实施中期评估报告) reports on the plan, and promises nothing itself.
  if (/中期评估/.test(title)) return 'other';
  // An interpretation of an outline names the outline in its title: 解读 decides first.
  if (/解读/.test(title)) return 'plan-report-interpretation';
  if (/纲要|五年规划/.test(title)) return 'five-year-plan';
  // A page that begins at the report's plan part (二、2025年政府工作目标任务), or without its title at the
  // government's opening formula (我代表区人民政府向大会报告工作), is still a work report.
  if (/政府工作报告|人民政府[,，]?向大会报告(?:政府)?工作|政府工作的?总体(?:要求|思路)/.test(probe) || PLAN_PART_HEADING.test(head)) return 'work-report';
  // The year's plan itself (咸阳市2023年国民经济和社会发展计划) belongs with the reports on it.
  if (/计划执行情况|计划草案|计划安排|规划执行情况|\d{4}年(?:全[市区县省])?国民经济和社会发展计划/.test(probe)) return 'plan-report';
  if (/纲要|五年规划/.test(probe)) return 'five-year-plan';
  return 'other';
}

const CHINESE_ORDINAL: Record<string, number> = { 十二: 12, 十三: 13, 十四: 14, 十五: 15, 十六: 16 };

/** From the 6th (1981-1985) on, the Nth five-year plan covers 1951+5N .. 1955+5N (the 14th is 2021-2025). */
function detectPeriod(text: string): YearPeriod | null {
  const m = /第(十[二三四五六])个五年规划|"?(十[二三四五六])五"?规划/.exec(text);
  const ordinal = m ? CHINESE_ORDINAL[m[1] ?? m[2] ?? ''] : undefined;
  if (ordinal === undefined) return null;
  return { from: 1951 + 5 * ordinal, to: 1955 + 5 * ordinal };
}

/** Part of a year a report may review (上半年, 前三季度, 1-9月). */
const PART_OF_YEAR = '(?:上半年|下半年|前三季度|[一二三四1-4]季度|1[-—~至]\\d{1,2}月|前\\d{1,2}个月)';

function yearsOf(re: RegExp, text: string): number[] {
  return [...text.matchAll(re)].map((m) => Number(m[1]));
}

/** The year a work report's arrangements part is headed with (二、2023年工作安排), which is the year it plans for. */
function arrangementYear(lines: string[]): number | null {
  for (const line of lines) {
    const m = /^\s*(?:[一二三四五六七八九十]+、\s*)?(?:[\u4e00-\u9fff]{2,8}[区县市旗](?:人民)?政府)?(20\d\d)年(?:政府)?(?:工作安排|重点工作|主要工作|工作任务|(?:工作|发展)?目标任务|工作建议)/.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}

/** A work report is delivered at the session that opens the year it plans for: early that year (——2024年1月25日
 * 在…), or late in the year before when the session meets in the autumn or December (——2022年12月27日). */
function deliveryPlanYear(compact: string): number | null {
  // With its dash (——2024年1月25日在…), without (2019年3月2日在浮山县第十六届人民代表大会第四次会议上), or in brackets
  // after the title (洪雅县人民政府工作报告(2023年1月8日)).
  const delivered = /——(20\d\d)年(\d{1,2})月|(20\d\d)年(\d{1,2})月\d{1,2}日在[^。，,]{0,40}会议|工作报告[(（](20\d\d)年(\d{1,2})月/.exec(compact);
  if (!delivered) return null;
  return Number(delivered[1] ?? delivered[3] ?? delivered[5]) + (Number(delivered[2] ?? delivered[4] ?? delivered[6]) >= 10 ? 1 : 0);
}

/** The year whose overall requirements or main targets a work report sets (2025年霞山区政府工作的总体要求是,
 * 2025年全区经济社会发展的主要预期目标是): a news page on the report keeps these when it drops title and date. */
function requirementsYear(compact: string): number | null {
  const m = /(20\d\d)年[\u4e00-\u9fff]{0,8}?(?:政府工作的?总体要求|经济社会发展的?主要预期目标)/.exec(compact);
  return m ? Number(m[1]) : null;
}

/** A page copied without its title still says what it is through its headings; name it from those. */
function fallbackTitle(
  district: string | null,
  kind: DocumentKind,
  year: number | null,
  reviewYear: number | null,
  fileName: string,
): string {
  const where = district ?? '';
  if (kind === 'plan-report' && year !== null && reviewYear !== null) {
    return `${where}${reviewYear}年国民经济和社会发展计划执行情况与${year}年计划`;
  }
  if (kind === 'work-report' && year !== null) return `${where}${year}年政府工作报告`;
  return fileName.replace(/\.[^.]+$/, '');
}

export function detectMetadata(matchText: string, fileName: string): DocumentMeta {
  const lines = matchText.split('\n');
  const head = lines.slice(0, 80).join('\n');
  const title = detectTitle(lines);
  // A tag (【主要负责人解读】) or title marks (关于《高青县…》) stand between a title's words and its place name.
  const placeTitle = title === null ? null : title.replace(/【[^】]*】/g, '').replace(/[《》]/g, '');
  const kind = detectKind(title ?? '', head);
  const compact = `${title ?? ''}\n${head}`.replace(/\s+/g, '');
  let year: number | null = null;
  let reviewYear: number | null = null;
  let period: YearPeriod | null = null;

  if (kind === 'five-year-plan') {
    period = detectPeriod(compact);
    year = period?.from ?? null;
  } else {
    // "…2019年…执行情况与2020年计划…": the review year comes first, the plan year after 与.
    // …or the year's plan itself (咸阳市2023年国民经济和社会发展计划), named in full.
    const plan = yearsOf(/(20\d\d)年(?:全[市区县省])?(?:(?:国民经济和社会发展)?计划(?:草案|安排)|国民经济和社会发展计划(?!执行))/g, compact);
    const review = yearsOf(new RegExp(`(20\\d\\d)年${PART_OF_YEAR}?(?:国民经济和社会发展)?(?:规划|计划)?执行情况|(20\\d\\d)年工作回顾`, 'g'), compact);
    // A report on part of a year (2023年上半年…计划执行情况) reviews that year and plans the rest of it.
    const partYear = yearsOf(new RegExp(`(20\\d\\d)年${PART_OF_YEAR}(?:国民经济和社会发展)?(?:规划|计划)?执行情况`, 'g'), compact)[0];
    const reviewAlt = [...compact.matchAll(/(20\d\d)年工作回顾/g)].map((m) => Number(m[1]));
    // The title's year may stand before the government's name (2023年十堰市张湾区政府工作报告).
    year = plan[0] ?? yearsOf(/(20\d\d)年[\u4e00-\u9fff]{0,12}?政府工作报告/g, compact)[0] ?? null;
    reviewYear = review.find((y) => !Number.isNaN(y)) ?? reviewAlt[0] ?? null;
    if (year === null && kind === 'work-report') year = arrangementYear(lines) ?? deliveryPlanYear(compact) ?? requirementsYear(compact);
    if (year === null && partYear !== undefined) year = partYear;
    if (year === null && reviewYear !== null) year = reviewYear + 1;
    if (reviewYear === null && year !== null && kind !== 'other') reviewYear = year - 1;
  }

  const district = detectDistrict(matchText, placeTitle, head);
  return {
    title: title ?? fallbackTitle(district, kind, year, reviewYear, fileName),
    city: detectCity(matchText, placeTitle, district, head),
    district,
    kind,
    year,
    reviewYear,
    period,
    issuer: null,
    script: 'simplified',
  };
}
