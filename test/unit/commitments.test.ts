import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../ingest/analyzeDocument.js';
import { extractTargets } from '../../ingest/commitments/extractTargets.js';
import { resolveYears } from '../../ingest/commitments/resolveYears.js';
import { splitClauses, splitSentences } from '../../ingest/commitments/splitClauses.js';
import { parseManifest } from '../../ingest/metadata/manifest.js';
import { readDocument, type ReadDocument } from '../../ingest/readDocument.js';
import type { DocumentMeta } from '../../src/model.js';
import { toMatchText } from '../../ingest/normalize/matchText.js';

// A ReadDocument from a string, with the years a manifest would give.

function docFrom(text: string, meta: Partial<DocumentMeta> = {}): ReadDocument {
  return readDocument({
    path: 'test.txt',
    bytes: new TextEncoder().encode(text),
    manifestEntry: { file: 'test.txt', kind: 'work-report', year: 2024, reviewYear: 2023, period: null, ...meta },
  });
}

describe('splitClauses', () => {
  it('splits at ； and at commas that open a new action', () => {
    const text = '优化交通路网,推动2条轨道交通通车,5条道路开工;加快土地出让。完成投资300亿元。';
    const m = toMatchText(text);
    const sentences = splitSentences(m, 0, m.length);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['优化交通路网,推动2条轨道交通通车,5条道路开工;加快土地出让', '完成投资300亿元']);
    expect(splitClauses(m, sentences[0]!).map((c) => text.slice(c.start, c.end))).toEqual(['优化交通路网', '推动2条轨道交通通车,5条道路开工', '加快土地出让']);
  });

  it('sees the action a line end cuts, inside a paragraph rejoined after a wrap (投|资, …，|发展)', () => {
    const text = '设立产业基金,投\n资项目10个,加强与企业对接,\n发展线上消费。';
    const m = toMatchText(text);
    const [sentence] = splitSentences(m, 0, m.length);
    expect(splitClauses(m, sentence!).map((c) => text.slice(c.start, c.end))).toEqual(['设立产业基金', '投\n资项目10个', '加强与企业对接', '发展线上消费']);
  });
});

describe('list markers', () => {
  it('leaves the marks and numbers of a list item out of its sentence and clauses, but not a figure', () => {
    const sentencesOf = (text: string) => {
      const m = toMatchText(text);
      return splitSentences(m, 0, m.length).map((s) => text.slice(s.start, s.end));
    };
    expect(sentencesOf('- ◆ 成功创建国家电子商务示范基地')).toEqual(['成功创建国家电子商务示范基地']);
    expect(sentencesOf('5.开工建设洪雅通用机场。')).toEqual(['开工建设洪雅通用机场']);
    expect(sentencesOf('2.5万人次参加技能培训。')).toEqual(['2.5万人次参加技能培训']);
    // Without its number, the framing phrase is seen for what it is and joins the action after it.
    const text = '(3)以推动商圈综合提升为抓手,深化试点共建。';
    const m = toMatchText(text);
    const [sentence] = splitSentences(m, 0, m.length);
    expect(splitClauses(m, sentence!).map((c) => text.slice(c.start, c.end))).toEqual(['以推动商圈综合提升为抓手,深化试点共建']);
  });
});

describe('splitClauses in a review', () => {
  const clausesOf = (text: string, claims: boolean) => {
    const m = toMatchText(text);
    const [sentence] = splitSentences(m, 0, m.length);
    return splitClauses(m, sentence!, claims).map((c) => text.slice(c.start, c.end));
  };

  it('starts a new claim where a named subject has its own result', () => {
    const text = '都市工业加快发展,青禾电研获评国家级工业设计中心,双鱼体育获评省级工业设计中心,全年规上工业产值增长28.1%。';
    expect(clausesOf(text, true)).toEqual(['都市工业加快发展', '青禾电研获评国家级工业设计中心', '双鱼体育获评省级工业设计中心,全年规上工业产值增长28.1%']);
    // A plan's commas join a subject-first piece to the action before it.
    expect(clausesOf(text, false)).toHaveLength(1);
  });

  it('keeps a comparison or a running total with the figure it qualifies', () => {
    const text = '研发经费支出占地区生产总值比重达3.31%,同比提升0.28个百分点,新增1家物流园实现业态转型,累计达18家。';
    expect(clausesOf(text, true)).toEqual(['研发经费支出占地区生产总值比重达3.31%,同比提升0.28个百分点', '新增1家物流园实现业态转型,累计达18家']);
    const share = '数字经济核心产业增加值增长12%,占全区比重达到35%。';
    expect(clausesOf(share, true)).toEqual([share.slice(0, -1)]);
  });

  it('keeps a frame with the result it frames (围绕…建设,引进…)', () => {
    const text = '围绕琶洲试验区建设,引进数字经济企业120家。';
    expect(clausesOf(text, true)).toEqual([text.slice(0, -1)]);
  });
});

