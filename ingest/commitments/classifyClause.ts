// Decides whether a clause is a commitment and of which mode: a promise in plan sections, an achievement in
// review sections, a goal when the action has no concrete object; null for headings, rhetoric and context.
import type { CommitmentMode, SectionRole } from '../../src/model.js';
import { ACTION_VERBS, CONCRETE_OBJECT, GOAL_VERBS, PRINCIPLE_VERBS } from './cueWords.js';
import { findVerb, opensAction } from './splitClauses.js';

// Clauses this short carry no object ("稳中求进").
const MIN_CLAUSE_LENGTH = 5;
// Words that mark a sentence as describing circumstances, not acting ("是…的关键一年", "面临…压力"), or as
// recounting a leader's visit and charge ("总书记亲临广东视察,寄望广州…"), which is what others did.
const CONTEXT_ONLY = /^(?:今年是|这是|当前|目前|同时|但是|但|然而|我们也|我们清醒|过去一年|一年来|回顾|实践证明|事实证明|成绩来之不易|这些成绩)|压力|挑战|不足|短板|困难|问题仍|有待|仍需|仍然存在|亲临.{0,6}视察|寄望/;
// The outlook a plan report opens with: what others forecast for the world or the country (国际货币基金组织(IMF)
// 预测世界经济增长3.2%) is neither promised nor reported by the government, though it names a figure.
const OTHERS_FORECAST = /(?:国际货币基金组织|IMF|世界银行|经合组织|OECD|联合国)[^，,。；;]{0,12}(?:预测|预计)/;
// Sentences that set the scene as a whole ("今年是…的关键一年,做好…意义重大", "“十三五”时期是…的五年", what the
// country's leadership did: "习近平总书记…发来贺信", "以习近平同志为核心的党中央…胜利召开…"), that thank (我谨代表区人民
// 政府,向…表示衷心的感谢), that speak of the document itself ("本纲要主要阐明…", "《计划报告》在…框架下") or that are the apparatus of an issuing notice
// ("现印发给你们,请认真组织实施"), or that are a report's own apparatus: what a leader's visits gave (总书记…24次到连江调研
// 指导), the grounds of its confidence (信心在于…, 基础在于…), the turn to its tasks (重点做好五个方面的工作:) and the
// issuing body under its title (县发展和改革委员会), or a news page's account of the report (报告回顾了过去一年的工作):
// no clause of them is an action.
const CONTEXT_SENTENCE = /^(?:今年是|明年是|这是|当前|目前|实践证明|事实证明|(?:习近平)?总书记|(?:以习近平同志为核心的)?党中央|\d{4}\s*年\s*[,，]?\s*是)|(?:之年|关键一年|的五年|关键五年|重要时期|关键时期)(?:[,，]|$)|^(?:本|该)(?:纲要|规划|报告|计划)|^[^,，。;；]{0,60}纲要[)）]?[,，]?(?:是|主要阐明)|^《[^》]{0,40}(?:报告|纲要|规划|计划)》(?:在|是|主要|共|分为|包括)|意义重大|责任重大|现印发给|印发给你们|^(?:政府工作)?报告(?:回顾|总结|指出|提出|强调)|(?:总书记|习近平)[^。;；]{0,30}(?:\d+|[一二三四五六七八九十]+|多)次(?:到|来)[^。;；,，]{1,10}(?:调研|视察|考察)|^(?:信心|基础|底气|优势|潜力)在于|(?:做好|抓好|做到)(?:以下|下列)?[一二三四五六七八九十几\d]+(?:个|大)?方面(?:的)?(?:重点)?工作[:：]?$|^(?:[区县市旗]|[\u4e00-\u9fff]{2,8}[区县市旗])[^,，。;；:：]{0,14}(?:委员会|人民政府|办公室|局)$|转发给你们|请认真|请予审议|请[^,，。;；]{0,6}(?:审议|票决)|提出意见|我谨代表|表示(?:衷心|诚挚|崇高)的?(?:感谢|谢意|敬意)|致以(?:崇高|诚挚|衷心)的?(?:敬意|谢意|问候)|^[^,，。;；:：]{6,80}(?:实施方案|工作方案|行动方案|纲要|的报告|的通知|的意见)$/;

// The opening of a paragraph that admits shortcomings ("我们也清醒地认识到…", "仍存在不少困难和问题,主要表现在:
// 一是…"): what the paragraph goes on to list are problems, never achievements or promises, however they are worded.
const SHORTCOMINGS_OPENING = /清醒(?:地)?(?:认识|看到)|(?:仍|还|依然|仍然)(?:存在|面临)着?(?:不少|一些|诸多|许多)/;

/** True when a paragraph's first sentence (match text) announces the shortcomings the paragraph lists. */
export function opensShortcomings(firstSentence: string): boolean {
  return SHORTCOMINGS_OPENING.test(firstSentence);
}

/** True when a whole sentence (match text) only describes circumstances. */
export function isContextSentence(sentence: string): boolean {
  return CONTEXT_SENTENCE.test(sentence);
}

/**
 * The ；-separated parts of a sentence (match text) that only describe circumstances, as [start, end) offsets into
 * it. A scene-setting frame (2024年是…的关键一年,…；加力提速实施“百千万工程”…；) voids its own part, not the results or
 * tasks the sentence goes on to list after a semicolon.
 */
export function contextParts(sentence: string): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (const stop of sentence.matchAll(/[；;]|$/g)) {
    const end = stop.index + stop[0].length;
    if (isContextSentence(sentence.slice(from, end))) parts.push([from, end]);
    from = end;
    if (stop[0] === '') break;
  }
  return parts;
}

