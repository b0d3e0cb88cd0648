// Finds policy packages named by their count of articles where no quotation marks set them off (出台实施稳经济47条、
// 助企纾困22条等措施, 深入实施荔湾区民营经济15条): a name, a number and 条. The same shape counts things (新建道路5条),
// so a package needs a verb that issues or carries out a policy before it, or to follow one in a list.
import { nameKey, type Candidate } from './candidates.js';

// The number of articles, not an article's own (第九十九条), ending the name (…条、, …条等措施; not 一条街).
const ARTICLES = /(?<!第)(?:\d{1,3}|[一二三四五六七八九十]{1,3})条(?=措施|政策|等|[^\u4e00-\u9fff]|$)/g;
const ISSUING = /出台|实施|印发|落实|制定|兑现|推出|发布|修订|执行|用好/g;
/** How far back from its number a package's name may start. */
const MAX_NAME = 14;
const HAN_RUN = /[\u4e00-\u9fff]+$/;
/** What things are counted in, never a package: roads, lines, rivers, streets (道路5条, 河涌35条). */
const COUNTED_THING = /[路线河涌街道渠桥]$/;

/** The name before a number at `at` in `line`: after the last issuing verb within reach, if `listed` allows none. */
function nameBefore(line: string, at: number, listed: boolean): string | null {
  const run = HAN_RUN.exec(line.slice(Math.max(0, at - MAX_NAME), at))?.[0] ?? '';
  let from = -1;
  for (const verb of run.matchAll(ISSUING)) from = verb.index + verb[0].length;
  const name = from === -1 ? (listed ? run : '') : run.slice(from);
  return name.length >= 2 && !COUNTED_THING.test(name) ? name : null;
}

/** Policy packages in one line of match text (offset `lineStart`). */
export function findPolicyPackages(text: string, lineStart: number, lineEnd: number): Candidate[] {
  const line = text.slice(lineStart, lineEnd);
  const found: Candidate[] = [];
  let listEnd = -1;
  for (const m of line.matchAll(ARTICLES)) {
    // A list of packages goes on after 、 (稳经济47条、助企纾困22条).
    const listed = listEnd !== -1 && line[listEnd] === '、';
    const name = nameBefore(line, m.index, listed);
    if (name === null) continue;
    const start = lineStart + m.index - name.length;
    // 纾困减负六条措施: 措施 right after the count is part of the name.
    const end = lineStart + m.index + m[0].length + (line.startsWith('措施', m.index + m[0].length) ? 2 : 0);
    const key = nameKey(text.slice(start, end));
    found.push({ start, end, type: 'Project', key, canonical: key, global: false, source: 'suffix' });
    listEnd = m.index + m[0].length;
  }
  return found;
}