describe('extractTargets', () => {
  it('reads every quantity of a paragraph with unit, comparator and indicator', () => {
    const text = '力争全年落地项目超２０个，完成投资300亿元以上，地区生产总值增长6%左右，排水单元达标比例达到90%，能耗控制在1.5万吨以内，新增学位2000个，粮食产量保持在180万吨以上。';
    const targets = extractTargets(toMatchText(text), text, 0, text.length);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.unit])).toEqual([
      ['落地项目', '>=', 20, '个'],
      ['投资', '>=', 300, '亿元'],
      ['地区生产总值增长', '~', 6, '%'],
      ['排水单元达标比例', '=', 90, '%'],
      ['能耗', '<=', 1.5, '万吨'],
      ['学位', '=', 2000, '个'],
      ['粮食产量', '>=', 180, '万吨'],
    ]);
    for (const t of targets) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(targets[0]!.text).toBe('超２０个');
  });

  it('leaves the verb before a value (完成), the whole county (全县) and discourse markers (特别是) out of the indicator', () => {
    const text = '全年地区生产总值完成82.86亿元,增长2.5%;特别是农村居民人均可支配收入完成13006元;全县规上工业增加值增长4.5%;两项工程均完成超85%的总体工程量。';
    const targets = extractTargets(toMatchText(text), text, 0, text.length);
    expect(targets.map((t) => [t.indicator, t.value])).toEqual([
      ['地区生产总值', 82.86],
      ['地区生产总值增长', 2.5],
      ['农村居民人均可支配收入', 13006],
      ['规上工业增加值增长', 4.5],
      ['两项工程', 85],
    ]);
  });

  it("reads a plan's completion (完成年计划710亿元的89.4%,增长2.0%) as figures of the indicator the sentence is about", () => {
    const text = '地区生产总值635亿元,完成年计划710亿元的89.4%,增长2.0%。';
    const m = toMatchText(text);
    const [first, second] = analyzeDocument(docFrom(`一、2022年计划执行情况\n${text}`, { kind: 'plan-report', year: 2023, reviewYear: 2022 })).commitments;
    expect(first!.targets.map((t) => [t.indicator, t.value])).toEqual([['地区生产总值', 635]]);
    expect(second!.targets.map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['地区生产总值年计划', 710, '亿元'],
      ['地区生产总值完成率', 89.4, '%'],
      ['地区生产总值增长', 2, '%'],
    ]);
    // Without the sentence's subject, the clause keeps what it says itself.
    expect(extractTargets(m, text, m.indexOf('完成'), m.indexOf('。')).map((t) => t.indicator)).not.toContain('地区生产总值年计划');
  });

  const indicators = (text: string) => extractTargets(toMatchText(text), text, 0, text.length).map((t) => [t.indicator, t.value]);

  it('pairs the values after 分别 with the names listed before it, or with the quantities before it', () => {
    expect(indicators('其中发明专利申请量、授权量分别达3482件、937件')).toEqual([['发明专利申请量', 3482], ['授权量', 937]]);
    // A long list of names (each with 和 inside) is read whole.
    expect(indicators('其中,规下工业、租赁和商务服务业、科学研究和技术服务业、软件和信息服务业分别增长5.4%、11.5%、9.6%、8.9%')).toEqual([
      ['规下工业增长', 5.4],
      ['租赁和商务服务业增长', 11.5],
      ['科学研究和技术服务业增长', 9.6],
      ['软件和信息服务业增长', 8.9],
    ]);
    expect(indicators('琶洲试验区企业营收3668.52亿元、企业数量3.2万家，分别增长23%和13.5%')).toEqual([
      ['琶洲试验区企业营收', 3668.52],
      ['企业数量', 3.2],
      ['琶洲试验区企业营收增长', 23],
      ['企业数量增长', 13.5],
    ]);
    // The quantities may stand in the sentence's earlier clauses.
    const text = '分别比2015年增长54.3%、35.3%';
    expect(extractTargets(text, text, 0, text.length, ['区重点企业', '四上企业']).map((t) => t.indicator)).toEqual(['区重点企业增长', '四上企业增长']);
    // A 分别 whose own phrase holds no value pairs names with words, not with later figures.
    expect(indicators('科大讯飞、腾讯分别成为链主企业，入库人工智能企业23家')).toEqual([['入库人工智能企业', 23]]);
  });

  it('keeps a yearly average in the indicators 分别 pairs, reads no unit 人 out of 人口, looks past a verb of holding a line, and reads 提升为 as reaching a value', () => {
    expect(indicators('城镇和农村居民人均可支配收入分别年均增长8.35%、9.84%')).toEqual([
      ['城镇居民人均可支配收入年均增长', 8.35],
      ['农村居民人均可支配收入年均增长', 9.84],
    ]);
    expect(indicators('全县14.21万人口全部清零')).toEqual([]);
    // After a verb of holding a line, the measured thing follows.
    expect(indicators('守牢155.1万亩耕地红线')).toEqual([['耕地红线', 155.1]]);
    // A value reached after 提升为 measures what the starting value does.
    expect(indicators('城镇化率由46.2%提升为52.5%')).toEqual([['城镇化率', 46.2], ['城镇化率', 52.5]]);
    // How far a figure is from another government's or its own target keeps what it measures; 首次 and 连续 are no part of it.
    expect(indicators('地区生产总值增长5.2%,高于全国增速2.5个百分点')).toEqual([['地区生产总值增长', 5.2], ['地区生产总值增长高于全国增速', 2.5]]);
    expect(indicators('规上工业总产值首次突破600亿元大关')).toEqual([['规上工业总产值', 600]]);
    // Durations are measures, and shortening to one reaches it.
    expect(extractTargets('审批时限压缩至5个工作日', '审批时限压缩至5个工作日', 0, 12).map((t) => [t.indicator, t.value, t.unit])).toEqual([['审批时限', 5, '个工作日']]);
  });

  it('completes short listed names with the last one\'s tail, splits 城乡 into its parts, and reads every 分别 of a clause', () => {
    // The earlier clause's indicators are not what 城乡居民 measures.
    const rural = '城乡居民人均可支配收入分别增长4.8%、7.2%';
    expect(extractTargets(rural, rural, 0, rural.length, ['社会消费品零售总额增长', '财政收入增长']).map((t) => [t.indicator, t.value])).toEqual([
      ['城镇居民人均可支配收入增长', 4.8],
      ['农村居民人均可支配收入增长', 7.2],
    ]);
    // 城镇 shares 居民人均可支配收入 with 农村…; the changes in the next phrase measure the same two things.
    expect(indicators('城鎮和農村居民人均可支配收入分別達49433元、26932元,增長4.2%、6.7%')).toEqual([
      ['城镇居民人均可支配收入', 49433],
      ['农村居民人均可支配收入', 26932],
      ['城镇居民人均可支配收入增长', 4.2],
      ['农村居民人均可支配收入增长', 6.7],
    ]);
    // Counted things stop at 分别; the values after it measure what its words name (投资) of each, and a second 分别
    // pairs its values with those.
    expect(indicators('5个省重点项目、61个市重点项目分别完成投资29.97亿元、83.55亿元,分别占年度计划111.08%、112.24%')).toEqual([
      ['省重点项目', 5],
      ['市重点项目', 61],
      ['省重点项目投资', 29.97],
      ['市重点项目投资', 83.55],
      ['省重点项目投资占年度计划', 111.08],
      ['市重点项目投资占年度计划', 112.24],
    ]);
    expect(indicators('申请量、授权量分别为3482件、937件')).toEqual([['申请量', 3482], ['授权量', 937]]);
    // Names listed with 、 are whole even when one holds 和; a ranking's number belongs to its name.
    expect(indicators('工业、建筑业、软件和信息服务业分别增长5.4%、11.5%、8.9%').map(([indicator]) => indicator)).toEqual(['工业增长', '建筑业增长', '软件和信息服务业增长']);
    expect(indicators('新落地500强项目12个')).toEqual([['500强项目', 12]]);
  });

  it('gives a value reached (从…增长到…, 由…提升至…) the indicator of the value it started from', () => {
    expect(indicators('地区生产总值从2015年的1405.4亿元增长到2020年的2086.93亿元,年均增长6.3%')).toEqual([
      ['地区生产总值', 1405.4],
      ['地区生产总值', 2086.93],
      ['地区生产总值年均增长', 6.3],
    ]);
    expect(indicators('3A级旅游景区由5家增加至8家')).toEqual([['3A级旅游景区', 5], ['3A级旅游景区', 8]]);
    expect(indicators('入户指标由 2018 年的 200 个提升至 400 个')).toEqual([['入户指标', 200], ['入户指标', 400]]);
    expect(indicators('每千名老人拥有养老床位数由19张增至35.3张,低保标准由650元/月提升至1080元/月')).toEqual([
      ['每千名老人拥有养老床位数', 19],
      ['每千名老人拥有养老床位数', 35.3],
      ['低保标准', 650],
      ['低保标准', 1080],
    ]);
    expect(indicators('创新创业示范基地增至21家')).toEqual([['创新创业示范基地', 21]]);
    expect(indicators('中心城区建成区面积从7.3平方公里拓展至39平方公里')).toEqual([['中心城区建成区面积', 7.3], ['中心城区建成区面积', 39]]);
    expect(indicators('地均产出由50亿元/平方公里提高到70亿元/平方公里')).toEqual([['地均产出', 50], ['地均产出', 70]]);
  });

  it("keeps a rate's denominator in its unit (亿元/平方公里, 元/月, 微克/立方米)", () => {
    const units = (text: string) => extractTargets(toMatchText(text), text, 0, text.length).map((t) => t.unit);
    expect(units('地均GDP超70亿元/平方公里,低保标准提升至1080元/月,PM2.5平均浓度35微克/立方米')).toEqual(['亿元/平方公里', '元/月', '微克/立方米']);
  });

  it('keeps a code of letters and digits in the indicator (PM2.5, PM10, 5G), and never gives a value another unit\'s indicator', () => {
    expect(indicators('PM2.5平均浓度35.7微克/立方米,PM10年均浓度40微克/立方米,建成5G基站5850座')).toEqual([
      ['PM2.5平均浓度', 35.7],
      ['PM10年均浓度', 40],
      ['5G基站', 5850],
    ]);
    // The report's wording: only the last of the listed values has its unit, so none of them can be told apart;
    // no indicator is better than the percentage's before it.
    expect(indicators('全年环境空气质量优良率83.9%,PM2.5、PM10、NO2平均浓度分别为25.2、47.6、35.7微克/立方米')).toEqual([
      ['环境空气质量优良率', 83.9],
      ['', 35.7],
    ]);
    // A change of scale is no change of measure.
    expect(indicators('税收收入9800万元、1.2亿元,一般公共预算收入突破9000万元,达到1.05亿元')).toEqual([
      ['税收收入', 9800],
      ['税收收入', 1.2],
      ['一般公共预算收入', 9000],
      ['一般公共预算收入', 1.05],
    ]);
  });

  it('reads a round amount in Chinese numerals before 万 or 亿 (突破千亿元), but not a class of things (千亿级)', () => {
    expect(indicators('规上工业总产值突破千亿元,地区生产总值突破两千亿元,打造千亿级产业集群')).toEqual([
      ['规上工业总产值', 1000],
      ['地区生产总值', 2000],
    ]);
    // A vague amount (数百亿元, 几百亿元) is no value.
    expect(indicators('带动社会投资数百亿元,培育几百亿元产业集群')).toEqual([]);
  });

  it('keeps the verb as the measure when the amount describes the thing after it (投资25亿元的…项目)', () => {
    expect(indicators('投资25亿元的石化乙烯扩能项目完成基础设计审查')).toEqual([['投资', 25]]);
    expect(indicators('改造120公里的老旧管网')).toEqual([['老旧管网', 120]]);
    expect(indicators('贯通1.3公里起步区')).toEqual([['起步区', 1.3]]);
  });

  it('restates the sentence subject measured by its change as the quantity itself in another unit', () => {
    const text = '全年预计完成600亿元';
    expect(extractTargets(text, text, 0, text.length, ['地区生产总值增长']).map((t) => t.indicator)).toEqual(['地区生产总值']);
  });

  it('leaves time words and comparator words out of the indicator (年内, 接近)', () => {
    expect(indicators('年内完成投资30亿元')).toEqual([['投资', 30]]);
    expect(indicators('人均生产总值接近2万美元')).toEqual([['人均生产总值', 2]]);
  });

  it('reads negative values, power in Latin letters, 斤 and livestock counts, and an amount class before a noun as part of the indicator', () => {
    expect(indicators('规上工业增加值增长-6%')).toEqual([['规上工业增加值增长', -6]]);
    // A dash between two numbers is a range, not a sign.
    expect(indicators('打造10-15分钟生活圈示范点3个').map(([, value]) => value)).not.toContain(-15);
    expect(indicators('粮食产量稳定在25亿斤以上,完成牛羊育肥133万头只,新增光伏装机200MW、风电1.5GW')).toEqual([
      ['粮食产量', 25],
      ['牛羊育肥', 133],
      ['光伏装机', 200],
      ['风电', 1.5],
    ]);
    expect(indicators('500万元以上固定资产投资完成75亿元,新开工10亿元以上项目12个')).toEqual([
      ['500万元以上固定资产投资', 75],
      ['10亿元以上项目', 12],
    ]);
    // A voltage specifies equipment; it is no target.
    expect(indicators('推进500千伏海珠输变电工程')).toEqual([]);
  });

  it('lets a comparator after the last listed value qualify every value of a 分别 list', () => {
    const text = '城乡居民人均可支配收入分别增长7%、8%左右';
    expect(extractTargets(text, text, 0, text.length).map((t) => [t.indicator, t.comparator])).toEqual([
      ['城镇居民人均可支配收入增长', '~'],
      ['农村居民人均可支配收入增长', '~'],
    ]);
  });

  it('gives a value with no words of its own, a net increase and a gap to the plan the measure just named', () => {
    expect(indicators('地区生产总值突破400亿元大关,达到417亿元,净增110.8亿元,同比(下同)增长9.4%')).toEqual([
      ['地区生产总值', 400],
      ['地区生产总值', 417],
      ['地区生产总值净增', 110.8],
      ['地区生产总值增长', 9.4],
    ]);
    expect(indicators('地区生产总值增长2.4%,低于计划目标3.5个百分点')).toEqual([
      ['地区生产总值增长', 2.4],
      ['地区生产总值增长低于计划目标', 3.5],
    ]);
  });

  it('leaves an estimate word and the body that leads the work out of an indicator', () => {
    expect(indicators('外贸进出口总值预计310亿元,增长4.7%')).toEqual([['外贸进出口总值', 310], ['外贸进出口总值增长', 4.7]]);
    expect(indicators('县发改局牵头完成重点项目投资15亿元')).toEqual([['重点项目投资', 15]]);
  });

  it('reads the measure before a parenthesised qualifier (实际利用外资(验资口径)增长5%), not the previous clause\'s', () => {
    const text = '实际利用外资(验资口径)增长5%';
    expect(extractTargets(text, text, 0, text.length, ['一般公共预算收入增长']).map((t) => [t.indicator, t.value])).toEqual([['实际利用外资增长', 5]]);
    expect(indicators('新开办公建配套学校(幼儿园)4所')).toEqual([['新开办公建配套学校', 4]]);
  });

  it('takes no number inside quotation marks for a target: it belongs to a name or slogan', () => {
    expect(indicators('新建充电端口超11.15万个,在全市率先建成“8分钟户外集中充电圈”')).toEqual([['新建充电端口', 11.15]]);
    expect(indicators('建成“24小时不打烊”政务服务自助专区3个')).toEqual([['政务服务自助专区', 3]]);
  });

  it("leaves out other governments' figures a report compares itself with (高于全国(6.1%))", () => {
    expect(indicators('地区生产总值增长7.6%，高于全国（6.1%）、全省（6.2%）、全市（6.8%）')).toEqual([['地区生产总值增长', 7.6]]);
    expect(indicators('实现地区生产总值907.01亿元，下降2.4%，高于全省(-2.5%)水平')).toEqual([['地区生产总值', 907.01], ['地区生产总值下降', 2.4]]);
    // A rank (居全省第4位) is an ordinal, not a figure, and the growth after it is the product's.
    expect(indicators('全市实现地区生产总值3347.6亿元,居全省第4位,增长1.5%')).toEqual([['地区生产总值', 3347.6], ['地区生产总值增长', 1.5]]);
  });

  it('gives a value listed right after another, and a running total (累计), the indicator just measured', () => {
    expect(indicators('城镇常住居民人均可支配收入完成29092元、17191元')).toEqual([
      ['城镇常住居民人均可支配收入', 29092],
      ['城镇常住居民人均可支配收入', 17191],
    ]);
    expect(indicators('新增6家专业市场转型疏解，累计达30家')).toEqual([['专业市场转型疏解', 6], ['专业市场转型疏解累计', 30]]);
    expect(indicators('全区大型商业综合体达133.6万平方米,是2015年的3倍')).toEqual([['大型商业综合体', 133.6], ['大型商业综合体(2015年的倍数)', 3]]);
    expect(indicators('全力推进城中村改造三年4条、五年13条、十年16条')).toEqual([['城中村改造三年', 4], ['城中村改造五年', 13], ['城中村改造十年', 16]]);
    expect(indicators('规模以上工业增加值同比增长10.1%，高于目标2.1个百分点')).toEqual([
      ['规模以上工业增加值同比增长', 10.1],
      ['规模以上工业增加值同比增长高于目标', 2.1],
    ]);
  });

  it('reads 余 before the unit as more than the number, and leaves 各 and what happens to a counted thing out', () => {
    const text = '推进2500余公里河道整治,10所学校投入使用,完成绿色防控基地各9000亩';
    expect(extractTargets(text, text, 0, text.length).map((t) => [t.indicator, t.value, t.unit, t.comparator])).toEqual([
      ['河道整治', 2500, '公里', '>='],
      ['学校', 10, '所', '='],
      ['绿色防控基地', 9000, '亩', '='],
    ]);
  });

  it('keeps list marks and Markdown emphasis out of the indicator', () => {
    expect(indicators('- ◆ 力争全年展会**超235场**，展览面积超**800万平方米**')).toEqual([['展会', 235], ['展览面积', 800]]);
    expect(indicators('完成年度投资计划的105%')).toEqual([['年度投资计划', 105]]);
  });
});

