// The pattern knowledge of the entity stage: which name endings make which entity type, and which words can or
// cannot stand in the name part before an ending. Tuning happens here, in one place, never per sentence.
import type { EntityType } from '../../src/model.js';

export interface SuffixRule {
  suffix: string;
  type: EntityType;
  /** Longest name part before the suffix, in characters. */
  maxModifier: number;
  /**
   * strong: the suffix alone marks a named thing (试验区, 行动), so a descriptive name part of common nouns is
   * enough; weak: the name part must hold a proper word (a place, an unknown word, letters, a number).
   */
  strength: 'strong' | 'weak';
}

const rule = (type: EntityType, strength: SuffixRule['strength'], maxModifier: number, suffixes: string[]): SuffixRule[] =>
  suffixes.map((suffix) => ({ suffix, type, maxModifier, strength }));

export const SUFFIX_RULES: SuffixRule[] = [
  ...rule('Place', 'weak', 4, ['街道', '街', '社区', '村', '镇', '县', '区', '市', '省', '州', '路', '大道', '大街', '涌', '河', '湖', '岛', '断面', '水道']),
  ...rule('Place', 'weak', 8, ['街区', '景区', '公园', '植物园', '湿地', '西岸', '东岸', '南岸', '北岸', '新城', '科学城', '寺']),
  ...rule('Project', 'strong', 16, [
    '试验区', '示范区', '先行区', '集聚区', '合作区', '先导区', '示范园', '示范带', '产业园', '科技园', '创新园',
    '行动', '计划', '大赛', '年会', '大会', '博览会', '交易会', '论坛', '峰会', '融合圈', '商圈', '示范段',
    '洽谈会', '推介会', '对接会', '展销会', '交流会',
    // Festivals and seasons a report names as its events (湿地国际音乐节, 潮流文化季).
    '音乐节', '艺术节', '文化节', '旅游节', '美食节', '购物节', '文化季', '文化周', '嘉年华', '运动会',
  ]),
  ...rule('Project', 'weak', 12, [
    '片区', '园区', '基地', '中心', '项目', '工程', '港', '综合体', '广场', '大厦', '号线', '处理厂', '三期', '二期', '过江隧道',
    '一期', '四期', '平台', '小镇', '改造', '商务区', '核心区', '科创区', '功能区', '创新区', '金融区', '隧道', '大桥', '客运站',
    '口岸', '码头', '机场', '航站楼', '开发区', '高新区', '铁路', '高速公路', '城际', '经开区', '综保区', '保税区',
    // Lines and bridges (广佛环线, 琶洲支线, 黄埔涌桥); not a bare 线, which ends 沿线, 岸线 and 路线.
    '环线', '支线', '干线', '桥',
    // Public venues a report builds or runs (广州文化馆, 海珠区图书馆): facilities, so projects (the entity guidelines).
    '文化馆', '美术馆', '博物馆', '图书馆', '科学馆', '科技馆', '体育馆', '艺术馆', '纪念馆', '展览馆', '档案馆',
  ]),
  ...rule('Agency', 'weak', 14, [
    '局', '分局', '委员会', '管委会', '常委会', '领导小组', '专班', '办公室', '办事处', '办', '党委', '党工委', '省委', '市委',
    '区委', '县委', '政府', '人民政府', '法院', '检察院', '人大', '政协', '部门', '指挥部',
  ]),
  ...rule('Organization', 'weak', 14, [
    '大学', '学院', '医院', '公司', '分公司', '集团', '研究院', '研究所', '协会', '商会', '联盟', '实验室', '银行', '酒店',
    '学校', '中学', '小学', '基金会', '交易所', '开放大学', '电器', '航空', '股份', '控股',
  ]),
];

/** Words the suffixes are inserted into jieba as, so that 集聚区 or 街道办 are not split into 集聚/区. */
export const SUFFIX_WORDS: string[] = [...new Set(SUFFIX_RULES.map((r) => r.suffix).filter((s) => s.length >= 2))];

/** Tags of words that can make up a name part. */
export const NAME_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'ng', 'nl', 'j', 'eng', 'x', 'm', 'vn', 'b', 'f', 'an', 't', 'q', 'l', 's', 'zg', 'nh', 'tg', 'k', 'h', 'g', 'i']);
/** Tags of words that mark a name as proper rather than descriptive. */
// Not nr: jieba tags many common words as person names (智慧, 荣获, 无人驾驶), and reports rarely name people.
export const PROPER_TAGS = new Set(['ns', 'nt', 'nz', 'j', 'eng', 'x', 'zg']);
/** Administrative endings: the name part must be a place word (海珠区, 湛江市), not any unknown word (荣获市). */
export const ADMINISTRATIVE_SUFFIXES = new Set(['区', '市', '省', '县', '州', '镇', '街', '省委', '市委', '区委', '县委', '政府', '人民政府']);
/** Words that continue a clause after 计划/行动 used as verbs (部门计划在…试点). */
export const VERB_USE_AFTER = /^(?:在|于|到|将|用|对|从|向|把|通过)/;
/** A count right after a name (产业园区4个) or right before its words (4个校园新改扩建项目) marks a category. */
export const COUNT_AFTER = /^[0-9一二三四五六七八九十百千两几多]+(?:个|项|家|所|条|座|批|宗|处|类)/;
/** Tags of leading words that describe an action or quality rather than belong to a name (建设琶洲…). */
export const DESCRIPTIVE_TAGS = new Set(['v', 'vn', 'vd', 'l', 'i', 'a', 'ad', 'd', 'an']);

