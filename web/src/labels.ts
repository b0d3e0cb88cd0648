// Words the viewer shows for the API's enum values: one place, so panels, legend and CSV agree.
export const KIND_LABEL: Record<string, string> = {
  FIVE_YEAR_PLAN: '五年规划纲要',
  PLAN_REPORT: '计划报告',
  PLAN_REPORT_INTERPRETATION: '计划报告解读',
  WORK_REPORT: '政府工作报告',
  OTHER: '其他',
};

export const MODE_LABEL: Record<string, string> = {
  PROMISE: 'promise 承诺',
  ACHIEVEMENT: 'achievement 成效',
  GOAL: 'goal 目标',
  promise: 'promise 承诺',
  achievement: 'achievement 成效',
  goal: 'goal 目标',
};

export const STATUS_LABEL: Record<string, string> = {
  REPORTED_DONE: 'reported done 已报告完成',
  REPORTED_PROGRESS: 'reported progress 已报告进展',
  RE_PROMISED: 're-promised 再次承诺',
  NO_LATER_MENTION: 'no later mention 后续未提及',
};

export const LINK_LABEL: Record<string, string> = {
  ORIGINATES_FROM: 'continues 延续',
  REPORTS_ON: 'reports on 报告',
};

export const TARGET_CHANGE_LABEL: Record<string, string> = {
  SAME: 'same 不变',
  RAISED: 'raised 提高',
  LOWERED: 'lowered 降低',
  MET: 'met 达到',
  NOT_MET: 'not met 未达到',
  OTHER_UNIT: 'other unit 单位不同',
};

export const DIRECTION_LABEL: Record<string, string> = {
  ORIGIN: 'origin',
  SELF: 'this commitment',
  FOLLOW_UP: 'follow-up',
};

export const label = (table: Record<string, string>, value: string | null | undefined): string =>
  value ? (table[value] ?? value) : '—';
