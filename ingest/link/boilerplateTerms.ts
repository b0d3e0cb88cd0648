// Words every plan and report uses whatever the undertaking: verbs of intent, slogans, generic nouns.
// Sharing them says nothing about sharing an object, so they never count as link evidence. IDF already damps
// frequent words; this list removes the ones that are frequent across the whole genre but may be rare in a
// small corpus. Source: read off the most frequent nodejieba tokens of the five corpus reports.
export const BOILERPLATE_TERMS: ReadonlySet<string> = new Set([
  // verbs of intent and effort
  '推进', '推动', '加快', '加大', '加强', '强化', '深化', '深入', '实施', '落实', '开展', '打造', '建设', '发展', '提升',
  '提高', '优化', '完善', '健全', '构建', '建立', '促进', '支持', '鼓励', '引导', '坚持', '持续', '全面', '积极', '大力',
  '着力', '努力', '力争', '争取', '用好', '发挥', '做好', '抓好', '办好', '做大', '做强', '做优', '擦亮', '聚焦', '围绕',
  '依托', '聚集', '集聚', '培育', '引进', '推出', '形成', '实现', '完成', '启动', '开工', '建成', '有效', '加速', '拓展',
  '稳步', '进一步', '不断', '切实', '扎实', '全力', '更大', '力度', '水平', '能力', '作用', '机制', '体系', '工作', '重点',
  '一批', '一体', '主要', '相关', '有关', '各类', '全方位', '多元', '高效', '新型', '重要', '重大', '创新',
  // slogans and generic aims
  '高质量发展', '高质量', '新发展理念', '新发展格局', '现代化', '中国式现代化', '新时代', '新活力', '老城市', '新格局',
  '新动能', '新优势', '新高地', '新引擎', '新标杆', '新名片', '新局面', '新篇章', '出新出彩', '走在前列', '示范', '标杆',
  '引领', '特色', '品质', '高品质', '高水平', '高端', '国际', '国际化', '世界级', '一流', '领先', '核心', '综合',
  // generic nouns: every sector's promises have 企业, 平台, 项目; they name a kind of thing, never the thing
  '企业', '产业', '经济', '项目', '社会', '体系', '平台', '中心', '管理', '领域', '资源', '模式', '环境', '区域',
  '技术', '国家', '政府', '行动', '政策', '优势', '功能', '合作', '载体', '市场', '机构', '主体', '行业', '设施', '信息',
  '要素', '基础', '质量', '转型', '成果', '领军', '典范', '规模', '效益', '环节', '链条', '方向', '需求',
  '动力', '效应', '举措', '措施', '要求', '力量', '资金', '支撑', '保障', '动能', '潜力',
  // self-references of a government and time words (its own place names are taken from the document's
  // metadata: jurisdictions.ts ownNameKeys)
  '全区', '我区', '本区', '区委', '区政府', '全市', '全省', '我市', '本市', '市委', '市政府', '十四五', '十三五', '今年', '明年',
  '年度', '全年', '年底', '期间', '以上', '左右', '以内', '同比', '累计', '目标', '任务', '计划', '规划', '方案',
]);
