import { describe, expect, it } from 'vitest';
import { detectMetadata } from '../../ingest/metadata/detectMetadata.js';
import { applyManifest, parseManifest } from '../../ingest/metadata/manifest.js';
import { toMatchText } from '../../ingest/normalize/matchText.js';
import { IngestError } from '../../src/errors.js';

describe('detectMetadata', () => {
  it('reads an annual plan report: review year before 与, plan year after', () => {
    const text = '\n广州市天河区2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n\n各位代表:\n天河区全年地区生产总值增长5%。天河区……';
    expect(detectMetadata(text, 'x.txt')).toMatchObject({
      title: '广州市天河区2022年国民经济和社会发展计划执行情况与2023年计划草案的报告',
      city: '广州市',
      district: '天河区',
      kind: 'plan-report',
      year: 2023,
      reviewYear: 2022,
      period: null,
    });
  });

  it('reads a report on part of a year (2023年上半年…计划执行情况) as reviewing that year and planning the rest of it', () => {
    const text = '昆明市官渡区人民政府关于官渡区2023年上半年国民经济和社会发展计划执行情况的报告\n——2023年8月31日在区第十七届人大常委会第十五次会议上\n尊敬的赵主任:\n2023年上半年,全区实现地区生产总值806亿元。';
    expect(detectMetadata(text, 'x.txt')).toMatchObject({ city: '昆明市', district: '官渡区', kind: 'plan-report', year: 2023, reviewYear: 2023 });
  });

  it("reads a plan report named only for the year's plan (关于2025年全市国民经济和社会发展计划的报告), a mid-term review as no plan, and a city from where its report was delivered", () => {
    expect(detectMetadata('关于2025年全市国民经济和社会发展计划的报告\n', 'p.txt')).toMatchObject({ kind: 'plan-report', year: 2025, reviewYear: 2024 });
    expect(detectMetadata('《郑州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》实施中期评估报告\n', 'm.txt').kind).toBe('other');
    const changchun = '2025年政府工作报告\n——2025年1月8日在长春市第十六届人民代表大会第四次会议上\n';
    expect(detectMetadata(changchun, 'c.txt')).toMatchObject({ kind: 'work-report', year: 2025, city: '长春市', district: null });
  });

  it('joins a title broken over two lines (…国民经济和社会发展 / 第十四个五年规划…纲要; …执行情况与 / …报告)', () => {
    expect(detectMetadata('关于海珠区2021年国民经济和社会发展计划执行情况与\n\n2022年计划草案的报告\n', 'c.txt').title).toBe('关于海珠区2021年国民经济和社会发展计划执行情况与2022年计划草案的报告');
    const outline = '渝中府发〔2021〕29号\n重庆市渝中区国民经济和社会发展\n第十四个五年规划和二〇三五年远景目标纲要\n2021年3月\n';
    expect(detectMetadata(outline, 'o.txt')).toMatchObject({ title: '重庆市渝中区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', kind: 'five-year-plan', district: '渝中区' });
  });

  it('reads a traditional-character five-year plan outline and its period', () => {
    const original = '越秀區國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要\n第一章 總體要求\n越秀區……';
    const meta = detectMetadata(toMatchText(original), 'y.txt');
    expect(meta).toMatchObject({ kind: 'five-year-plan', district: '越秀区', year: 2021, period: { from: 2021, to: 2025 } });
  });

  it('dates a work report by the day it was delivered, and names an untitled page from its headings', () => {
    const work = '政 府 工 作 报 告\n——2025年1月20日在广州市黄埔区第二届人民代表大会第五次会议上\n一、2024年工作回顾\n黄埔区……';
    expect(detectMetadata(work, 'w.txt')).toMatchObject({ kind: 'work-report', year: 2025, reviewYear: 2024, district: '黄埔区' });
    // A session in December delivers the report for the year after; the title may name the city and district
    // between its year and 政府工作报告, and the arrangements heading says the year too.
    const december = '政 府 工 作 报 告\n——2022年12月27日在张湾区第十届人民代表大会第二次会议上\n一、2022年工作回顾\n张湾区……';
    expect(detectMetadata(december, 'd.txt')).toMatchObject({ kind: 'work-report', year: 2023, reviewYear: 2022 });
    // A disclosure page: its metadata table names a 计划 but is no title; the notice is titled by what it transmits.
    const disclosure = '成文日期 2024-02-09 发布日期 2024-02-22 主题分类 国民经济发展规划、计划\n重庆市渝中区人民政府关于印发《重庆市渝中区2023年国民经济和社会发展计划执行情况及2024年计划草案的报告》的通知\n';
    expect(detectMetadata(disclosure, 'n.txt')).toMatchObject({ title: '重庆市渝中区2023年国民经济和社会发展计划执行情况及2024年计划草案的报告', kind: 'plan-report', year: 2024, reviewYear: 2023 });
    // The delivery date in brackets after the title, the province in brackets before it.
    const bracketed = '导航菜单\n(四川省)洪雅县人民政府工作报告(2023年1月8日)\n今年要全力抓好十件大事:';
    expect(detectMetadata(bracketed, 'b.txt')).toMatchObject({ kind: 'work-report', year: 2023, reviewYear: 2022, district: '洪雅县', city: '眉山市' });
    const titled = '2023年十堰市张湾区政府工作报告\n——2022年12月27日\n张湾区……';
    expect(detectMetadata(titled, 't.txt')).toMatchObject({ year: 2023, reviewYear: 2022, city: '十堰市', district: '张湾区' });
    // 2022年计划投资 is an amount, not the plan the report is about.
    const arranged = '政府工作报告\n一、过去一年的工作\n张湾区完成2022年计划投资的98%……\n二、2023年工作安排\n推进……';
    expect(detectMetadata(arranged, 'a.txt')).toMatchObject({ kind: 'work-report', year: 2023, reviewYear: 2022 });
    const page = '当前位置:首页 > 概况\n一、2023年国民经济和社会发展计划执行情况\n白云区……白云区\n二、2024年国民经济和社会发展计划安排建议';
    expect(detectMetadata(page, 'p.txt')).toMatchObject({
      title: '白云区2023年国民经济和社会发展计划执行情况与2024年计划',
      kind: 'plan-report',
      year: 2024,
      reviewYear: 2023,
    });
  });
});

