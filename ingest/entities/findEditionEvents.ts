// Finds events named with their edition (举办第十四届中国国际新媒体短片节, 第三届琶洲算法大赛): an edition number says
// the words after it name a recurring event, whatever its last word, which no ending list covers (短片节, 设计周).
// Not the sessions of a congress or a party committee (第十七届人民代表大会第四次会议, 十四届十次全会): those are bodies'
// meetings, which the entity guidelines do not count.
import { nameKey, type Candidate } from './candidates.js';

const EDITION_EVENT = /第[一二三四五六七八九十百\d]{1,4}届([\u4e00-\u9fff“”（）()·]{2,24}?(?:节|周|季|会|赛|展|论坛|峰会|大会|大赛|博览会|交易会|运动会))(?=[，,。；;、”）)\s]|$|[在于上期间])/g;
const MEETING = /(?:人民代表大会|代表大会|委员会|全会|会议|常委会|政协)/;

/** Edition-numbered events in one line of match text (offset `lineStart`). */
export function findEditionEvents(text: string, lineStart: number, lineEnd: number): Candidate[] {
  const line = text.slice(lineStart, lineEnd);
  const found: Candidate[] = [];
  for (const m of line.matchAll(EDITION_EVENT)) {
    if (MEETING.test(m[1]!)) continue;
    const start = lineStart + m.index;
    const end = start + m[0].length;
    const key = nameKey(text.slice(start, end));
    found.push({ start, end, type: 'Project', key, canonical: key, global: false, source: 'suffix' });
  }
  return found;
}