// Studying and carrying out a doctrine, a speech or a charge (深入学习宣传贯彻党的二十大精神, 统筹落实“疫情要防住…”
// 的重大要求): how a review opens its year, not a result of it, and how a plan opens, not a promise, though it
// names a concrete-looking object.
const CARRYING_OUT = '(?:学习|宣传|贯彻|领会|落实|践行)[^,，;；]{0,30}';
const DOCTRINE = '精神|思想|讲话|指示|批示|理念';
const STUDIED_DOCTRINE = new RegExp(`${CARRYING_OUT}(?:${DOCTRINE}|要求|部署)`);
const PLANNED_DOCTRINE = new RegExp(`${CARRYING_OUT}(?:${DOCTRINE})`);

// Setting up a mechanism or a system (建立日调度工作机制, 建立边界治安联防联控机制) is a concrete act; improving one
// (完善…机制, 健全…制度) is a broad aim.
const NEW_INSTITUTION = /(?:建立|出台|制定|设立|印发|组建|成立|建成)(?!健全|完善)[^，,；;。]{0,30}(?:机制|制度)/;

// Targets a plan sets without a figure (城乡居民人均可支配收入与经济增长同步, 固定资产投资保持正增长, 一般公共预算收入保持
// 稳定增长, 居民消费价格指数控制在省定目标以内, 完成上级下达的目标任务): a commitment with a target, though no number can be read from it.
const QUALITATIVE_TARGET = /与经济增长(?:基本)?同步|保持正增长|(?:收入|产值|总额|投资|消费品零售总额)保持(?:稳定|平稳|较快|合理)增长|(?:控制|稳定)在[^，,；;。]{0,12}(?:目标|以内)|完成(?:省|市|区|县|上级)+(?:下达|下发)?的?[^，,；;。]{0,8}?(?:目标|任务|指标)/;

// A clause that only says since when (“十三五”规划实施以来, 党的十八大以来): the frame of the clauses after it.
const TIME_FRAME_ONLY = /以来[,，:：]?$/;

// Verbs of an honour or a status won (获批省级经济开发区, 入列中国百强镇): what they name is a result in itself.
const HONOUR_VERBS = /获评|荣获|入选|入列|荣登|上榜|入围|获批|位列|成为/;
/** Still striving for it (积极争取获批国家级新区): no honour won yet. */
const STRIVING_FOR = /争取|申报|力争|争创/;

// A task said to be completed (储备粮油轮换任务顺利完成, 圆满完成全年目标任务) is a result in a review, object or not.
const COMPLETION_CLAIM = /(?:顺利|圆满|全面|超额|如期|提前|高质量)完成|完成了/;

// Done-wording: in any section, these mark an achievement when the document reviews a year.
const DONE_WORDING = /完成了|已建成|已完成|已经|实现了|取得了|获评|荣获|入选|新增了|累计完成/;

/** What follows the first comma that opens another action, or '' when none does. */
function actionAfterComma(clause: string): string {
  for (let i = clause.search(/[,，]/); i !== -1; i = nextComma(clause, i)) {
    // 加快 and the like are both adverbs (opensAction skips them) and verbs; either way an action starts here.
    const rest = clause.slice(i + 1);
    if (ACTION_VERBS.has(rest.slice(0, 2)) || opensAction(rest.slice(0, 40))) return rest;
  }
  return '';
}

function nextComma(clause: string, from: number): number {
  const rest = clause.slice(from + 1).search(/[,，]/);
  return rest === -1 ? -1 : from + 1 + rest;
}

/** The mode of a clause (match text), or null when it is not a commitment. */
export function classifyClause(m: string, start: number, end: number, role: SectionRole, hasFigures: boolean): CommitmentMode | null {
  if (role === 'other' || end - start < MIN_CLAUSE_LENGTH) return null;
  const clause = m.slice(start, end);
  const hasTargets = hasFigures || QUALITATIVE_TARGET.test(clause);
  if ((CONTEXT_ONLY.test(clause) && !hasTargets) || OTHERS_FORECAST.test(clause) || TIME_FRAME_ONLY.test(clause)) return null;
  const verbAt = findVerb(m, start, end);
  const honour = role === 'review' && HONOUR_VERBS.test(clause) && !STRIVING_FOR.test(clause);
  if (verbAt === -1 && !hasTargets && !honour) return null;
  // The whole clause counts: a framing phrase before the verb often names the place ("依托中大纺织商圈,推动…").
  const object = clause;
  const verb = verbAt === -1 ? '' : m.slice(verbAt, verbAt + 2);
  // A verb of principle makes the clause a goal whatever it names, unless a later comma opens a second action
  // with its own object ("锚定高性价比载体供给,加快小洲、仑头两大智造基地建设"): that action is concrete.
  const principle = PRINCIPLE_VERBS.has(verb) && verbAt - start <= 2;
  const acted = principle ? actionAfterComma(clause) : object;
  const concrete = hasTargets || (acted !== '' && (CONCRETE_OBJECT.test(acted) || NEW_INSTITUTION.test(acted)));
  if (role === 'review') return (concrete || honour || COMPLETION_CLAIM.test(clause)) && !(STUDIED_DOCTRINE.test(clause) && !hasTargets) ? 'achievement' : null;
  if (DONE_WORDING.test(clause) && role !== 'plan') return 'achievement';
  // Carrying out a doctrine (坚持以…为指导,全面贯彻落实…精神) is how a plan opens: a broad aim, not a promise. Not
  // carrying out a requirement or an arrangement (落实…防控要求, 落实省“湾区通”工程部署): those are tasks.
  if (concrete && !hasTargets && PLANNED_DOCTRINE.test(acted)) return 'goal';
  if (concrete) return 'promise';
  return GOAL_VERBS.has(verb) || verbAt !== -1 ? 'goal' : null;
}
