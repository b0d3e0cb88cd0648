// Decides from a heading's own words whether its section reviews past work, plans future work, or neither.
// Returns null when the wording says nothing, so the section inherits its parent's role.
import type { DocumentRecord, SectionRole } from '../../src/model.js';

// Words of context sections (the situation, strengths and weaknesses, problems) and of apparatus (preface,
// glossary, annex): nothing in them is a commitment. Checked first: "发展环境面临深刻复杂变化" is context.
// An interpretation's account of how the report was made (决策背景和依据, 研判和起草过程, 制定意义), and a part
// about the report itself (关于本报告), are apparatus too.
const OTHER_CUES = /前\s*言|名词解释|附\s*件|目\s*录|本报告|主要问题|存在问题|问题和困难|困难和问题|问题与困难|不足|短板|面临|形势|简介|背景|依据|起草|编制过程|制定意义|总体考虑/;
// Words of review sections: results of a past year or of the previous plan period.
// A five-year plan opens by placing itself in history (第一章 历史方位) and on what was achieved (小康社会如期建成).
const REVIEW_CUES = /回顾|执行情况|完成情况|总结|成效|成就|成绩|过去[一五]年|发展环境|发展基础|十三五|历史方位|如期(?:全面)?(?:建成|完成|实现)/;
// Words of plan sections: the coming year's arrangements, a plan's tasks and targets.
const PLAN_CUES = /安排|计划|主要任务|重点任务|发展目标|主要目标|远景目标|预期目标|工作建议|重点工作|主要工作|工作思路|总体要求|展望/;

// A plan's 发展背景 (a county outline's usual first heading) is its look-back, as 发展基础 is: the last period's
// results come first there. Checked before OTHER_CUES, whose 背景 is an interpretation's 决策背景.
const LOOK_BACK = /发展背景/;

/** The role a heading's title states, or null to inherit. `title` is match text. */
export function roleFromTitle(title: string, record: DocumentRecord): SectionRole | null {
  const years = [...title.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  if (LOOK_BACK.test(title)) return 'review';
  if (OTHER_CUES.test(title)) return 'other';
  if (REVIEW_CUES.test(title)) return 'review';
  if (PLAN_CUES.test(title)) return 'plan';
  // A bare year in the title ("2023年……") tells which part it is even without a cue word.
  if (record.reviewYear !== null && years.includes(record.reviewYear) && !years.includes(record.year ?? -1)) return 'review';
  if (record.year !== null && years.includes(record.year) && record.kind !== 'five-year-plan') return 'plan';
  return null;
}

/** The role of text under no heading at all: a five-year plan's body is plan; a report's preamble is not. */
export function defaultRole(record: DocumentRecord): SectionRole {
  return record.kind === 'five-year-plan' ? 'plan' : 'other';
}

// Wording of a paragraph that reports results rather than plans them: done-markers, and tallies of a past year,
// which a target may use too (力争限上社零额同比增长15%以上): a paragraph that strives for its figures plans them.
const DONE_CUES = /完成了|已建成|已完成|已经|实现了|取得了|获评|荣获|入选|一年来/;
const TALLY_CUES = /累计|同比增长|比上年|全年完成|全年实现/;
const STRIVING_CUES = /力争|确保|争取|预期目标/;

/**
 * The role of a paragraph judged by its own wording, for reports whose headings say nothing about which part
 * reviews and which plans (or that have no headings at all): results read as review, the rest as plan.
 */
export function roleFromWording(m: string, record: DocumentRecord): SectionRole {
  if (DONE_CUES.test(m)) return 'review';
  if (STRIVING_CUES.test(m)) return 'plan';
  if (TALLY_CUES.test(m)) return 'review';
  if (record.reviewYear !== null && new RegExp(`${record.reviewYear}\\s*年`).test(m) && !(record.year !== null && m.includes(`${record.year}`))) return 'review';
  return 'plan';
}