/** Words that stop a name part even when tagged as nouns: quantities, determiners, generic heads. */
export const STOP_WORDS = new Set([
  '等', '的', '和', '及', '或', '各', '全', '本', '我', '该', '其', '此', '每', '新', '老', '原', '相关', '有关', '主要',
  '重点', '新建', '新增', '建成', '一批', '多个', '若干', '一些', '其他', '各类', '各级', '全区', '全市', '全省', '全国', '我区', '我市', '辖区',
  '城区', '地区', '区域', '重大', '工作', '现有', '一流', '更多', '一个', '一座', '一条',
  '市场', '各个', '面向', '建成', '人均', '具有', '特色', '老旧', '所属', '部分', '首个', '首家', '一站式', '年度', '今年', '明年', '全年', '同比', '期间', '以来',
]);

/** Name parts that never make a name on their own, whatever the suffix (道路 is not a road named 道). */
export const GENERIC_MODIFIERS = new Set([
  '道', '思', '线', '出', '马', '网', '城', '社', '辖', '全', '园', '片', '景', '湾', '山', '大', '小', '老', '新', '各',
  '街', '政', '科', '总', '分', '区', '市', '省', '县', '公', '铁', '水', '公路', '城市', '政务', '服务', '创新', '发展',
  '产业', '科技', '数据', '政府', '人民', '居委', '党', '上', '下', '中', '本', '智慧', '文明', '生态', '和谐', '示范',
]);

/** Common words that end in a one-character suffix without being a name with it: a word jieba ends with one of
 * them (新格局, 空间布局) is no bureau (局), whatever stands before it. */
export const WORDS_ENDING_LIKE_SUFFIX = new Set([
  '格局', '布局', '大局', '全局', '开局', '变局', '结局', '破局', '时局', '当局', '政局', '定局', '棋局', '僵局', '新局', '骗局',
]);

/** Whole names that a suffix rule would accept but that name no particular thing. */
export const GENERIC_NAMES = new Set([
  '老城区', '新城区', '中心城区', '主城区', '城区', '市区', '郊区', '小区', '辖区', '新区', '农村', '乡村', '新型农村', '美丽乡村',
  '中心镇', '特色小镇', '城中村', '行政村', '自然村', '示范村', '重点村', '帮扶村', '各区', '全区', '城市', '大城市', '特大城市',
  '超大城市', '文明城市', '周边地区', '深度贫困村', '贫困村',
  // Rankings and kinds of region (荣登全国百强县榜首, 内陆地区改革开放高地) name no place.
  '百强县', '百强区', '百强镇', '内陆地区', '沿海地区', '边境地区', '欠发达地区',
  // The congress a report is delivered to (…第十七届人民代表大会第四次会议) is a body, not an event or project;
  // with its level (区人民代表大会, 区人大) the agencies lexicon names it.
  '人民代表大会', '代表大会',
  // The annual plan a plan report is about (国民经济和社会发展计划执行情况) is the document, not a programme in it.
  '国民经济和社会发展计划', '社会发展计划', '经济和社会发展计划',
]);

/**
 * Place endings of things that lie inside one district (a street, village, road, creek, park): a name ending so is
 * its district's own. Every other place (a city, a region 华南地区, a river 塞纳河) is one place everywhere.
 */
export const LOCAL_PLACE_KIND = /(?:街道|街|镇|村|社区|路|大道|大街|涌|河段|断面|公园|湿地|景区|岛|[东西南北中]区)$/;

/** Place endings a city or district never names directly (广州市街 is the city's street-level something). */
export const LOCAL_PLACE_SUFFIXES = new Set(['街道', '街', '社区', '村', '路', '大道', '大街', '镇']);

/** Function characters jieba's new-word guesser glues onto a name's front (以康鹭片区, 在琶洲, 因东塱断面, 沿阅江西路). */
export const GLUED_FUNCTION_CHARS = /^[以在对将把向从为与和及由被让使于至到因沿]/;

