// Finds the names listed in the lexicons, on word boundaries only, so that a listed street name (江海) is not
// found inside an ordinary word (江海联运 is one word to jieba only when it knows it; a listed name must start
// and end where jieba's words do). A name listed for one district is looked for in that district's reports only. A
// listed place that is only the front of a longer name (广州美术馆, 黄埔涌桥, 海珠湾) is not a mention of the place.
import type { Lexicon } from './lexicon.js';
import type { Token } from './jiebaTokens.js';
import type { Candidate } from './candidates.js';
import { STOP_WORDS } from './nameRules.js';

const MAX_NAME_WORDS = 4;
// Words that continue a place name into the name of a bay, island, bridge, tower, road, station, building or new
// town: 海珠|湾, 官洲|岛, 黄埔涌|桥, 琶洲|塔, 南洲|路段, 广州|大道, 广州|南站, 广州|美术馆, 羊城|食品厂, 琶洲|支线,
// 广州|之窗, 广州|知识城.
const NAME_CONTINUATION = /^(?:[湾岛围桥塔寺之路]|大道)|(?:馆|站|厂|书院|支线|院区|知识城|科学城|新城)$/;

// A lone direction after a place, closing the phrase, names a part of it (琶洲中、琶洲东、琶洲南 are zones of 琶洲).
const DIRECTION = /^[东西南北中]$/;
const PHRASE_END = /^[、，,。；;：:）)」”]/;

export function continuesName(next: Token, after: Token | undefined, text: string): boolean {
  if (NAME_CONTINUATION.test(next.word)) return true;
  return DIRECTION.test(next.word) && (after === undefined || (after.start === next.end && PHRASE_END.test(text[after.start]!)));
}

/** What every listed name starts with and how long the longest is: most words can be passed over at a glance. */
interface NameShapes {
  firstUnits: Set<number>;
  longest: number;
}
const shapesOf = new WeakMap<Lexicon['byName'], NameShapes>();

function nameShapes(lexicon: Lexicon): NameShapes {
  let shapes = shapesOf.get(lexicon.byName);
  if (!shapes) {
    shapes = { firstUnits: new Set(), longest: 0 };
    for (const name of lexicon.byName.keys()) {
      shapes.firstUnits.add(name.charCodeAt(0));
      shapes.longest = Math.max(shapes.longest, name.length);
    }
    shapesOf.set(lexicon.byName, shapes);
  }
  return shapes;
}

const LEVEL_FIRST = /^[区县市省旗]/;
// Tags jieba gives a place's name (庐江/ns, 东丽/nr): not a verb or a particle before a listed body (协调|区发改局,
// 由|县发改局), nor a common noun (属地|区人民政府).
const PLACE_NAME_TAGS = new Set(['ns', 'nr', 'nz', 'j']);
// Bodies written together (省委省政府, 市委市政府) are two, not one named for the other; the one who speaks for a
// body (我代表|县人民政府) is no part of its name, nor is 会同 (jointly with), which jieba takes for 会同县.
const NOT_A_PLACE = /[委府局办会院]$|^(?:代表|会同)$/;
const HAN_ONLY = /^[\u4e00-\u9fff]+$/;

/**
 * The place written right before an agency named by its level (庐江|县人民政府, 房|县发展和改革局): that place's body,
 * not the report's own, unless the place is the report's own (房县 in 房县's report). The whole name is the
 * mention. A word of one character names a place only when it is the report's own county (房县, 夏县).
 */
function placeBeforeLevel(before: Token | undefined, start: number, name: string, district: string | null): string | null {
  if (before === undefined || before.end !== start || !LEVEL_FIRST.test(name) || !HAN_ONLY.test(before.word)) return null;
  if (district !== null && before.word + name[0] === district) return before.word;
  // Before 县 a two-character noun is a county's name (交城|县人民政府): common nouns stand before 区 (属地|区…), not 县.
  const named = before.word.length >= 2 && before.word.length <= 4 && (PLACE_NAME_TAGS.has(before.tag) || (before.tag === 'n' && name[0] === '县'));
  return named && !STOP_WORDS.has(before.word) && !NOT_A_PLACE.test(before.word) ? before.word : null;
}

export function findLexiconNames(tokens: Token[], lexicon: Lexicon, text: string, district: string | null): Candidate[] {
  const found: Candidate[] = [];
  const { firstUnits, longest } = nameShapes(lexicon);
  // The report's own county of one character (魏县, 沛县) is too short for the suffix rules to trust; the
  // report's metadata names it.
  const ownShort = district !== null && district.length === 2 && !lexicon.byName.has(district) ? district : null;
  for (let i = 0; i < tokens.length; i++) {
    if (!firstUnits.has(text.charCodeAt(tokens[i]!.start)) && !(ownShort !== null && text.startsWith(ownShort, tokens[i]!.start))) continue;
    // Longest listed name made of 1..MAX_NAME_WORDS whole words starting at word i.
    for (let n = Math.min(MAX_NAME_WORDS, tokens.length - i); n >= 1; n--) {
      const start = tokens[i]!.start;
      const end = tokens[i + n - 1]!.end;
      if (end - start > longest) continue;
      const words = text.slice(start, end);
      if (words === ownShort) {
        found.push({ start, end, type: 'Place', key: words, canonical: words, global: false, source: 'lexicon' });
        break;
      }
      const entry = lexicon.byName.get(words);
      if (!entry || (entry.onlyIn !== null && entry.onlyIn !== district)) continue;
      const next = tokens[i + n];
      if (entry.type === 'Place' && next && next.start === end && continuesName(next, tokens[i + n + 1], text)) break;
      const place = entry.type === 'Agency' ? placeBeforeLevel(tokens[i - 1], start, entry.name, district) : null;
      if (place !== null) {
        found.push({ start: start - place.length, end, type: 'Agency', key: place + entry.name, canonical: place + entry.canonical, global: false, source: 'lexicon' });
      } else found.push({ start, end, type: entry.type, key: entry.name, canonical: entry.canonical, global: entry.global, source: 'lexicon' });
      break;
    }
  }
  return found;
}
