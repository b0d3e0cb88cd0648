// Names that a counted group introduces: 绿美“七大工程”:城乡一体绿美家园优化建设工程、活力精品绿廊提升美化工程、…;
// 十大行动计划:“15分钟就业服务圈”提质计划、…. A report (often its glossary) says it runs N programmes of one kind
// and then names each, so every listed item that ends in the group's own kind (工程, 计划, 行动 …) is one named
// programme, however descriptive its words: the suffix rules alone would reject 活力精品绿廊提升美化工程 as having no
// proper word. Items of another ending (a list of fields or aims after the colon) are left to the other rules.
import { nameKey, type Candidate } from './candidates.js';

/** What a counted group may be a group of: the kinds of programme a report numbers. */
const GROUP_KINDS = ['行动计划', '专项行动', '工程', '计划', '行动', '举措', '工作法', '项目', '平台', '机制', '体系'];
const KIND = GROUP_KINDS.join('|');
/** A count (七大, 10项, 三个) and the group's kind, perhaps in quotes, then a colon that opens the list. */
const COUNTED_GROUP = new RegExp(`(?:[一二三四五六七八九十两]+大|[一二三四五六七八九十两\\d]+[个项])\\p{Script=Han}{0,6}?(${KIND})[”"」]?\\s*[:：]`, 'gu');
const LIST_MARK = '、';
/** An item ends at a list mark or at the end of the clause or sentence. */
const LIST_END = /[，,；;。]/;
const MIN_NAME = 4;
const MAX_NAME = 30;

export function findGroupMembers(text: string, lineStart: number, lineEnd: number): Candidate[] {
  const found: Candidate[] = [];
  const line = text.slice(lineStart, lineEnd);
  for (const m of line.matchAll(COUNTED_GROUP)) {
    // 十大行动计划 lists …提质计划: an item ends in the group's kind or in a shorter kind that ends it.
    const endings = GROUP_KINDS.filter((k) => m[1]!.endsWith(k));
    const listStart = lineStart + m.index + m[0].length;
    const stop = line.slice(listStart - lineStart).search(LIST_END);
    const listEnd = stop === -1 ? lineEnd : listStart + stop;
    let start = listStart;
    for (const item of text.slice(listStart, listEnd).split(LIST_MARK)) {
      const end = start + item.length;
      const key = nameKey(item);
      // The item's own words, not a quote mark or space before them, start the mention.
      const lead = item.length - item.trimStart().length;
      // An item with 等 sums up the rest (…、一组“小项目大师作”等八个湿地项目升级行动), it is not one of them.
      if (key.length >= MIN_NAME && key.length <= MAX_NAME && !key.includes('等') && endings.some((e) => key.endsWith(e) && key !== e)) {
        found.push({ start: start + lead, end: end - (item.length - item.trimEnd().length), type: 'Project', key, canonical: key, global: false, source: 'suffix' });
      }
      start = end + LIST_MARK.length;
    }
  }
  return found;
}