describe('mechanisms and systems', () => {
  it('reads setting one up as a concrete act, improving one as a broad aim', () => {
    const plan = '二、2024年工作安排\n建立常态化走访工作机制,完善共建共治共享的社会治理制度。\n';
    expect(analyzeDocument(docFrom(plan)).commitments.map((c) => [c.text, c.mode])).toEqual([
      ['建立常态化走访工作机制', 'promise'],
      ['完善共建共治共享的社会治理制度', 'goal'],
    ]);
    expect(analyzeDocument(docFrom('二、2024年工作安排\n建立健全生态保护补偿机制。\n')).commitments.map((c) => c.mode)).toEqual(['goal']);
    const review = '一、2023年工作回顾\n建立日调度、周通报工作机制,强化经济运行分析。\n';
    expect(analyzeDocument(docFrom(review)).commitments.map((c) => [c.text, c.mode])).toEqual([['建立日调度、周通报工作机制', 'achievement']]);
  });
});

describe('targets without a figure', () => {
  it('reads a qualitative target as a commitment (与经济增长同步, 保持正增长, 控制在…以内)', () => {
    const plan = '二、2024年工作安排\n地区生产总值增长5%左右;城乡居民人均可支配收入与经济增长同步;固定资产投资保持正增长;居民消费价格指数控制在省定目标以内;完成省市下达的节能减排目标任务。\n';
    expect(analyzeDocument(docFrom(plan)).commitments.map((c) => c.mode)).toEqual(['promise', 'promise', 'promise', 'promise', 'promise']);
  });
});