/**
 * Verbs, adverbs and locatives that reports put right before a name (充分发挥海珠湿地, 力争海珠涌大桥, 改造东银广场,
 * 区内海珠湿地) and that jieba often tags as nouns or unknown words (充分利用/n, 力争/nz, 深化/j, 改造/n, 做优/x), so
 * that their tag alone does not keep them out of a name part. A name part stops at them. 省考/国考 (assessed by the
 * province/state) qualify a monitoring section (省考东朗断面) without being part of its name.
 */
export const VERB_PREFIXES = new Set([
  '充分', '充分利用', '充分发挥', '发挥', '利用', '利用好', '大力', '大力发展', '大力支持', '大力推进', '全力', '力争',
  '深化', '改造', '整治', '布局', '申报', '积极', '积极开展', '链接', '对标', '赋能', '落户', '指', '加速', '拉通',
  '做优', '做强', '做精', '做大', '做好', '建强', '筑牢', '成势', '依托', '聚焦', '围绕', '支持', '持续', '着力', '科学',
  '全面', '整合', '串联', '省考', '国考', '市考', '区内', '辖内', '境内', '市内', '区域内',
  // A report put to the congress (计划草案提请大会审议) is no event named for it.
  '提请', '提交',
  // The Party's prefix before a committee's place (中共温州市|鹿城区委) is not part of a place name.
  '中共',
]);

/**
 * Suffixes that also end common noun phrases after a quality or a trade (智慧社区, 中医专家社区): the word right
 * before them must be a proper word, not a common noun, verb or adjective.
 */
export const DESCRIBED_SUFFIXES = new Set(['社区']);

/** Single-character administrative endings: 文化强区, 利用好区 are slogans, so the name part must be a known place word. */
export const ADMINISTRATIVE_CHARS = new Set(['区', '市', '县', '省', '州']);

/** Characters allowed to join two name words inside one name (工美港·国际数字创新中心, 广州塔—琶洲…商圈). */
export const NAME_JOINERS = new Set(['·']);
/** Joiners allowed only in strong-suffix names: 广州塔—琶洲世界级地标商圈, but not 海珠湖—海珠国家湿地 (two places). */
export const STRONG_NAME_JOINERS = new Set(['—']);
/** Action words that end a name part for things (琶洲实验室建设鹏城实验室 is two names); agencies may hold them. */
export const ACTION_WORDS = new Set(['建设', '打造', '推进', '推动', '支持', '加快', '加强', '实施', '开展', '引进', '培育']);
/** Conjunctions allowed inside a strong-suffix name (琶洲人工智能与数字经济试验区, 表演艺术月暨粤剧嘉年华): never at
 * its edge, so a name never opens with one. */
export const INNER_CONJUNCTIONS = new Set(['与', '暨']);
/** A route names both its ends (运城至夏县高速公路, 龙岩至龙川铁路项目, 冼村路—广场东路过江隧道): 至 or a dash joins them in a
 * name that holds a route word. */
export const ROUTE_JOINERS = new Set(['至', '—']);
export const ROUTE_WORD = /铁路|高速|公路|城际|轨道|快速路|航线|隧道|大桥/;
/** A single-character level prefix that may govern a verb phrase inside an agency name (区推进…领导小组). */
export const LEVEL_PREFIXES = new Set(['区', '市', '省', '县', '镇']);

/** Words after a quoted name that make the quote part of a longer programme name (“新海商”培优计划). */
export const QUOTE_HEADS = [
  '行动计划', '专项行动', '行动', '计划', '工程', '改造', '建设', '调研', '基金', '体系', '大会', '大赛', '活动',
  '品牌', '工作专班', '专班', '项目', '平台', '示范区', '试验区', '节', '赛', '部署', '举措',
];

/** Heads that make a quote a named policy only right after it (“双随机一公开”监管, “五个一”工作机制): further on they
 * end a clause about the quote instead (“四新经济”实行包容审慎监管). Not 政策 or 措施: a quote before them is mostly a
 * slogan the policies serve (“保就业”政策措施, “一站式”政策红利). */
export const POLICY_QUOTE_HEADS = ['机制', '制度', '方案', '模式', '监管', '改革', '工作法', '战略', '发展思路'];
/** How far past the quote a policy head may end. */
export const POLICY_HEAD_REACH = 4;

/** Words that mark a thing built, run or upgraded: a park followed by one plays the role of a project. */
export const BUILD_WORDS = /^(?:建设|改造|升级|提升|保护建设|扩建|开园|二期|三期|一期)/;

/** Quantity before a name: 4个校园新改扩建项目 names a category, not a thing. */
export const COUNT_BEFORE = /(?:[0-9０-９一二三四五六七八九十百千两几多]+(?:个|项|家|所|条|座|批|宗|处|类|大|支|只|张|场|间|块)|一批|多个|若干|这些|各类|等)$/;