describe('detectMetadata: places', () => {
  it("takes a city's own report for the city's, and a district ending like a generic area for a district when its city precedes it", () => {
    const city = '广州市人民政府关于印发广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要的通知\n各区人民政府:\n“十四五”时期,我市将加快建设南沙科学城。';
    expect(detectMetadata(city, 'c.txt')).toMatchObject({ kind: 'five-year-plan', city: '广州市', district: null });
    const lucheng = '中共温州市鹿城区委关于制定鹿城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议\n就科学制定温州市鹿城区国民经济和社会发展第十四个五年规划提出如下建议。鹿城区老城区……';
    expect(detectMetadata(lucheng, 'l.txt')).toMatchObject({ city: '温州市', district: '鹿城区' });
    // 我市老城区: what follows the city is the generic old town, not a district.
    expect(detectMetadata('我市老城区改造。我市老城区提升。', 'o.txt').district).toBeNull();
    // A city's annual plan itself: a plan report of its year; a zone it names once is no district.
    const scheme = '上海市嘉定区人民政府办公室关于转发《嘉定区系统化全域推进海绵城市建设的实施方案》的通知\n各镇人民政府:\n嘉定区系统化全域推进海绵城市建设的实施方案\n嘉定区到2025年底……嘉定区';
    expect(detectMetadata(scheme, 's.txt')).toMatchObject({ title: '上海市嘉定区人民政府办公室关于转发《嘉定区系统化全域推进海绵城市建设的实施方案》的通知', kind: 'other', district: '嘉定区' });
    const annual = '咸阳市人民政府关于印发《咸阳市2023年国民经济和社会发展计划》的通知\n咸阳市2023年国民经济和社会发展计划\n加快打造秦创原科技成果转化先行区。';
    expect(detectMetadata(annual, 'x.txt')).toMatchObject({ kind: 'plan-report', year: 2023, reviewYear: 2022, city: '咸阳市', district: null });
    // A district's report may name itself in its title only and say 我区 after.
    expect(detectMetadata('青浦区2024年政府工作报告\n我区全年新建学校3所。', 'q.txt')).toMatchObject({ district: '青浦区', year: 2024 });
  });

  it("finds the title in a page's metadata table, and a work report from its plan part's heading when the page lacks a title", () => {
    const table = '文件名称 | 汉滨区2025年政府工作报告 | ||\n索引号 | /2025-0000 | 公开目录: | 工作报告 |\n各位代表:汉滨区';
    expect(detectMetadata(table, 't.txt')).toMatchObject({ title: '汉滨区2025年政府工作报告', kind: 'work-report', year: 2025, district: '汉滨区' });
    const untitled = '二、2025年政府工作目标任务\n各位代表,2025年是“十四五”规划收官之年。\n(一)聚力建设现代化产业体系';
    expect(detectMetadata(untitled, 'u.txt')).toMatchObject({ kind: 'work-report', year: 2025, reviewYear: 2024 });
  });

  it('takes the title\'s district over names in the leadership formula, never a list tail (政府和区) or 自治区, and reads a banner (旗) as a county', () => {
    const qingshan = '青山区2023年政府工作报告\n在市委、市政府和区委的坚强领导下,全区经济稳步增长。在市委、市政府和区委的坚强领导下。';
    expect(detectMetadata(qingshan, 'q.txt').district).toBe('青山区');
    const untitled = '各位代表:\n现在,我代表区人民政府向大会报告工作。\n一、2022年工作回顾\n在市委、市政府和区委的坚强领导下,在市委、市政府和区委的关怀下。';
    expect(detectMetadata(untitled, 'u.txt')).toMatchObject({ kind: 'work-report', district: null });
    const gaochang = '高昌区2024年政府工作报告\n在自治区党委、自治区人民政府的坚强领导下。自治区党委。自治区人民政府。';
    expect(detectMetadata(gaochang, 'g.txt').district).toBe('高昌区');
    const banner = '关于科右中旗2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n全旗播种面积365.15万亩,高举红旗。';
    expect(detectMetadata(banner, 'b.txt')).toMatchObject({ district: '科右中旗', kind: 'plan-report', year: 2023 });
  });

  it('reads the district from where the report was delivered or adopted, skips tags and breadcrumbs, and tells an interpretation or a resolution from what it is about', () => {
    const fushan = '政府工作报告\n2019年3月2日在浮山县第十六届人民代表大会第四次会议上\n各位代表:\n现在,我代表县人民政府向大会报告工作。';
    expect(detectMetadata(fushan, 'f.txt')).toMatchObject({ kind: 'work-report', district: '浮山县', year: 2019 });
    const anju = '政府工作报告\n——2022年1月5日在遂宁市安居区第五届人民代表大会第一次会议上\n各位代表:';
    expect(detectMetadata(anju, 'a.txt').district).toBe('安居区');
    const tumote = '政 府 工 作 报 告\n——2017年12月5日在土默特左旗第十七届人民代表大会第一次会议上\n土默特左旗人民政府旗长 成红亮';
    expect(detectMetadata(tumote, 't.txt')).toMatchObject({ kind: 'work-report', district: '土默特左旗', year: 2018 });
    const anqiu = '【主要负责人解读】安丘市发改局局长解读《安丘市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》\n一、编制背景';
    expect(detectMetadata(anqiu, 'q.txt')).toMatchObject({ kind: 'plan-report-interpretation', city: '安丘市' });
    const resolution = '(2021年3月17日达拉特旗第十七届人民代表大会第五次会议第三次全体会议通过)\n会议决定批准达拉特旗2020年国民经济和社会发展计划执行情况与2021年计划草案的报告。';
    expect(detectMetadata(resolution, 'r.txt')).toMatchObject({ kind: 'other', district: '达拉特旗' });
    const shenzhen = '首页 > 政务公开 > 规划计划 > 年度工作计划及总结\n\n关于深圳市2015年国民经济和社会发展计划执行情况与2016年计划(草案)的报告\n深圳市发展和改革委员会';
    expect(detectMetadata(shenzhen, 's.txt')).toMatchObject({ title: '关于深圳市2015年国民经济和社会发展计划执行情况与2016年计划(草案)的报告', city: '深圳市', kind: 'plan-report' });
    const chifeng = '各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、2024年工作回顾';
    expect(detectMetadata(chifeng, 'c.txt').kind).toBe('work-report');
  });

  it('names the city of a district whose report never writes it from the national list of divisions, when the name is unique or the text says which', () => {
    expect(detectMetadata('汉滨区2025年政府工作报告\n各位代表:汉滨区', 'h.txt')).toMatchObject({ district: '汉滨区', city: '安康市' });
    // So a district's reports that name their city and those that do not are one jurisdiction.
    expect(detectMetadata('海珠区2024年政府工作报告\n海珠区', 'z.txt').city).toBe('广州市');
    // 鼓楼区 is in four cities, two of them in 江苏省: only the text can say which.
    expect(detectMetadata('鼓楼区2024年政府工作报告\n鼓楼区', 'g.txt').city).toBeNull();
    expect(detectMetadata('鼓楼区2024年政府工作报告\n鼓楼区,江苏省', 'g.txt').city).toBeNull();
    expect(detectMetadata('鼓楼区2024年政府工作报告\n鼓楼区,福建省会', 'g.txt').city).toBe('福州市');
  });

  it('reads a three-character district name where its start is known: after its city or province, or at the start of the title', () => {
    const outline = '(湖北省)鄂州市梁子湖区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n全面推进梁子湖区生态建设,梁子湖区';
    expect(detectMetadata(outline, 'o.txt')).toMatchObject({ city: '鄂州市', district: '梁子湖区', kind: 'five-year-plan' });
    expect(detectMetadata('梁子湖区2024年政府工作报告\n我区全年新建学校3所。', 'w.txt').district).toBe('梁子湖区');
    // The title says whose report it is, even when the name ends like a generic area (山区).
    const plan = '关于石景山区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n石景山区';
    expect(detectMetadata(plan, 'p.txt')).toMatchObject({ district: '石景山区', year: 2025, reviewYear: 2024 });
    // Elsewhere only two characters are taken: 推进海珠区 is 海珠区.
    expect(detectMetadata('广州市海珠区2024年政府工作报告\n推进海珠区发展。加快海珠区建设。', 'h.txt')).toMatchObject({ city: '广州市', district: '海珠区' });
  });

  it('takes a county for the district-level government when the title or the reporting government names it', () => {
    const xia = '2024年夏县政府工作报告\n各位代表:\n全县地区生产总值增长2.5%,获评省级全域旅游示范县。\n推动夏县经济技术开发区扩区调规。';
    expect(detectMetadata(xia, 'x.txt')).toMatchObject({ kind: 'work-report', year: 2024, district: '夏县' });
    const shanghang = '各位代表:\n现在,我代表上杭县人民政府,向大会报告政府工作。\n连续第四年被评为福建省经济实力十强县。';
    expect(detectMetadata(shanghang, 's.txt').district).toBe('上杭县');
    expect(detectMetadata('龙岩市上杭县2024年政府工作报告\n上杭县', 'l.txt')).toMatchObject({ city: '龙岩市', district: '上杭县' });
    // Designations and counties a district's report is paired with are no issuer.
    expect(detectMetadata('建设工业强县、农业大县,创建示范县。', 'd.txt').district).toBeNull();
    const paired = '广州市海珠区2024年政府工作报告\n海珠区对口帮扶梅州市五华县,海珠区新增就业。';
    expect(detectMetadata(paired, 'p.txt')).toMatchObject({ city: '广州市', district: '海珠区' });
  });

  it('reads the district from a news page on the session and the year from the requirements it sets, and no district from a session line that omits the name', () => {
    const news = '3月24日上午,霞山区第十一届人民代表大会第五次会议开幕。区长代表霞山区人民政府向大会作政府工作报告。\n2025年霞山区政府工作的总体要求是:坚持稳中求进。';
    expect(detectMetadata(news, 'n.txt')).toMatchObject({ kind: 'work-report', district: '霞山区', year: 2025, reviewYear: 2024 });
    const unnamed = '2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n——2024年1月9日在区第十八届人民代表大会第五次会议上\n各位代表:';
    expect(detectMetadata(unnamed, 'u.txt')).toMatchObject({ kind: 'plan-report', district: null, year: 2024 });
  });

  it('reads pages that break their session line, title or city, name an autonomous county, or begin at the plan part', () => {
    const cangwu = '政府工作报告\n\n  ——2024年2月28日在苍梧县第十七届\n\n  人民代表大会第四次会议上\n\n各位代表:';
    expect(detectMetadata(cangwu, 'c.txt')).toMatchObject({ district: '苍梧县', city: '梧州市', year: 2024 });
    const gaochang = '吐鲁番市高昌区\n国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n吐鲁番市高昌区地处…';
    expect(detectMetadata(gaochang, 'g.txt')).toMatchObject({ title: '吐鲁番市高昌区国民经济和社会发展第十四个五年规划和2035年远景目标纲要', city: '吐鲁番市', district: '高昌区', kind: 'five-year-plan' });
    const jinzhai = '关于金寨县2024年国民经济和社会发展计划\n执行情况与2025年计划草案的报告\n各位代表:';
    expect(detectMetadata(jinzhai, 'j.txt')).toMatchObject({ title: '关于金寨县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告', year: 2025, reviewYear: 2024 });
    expect(detectMetadata('琼中黎族苗族自治县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n', 'q.txt').district).toBe('琼中黎族苗族自治县');
    expect(detectMetadata('2025年镇沅县政府工作报告\n各位代表:', 'z.txt')).toMatchObject({ district: '镇沅县', city: '普洱市' });
    expect(detectMetadata('二、2025年主要工作安排\n今年政府工作的总体要求是:坚持稳中求进。', 'p.txt')).toMatchObject({ kind: 'work-report', year: 2025 });
    expect(detectMetadata('各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。', 'y.txt').kind).toBe('work-report');
    expect(detectMetadata('【计划】2024年国民经济和社会发展计划的报告\n', 'e.txt').title).toBe('2024年国民经济和社会发展计划的报告');
    // A district named for a 州 (甘州区) keeps its name; the delivery line run into the title is no part of it.
    const ganzhou = '政府工作报告 ——2026年1月27日在张掖市甘州区第十九届 人民代表大会第五次会议上\n各位代表:';
    expect(detectMetadata(ganzhou, 'g.txt')).toMatchObject({ title: '政府工作报告', city: '张掖市', district: '甘州区', year: 2026 });
    // A disclosure page's labelled row is no title; a page that begins at 2025年发展目标任务 is a work report for 2025.
    const chengkou = '城口县发展和改革委员会\n[ 主题分类 ] | 国民经济发展规划、计划 | [ 体裁分类 ] | 规划计划 |\n城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告\n';
    expect(detectMetadata(chengkou, 'c.txt').title).toBe('城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告');
    expect(detectMetadata('二、2025年发展目标任务\n今年是“十四五”规划收官之年。', 'z.txt')).toMatchObject({ kind: 'work-report', year: 2025 });
    // The 州 inside 荆州 is no boundary before a county; 建设区域 names no district.
    expect(detectMetadata('(湖北省)荆州市公安县国民经济和社会发展十四五规划(2022年更新)\n', 'g.txt')).toMatchObject({ city: '荆州市', district: '公安县' });
    const longyou = '二、2025年目标任务和重点工作\n2025年是“十四五”收官之年,也是龙游加快建设区域明珠城市的关键之年。我们要在县委的坚强领导下推进工作。';
    expect(detectMetadata(longyou, 'l.txt')).toMatchObject({ kind: 'work-report', year: 2025, district: null });
    // A national report names zones and kinds of area again and again, and no district of its own.
    const national = '政府工作报告\n各位代表:\n粮食主产区利益补偿。支持粮食主产区。建设先行区。推进先行区。经济运行在合理区间。保持在合理区间。香港特别行政区、澳门特别行政区。';
    expect(detectMetadata(national, 'n.txt')).toMatchObject({ city: null, district: null });
    // A plan part headed by its government (新城区政府2025年工作安排): a work report of that district for 2025.
    expect(detectMetadata('新城区政府2025年工作安排\n2025年是“十四五”规划收官之年,也是新城区经济总量再上台阶的关键之年。', 'x.txt')).toMatchObject({ kind: 'work-report', year: 2025, district: '新城区' });
  });
});

describe('manifest', () => {
  it('overrides detected fields and keeps the rest', () => {
    const entries = parseManifest(JSON.stringify({ documents: [{ file: 'a.txt', year: 2030, kind: 'other' }] }), 'm.json');
    const detected = detectMetadata('广州市海珠区2024年政府工作报告\n海珠区', 'a.txt');
    const merged = applyManifest(detected, entries.get('a.txt'));
    expect(merged).toMatchObject({ year: 2030, kind: 'other', district: '海珠区' });
  });

  it('names the manifest file when it is malformed', () => {
    expect(() => parseManifest('{', 'corpus/manifest.json')).toThrow(IngestError);
    expect(() => parseManifest('{"documents":[{"file":"a","kind":"novel"}]}', 'corpus/manifest.json')).toThrow(/corpus\/manifest.json: .*novel/);
  });
});
