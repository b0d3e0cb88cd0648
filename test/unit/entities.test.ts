// Unit tests of the entity stage on small hand-written reports: pattern finding of never-seen names, name
// boundaries (verbs, adverbs and function words before a name; slogans with a place ending), resolution across
// scripts, declared abbreviations, district scoping, the place hierarchy, exact offsets, commitment links.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Commitment, DocumentRecord, Entity } from '../../src/model.js';
import type { ReadDocument } from '../../ingest/readDocument.js';
import { toMatchText } from '../../ingest/normalize/matchText.js';
import { extractEntities } from '../../ingest/entities/extractEntities.js';

function report(id: string, text: string, district: string | null = '海珠区', city: string | null = '广州市'): ReadDocument {
  const record: DocumentRecord = {
    id, path: `${id}.txt`, fileName: `${id}.txt`, encoding: 'utf-8', length: text.length, title: id, city, district,
    kind: 'work-report', year: 2024, reviewYear: 2023, period: null, issuer: null, script: 'simplified',
  };
  return { record, text, matchText: toMatchText(text) };
}

function commitment(doc: ReadDocument, words: string): Commitment {
  const start = doc.text.indexOf(words);
  return {
    id: `${doc.record.id}-c${start}`, documentId: doc.record.id, text: words, start, end: start + words.length, line: 1,
    sentence: words, sentenceStart: start, sentenceEnd: start + words.length, sectionId: null, sectionPath: [],
    mode: 'promise', year: 2024, dueYear: null, targets: [], entityIds: [],
  };
}

const named = (entities: Entity[], name: string) => entities.filter((e) => e.name === name);
const surfaces = (entities: Entity[]) => entities.flatMap((e) => e.mentions.map((m) => `${m.text}/${e.type}`));

// Loading jieba's dictionaries takes seconds on a busy machine; do it once, outside any test's time limit.
const JIEBA_LOAD_TIMEOUT_MS = 60_000;