describe('the outlook', () => {
  it("reads others' forecasts for the world as no commitment, though they name a figure", () => {
    const plan = '二、2025年计划安排\n国际货币基金组织(IMF)预测世界经济增长3.2%。全区地区生产总值增长5%左右。\n';
    expect(analyzeDocument(docFrom(plan, { kind: 'plan-report', year: 2025, reviewYear: 2024 })).commitments.map((c) => c.text)).toEqual(['全区地区生产总值增长5%左右']);
    // The world named in a plan's own promise is no forecast.
    expect(analyzeDocument(docFrom('二、2024年工作安排\n抢抓全球经济复苏机遇,外贸进出口增长5%。\n')).commitments.length).toBe(1);
  });
});

describe('honours and thanks', () => {
  it('reads an honour or a status won as a result, and a thanks to the audience as no commitment', () => {
    const honours = '长沙经开区成为首批国家级知识产权强国建设示范园区,明州经济开发区获批省级经济开发区,黄花镇入列中国百强镇。';
    const thanks = '在此,我谨代表区人民政府,向驻区部队、企业和关心支持我区发展的各界人士表示衷心的感谢!';
    const striving = '积极争取获批国家级新区。';
    expect(analyzeDocument(docFrom(`一、2023年工作回顾\n${honours}\n${thanks}\n${striving}`)).commitments.map((c) => [c.text, c.mode])).toEqual([
      ['长沙经开区成为首批国家级知识产权强国建设示范园区', 'achievement'],
      ['明州经济开发区获批省级经济开发区', 'achievement'],
      ['黄花镇入列中国百强镇', 'achievement'],
    ]);
  });
});

