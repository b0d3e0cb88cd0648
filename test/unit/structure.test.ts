import { describe, expect, it } from 'vitest';
import { readDocument, type ReadDocument } from '../../ingest/readDocument.js';
import type { DocumentMeta } from '../../src/model.js';
import { analyzeStructure } from '../../ingest/structure/analyzeStructure.js';
import { matchHeading } from '../../ingest/structure/matchHeading.js';

// A ReadDocument from a string, with the years a manifest would give.

function docFrom(text: string, meta: Partial<DocumentMeta> = {}): ReadDocument {
  return readDocument({
    path: 'test.txt',
    bytes: new TextEncoder().encode(text),
    manifestEntry: { file: 'test.txt', kind: 'work-report', year: 2024, reviewYear: 2023, period: null, ...meta },
  });
}

/** The text of each body block the structure gives the commitment stage. */
function bodyTexts(doc: ReadDocument): string[] {
  return analyzeStructure(doc).blocks.map((b) => doc.text.slice(b.start, b.end));
}

describe('matchHeading', () => {
  it('recognises numbered headings and lead sentences', () => {
    expect(matchHeading('一、2023年工作回顾')?.kind).toBe('part');
    expect(matchHeading('(一)聚焦空间布局优化,奋力开创产城融合新局面')?.kind).toBe('paren');
    expect(matchHeading('第一篇 全面建成小康社会,开启现代化建设新征程')?.kind).toBe('volume');
    // A numbered part's title may hold a comma even with its body on the same line.
    const merged = matchHeading('(一)聚力推进乡村振兴,加快农业农村现代化建设迈出新步伐。全面落实党中央战略部署,持续巩固提升脱贫攻坚成果。');
    expect(merged?.kind).toBe('paren');
    expect(merged?.bodyStart).toBe('(一)聚力推进乡村振兴,加快农业农村现代化建设迈出新步伐。'.length);
    expect(matchHeading('第三章 释放科技创新活力')?.kind).toBe('chapter');
    expect(matchHeading('第二节 指导方针')?.kind).toBe('section');
    expect(matchHeading('1.2035年远景目标')?.number).toBe('1.');
    // A numbered line that is one whole sentence is a list item of the text, not a heading.
    expect(matchHeading('1.数字经济核心产业')?.kind).toBe('arabic');
    expect(matchHeading('5.开工建设洪雅通用机场。')).toBeNull();
    expect(matchHeading('(3)建成投用瓦屋山环湖水厂。')).toBeNull();
    const lead = matchHeading('经济平稳健康发展。地区生产总值增长7.6%,高于全市。');
    expect(lead?.kind).toBe('lead');
    expect(lead?.titleEnd).toBe(8);
    expect(matchHeading('坚持把发展经济的着力点放在实体经济上,构建产业集群。')).toBeNull();
  });
});

