// Resolves the year a commitment is for (or was achieved in) and its explicit deadline, from the clause's
// words and the document's years. Reads match text only.
import type { CommitmentMode, DocumentRecord } from '../../src/model.js';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 十四五 → 14 (a five-year-plan number written in Chinese numerals). */
function planNumber(cn: string): number | null {
  let n = 0;
  if (cn.length === 1) return CN_DIGITS[cn] ?? null;
  if (cn.startsWith('十')) n = 10 + (CN_DIGITS[cn[1] ?? ''] ?? 0);
  else n = (CN_DIGITS[cn[0] ?? ''] ?? 0) * 10 + (CN_DIGITS[cn[2] ?? ''] ?? 0);
  return n > 0 ? n : null;
}

/** The years of the n-th five-year plan; regular since the sixth (1981-1985). */
export function fiveYearPlanPeriod(n: number): { from: number; to: number } | null {
  if (n < 6) return null;
  const from = 1981 + 5 * (n - 6);
  return { from, to: from + 4 };
}

const DEADLINE = /(?:到|至|于|在)(\d{4})\s*年|(\d{4})\s*年(?:底|末)?(?:前|以前|之前|内|底|末)/;
const THIS_YEAR_DEADLINE = /年底前|年内|全年|今年|年底/;
const PERIOD_DEADLINE = /[“"]?(十[一二三四五六七八九]?五|[一二三四五六七八九]五)[”"]?(?:时期|期间|期末|末)/;
const STATED_YEAR = /(\d{4})\s*年/g;
/** A year that is the base of a comparison (比2015年增长, 较2019年, 是2015年的3倍, 与2020年相比, 超2019年, 恢复至2019年)
 * is not the year the clause is about. */
const COMPARISON_BASE = /(?:比|较|是|与|同|相对于|相较于?|超过?|超出|高于|低于|优于|恢复(?:到|至)?)\s*$/;

// A year written in Chinese numerals (到二〇二五年, 二〇三五年远景目标), as formal texts often do.
const CN_YEAR = /([〇零○一二三四五六七八九]{4})(\s*年)/g;
const CN_YEAR_DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const withArabicYears = (text: string) => text.replace(CN_YEAR, (_, digits: string, nian: string) => [...digits].map((d) => CN_YEAR_DIGIT[d]).join('') + nian);

// A deadline or a plan period that opens a sentence (到2025年,地区生产总值…,年均增长…;森林覆盖率…; “十三五”时期,
// 面对…,深入实施…) governs all its clauses.
const OPENING_DEADLINE = /^(?:到|至)(\d{4})年(?:底|末)?[,，]/;
const OPENING_PERIOD = new RegExp(`^${PERIOD_DEADLINE.source}`);

/** The deadline a sentence opens with, for its clauses that state none of their own. */
export function openingDeadline(sentenceWords: string): number | null {
  const words = compactWords(sentenceWords);
  const m = OPENING_DEADLINE.exec(words);
  if (m) return Number(m[1]);
  const period = OPENING_PERIOD.exec(words);
  return period ? (fiveYearPlanPeriod(planNumber(period[1]!) ?? 0)?.to ?? null) : null;
}

/** Match text without white space (PDF text spaces out “ 十三五 ” and 2021 年) and with years in digits. */
function compactWords(words: string): string {
  return withArabicYears(words.replace(/\s+/g, ''));
}

/** `sentenceDeadline` is openingDeadline of the clause's sentence: a promise or goal without a deadline of its own
 * is due then. */
export function resolveYears(
  words: string,
  mode: CommitmentMode,
  record: DocumentRecord,
  sentenceDeadline: number | null = null,
): { year: number | null; dueYear: number | null } {
  // Years inside a cited title (《…2035年远景目标的建议》) are the title's, not the clause's.
  const clause = compactWords(words).replace(/《[^》]*》/g, '《》');
  const fivePlanStart = record.kind === 'five-year-plan' ? record.period?.from ?? record.year : null;
  // A five-year plan reviews the previous period, which ends the year before its own begins.
  const reviewed = record.reviewYear ?? (fivePlanStart !== null ? fivePlanStart - 1 : record.year);
  const baseYear = mode === 'achievement' ? reviewed : fivePlanStart ?? record.year;
  let dueYear: number | null = null;
  const deadline = DEADLINE.exec(clause);
  const period = PERIOD_DEADLINE.exec(clause);
  if (deadline) dueYear = Number(deadline[1] ?? deadline[2]);
  else if (period) dueYear = fiveYearPlanPeriod(planNumber(period[1]!) ?? 0)?.to ?? record.period?.to ?? null;
  else if (mode !== 'achievement' && sentenceDeadline !== null) dueYear = sentenceDeadline;
  else if (mode !== 'achievement' && THIS_YEAR_DEADLINE.test(clause)) dueYear = record.kind === 'five-year-plan' ? null : record.year;
  let year = baseYear;
  // A year named without a deadline word is the year the clause is about ("2023年完成…"); of several
  // ("从2015年的…增长到2020年的…") the last is the one reached.
  const stated = [...clause.matchAll(STATED_YEAR)].filter((m) => !COMPARISON_BASE.test(clause.slice(Math.max(0, m.index - 4), m.index))).at(-1);
  if (stated && !deadline) {
    const y = Number(stated[1]);
    if (y >= 1990 && y <= 2100) year = y;
  }
  // What was achieved has no deadline; a 至2019年 in it is when a value was reached.
  return { year, dueYear: mode === 'achievement' ? null : dueYear };
}