describe('extractEntities', () => {
  beforeAll(() => {
    extractEntities([]);
  }, JIEBA_LOAD_TIMEOUT_MS);

  it('finds never-seen names by their endings and keeps verbs outside them', () => {
    const doc = report('d1', '推进青禾街道综合整治，加快建设翠鸟湿地公园，区青禾事务局牵头推进青禾科创试验区建设，活化青禾历史文化街区。');
    const { entities } = extractEntities([{ doc, commitments: [] }]);
    const found = surfaces(entities);
    expect(found).toContain('青禾街道/Place');
    expect(found).toContain('青禾历史文化街区/Place');
    expect(found).toContain('区青禾事务局/Agency');
    expect(found).toContain('青禾科创试验区/Project');
    expect(found.some((s) => s.startsWith('翠鸟湿地公园/'))).toBe(true);
    expect(found.some((s) => s.startsWith('推进') || s.startsWith('建设'))).toBe(false);
  });

  it('finds a development zone by the place in its name, and no designation a report applies for', () => {
    const doc = report('d1b', '推动夏县经济技术开发区扩区调规,建设汉川经济开发区,全力创建省级高新技术产业开发区,加快开发区建设。', '夏县', null);
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toContain('夏县经济技术开发区/Project');
    expect(found).toContain('汉川经济开发区/Project');
    expect(found.some((s) => s.startsWith('省级') || s.startsWith('高新技术') || s.startsWith('开发区'))).toBe(false);
  });

  it('takes a route with both its ends (运城至夏县高速公路, 龙岩至龙川铁路项目), and no 至 elsewhere', () => {
    const doc = report('d1c', '加快推进运城至夏县高速公路建设,龙岩至龙川铁路项目实现开工,芳白城际开通,到2025年至少建成青禾产业园。', '上杭县', null);
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toContain('运城至夏县高速公路/Project');
    expect(found).toContain('龙岩至龙川铁路项目/Project');
    expect(found).toContain('芳白城际/Project');
    expect(found.some((s) => s.includes('至少'))).toBe(false);
  });

  it('takes a district written after its city for the district itself (温州市鹿城区 = 鹿城区, 广州市海珠区 = 海珠区)', () => {
    const lucheng = report('d1d', '温州市鹿城区第九届委员会全会召开,鹿城区经济平稳,运城市夏县发展。', '鹿城区', '温州市');
    const places = extractEntities([{ doc: lucheng, commitments: [] }]).entities.filter((e) => e.type === 'Place' && e.mentions.length > 0);
    const lc = places.filter((e) => e.name === '鹿城区');
    expect(lc).toHaveLength(1);
    expect(lc[0]!.mentions.map((m) => m.text)).toEqual(['温州市鹿城区', '鹿城区']);
    expect(places.map((e) => e.name)).toContain('夏县');
    const haizhu = report('d1e', '广州市海珠区坚持创新驱动,海珠区新增就业。');
    const hz = extractEntities([{ doc: haizhu, commitments: [] }]).entities.filter((e) => e.type === 'Place' && e.name.includes('海珠区'));
    expect(hz.map((e) => [e.name, e.mentions.length])).toEqual([['海珠区', 2]]);
  });

  it('rejects generic phrases and counted categories', () => {
    const doc = report('d2', '加快道路建设，强化招商引资，实施4个校园新改扩建项目，推进重点项目建设。');
    const { entities } = extractEntities([{ doc, commitments: [] }]);
    expect(entities.filter((e) => e.mentions.length > 0)).toEqual([]);
  });

  it('resolves a traditional-character mention to the simplified canonical entity, keeping the original text', () => {
    const simplified = report('d3', '推进琶洲人工智能与数字经济试验区建设。');
    const traditional = report('d4', '推動琶洲人工智能與數字經濟試驗區建設。');
    const { entities } = extractEntities([{ doc: simplified, commitments: [] }, { doc: traditional, commitments: [] }]);
    const [zone, ...rest] = named(entities, '琶洲人工智能与数字经济试验区');
    expect(rest).toEqual([]);
    expect(zone!.mentions.map((m) => m.text)).toEqual(['琶洲人工智能与数字经济试验区', '琶洲人工智能與數字經濟試驗區']);
  });

  it('merges a declared abbreviation with its long name', () => {
    const doc = report('d5', '白鹭湾生态智造示范区（以下简称“白鹭湾示范区”）加快建设。今年白鹭湾示范区新增企业20家。');
    const { entities } = extractEntities([{ doc, commitments: [] }]);
    const [zone, ...rest] = named(entities, '白鹭湾生态智造示范区');
    expect(rest).toEqual([]);
    expect(zone!.mentions.length).toBeGreaterThanOrEqual(3);
    expect(zone!.aliases).toContain('白鹭湾示范区');
    expect(named(entities, '白鹭湾示范区')).toEqual([]);
  });

  it('keeps the same village name in two districts as two entities, and one city as one', () => {
    const a = report('d6', '推进广州市石榴村环境整治。', '海珠区');
    const b = report('d7', '推进广州市石榴村环境整治。', '荔湾区');
    const { entities } = extractEntities([{ doc: a, commitments: [] }, { doc: b, commitments: [] }]);
    const villages = named(entities, '石榴村');
    expect(villages.map((v) => v.district).sort()).toEqual(['海珠区', '荔湾区']);
    expect(new Set(villages.map((v) => v.id)).size).toBe(2);
    expect(named(entities, '广州市')).toHaveLength(1);
  });

  it('takes a road listed beside found roads for a road, and then wherever the report names it (宝业路)', () => {
    // jieba reads 宝业 as a common noun, so the suffix rule alone rejects 宝业路.
    const doc = report('d-list', '东西向改造升级江南东路、江南西路、宝业路、金沙路，延续宝业路夜经济情怀。完成宝业路商户清拆安置。');
    const { entities } = extractEntities([{ doc, commitments: [] }]);
    const road = named(entities, '宝业路');
    expect(road).toHaveLength(1);
    expect(road[0]!.type).toBe('Place');
    expect(road[0]!.mentions.map((m) => doc.text.slice(m.start, m.end))).toEqual(['宝业路', '宝业路', '宝业路']);
    expect(named(entities, '金沙路')).toHaveLength(1);
  });

  it('takes no list item that only ends like its neighbours, nor the words before a list', () => {
    const doc = report('d-list2', '推进改造升级宝业路、江南西路建设，完善江南西路、示范路、海珠湿地配套。');
    const { entities } = extractEntities([{ doc, commitments: [] }]);
    // 改造升级宝业路 opens the list: where its name starts is unknown, so it is not taken; 示范路 names no road;
    // 海珠湿地 has another ending and stays what the other rules make of it.
    expect(named(entities, '宝业路')).toHaveLength(0);
    expect(named(entities, '改造升级宝业路')).toHaveLength(0);
    expect(named(entities, '示范路')).toHaveLength(0);
    expect(named(entities, '江南西路')).toHaveLength(1);
  });

  it('reports offsets that slice the original text exactly', () => {
    const doc = report('d8', '  “百千万工程”推進，與《海珠區產業發展規劃》銜接，中山大學參與。\n區發改局負責。');
    const { entities } = extractEntities([{ doc, commitments: [] }]);
    const mentions = entities.flatMap((e) => e.mentions);
    expect(mentions.length).toBeGreaterThanOrEqual(4);
    for (const m of mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(named(entities, '百千万工程')).toHaveLength(1);
    expect(named(entities, '广州市海珠区发展和改革局')).toHaveLength(1);
  });

  it('gives every commitment the issuing government, plus the entities named inside its span', () => {
    const doc = report('d9', '建设青禾街道综合服务中心。区政府统筹推进。');
    const c = commitment(doc, '建设青禾街道综合服务中心');
    const { entities, entityIdsByCommitment } = extractEntities([{ doc, commitments: [c] }]);
    const ids = entityIdsByCommitment.get(c.id)!;
    const names = ids.map((id) => entities.find((e) => e.id === id)!.name);
    expect(names).toContain('广州市海珠区人民政府');
    expect(names.some((n) => n.startsWith('青禾街道'))).toBe(true);
    // 区政府 in the text is the same entity as the issuing government.
    expect(named(entities, '广州市海珠区人民政府')[0]!.mentions.map((m) => m.text)).toEqual(['区政府']);
  });

  it('is deterministic: the same input gives the same ids', () => {
    const doc = report('d10', '推进青禾科创试验区建设，青禾街道配合。');
    const first = extractEntities([{ doc, commitments: [] }]).entities.map((e) => e.id);
    const second = extractEntities([{ doc, commitments: [] }]).entities.map((e) => e.id);
    expect(second).toEqual(first);
  });

  it('keeps verbs, adverbs and locatives before a name outside it, whatever tag jieba gives them', () => {
    const doc = report('d11', '充分发挥青禾湿地生态优势，力争青禾大桥年内完工，加速改造东银广场等项目，做优翠鸟湿地品牌，整合区内海珠湿地资源。');
    const names = extractEntities([{ doc, commitments: [] }]).entities.filter((e) => e.mentions.length > 0).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['青禾湿地', '青禾大桥', '东银广场', '翠鸟湿地', '海珠湿地']));
    expect(names.filter((n) => /^(?:充分|力争|改造|做优|区内)/.test(n))).toEqual([]);
  });

  it('finds bridges and rail lines by their endings (…桥, …环线, …支线)', () => {
    const doc = report('d13', '新增青禾涌桥等7条市政道路，广佛环线、城际琶洲支线开工建设。');
    const projects = extractEntities([{ doc, commitments: [] }]).entities.filter((e) => e.type === 'Project').map((e) => e.name);
    expect(projects).toEqual(expect.arrayContaining(['青禾涌桥', '广佛环线', '城际琶洲支线']));
  });

  it('finds policy packages named by their count of articles after a verb that issues them, and not things counted so', () => {
    const doc = report('d14', '出台实施稳经济47条、助企纾困22条等措施，深入实施青禾区民营经济15条，落实纾困减负六条措施。新建道路5条，打造美食一条街。', '青禾区', '青禾市');
    const projects = extractEntities([{ doc, commitments: [] }]).entities.filter((e) => e.type === 'Project').map((e) => e.name);
    expect(projects.sort()).toEqual(['助企纾困22条', '稳经济47条', '纾困减负六条措施', '青禾区民营经济15条'].sort());
  });

  it('reads another county\'s bodies written in full as that county\'s, and its own written in full as its own', () => {
    const doc = report('d15', '房县发展和改革局牵头,县发改局会同县财政局推进。庐江县人民政府、长沙县人民政府来访。我代表县人民政府报告。', '房县', '十堰市');
    const agencies = extractEntities([{ doc, commitments: [] }]).entities.filter((e) => e.type === 'Agency' && e.mentions.length > 0);
    const surfaces = (name: string) => named(agencies, name)[0]?.mentions.map((m) => m.text);
    expect(surfaces('十堰市房县发展和改革局')).toEqual(['房县发展和改革局', '县发改局']);
    expect(surfaces('庐江县人民政府')).toEqual(['庐江县人民政府']);
    expect(surfaces('长沙县人民政府')).toEqual(['长沙县人民政府']);
    expect(surfaces('十堰市房县人民政府')).toEqual(['县人民政府']);
    expect(surfaces('十堰市房县财政局')).toEqual(['县财政局']);
  });

  it('finds the report\'s own county and city by their short names, and no place in a common word a district is named for', () => {
    const lujiang = report('d16', '庐江对接融入长三角、建设合肥南部副中心城市。', '庐江县', '合肥市');
    const places = extractEntities([{ doc: lujiang, commitments: [] }]).entities.filter((e) => e.type === 'Place');
    expect(named(places, '庐江县')[0]!.mentions.map((m) => m.text)).toEqual(['庐江']);
    expect(named(places, '合肥市')[0]!.mentions.map((m) => m.text)).toEqual(['合肥']);
    // Written in full, however jieba splits it, and one place with the city before it.
    const hhg = report('d16b', '遵义市红花岗区国民经济和社会发展。红花岗区新建学校。', '红花岗区', '遵义市');
    const own = extractEntities([{ doc: hhg, commitments: [] }]).entities.filter((e) => e.name === '红花岗区');
    expect(own.map((e) => e.mentions.map((m) => m.text))).toEqual([['遵义市红花岗区', '红花岗区']]);
    const heping = report('d19b', '坚持和平发展道路，和平区新建学校。', '和平区', '天津市');
    const mentions = extractEntities([{ doc: heping, commitments: [] }]).entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).not.toContain('和平');
  });

  it('reads 市 in a county-level city\'s report as that city, binds a declared short form only to the name it follows, and names a city\'s congress by 市', () => {
    const qingzhou = report('d21', '在市人大、市政协的监督支持下，市政府推进工作。', '青州市', '潍坊市');
    const names = extractEntities([{ doc: qingzhou, commitments: [] }]).entities.filter((e) => e.mentions.length > 0).map((e) => e.name);
    expect(names.sort()).toEqual(['潍坊市青州市人民代表大会', '潍坊市青州市人民政府', '潍坊市青州市政治协商会议委员会'].sort());
    const plan = report('d22', '南宁市西乡塘区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(以下简称《纲要》),主要阐明发展战略。', '西乡塘区', '南宁市');
    const own = extractEntities([{ doc: plan, commitments: [] }]).entities.find((e) => e.name === '西乡塘区');
    expect(own?.aliases ?? []).not.toContain('纲要');
    expect(own?.mentions.map((m) => m.text)).not.toContain('纲要');
    // A report put to the congress is no event.
    const put = report('d23', '现将2023年国民经济和社会发展计划执行情况与2024年计划草案提请大会审议。', '青禾区', '青禾市');
    expect(extractEntities([{ doc: put, commitments: [] }]).entities.filter((e) => e.type === 'Project').map((e) => e.name)).toEqual([]);
  });

  it('names an autonomous prefecture\'s and a league\'s bodies (州委, 州政府, 盟委) for the city level of their counties\' reports, apart from the county\'s own', () => {
    const liping = report('d24', '在州委州政府的坚强领导下，县委、县政府推进工作。', '黎平县', '黔东南苗族侗族自治州');
    const names = extractEntities([{ doc: liping, commitments: [] }]).entities.filter((e) => e.mentions.length > 0).map((e) => e.name);
    expect(names.sort()).toEqual(['中共黔东南苗族侗族自治州委', '黔东南苗族侗族自治州人民政府', '中共黔东南苗族侗族自治州黎平县委', '黔东南苗族侗族自治州黎平县人民政府'].sort());
    const banner = report('d25', '在盟委领导下，旗委推进工作。', '科尔沁右翼前旗', '兴安盟');
    expect(extractEntities([{ doc: banner, commitments: [] }]).entities.filter((e) => e.mentions.length > 0).map((e) => e.name).sort()).toEqual(['中共兴安盟委', '中共兴安盟科尔沁右翼前旗委'].sort());
    // In a report of a city that is no prefecture, 州委 names nothing it could say.
    const gz = report('d26', '在州委领导下推进工作。');
    expect(extractEntities([{ doc: gz, commitments: [] }]).entities.filter((e) => e.mentions.length > 0)).toEqual([]);
  });

  it('finds events by their edition whatever their last word, but no session of a congress, and drops an item\'s number before a name', () => {
    const doc = report('d27', '举办第十四届中国国际新媒体短片节。在第十七届人民代表大会第四次会议上。一是青禾堤防江滩综合改造。', '青禾区', '青禾市');
    const projects = extractEntities([{ doc, commitments: [] }]).entities.filter((e) => e.type === 'Project').map((e) => e.name);
    expect(projects.sort()).toEqual(['第十四届中国国际新媒体短片节', '青禾堤防江滩综合改造'].sort());
  });

  it('takes a strategy or a way of development after a quote, zones by their short endings and events by theirs, and no ranking for a place', () => {
    const doc = report('d19c', '大力实施“强省会”战略,全面贯彻“1345”发展思路。青禾经开区、青禾综保区获评先进。参加京津产业握手链接洽谈会。荣登全国百强县榜首。', '青禾县', '青禾市');
    const found = extractEntities([{ doc, commitments: [] }]).entities.filter((e) => e.mentions.length > 0).map((e) => `${e.type}:${e.name}`);
    expect(found).toEqual(expect.arrayContaining(['Project:强省会战略', 'Project:1345发展思路', 'Project:青禾经开区', 'Project:京津产业握手链接洽谈会']));
    // A programme's head after the policy head belongs to the name; work done on the policy does not.
    const heads = report('d19d', '实施新时代“3+3”战略示范工程，推广“修旧如旧”模式改造老街。', '青禾县', '青禾市');
    const names = extractEntities([{ doc: heads, commitments: [] }]).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['3+3战略示范工程', '修旧如旧模式']));
    expect(found.filter((f) => f.includes('百强'))).toEqual([]);
  });

  it('drops a preposition jieba glued onto the front of an unknown name', () => {
    const doc = report('d12', '因东塱断面水质波动，沿阅江西路布局夜间经济。');
    const names = extractEntities([{ doc, commitments: [] }]).entities.filter((e) => e.mentions.length > 0).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['东塱断面', '阅江西路']));
    expect(names.some((n) => n.startsWith('因') || n.startsWith('沿') || n.endsWith('布局'))).toBe(false);
  });

  it('rejects slogans and descriptions that end like a district or a community', () => {
    const doc = report('d13', '奋力建设文化强区，利用好区内资源，完成3宗以区为主体的出让。建强社区工作者队伍，打造智慧社区，推进中医专家社区师带徒。——城央生态宜居区。');
    const { entities } = extractEntities([{ doc, commitments: [] }]);
    expect(entities.filter((e) => e.type === 'Place' && e.mentions.length > 0)).toEqual([]);
  });

  it('takes no village from a verb before 村 or from levels listed together (联城带村, 县镇村)', () => {
    const doc = report('d13b', '坚持强化乡镇联城带村功能,推进县镇村一体高质量发展,加强小洲村保护。', '夏县', null);
    const places = extractEntities([{ doc, commitments: [] }]).entities.filter((e) => e.type === 'Place' && e.mentions.length > 0);
    expect(places.map((e) => e.name)).toEqual(['小洲村']);
  });

  it('takes a descriptive name standing alone as a heading for a goal, not a thing', () => {
    const doc = report('d17', '**数字经济示范区**：到2025年，建成青禾科创试验区。');
    const names = extractEntities([{ doc, commitments: [] }]).entities.filter((e) => e.mentions.length > 0).map((e) => e.name);
    expect(names).toEqual(['青禾科创试验区']);
  });

  it('gives regions, foreign places and other districts no district, and keeps local places local', () => {
    const doc = report('d14', '辐射华南地区，拓展中东地区市场，借鉴塞纳河左岸经验，联合南海区推进青禾街道建设。');
    const { entities } = extractEntities([{ doc, commitments: [] }]);
    for (const name of ['华南地区', '中东地区', '塞纳河', '南海区']) expect(named(entities, name).map((e) => e.district)).toEqual([null]);
    expect(named(entities, '青禾街道').map((e) => e.district)).toEqual(['海珠区']);
  });

  it('keeps the activity an institution is named for inside its name (云箭创新研究院), never alone', () => {
    const doc = report('d44', '支持泉州市云箭创新研究院建设,鼓励企业共建创新研究院。', '洛江区', '泉州市');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toContain('泉州市云箭创新研究院/Organization');
    expect(found.filter((s) => s.startsWith('创新研究院') || s.startsWith('共建'))).toEqual([]);
  });

  it('finds a province written without 省 for the province, and none at the front of a road name', () => {
    const doc = report('d42', '深化与福建、江西的合作,学习北京、上海经验,提升北京路步行街品质。', '洛江区', '泉州市');
    const found = extractEntities([{ doc, commitments: [] }]).entities;
    for (const name of ['福建省', '江西省', '北京市', '上海市']) expect(named(found, name).map((e) => e.district)).toEqual([null]);
    expect(named(found, '北京市')[0]!.mentions.map((m) => m.text)).toEqual(['北京']);
  });

  it('links a street to its district, the district to its city and the city to its province', () => {
    const doc = report('d15', '落实广东省部署，服务广州市发展大局，海珠区推进青禾街道综合整治。');
    const { entities } = extractEntities([{ doc, commitments: [] }]);
    const [street, district, city, province] = ['青禾街道', '海珠区', '广州市', '广东省'].map((n) => named(entities, n)[0]);
    expect(street!.parentId).toBe(district!.id);
    expect(district!.parentId).toBe(city!.id);
    expect(city!.parentId).toBe(province!.id);
    expect(province!.parentId).toBeNull();
  });

  it('lets a generic ending (服务中心) close a name whose proper words come before it, never a name alone', () => {
    const doc = report('d18', '加快建设海珠文化服务中心，推进文化服务中心建设。');
    expect(surfaces(extractEntities([{ doc, commitments: [] }]).entities)).toEqual(['海珠文化服务中心/Project']);
  });

  it('does not take a listed place followed by a lone direction for the place (琶洲东 is a zone of 琶洲)', () => {
    const doc = report('d19', '引领琶洲中、琶洲东、中大片区发展，推进琶洲建设。');
    const mentions = named(extractEntities([{ doc, commitments: [] }]).entities, '琶洲').flatMap((e) => e.mentions);
    expect(mentions.map((m) => m.start)).toEqual([doc.text.lastIndexOf('琶洲')]);
  });

  it('does not take a listed street name at the front of a road name for the street', () => {
    // 南洲 is listed as the short name of 南洲街道 (data/lexicons); 南洲路段 is a stretch of road.
    const doc = report('d17', '力争拉通环岛路沙渡路—南洲路段，升级改造南洲等街道的散乱污场所。');
    const mentions = named(extractEntities([{ doc, commitments: [] }]).entities, '南洲街道').flatMap((e) => e.mentions);
    expect(mentions.map((m) => m.start)).toEqual([doc.text.indexOf('南洲等')]);
  });

  it('leaves a street without a parent when its district is never named', () => {
    const doc = report('d16', '推进青禾街道综合整治。');
    const [street] = named(extractEntities([{ doc, commitments: [] }]).entities, '青禾街道');
    expect(street!.parentId).toBeNull();
  });

  it("names a report's governments by level for its own city and province, and not at all when it does not say", () => {
    const shiyan = report('d18', '在省委、省政府和市委、市政府、区委坚强领导下，市商务局支持张湾区人民政府推进工作。', '张湾区', '十堰市');
    const names = extractEntities([{ doc: shiyan, commitments: [] }]).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['中共十堰市委', '十堰市人民政府', '中共十堰市张湾区委', '十堰市商务局', '十堰市张湾区人民政府']));
    // The national list of divisions says which province 十堰市 lies in.
    expect(names.filter((n) => n.includes('省'))).toEqual(['中共湖北省委', '湖北省人民政府']);
    expect(names.filter((n) => n.includes('广州') || n.includes('广东'))).toEqual([]);
    // Where nothing says which province a city lies in, no 省委 is guessed.
    const unknown = report('d17', '在省委坚强领导下，市委部署推进工作。', '青禾区', '青禾市');
    expect(extractEntities([{ doc: unknown, commitments: [] }]).entities.map((e) => e.name).filter((n) => n.includes('省'))).toEqual([]);
    // The district's government named in full and by its level is one entity, the one that answers for the report.
    expect(names.filter((n) => n.endsWith('人民政府') && n.includes('张湾'))).toEqual(['十堰市张湾区人民政府']);
    const stated = report('d19', '湖北省十堰市张湾区。在省委坚强领导下推进工作。', '张湾区', '十堰市');
    expect(extractEntities([{ doc: stated, commitments: [] }]).entities.map((e) => e.name)).toContain('中共湖北省委');
    const guangzhou = report('d20', '深入贯彻省委部署，落实市委要求，广州市委全会精神。');
    const gz = extractEntities([{ doc: guangzhou, commitments: [] }]).entities;
    expect(named(gz, '中共广东省委')).toHaveLength(1);
    expect(named(gz, '中共广州市委')[0]!.mentions.map((m) => m.text)).toEqual(['市委', '广州市委']);
  });

  it("names a county's own bodies by 县 (县委, 县人大, 县发改局) for the county, and 县 in a district's report for none", () => {
    const xia = report('d40', '在县委的坚强领导下,在县人大、县政协的监督支持下,县发改局会同县财政局推进工作,县政府新建3所学校。', '夏县', '运城市');
    const names = extractEntities([{ doc: xia, commitments: [] }]).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['中共运城市夏县委', '运城市夏县人民代表大会', '运城市夏县政治协商会议委员会', '运城市夏县发展和改革局', '运城市夏县财政局', '运城市夏县人民政府']));
    // A district's report naming 县发改局 means some county's, which it does not say: no entity.
    const district = report('d41', '区发改委会同县发改局推进对口帮扶,区发展改革委牵头编制规划。');
    const found = extractEntities([{ doc: district, commitments: [] }]).entities;
    expect(found.map((e) => e.name).filter((n) => n.includes('县'))).toEqual([]);
    expect(named(found, '广州市海珠区发展和改革委员会')[0]!.mentions.map((m) => m.text)).toEqual(['区发改委', '区发展改革委']);
  });

  it('takes each item of a list closed by a count of projects (A、B、C等6个配套项目) for a project when it holds a proper word', () => {
    const doc = report('d49', '亿珂粗氩尾气回收提纯再利用、栢特高性能炭纤维、晶澳石英坩埚等6个配套项目开工,推进老旧小区改造、智慧城市等12个项目,推动聚龙湾珠江太古里首开区、黄沙水产新市场等一批项目投入运营。', '青山区', '包头市');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities).filter((s) => s.endsWith('/Project'));
    expect(found).toEqual(expect.arrayContaining(['亿珂粗氩尾气回收提纯再利用/Project', '栢特高性能炭纤维/Project', '晶澳石英坩埚/Project']));
    expect(found.filter((s) => /老旧|智慧|推进|推动/.test(s))).toEqual([]);
  });

  it('takes what a report says a place is or will become (全国重要的…基地) for no project, and a named base for one', () => {
    const doc = report('d48', '成为全国重要的太阳能光伏产业基地,建成华南最大的跨境电商基地,推进海珠光伏产业基地建设。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities).filter((s) => s.endsWith('/Project'));
    expect(found).toEqual(['海珠光伏产业基地/Project']);
  });

  it('takes a place right before an agency named by its level for that agency\'s (海珠|区人民政府), with the city before it, and a zone\'s 管委会 for an agency', () => {
    const doc = report('d50', '广州市天河区人民政府区长。我代表海珠区人民政府报告工作。推动广州开发区管委会改革。', '海珠区', '广州市');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toEqual(expect.arrayContaining(['广州市天河区人民政府/Agency', '海珠区人民政府/Agency', '广州开发区管委会/Agency']));
    expect(found.filter((s) => s.endsWith('/Place'))).toEqual([]);
    // Another district's government is that district's, not the report's own.
    const names = extractEntities([{ doc, commitments: [] }]).entities.map((e) => e.name);
    expect(names).toContain('广州市天河区人民政府');
  });

  it('keeps what a company is named for inside its name (广州铁路投资建设集团), not across a complete name (琶洲实验室建设鹏城实验室…), and reads a branch (分公司) and a botanical garden', () => {
    const doc = report('d51', '成功引进了广州铁路投资建设集团,东航广东分公司落户,全方位支持琶洲实验室建设鹏城实验室广州基地,推动大夫山入选华南国家植物园体系。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toEqual(expect.arrayContaining(['广州铁路投资建设集团/Organization', '东航广东分公司/Organization', '华南国家植物园/Place']));
    // Companies are named by their trade too (白云电器, 华南国际商务航空), a proper word before it.
    const trades = surfaces(extractEntities([{ doc: report('d52', '白云电器、华南国际商务航空落户,发展通用航空和智能电器。'), commitments: [] }]).entities);
    expect(trades).toEqual(expect.arrayContaining(['白云电器/Organization', '华南国际商务航空/Organization']));
    expect(trades.filter((s) => s.startsWith('通用') || s.startsWith('智能') || s.startsWith('发展'))).toEqual([]);
    // A direction inside a name is part of it; a locative such as 沿线 still ends one.
    const directions = surfaces(extractEntities([{ doc: report('d53', '中航油南方总部基地建成,新港路沿线大学加强合作。'), commitments: [] }]).entities);
    expect(directions).toContain('中航油南方总部基地/Project');
    expect(directions.filter((s) => s.includes('沿线'))).toEqual([]);
    expect(found.filter((s) => s.includes('建设鹏城') || s.startsWith('引进'))).toEqual([]);
  });

  it("takes the report's own county of one character (魏县) for a place, though no rule trusts so short a name", () => {
    const doc = report('d46', '魏县全县完成投资20亿元,魏县经济稳步增长。', '魏县', '邯郸市');
    expect(named(extractEntities([{ doc, commitments: [] }]).entities, '魏县')[0]!.mentions.map((m) => m.text)).toEqual(['魏县', '魏县']);
    expect(extractEntities([{ doc: report('d47', '魏县经济稳步增长。'), commitments: [] }]).entities.map((e) => e.name)).not.toContain('魏县');
  });

  it("names a banner's own bodies by 旗 (旗委, 旗人大, 旗发改委) for the banner", () => {
    const doc = report('d45', '在旗委的坚强领导下,在旗人大、旗政协的监督支持下,旗发改委牵头推进工作。', '科右中旗', null);
    const names = extractEntities([{ doc, commitments: [] }]).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['中共科右中旗委', '科右中旗人民代表大会', '科右中旗政治协商会议委员会', '科右中旗发展和改革委员会']));
  });

  it('takes no common word ending in 局 for a bureau, no place-tagged word before 政府 for a government, and no congress for a project', () => {
    const doc = report('d21', '奋力开创产城融合新格局，形成科创载体空间布局，建立多维度政府信息公开模式。\n——2024年1月在广州市海珠区第十七届人民代表大会第四次会议上');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found.filter((s) => /局|政府|人民代表大会/.test(s))).toEqual([]);
  });

  it("takes a report's reference to itself for no project, a named plan for one, and the Party prefix for no part of a place", () => {
    const doc = report('d23', '为做好《计划报告》审查工作,依据《温州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,中共温州市鹿城区委提出建议。', '鹿城区', '温州市');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found.filter((s) => /报告|中共温州市\//.test(s))).toEqual([]);
    // The entity guidelines count a named plan or policy package as a project.
    expect(found).toContain('《温州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》/Project');
  });

  it('takes a report named by its title, or a draft of it, for no project, and binds its declared short name to nothing else', () => {
    const text = '区政府拟定了《关于鸠江区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告》(以下简称《计划报告》)基本框架,形成《关于鸠江区2024年计划执行情况的报告(初稿)》。';
    const found = extractEntities([{ doc: report('d43', text, '鸠江区', '芜湖市'), commitments: [] }]).entities;
    expect(found.filter((e) => e.type === 'Project')).toEqual([]);
    expect(found.flatMap((e) => e.aliases)).not.toContain('计划报告');
  });

  it('ends a name part at a count of things: the name is what is counted', () => {
    const doc = report('d24', '打造现代农业园区两大现代设施农业片区，建设六大产业片区。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found.filter((s) => /两大|六大/.test(s))).toEqual([]);
  });

  it("takes no mention from a copied page's chrome", () => {
    const doc = report('d26', '来源：区发改局\n推进青禾街道综合整治，加快建设翠鸟湿地公园。\n主办单位：广州市海珠区人民政府办公室  版权所有');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found.filter((s) => s.includes('办公室') || s.includes('发改局'))).toEqual([]);
    expect(found).toContain('青禾街道/Place');
  });

  it('takes an open university for an organization, though 开放 is a verb', () => {
    const doc = report('d25', '启动新建青浦开放大学。', '青浦区', '上海市');
    expect(surfaces(extractEntities([{ doc, commitments: [] }]).entities)).toContain('青浦开放大学/Organization');
  });

  it('takes an airport for a project, not for the district it shares a name with, and a plan report\'s own plan for no programme', () => {
    const doc = report('d22', '关于2022年国民经济和社会发展计划执行情况的报告。推动武汉天河国际机场第三航站楼配套项目开工。', '黄陂区', null);
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toContain('武汉天河国际机场/Project');
    expect(found.filter((s) => s.startsWith('天河') || s.includes('计划'))).toEqual([]);
  });

  it('takes no hospital or school named by its kind, but one named by a place, a level prefix or a name', () => {
    const doc = report('d26', '推进公立医院薪酬制度改革,发挥专科医院作用,试点创建首个幼儿园教育集团。支持区妇女儿童医院、中山大学和世界银行合作。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found.filter((s) => /公立医院|专科医院|幼儿园/.test(s))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['区妇女儿童医院/Organization', '中山大学/Organization', '世界银行/Organization']));
  });

  it('takes no programme from a quote being explained (“3”指全力抓好基金…)', () => {
    const doc = report('d27', '“1”指打造一个平台;“3”指全力抓好基金、载体、政策3大产业要素。实施“海珠英才”计划。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found.filter((s) => s.includes('指'))).toEqual([]);
    expect(found).toContain('“海珠英才”计划/Project');
  });

  it('names each member of a counted group of programmes, and no descriptive plan of another list', () => {
    const doc = report('g1', '5. 青禾“三大工程”:滨水绿廊贯通提升工程、老街风貌修缮工程、社区书房共建工程。八大行动计划:“15分钟阅读圈”提质计划、暖心助学计划、高校、社区。制定公共机构数据开放计划。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    for (const name of ['滨水绿廊贯通提升工程', '老街风貌修缮工程', '社区书房共建工程', '“15分钟阅读圈”提质计划', '暖心助学计划']) expect(found).toContain(`${name}/Project`);
    expect(found.some((s) => s.startsWith('高校') || s.startsWith('社区/'))).toBe(false);
    expect(found.some((s) => s.includes('数据开放计划'))).toBe(false);
  });

  it('takes a quoted name with its policy head (“双随机一公开”监管, “一项目一专班”机制, “三线一单”制度)', () => {
    const doc = report('g2', '推行“双随机一公开”监管,落实“一项目一专班”机制,认真落实“三线一单”制度。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toEqual(expect.arrayContaining(['“双随机一公开”监管/Project', '“一项目一专班”机制/Project', '“三线一单”制度/Project']));
  });

  it('keeps the activity, a code and a festival inside a name (湿地徒步大会, 3D打印产业园, 1906科技园, 国际音乐节)', () => {
    const doc = report('g3', '举办青禾湿地徒步大会、翠鸟国际音乐节,推动3D打印产业园和1906科技园加快产业导入,建成3个产业园,鼓励企业参加博览会。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toEqual(expect.arrayContaining(['青禾湿地徒步大会/Project', '翠鸟国际音乐节/Project', '3D打印产业园/Project', '1906科技园/Project']));
    expect(found.some((s) => s.startsWith('3个') || s.includes('参加'))).toBe(false);
  });

  it('finds a department written out in full as well as by its short form (区工业和信息化局, 区发改局)', () => {
    const doc = report('g3a', '区工业和信息化局会同区人力资源和社会保障局、区发改局开展检查。');
    const entities = extractEntities([{ doc, commitments: [] }]).entities;
    expect(surfaces(entities)).toEqual(expect.arrayContaining(['区工业和信息化局/Agency', '区人力资源和社会保障局/Agency', '区发改局/Agency']));
    expect(entities.find((e) => e.mentions.some((m) => m.text === '区工业和信息化局'))?.name).toBe('广州市海珠区工业和信息化局');
  });

  it("keeps a route's number with its class however long the name (310国道县城至青化段改线项目)", () => {
    const doc = report('g3r', '加快310国道县城至青化段改线项目建设。');
    expect(surfaces(extractEntities([{ doc, commitments: [] }]).entities)).toContain('310国道县城至青化段改线项目/Project');
  });

  it('takes a short unknown word listed among places for a place, up to the 等 that closes the list', () => {
    const doc = report('g4', '提升小洲村、琶醍、广州塔、太古仓等旅游资源的显示度。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toEqual(expect.arrayContaining(['琶醍/Place', '太古仓/Place']));
    expect(found.some((s) => s.includes('旅游资源'))).toBe(false);
  });

  it('reads a line by its number, a remit after a level prefix, a place or a phase in parentheses and an edition as parts of a name', () => {
    const doc = report('g5', '加快地铁10号线、11号线建设。发挥区推进青禾新城建设领导小组作用。开展第八届中国(广州)青禾文化季。推进翠鸟央企总部集聚区(二期)建设。建设青禾中心(含停车场)。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toEqual(expect.arrayContaining([
      '地铁10号线/Project', '11号线/Project', '区推进青禾新城建设领导小组/Agency', '第八届中国(广州)青禾文化季/Project', '翠鸟央企总部集聚区(二期)/Project',
    ]));
    expect(found.some((s) => s.includes('含停车场'))).toBe(false);
  });

  it('takes an event named with its edition or host in front for the event named without them', () => {
    const plan = report('g6', '发展壮大中国(广州)青禾投资年会,办好第二届翠鸟算法大赛。');
    const later = report('g7', '办好青禾投资年会,提升翠鸟算法大赛影响力。');
    const { entities } = extractEntities([{ doc: plan, commitments: [] }, { doc: later, commitments: [] }]);
    const fair = entities.filter((e) => e.name.includes('青禾投资年会'));
    expect(fair).toHaveLength(1);
    expect(fair[0]!.mentions.map((m) => m.documentId).sort()).toEqual(['g6', 'g7']);
    expect(entities.filter((e) => e.name.includes('翠鸟算法大赛'))).toHaveLength(1);
  });

  it('keeps a designation\'s level in its name (国家级全域旅游示范区), while a generic zone with only a level stays no name', () => {
    const doc = report('g8', '创建国家级全域旅游示范区,全力创建省级高新技术产业开发区。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toContain('国家级全域旅游示范区/Project');
    expect(found.some((s) => s.startsWith('全域旅游') || s.includes('开发区'))).toBe(false);
  });

  it('takes the items of a list closed by 等…企业 for companies when they are names, not fields', () => {
    const doc = report('g9', '支持腾讯、与抖音、青禾集团等平台企业做大做强。培育新能源、新材料等企业。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toEqual(expect.arrayContaining(['抖音/Organization', '青禾集团/Organization']));
    expect(found.some((s) => s.startsWith('与') || s.includes('新能源') || s.includes('材料'))).toBe(false);
  });

  it('takes the items of a list closed by a count of companies (…3家企业) without 等, names only', () => {
    const doc = report('g9b', '色界美妆、未来一手、汉潮中药3家企业上榜独角兽榜单。新能源、新材料领域新增10家企业。色界美妆、汉潮中药等13家企业落户,色界美妆、汉潮中药等十三家企业上榜。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toEqual(expect.arrayContaining(['色界美妆/Organization', '汉潮中药/Organization']));
    expect(found.some((s) => s.includes('一手') || s.includes('新能源') || s.includes('材料') || /等\d|等十/.test(s))).toBe(false);
  });

  it('takes the word before a bare direction road (会展|西路, 新|滘|东路) into the road\'s name, whatever its tag', () => {
    const doc = report('g9c', '推动会展西路过江隧道、车陂路—新滘东路隧道工程建设。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toEqual(expect.arrayContaining(['会展西路过江隧道/Project', '车陂路—新滘东路隧道/Project']));
    expect(found.some((s) => s.startsWith('西路') || s.startsWith('滘'))).toBe(false);
    // An action on the road is not its name's first word.
    const acted = report('g9c2', '加快建设西路过江隧道。');
    expect(surfaces(extractEntities([{ doc: acted, commitments: [] }]).entities).some((s) => s.startsWith('建设'))).toBe(false);
  });

  it('takes public venues (青禾文化馆) for projects, with a numeral first character and without a glued complement', () => {
    const doc = report('g9d', '加快建成青禾文化馆、青禾区图书馆,推进十香园纪念馆周边环境升级,用好市文化馆等文化资源,打造三大平台,推动亿华通大湾区产业项目落地。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toEqual(expect.arrayContaining(['青禾文化馆/Project', '青禾区图书馆/Project', '十香园纪念馆/Project', '亿华通大湾区产业项目/Project']));
    expect(found.some((s) => s.startsWith('好') || s.startsWith('香园') || s.includes('三大'))).toBe(false);
  });

  it('never opens a name with a conjunction (暨, 与) that joins two events', () => {
    const doc = report('g9e', '举办第二届青禾坊表演艺术月暨粤剧艺术博物馆粤剧嘉年华。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found.some((s) => s.endsWith('粤剧嘉年华/Project'))).toBe(true);
    expect(found.some((s) => /^[暨与]/.test(s))).toBe(false);
  });

  it('takes a new word and a trade for a company (致景科技, 德擎光学), not a known word or a field (数字科技, 冷链物流)', () => {
    const doc = report('g9f', '支持致景科技建立服装全品类跨境交易平台,德擎光学、青禾医院等单位参与,推动数字科技发展,发展冷链物流,支持德擎光学芯谷发展。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toEqual(expect.arrayContaining(['致景科技/Organization', '德擎光学/Organization']));
    expect(found.some((s) => s.startsWith('数字科技') || s.startsWith('冷链'))).toBe(false);
    // Before another new word the pair is part of a longer name, so it is not taken there: one 德擎光学, not two.
    expect(extractEntities([{ doc, commitments: [] }]).entities.find((e) => e.name === '德擎光学')?.mentions).toHaveLength(1);
  });

  it('reads 科学 as the noun of a forum\'s name, and as an adverb before a verb', () => {
    const doc = report('g10', '举办粤港澳大湾区科学论坛,科学布局青禾试验区,开展专项整治行动。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toEqual(expect.arrayContaining(['粤港澳大湾区科学论坛/Project', '青禾试验区/Project']));
    expect(found.some((s) => s.startsWith('科学布局') || s.includes('整治行动'))).toBe(false);
  });

  it('takes a quote with a project ending after it over nouns only (“一街一品”特色街区), not over a verb or a known name', () => {
    const doc = report('g11', '创建“一街一品”特色街区,举办“读懂中国”国际会议,打造“一街一品”创建特色街区,擦亮“商贸名片”中国进出口商品交易会。');
    const found = surfaces(extractEntities([{ doc, commitments: [] }]).entities);
    expect(found).toEqual(expect.arrayContaining(['“一街一品”特色街区/Project', '“读懂中国”国际会议/Project']));
    expect(found.some((s) => s.includes('创建特色街区') || s.startsWith('“商贸名片”中国'))).toBe(false);
  });

  it('takes a tunnel by both its ends, joined by a dash (冼村路—广场东路过江隧道)', () => {
    const doc = report('g12', '加快冼村路—广场东路过江隧道建设。');
    expect(surfaces(extractEntities([{ doc, commitments: [] }]).entities)).toContain('冼村路—广场东路过江隧道/Project');
  });
});
