// Cue words of the commitment stage, as named data: which words open an action, which mark a broad aim,
// which frame a clause without being its action. Lists, not rules for any one sentence.

// Two-character verbs that open an action clause in government reports ("推进…", "建成…"). A clause that
// starts with one of these (after adverbs) is a new action, so a comma before it separates two commitments.
export const ACTION_VERBS = new Set(
  (
    '推进 推动 加快 建成 建设 完成 实施 开工 启动 落地 引进 新增 打造 培育 举办 开展 提升 优化 完善 健全 建立 构建 力促 ' +
    '创建 设立 出台 制定 改造 整治 新建 扩建 续建 开通 通车 贯通 拉通 打通 实现 力争 确保 争取 支持 鼓励 引导 深化 ' +
    '强化 加强 做好 抓好 办好 用好 落实 组织 扶持 提高 降低 增加 扩大 发展 拓展 聚焦 坚持 促进 保障 发挥 放大 探索 ' +
    '试点 升级 更新 征收 收储 出让 供应 交付 筹建 竣工 投产 投用 运营 招引 引入 签约 吸引 培养 招募 发放 帮扶 救助 ' +
    '累计 获得 获评 入选 达到 突破 承办 召开 推出 上线 发布 编制 修订 印发 开发 盘活 清理 治理 修复 种植 修缮 活化 ' +
    '保护 传承 整合 布局 投资 投入 筹集 安排 新开 开设 增设 配建 配置 完善 规范 严格 防范 化解 压实 巩固 夯实 做大 ' +
    '做强 做优 壮大 激发 激活 释放 服务 助力 带动 抢抓 锚定 瞄准 紧扣 狠抓 抓紧 持续 全面 大力 着力 积极 深入 全力 ' +
    '扎实 稳步 加大 健全 提速 提质 扩容 完工 建好 管好 用活 改善 整改 排查 检查 督办 培训 新设 成立 组建 挂牌 认定 ' +
    '创成 获批 引育 集聚 聚集 吸纳 服务 对接 联动 协同 共建 合作 举行 参加 参与 接待 走访 解决 帮助 惠及 覆盖 延伸 ' +
    '拓宽 提前 按期 全年 计划 预计 争创 申报 推广 复制 深耕 丰富 繁荣 弘扬 擦亮 讲好 唱响 用足 ' +
    '进驻 入驻 纳入 列入 落户 揭牌 开业 开园 荣获 入围 上榜 入列 位列 荣登 上调 提标'
  ).split(/\s+/),
);

// Adverbs and frames that may precede the verb of a clause ("全力推进", "今年计划", "到2025年建成").
export const CLAUSE_PREFIX = /^(?:[“"‘]?)(?:今年|全年|年内|年底前|明年|力争|确保|计划|预计|将|要|继续|进一步|全力|大力|加快|持续|积极|着力|扎实|深入|全面|切实|主动|坚决|稳步|有序|重点|统筹|不断|努力|更大力度|加大力度|高标准|高质量|高水平|高起点|率先|同步|分类|逐步|协同|深度|全域|精准|及时|依法|常态化|系统|整体|全方位|多渠道|多措并举|一体|区级|我区|全区|各街道|同时|并|还|再|又|也|均|已|新|先后|共|累计|首次|成功|顺利|如期|基本|全部|到\d{4}年(?:底|末)?|\d{4}年(?:底|末)?(?:前)?)*/;

// Verbs of principle: a clause they open is a goal whatever it names, unless it sets a number
// ("坚持以…为指导", "坚持“两个毫不动摇”").
export const PRINCIPLE_VERBS = new Set(['坚持', '坚定', '贯彻', '践行', '牢记', '锚定']);

// Verbs of broad aims: with no concrete object these clauses are goals ("坚持…", "打造…高地").
export const GOAL_VERBS = new Set('坚持 打造 构建 推动 促进 提升 加快 实现 增强 激发 营造 塑造 奋力 锻造 形成 彰显 擦亮 争当 勇当 建设'.split(' '));

// Words that open a framing phrase, not an action: the phrase belongs to the clause after it
// ("围绕…,开展…", "以…为抓手,推进…", "面对…,我们…").
export const FRAME_OPENERS = /^(?:围绕|面对|按照|根据|随着|依托|借助|结合|对标|对照|立足|站在|基于|通过|以|在|为|对|按|经过|针对)/;

// What makes an object concrete: a number, a quoted or titled name, a named facility or programme, an
// event, or a countable batch. Without one of these an action clause is a broad aim.
export const CONCRETE_OBJECT = new RegExp(
  [
    '\\d',
    // A quoted name, but not a plan period (“十四五”) or a numbered slogan standing alone (做好“三个统筹”, 增强“四个
    // 意识”); one that names a mechanism or a programme (“五个一”工作机制) is a name.
    '[“"「](?!十[一二三四五六七八九]五[”"」])|《',
    // An enumeration closed by 等 ("工业软件、检验检测等") or a range of places ("沥滘—南海心沙") names specific
    // things; a bare list of abstractions ("质量变革、效率变革") does not.
    '、[^，,；;。]{0,24}等',
    '—',
    '[一二两三四五六七八九十百千万]+(?:个|条|座|所|家|项|批|宗|处|场|届|支|类|大|件|栋|间|张|台|辆|户|次|镇|村)',
    '(?:项目|工程|园区|产业园|基地|中心|平台|大道|道路|路段|[东西南北中]路|桥|隧道|地铁|轨道|站|公园|学校|小学|中学|幼儿园|医院|片区|试验区|街区|村|社区|河涌|涌|湿地|码头|岸线|绿道|碧道|展会|博览会|大赛|论坛|峰会|赛事|行动|专项|条例|办法|细则|方案|规划|政策|清单|基金|示范区|示范点|试点|改造|通车|开工|竣工|投用|投产|交付|挂牌|签约|落地|招引|征收|收储|旧村|旧厂|城中村|更新单元|学位|床位|岗位|就业|企业|专利|人才|标准|商圈|综合体|商场|酒店|博物馆|地标|场馆|塔|岛|港|业态|场景|研究院|院|馆|所|实验室)',
    // Events, assets and named areas are objects too (GUIDELINES-links.md: a facility, an event, a place).
    '(?:大会|年会|盛会|交易会|洽谈会|推介会|发布会|楼宇|物业|厂房|用地|土地|载体|创新区|科学城|科技园|集聚区|产业带|粮库|水库|仓库)',
    // A named partner or a signed agreement (与河北工业大学建立战略合作关系, 签订战略合作协议).
    '(?:大学|学院|公司|集团(?!化)|协议)',
    // Regulation, prevention and the sites and bodies a government sets up are objects of its work (大气污染防治,
    // 食品药品安全监管, 学习宣传阵地建设, 机构改革), as the link labels of the report's later sections count them; so
    // are the standing campaigns a government runs by name (应急演练, 疫苗接种, 城市体检, 垃圾分类, 审计). Not 执法 or 处置:
    // they as often name a quality to raise (提高执法效能, 应急处置能力) as a task.
    '(?:防治|监管|阵地|机构改革|演练|接种|体检|垃圾分类|审计)',
    // Named insurance and benefit schemes and markets set up by rule (上调退休人员基本养老金, 医保门诊统筹, 碳排放权交易市场).
    '(?:养老金|医保|医疗保险|养老保险|交易市场)',
    // A designation a place strives for or wins (争创全国文明城市, 创建省级示范县) is a named object.
    '(?:示范[县市镇]|(?:文明|卫生|园林|森林|生态)城市|百强[县区镇])',
  ].join('|'),
);