describe('analyzeStructure', () => {
  it("keeps the document's own title line out of the body, so no paragraph after it is joined to it", () => {
    const title = '中共温州市鹿城区委关于制定鹿城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议';
    const doc = docFrom(`${title}\n\n鹿城新闻网讯 全会就制定鹿城区“十四五”规划提出如下建议:\n一、高水平开启新征程\n加快建设青禾产业园。`, { kind: 'five-year-plan', year: 2021 });
    expect(doc.record.title).toBe(title);
    const { blocks } = analyzeStructure(doc);
    const texts = blocks.map((b) => doc.text.slice(b.start, b.end));
    expect(texts.some((t) => t.includes('远景目标的建议'))).toBe(false);
    expect(texts[0]).toMatch(/^鹿城新闻网讯/);
  });

  it('keeps a title split over two lines out of the body, and reads a plan\'s 发展背景 as its look-back', () => {
    const text = ['青禾县国民经济和社会发展', '第十四个五年规划纲要', '一、发展背景', '“十三五”期间,全县新建学校12所。', '二、主要任务', '新建5个产业园区。'].join('\n');
    const doc = docFrom(text, { kind: 'five-year-plan', year: 2021, period: { from: 2021, to: 2025 } });
    expect(doc.record.title).toBe('青禾县国民经济和社会发展第十四个五年规划纲要');
    const { blocks, sections } = analyzeStructure(doc);
    expect(blocks.map((b) => doc.text.slice(b.start, b.end))).toEqual(['“十三五”期间,全县新建学校12所。', '新建5个产业园区。']);
    expect(sections.map((s) => [s.title, s.role])).toEqual([
      ['发展背景', 'review'],
      ['主要任务', 'plan'],
    ]);
  });

  it('labels review and plan parts and lets children inherit', () => {
    const text = ['各位代表:', '一、2024年工作回顾', '(一)经济稳中向好', '全年新建学校3所。', '二、2025年工作安排', '(一)推动产业升级', '开工建设5个项目。'].join('\n');
    const { sections } = analyzeStructure(docFrom(text, { year: 2025, reviewYear: 2024 }));
    expect(sections.map((s) => [s.title, s.level, s.role])).toEqual([
      ['2024年工作回顾', 1, 'review'],
      ['经济稳中向好', 2, 'review'],
      ['2025年工作安排', 1, 'plan'],
      ['推动产业升级', 2, 'plan'],
    ]);
    expect(sections[1]!.parentId).toBe(sections[0]!.id);
  });

  it('takes top-level parts titled by theme alone after the review for plans, and a preamble for neither', () => {
    const text = ['各位代表:', '一、2023年工作回顾', '全年新建学校3所。', '二、全力推动融合“迭变”,持续打造生态转化新地标', '新改建各类公园12个。', '三、加强政府自身建设', '深化政务公开。'].join('\n');
    const { sections, blocks } = analyzeStructure(docFrom(text));
    expect(sections.map((s) => s.role)).toEqual(['review', 'plan', 'plan']);
    expect(blocks[0]!.role).toBe('other');
    // Before the plan part, a part about the report itself stays outside both; one titled by a slogan reviews.
    const untitled = analyzeStructure(docFrom(['一、关于本报告', '本报告共三部分。', '二、2024年工作安排', '开工建设5个项目。'].join('\n')));
    expect(untitled.sections.map((s) => s.role)).toEqual(['other', 'plan']);
    const slogan = analyzeStructure(docFrom(['一、砥砺奋进,经济社会发展迈上新台阶', '建成青山公园二期。', '二、2024年工作安排', '开工建设5个项目。'].join('\n')));
    expect(slogan.sections.map((s) => s.role)).toEqual(['review', 'plan']);
  });

  it('reads traditional characters and keeps offsets into the original', () => {
    const text = '第一節 發展環境\n經濟發展穩中有進。“十三五”期間地區生產總值年均增長6.5%。\n第二節 發展目標\n到2025年,建成3個產業園區。';
    const doc = docFrom(text, { kind: 'five-year-plan', year: 2021, reviewYear: null, period: { from: 2021, to: 2025 } });
    const { sections } = analyzeStructure(doc);
    expect(sections.map((s) => [s.title, s.role])).toEqual([
      ['發展環境', 'review'],
      ['經濟發展穩中有進', 'review'],
      ['發展目標', 'plan'],
    ]);
    for (const s of sections) expect(text.slice(s.start, s.end)).toContain(s.title);
  });

  it('recognises a table of contents and never reads it as body', () => {
    const toc = ['目 录', '第一章 发展基础', '第一节 发展成就', '第二节 发展环境', '第二章 主要任务', '第一节 建设产业园区', '第二节 完善交通网络'];
    const body = ['第一章 发展基础', '全区经济总量稳步增长。', '第二章 主要任务', '第一节 建设产业园区', '新建5个产业园区,引进企业超100家。'];
    const text = [...toc, ...body].join('\n');
    const structure = analyzeStructure(docFrom(text, { kind: 'five-year-plan', year: 2021, period: { from: 2021, to: 2025 } }));
    expect([...structure.excludedLines].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(structure.blocks.every((b) => b.line > 7)).toBe(true);
    expect(structure.sections.every((s) => s.line > 7)).toBe(true);
  });

  it('does not take short bullet headings with list items or table rows for a table of contents', () => {
    const text = ['2021年总结', '■ 经济保持稳定增长', '序号\t指标名称\t成效', '1\t地区生产总值\t增长9%左右', '■ 产业加快集聚', '★ 琶洲试验区', '- ◆ 琶洲实验室进驻华新科创岛', '- ◆ 新增企业300家'].join('\n');
    const structure = analyzeStructure(docFrom(text, { year: 2022, reviewYear: 2021 }));
    expect(structure.excludedLines.size).toBe(0);
    expect(structure.blocks.map((b) => b.line)).toEqual([3, 4, 7, 8]);
    expect(structure.blocks.every((b) => b.role === 'review')).toBe(true);
  });

  it('treats lines with page numbers as a table of contents', () => {
    const text = ['目录', 'P03', '规划简介', 'P04', '2021年总结', 'P20', '2022年计划', '', '2022年计划', '推动10个重点项目开工。'].join('\n');
    const structure = analyzeStructure(docFrom(text, { year: 2022, reviewYear: 2021 }));
    expect(structure.blocks.map((b) => b.line)).toEqual([10]);
    expect(structure.blocks[0]!.role).toBe('plan');
  });

  it('parses both glossary layouts', () => {
    const oneLine = ['附件', '名 词 解 释', '1.“百千万工程”:百县千镇万村高质量发展工程。', '2.南沙方案即《广州南沙深化面向世界的粤港澳全面合作总体方案》。'].join('\n');
    const terms = analyzeStructure(docFrom(oneLine)).terms;
    expect(terms.map((t) => [t.term, t.definition])).toEqual([
      ['百千万工程', '百县千镇万村高质量发展工程。'],
      ['南沙方案', '即《广州南沙深化面向世界的粤港澳全面合作总体方案》。'],
    ]);
    const twoLine = ['名词解释', '1. “四上”企业', '规模以上工业企业等。', '2. 专精特新', '专业化、精细化、特色化、新颖化。', '■ 附录'].join('\n');
    const terms2 = analyzeStructure(docFrom(twoLine)).terms;
    expect(terms2.map((t) => [t.term, t.definition])).toEqual([
      ['“四上”企业', '规模以上工业企业等。'],
      ['专精特新', '专业化、精细化、特色化、新颖化。'],
    ]);
  });
});

describe('notes under a table', () => {
  it('reads no body from a note and the numbered notes after it, and reads the paragraph after them again', () => {
    const text = [
      '一、2024年工作安排',
      '全年地区生产总值增长5%左右。',
      '注:1.人均指标测算依据是第七次人口普查之前的人口数据,后续将适当修正。',
      '2.数字经济核心产业增加值比重暂没有核算数据,目标定为“发挥重大支撐作用”的主要考虑是其功能布局。',
      '(3)维持年限超过10年的有效发明专利。',
      '加快建设琶洲人工智能与数字经济试验区。',
    ].join('\n');
    const bodies = bodyTexts(docFrom(text));
    expect(bodies).toEqual(['全年地区生产总值增长5%左右。', '加快建设琶洲人工智能与数字经济试验区。']);
  });

  it('ends a note where its numbering does not run on: an unnumbered note, a blank line, another number', () => {
    const text = ['二、2024年工作安排', '注:地区生产总值增速按可比价格计算。', '1.加快建设现代产业体系。全年新增规上企业50家。', '注:1.人均指标按常住人口计算。', '', '2.推进城市更新。完成旧改项目10个。'].join('\n');
    // Each numbered item is a heading with its body: the body is read.
    expect(bodyTexts(docFrom(text))).toEqual(['全年新增规上企业50家。', '完成旧改项目10个。']);
  });
});

describe('a report with no section markers', () => {
  it('takes each paragraph’s role from its wording: results are review, the rest plan', () => {
    const doc = docFrom(
      '一年来,全区地区生产总值同比增长5%,累计建成公园12个。\n推动琶洲试验区新开工项目10个,加快建设环岛路。\n',
    );
    const roles = analyzeStructure(doc).blocks.map((b) => b.role);
    expect(roles).toEqual(['review', 'plan']);
  });

  it('reads a paragraph that strives for its figures (力争…同比增长15%以上) as a plan, one that says they were reached as review', () => {
    const doc = docFrom('力争固定资产投资增幅16%以上、限上社零额同比增长15%以上。\n一年来,力争的目标已完成,限上社零额同比增长15%。\n');
    expect(analyzeStructure(doc).blocks.map((b) => b.role)).toEqual(['plan', 'review']);
  });
});

describe('page furniture, wrapped lines and photo credits', () => {
  it('joins a page cut inside a word across a blank line even when the rest closes no sentence (新建雨 / 污管道)', () => {
    const text = ['一、2019年工作回顾', '推进水环境治理,新建16座一体化污水处理设施,完成河涌清淤,新建雨', '', '污管道504.6公里,东塍断面平均水质达标'].join('\n');
    expect(bodyTexts(docFrom(text))).toEqual(['推进水环境治理,新建16座一体化污水处理设施,完成河涌清淤,新建雨\n\n污管道504.6公里,东塍断面平均水质达标']);
  });

  it('keeps apart items a booklet sets off by blank lines with no full stop, but joins a page cut across a blank line', () => {
    const text = [
      '一、2021年工作回顾',
      '落实“双减”重大民生工程,义务教育学校100%实施九项管理制度,课后托管服务实现全覆盖',
      '',
      '落实来穗人员随迁子女积分入学学位1606个,向1.39万名进城务工人员随迁子女提供民办学位补贴',
      '',
      '二、2022年工作安排',
      '推动服务业高质量发展,加快发展高端专业服务业,培育一批专业服务机构,认定人力资',
      '',
      '源、法律等高端专业服务业重点企业9家。',
      '',
      '积极发展家政服务业,完善家政服务标准体系,深入实施家政服务业提质扩容行动,开展',
      '',
      '全国家政服务业提质扩容“领跑者”行动。',
    ].join('\n');
    expect(bodyTexts(docFrom(text))).toEqual([
      '落实“双减”重大民生工程,义务教育学校100%实施九项管理制度,课后托管服务实现全覆盖',
      '落实来穗人员随迁子女积分入学学位1606个,向1.39万名进城务工人员随迁子女提供民办学位补贴',
      // A word cut in two (人力资 / 源), and a tail that closes the sentence the block left open.
      '推动服务业高质量发展,加快发展高端专业服务业,培育一批专业服务机构,认定人力资\n\n源、法律等高端专业服务业重点企业9家。',
      '积极发展家政服务业,完善家政服务标准体系,深入实施家政服务业提质扩容行动,开展\n\n全国家政服务业提质扩容“领跑者”行动。',
    ]);
  });

  it('joins a paragraph a PDF page break cut, across the page number and the running header', () => {
    const header = '青禾区2024年政府工作报告';
    const text = [
      header,
      '一、2024年工作安排',
      '推进青禾湿地公园建设，加快青禾大道东延线、青禾港码头和青禾科技园一期',
      '- 2 -',
      '',
      header,
      '等重点项目建设，全年完成投资50亿元。',
      '- 3 -',
      '',
      header,
      '做好青禾村改造。',
      '第 4 页 共 9 页',
    ].join('\n');
    const doc = readDocument({
      path: 'test.pdf',
      bytes: new TextEncoder().encode(text),
      decoded: { text, encoding: 'pdf' },
      manifestEntry: { file: 'test.pdf', kind: 'work-report', year: 2024, reviewYear: 2023, period: null },
    });
    const texts = bodyTexts(doc);
    expect(texts.some((t) => t.startsWith('推进青禾湿地公园建设') && t.endsWith('全年完成投资50亿元。'))).toBe(true);
    expect(texts.filter((t) => /^- \d -$|^第 4 页|^青禾区2024年政府工作报告$/.test(t))).toEqual([]);
  });

  it('starts a new paragraph at a lead sentence after a block that ends on a complete figure, its full stop lost', () => {
    const text = ['一、2024年工作回顾', '经济运行持续向好。全区地区生产总值突破1700亿元,税收占比近95%', '', '项目支撑更加稳固。成立区投资管理委员会,新开工项目30个。'].join('\n');
    const texts = bodyTexts(docFrom(text));
    expect(texts.some((t) => t.endsWith('税收占比近95%'))).toBe(true);
    expect(texts.some((t) => t.includes('95%') && t.includes('项目支撑'))).toBe(false);
  });

  it('keeps apart results listed one per paragraph that end on a figure, its full stop never written', () => {
    const text = [
      '一、2021年总结',
      '都市工业加快发展，青禾电研获评国家级工业设计中心，全年规上工业产值增长**28.1%**',
      '',
      '商贸业逐步恢复，批发零售业商品销售总额**4336.05亿元**，增长**18%**',
      '',
      '全区新增公办中小学学位2630个、幼儿园学位3193个',
      '',
      '安排132名港澳台胞子女入学，新增医疗卫生机构33个、医疗机构床位594张。',
    ].join('\n');
    const texts = bodyTexts(docFrom(text));
    expect(texts.filter((t) => /^(都市工业|商贸业|全区新增|安排132名)/.test(t))).toHaveLength(4);
    // Whatever word the next paragraph opens with: a unit's character (公, 人, 十) or a year is no continuation.
    for (const opening of ['公共服务持续优化，新建社区服务站5个。', '人居环境持续改善，完成微改造项目17个。', '十大民生实事全部完成。', '2022年，我区经济保持稳定增长。']) {
      const next = docFrom(['一、2021年总结', '都市工业加快发展，青禾电研获评国家级工业设计中心，全年规上工业产值增长**28.1%**', '', opening].join('\n'));
      const blocks = analyzeStructure(next).blocks.map((b) => next.text.slice(b.start, b.end));
      expect(blocks.some((t) => t.startsWith(opening.slice(0, 4)))).toBe(true);
    }
  });

  it('still joins a paragraph cut right after a number, its unit on the next line', () => {
    const text = ['一、2021年总结', '商贸业逐步恢复，受疫情影响较大的全年批发零售业商品销售总额达到4336', '', '亿元，增长18%，住宿餐饮业营业额增长19.5%。'].join('\n');
    const texts = bodyTexts(docFrom(text));
    expect(texts.some((t) => t.startsWith('商贸业逐步恢复') && t.endsWith('增长19.5%。'))).toBe(true);
    // …and after a scale word whose unit went over the page (4336.05亿 / 元), or a complete figure whose qualifier did.
    const scaled = docFrom(['一、2021年总结', '商贸业逐步恢复，受疫情影响较大的全年批发零售业商品销售总额达到4336.05亿', '', '元，增长18%。'].join('\n'));
    expect(analyzeStructure(scaled).blocks.map((b) => scaled.text.slice(b.start, b.end)).some((t) => t.endsWith('亿\n\n元，增长18%。'))).toBe(true);
    const qualified = docFrom(['一、2021年总结', '力争全年固定资产投资增长10%，社会消费品零售总额增长8%，地区生产总值增长6%', '', '左右，一般公共预算收入增长5%以上。'].join('\n'));
    const parts = analyzeStructure(qualified).blocks.map((b) => qualified.text.slice(b.start, b.end));
    expect(parts.some((t) => t.startsWith('力争全年') && t.endsWith('增长5%以上。'))).toBe(true);
  });

  it('joins a hard-wrapped paragraph whose first line opens with a lead sentence', () => {
    const doc = docFrom(['一、2023年工作回顾', '对外开放走深走实。“中国第一展”盛况空前,第134届广交会线下参会境外采购商', '19.79万人,比上届增长53.4%,青禾港码头建成投用。'].join('\n'));
    const texts = bodyTexts(doc);
    expect(texts).toContain('“中国第一展”盛况空前,第134届广交会线下参会境外采购商\n19.79万人,比上届增长53.4%,青禾港码头建成投用。');
  });

  it('keeps a title a text report uses again (名词解释) and drops photo credits (图/视觉中国)', () => {
    const doc = docFrom(['一、2024年工作安排', '推进青禾湿地公园建设。', '图/视觉中国', '名词解释', '1.青禾:地名。', '名词解释', '2.青港:港名。', '名词解释', '3.青湾:湾名。'].join('\n'));
    const { blocks, terms } = analyzeStructure(doc);
    expect(blocks.map((b) => doc.text.slice(b.start, b.end))).not.toContain('图/视觉中国');
    expect(terms.length).toBeGreaterThan(0);
  });
});