describe('analyzeDocument', () => {
  const report = [
    '一、2023年工作回顾',
    '全年建成3所学校,完成投资120亿元。',
    '二、2024年工作安排',
    '今年是实现目标的关键一年,做好工作意义重大。',
    '(一)聚焦产业发展,奋力开创新局面',
    '坚持高质量发展。推动2条轨道交通通车,到2025年建成海珠湿地公园二期,年底前完成5个旧村改造。',
  ].join('\n');
  const { commitments } = analyzeDocument(docFrom(report));

  it('gives the mode by section and skips headings and context', () => {
    const byText = new Map(commitments.map((c) => [c.text, c]));
    expect(byText.get('全年建成3所学校')?.mode).toBe('achievement');
    expect(byText.get('全年建成3所学校')?.year).toBe(2023);
    expect(byText.get('推动2条轨道交通通车')?.mode).toBe('promise');
    expect(byText.get('推动2条轨道交通通车')?.year).toBe(2024);
    expect(byText.get('坚持高质量发展')?.mode).toBe('goal');
    expect(byText.get('到2025年建成海珠湿地公园二期')?.dueYear).toBe(2025);
    expect(byText.get('年底前完成5个旧村改造')?.dueYear).toBe(2024);
    expect(commitments.some((c) => c.text.includes('意义重大') || c.text.includes('聚焦产业发展'))).toBe(false);
    const promise = byText.get('推动2条轨道交通通车')!;
    expect(promise.sectionPath).toEqual(['2024年工作安排', '聚焦产业发展,奋力开创新局面', '坚持高质量发展']);
    expect(promise.line).toBe(6);
    expect(promise.entityIds).toEqual([]);
  });

  it('makes a promise of an action on an event, an asset or a named area, and of a principle followed by an action', () => {
    const plan = [
      '二、2024年工作安排',
      '(一)聚焦产业发展,奋力开创新局面',
      '坚持高质量发展。办好国际投资年会等行业盛会。支持国企盘活存量土地及物业。全面提升环中大科技创新区科创能级。锚定高性价比载体供给,加快小洲、仑头两大智造基地建设。坚持以人民为中心。',
    ].join('\n');
    const modes = analyzeDocument(docFrom(plan)).commitments.map((c) => [c.text, c.mode]);
    const modeOf = (words: string) => modes.find(([text]) => text!.includes(words))?.[1];
    expect(modeOf('国际投资年会')).toBe('promise');
    expect(modeOf('存量土地及物业')).toBe('promise');
    expect(modeOf('环中大科技创新区')).toBe('promise');
    expect(modeOf('两大智造基地')).toBe('promise');
    expect(analyzeDocument(docFrom(['二、2024年工作安排', '力促“人才投”“人才贷”等项目落地。'].join('\n'))).commitments.map((c) => c.mode)).toEqual(['promise']);
    expect(modeOf('坚持以人民为中心')).toBe('goal');
  });

  it('makes a promise of regulation, prevention, a site, a reorganisation, a standing campaign or a designation, and keeps a broad aim (here the paragraph\'s lead) a goal', () => {
    const plan = ['二、2024年工作安排', '提升城区文明程度。开展重点区域大气污染防治。强化餐饮业油烟监管。加快推进法治宣传阵地建设。深化机构改革。组织开展疫情处置应急演练。加快推进疫苗接种工作。持续开展城市体检。深化推进生活垃圾分类处理工作。争创全国文明城市。'].join('\n');
    const modes = analyzeDocument(docFrom(plan)).commitments.map((c) => [c.text, c.mode]);
    const modeOf = (words: string) => modes.find(([text]) => text!.includes(words))?.[1];
    for (const words of ['大气污染防治', '油烟监管', '法治宣传阵地', '机构改革', '应急演练', '疫苗接种', '城市体检', '垃圾分类', '文明城市']) expect(modeOf(words)).toBe('promise');
    expect(modeOf('文明程度')).toBe('goal');
  });

  it('skips only the part of a sentence that sets the scene, reads the results after its semicolons, and takes a task completed for a result', () => {
    const text = ['一、2024年工作回顾', '2024年是深入实施“十四五”规划的关键一年,我区坚定不移建设产业强区;加力提速实施“百千万工程”,城乡融合发展迈向更高水平;与河北工业大学建立战略合作关系。储备粮油轮换任务顺利完成。上调退休人员基本养老金。粮食产量1.39万亿斤,再创历史新高。“十三五”规划实施以来,全区新建学校12所。'].join('\n');
    const modes = analyzeDocument(docFrom(text)).commitments.map((c) => [c.text, c.mode]);
    expect(modes.filter(([t]) => t!.includes('关键一年'))).toEqual([]);
    expect(modes.find(([t]) => t!.includes('百千万工程'))?.[1]).toBe('achievement');
    expect(modes.find(([t]) => t!.includes('河北工业大学'))?.[1]).toBe('achievement');
    // A task said to be completed is a result, object or not.
    expect(modes.find(([t]) => t!.includes('顺利完成'))?.[1]).toBe('achievement');
    // Pensions and insurance schemes are objects; a figure in 万亿 is a figure.
    expect(modes.find(([t]) => t!.includes('养老金'))?.[1]).toBe('achievement');
    expect(modes.find(([t]) => t!.includes('万亿斤'))?.[1]).toBe('achievement');
    // Since when is the frame of the claim after it, no claim itself.
    expect(modes.filter(([t]) => t!.includes('以来'))).toEqual([]);
    expect(modes.find(([t]) => t!.includes('学校12所'))?.[1]).toBe('achievement');
  });

  it('takes no commitment from a plan period\'s frame, a plan naming itself or a motion put to the congress, and no promise from a plan period in quotes', () => {
    const text = [
      '二、2024年工作安排',
      '“十三五”时期是松阳县深入践行新发展理念,全面推进田园松阳建设,高水平全面建成小康社会的关键五年。',
      '松阳县国民经济和社会发展第十三个五年规划纲要,是今后五年松阳经济社会发展的基本蓝图。',
      '我们向本次大会提交了12项民生实事候选项目,请各位代表审议并票决。',
      '聚焦“十四五”开好局、起好步。',
    ].join('\n');
    expect(analyzeDocument(docFrom(text)).commitments.map((c) => [c.text, c.mode])).toEqual([['聚焦“十四五”开好局、起好步', 'goal']]);
  });

  it('takes nothing from a report\'s apparatus: the grounds of its confidence, a leader\'s visits, the turn to its tasks, the issuing body', () => {
    const text = [
      '二、2025年工作安排',
      '信心在于,习近平总书记在福建工作期间,24次到青禾调研指导,给我们留下了宝贵财富。',
      '围绕实现上述目标,重点做好五个方面的工作:',
      '坚定不移做好6个方面工作:',
      '政府工作报告回顾了过去一年的工作成果,新建学校3所。',
      '要结合习近平总书记来闽考察精神,加快建设沙县小吃产业园。',
      '三和智慧农业产业园一期、茴香羊产业园项目当年建成。',
      '县发展和改革委员会',
      '一般公共预算收入保持稳定增长;新建青禾粮库。',
    ].join('\n');
    expect(analyzeDocument(docFrom(text)).commitments.map((c) => [c.text, c.mode])).toEqual([
      // A leader's charge is no visit: the task after it stays.
      ['加快建设沙县小吃产业园', 'promise'],
      // A long subject with its verb at the end.
      ['三和智慧农业产业园一期、茴香羊产业园项目当年建成', 'promise'],
      ['一般公共预算收入保持稳定增长', 'promise'],
      ['新建青禾粮库', 'promise'],
    ]);
  });

  it('takes nothing from a leader\'s visit and charge, the study of a doctrine, or a paragraph that lists shortcomings, however worded', () => {
    const text = [
      '一、2023年工作回顾',
      '总书记亲临广东视察,寄望广州积极推进大湾区建设。全年建成3所学校。',
      '2023年,全区上下深入学习宣传贯彻党的二十大精神,统筹落实“疫情要防住、经济要稳住”的重大要求。',
      '海珠区系统化全域推进海绵城市建设的实施方案',
      '我们也清醒地认识到,发展还存在不少困难和挑战。一是城区功能布局还待进一步优化,产业协同力度需要加大。二是城中村改造提升依然任重道远。',
      '二、2024年工作安排',
      '推动2条轨道交通通车。',
    ].join('\n');
    const found = analyzeDocument(docFrom(text)).commitments.map((c) => c.text);
    expect(found).toEqual(['全年建成3所学校', '推动2条轨道交通通车']);
  });

  it('reads a review\'s results by their verbs of arrival and recognition (进驻, 落户, 纳入, 荣获)', () => {
    const text = ['一、2023年工作回顾', '青禾实验室进驻青禾科创岛,首个集成电路产业园区建成投用,落户一批芯片设计企业,青禾湿地荣获“湿地保护示范奖”。'].join('\n');
    const found = analyzeDocument(docFrom(text)).commitments.filter((c) => c.mode === 'achievement').map((c) => c.text);
    expect(found).toEqual(['青禾实验室进驻青禾科创岛', '首个集成电路产业园区建成投用', '落户一批芯片设计企业', '青禾湿地荣获“湿地保护示范奖”']);
  });

  it('reads a deadline written in Chinese numerals, and no year from a cited title', () => {
    const text = ['一、2023年工作回顾', '出台实施《海珠区产业发展规划（2018—2035年）》。', '二、2024年工作安排', '到二〇二五年建成3个产业园区。'].join('\n');
    const [achievement, promise] = analyzeDocument(docFrom(text)).commitments;
    expect(achievement).toMatchObject({ mode: 'achievement', year: 2023, dueYear: null });
    expect(promise).toMatchObject({ mode: 'promise', year: 2024, dueYear: 2025 });
  });

  it('dates every clause of a sentence that opens with a deadline, and keeps 年均增长 with its subject', () => {
    const text = ['二、2024年工作安排', '到2025年,地区生产总值达到150亿元,年均增长7%左右;森林覆盖率稳定在35%以上。'].join('\n');
    const found = analyzeDocument(docFrom(text)).commitments;
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.every((c) => c.dueYear === 2025)).toBe(true);
    expect(found.flatMap((c) => c.targets.map((t) => [t.indicator, t.value]))).toEqual([
      ['地区生产总值', 150],
      ['地区生产总值年均增长', 7],
      ['森林覆盖率', 35],
    ]);
  });

  it("reads a five-year plan's look back as the last period's results, and its words about itself as nothing", () => {
    const outline = [
      '第一篇 全面建成小康社会,开启现代化建设新征程',
      '第一章 历史方位',
      '第一节 全面小康社会如期建成',
      '“十三五”时期是我区发展史上承前启后的五年,是实现历史性跨越的重要时期。综合实力不断增强,地区生产总值达到100.13亿元。',
      '第二章 主要任务',
      '本纲要主要阐明全区战略意图,是政府履行职责的重要依据。',
      '到2020年底,累计建成污水管网120公里。建成5个产业园区,新增就业岗位2万个。',
    ].join('\n');
    const found = analyzeDocument(docFrom(outline, { kind: 'five-year-plan', year: 2021, reviewYear: null, period: { from: 2021, to: 2025 } })).commitments;
    const modeOf = (words: string) => found.find((c) => c.text.includes(words));
    // 第一篇 is a heading, the review chapter's figures are achievements of 2020, and no sentence about the period
    // or the outline itself is a commitment.
    expect(found.some((c) => c.text.includes('第一篇') || c.text.includes('全面建成小康社会'))).toBe(false);
    expect(modeOf('地区生产总值')).toMatchObject({ mode: 'achievement', year: 2020 });
    expect(found.some((c) => c.text.includes('重要时期') || c.text.includes('本纲要'))).toBe(false);
    // Under a planning chapter, what was due before the plan's period began is a result of the last one.
    expect(modeOf('污水管网')).toMatchObject({ mode: 'achievement', year: 2020, dueYear: null });
    expect(modeOf('5个产业园区')).toMatchObject({ mode: 'promise', year: 2021 });
  });

  it("takes a five-year plan's cover and resolution for nothing, and a look back opening with a spaced-out “ 十三五 ” for results throughout", () => {
    const outline = [
      '庐江县国民经济和社会发展',
      '关于庐江县国民经济和社会发展第十四个五',
      '( 2021 年 1 月 13 日庐江县第十七届人民代表大会第五次会议通过)',
      '第一章 乘势而上迈向新征程',
      '第一节 如期全面建成小康社会',
      '“ 十三五 ” 时期,全县经济保持较快增长,深入实施三大战略,建成高标准农田10万亩。',
      '第二章 主要任务',
      '新建学校5所。',
    ].join('\n');
    const found = analyzeDocument(docFrom(outline, { kind: 'five-year-plan', year: 2021, reviewYear: null, period: { from: 2021, to: 2025 } })).commitments;
    expect(found.filter((c) => c.mode !== 'achievement').map((c) => c.text)).toEqual(['新建学校5所']);
    expect(found.filter((c) => c.mode === 'achievement').every((c) => c.year === 2020 && c.dueYear === null)).toBe(true);
    expect(found.some((c) => c.text.includes('三大战略'))).toBe(true);
  });

  it("takes carrying out a doctrine for a broad aim, not a promise, but carrying out a requirement for a task; and an interpretation's account of its making for nothing", () => {
    const plan = ['二、2024年工作安排', '坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。严格落实旅游景区等重点场所防控要求。'].join('\n');
    const modes = analyzeDocument(docFrom(plan)).commitments.map((c) => [c.text, c.mode]);
    expect(modes.filter(([, mode]) => mode === 'promise').map(([text]) => text)).toEqual(['严格落实旅游景区等重点场所防控要求']);
    expect(modes.some(([text, mode]) => text!.includes('二十大精神') && mode === 'goal')).toBe(true);
    const interpretation = ['一、决策背景和依据', '在充分衔接区政府工作报告的基础上,拟定了报告的基本框架,提出2025年主要任务。', '二、制定意义和总体考虑', '《计划报告》在区政府工作报告的框架下,侧重细化和补充说明。'].join('\n');
    expect(analyzeDocument(docFrom(interpretation, { kind: 'plan-report-interpretation', year: 2025, reviewYear: 2024 })).commitments).toEqual([]);
  });

  it('reads a part before the plan part as review even when its heading is a slogan, and keeps figures after 过去一年', () => {
    const text = [
      '一、冲云拨雾,迎难而上,国民经济和社会事业稳步发展',
      '过去一年,全区生产总值增长7%。建成高标准农田45.7万亩。',
      '二、2023年国民经济和社会发展计划草案',
      '新建高标准农田10万亩。',
    ].join('\n');
    const found = analyzeDocument(docFrom(text, { kind: 'plan-report', year: 2023, reviewYear: 2022 })).commitments.map((c) => [c.text, c.mode, c.year]);
    expect(found).toEqual([
      ['过去一年,全区生产总值增长7%', 'achievement', 2022],
      ['建成高标准农田45.7万亩', 'achievement', 2022],
      ['新建高标准农田10万亩', 'promise', 2023],
    ]);
  });

  it("takes what the country's leadership did for context, not the district's results", () => {
    const text = ['一、2024年工作回顾', '习近平总书记就黄埔军校建校100周年发来贺信,让我们倍受鼓舞。以习近平同志为核心的党中央胜利召开了党的二十届三中全会。全区新建学校3所。'].join('\n');
    expect(analyzeDocument(docFrom(text)).commitments.map((c) => c.text)).toEqual(['全区新建学校3所']);
  });

  it('is deterministic: the same content gives the same ids', () => {
    expect(analyzeDocument(docFrom(report)).commitments.map((c) => c.id)).toEqual(commitments.map((c) => c.id));
  });

  it('skips the chrome of a copied web page', () => {
    const page = ['当前位置:首页 > 政务公开', '发布日期:2024-01-31 来源:区政府办', '分享到:', '二、2024年工作安排', '推动5个项目开工。'].join('\n');
    const result = analyzeDocument(docFrom(page));
    expect(result.commitments.map((c) => c.text)).toEqual(['推动5个项目开工']);
  });
});

describe('the corpus', () => {
  const dir = new URL('../../corpus/', import.meta.url);
  const manifest = parseManifest(readFileSync(new URL('manifest.json', dir), 'utf8'), 'manifest.json');
  const files = [...manifest.keys()];

  it('keeps every commitment and target an exact slice of the original text, away from TOC and chrome', () => {
    let total = 0;
    const started = performance.now();
    for (const file of files) {
      const doc = readDocument({ path: file, bytes: readFileSync(new URL(file, dir)), manifestEntry: manifest.get(file) });
      const { commitments } = analyzeDocument(doc);
      total += commitments.length;
      const lines = doc.text.split('\n');
      for (const c of commitments) {
        expect(doc.text.slice(c.start, c.end)).toBe(c.text);
        expect(doc.text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.sentence);
        for (const t of c.targets) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
        expect(lines[c.line - 1]).toContain(c.text.split('\n')[0]);
        if (file.startsWith('003_')) expect(c.line).toBeGreaterThan(83);
        const line = lines[c.line - 1]!;
        expect(/您当前所在的位置|当前位置|发布日期|分享到|浏览量/.test(line)).toBe(false);
      }
    }
    expect(total).toBeGreaterThan(500);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('resolveYears', () => {
  const plan = docFrom('x', { kind: 'five-year-plan', year: 2021, reviewYear: null, period: { from: 2021, to: 2025 } }).record;

  it('reads the base of a comparison (比2015年, 是2015年的) as the base, not as the year reported', () => {
    expect(resolveYears('高新技术企业达629家,是2015年的6.76倍', 'achievement', plan).year).toBe(2020);
    expect(resolveYears('实有各类市场主体共18.42万户,比2015年增长56.9%', 'achievement', plan).year).toBe(2020);
    expect(resolveYears('空气优良天数比例达89.3%,较2015年提升7.7个百分点', 'achievement', plan).year).toBe(2020);
    expect(resolveYears('研发经费支出69.79亿元(2019年),比2015年提升1.33个百分点', 'achievement', plan).year).toBe(2019);
    expect(resolveYears('地区生产总值从2015年的1405.4亿元增长到2020年的2086.93亿元', 'achievement', plan).year).toBe(2020);
    expect(resolveYears('全年接待旅游人数逾8000万人次、超2019年', 'achievement', plan).year).toBe(2020);
    expect(resolveYears('客运量恢复至2019年的九成', 'achievement', plan).year).toBe(2020);
  });
});
