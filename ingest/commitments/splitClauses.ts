// Splits a body range into sentences (。！？ and line ends) and each sentence into clause-level actions:
// at ；, and at a comma when what follows opens a new verb phrase. Works on match text, returns offsets.
import type { Span } from '../../src/model.js';
import { ACTION_VERBS, CLAUSE_PREFIX, FRAME_OPENERS } from './cueWords.js';

const SENTENCE_END = /[。！？!?]/;
const EDGE = /^[\s\u3000,，、；;:：]+|[\s\u3000,，、；;:：。！？!?]+$/g;

/**
 * Sentence spans of `m.slice(start, end)`, absolute offsets, trimmed. A block is one line, or lines the
 * structure stage rejoined after a page break, so a line end inside a block is not a boundary.
 */
export function splitSentences(m: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = m[i]!;
    if (SENTENCE_END.test(c)) {
      // A closing quote right after the full stop belongs to the sentence.
      const stop = m[i + 1] === '”' || m[i + 1] === '"' ? i + 2 : i + 1;
      pushTrimmed(out, m, from, stop);
      from = stop;
      i = stop - 1;
    }
  }
  pushTrimmed(out, m, from, end);
  return out;
}

/** Clause spans of one sentence: ；-separated parts, each split again where a comma opens a new action, or, in a
 * review (`claims`), a new subject's own result. */
export function splitClauses(m: string, sentence: Span, claims = false): Span[] {
  const pieces: Span[] = [];
  let from = sentence.start;
  let depth = 0;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = m[i]!;
    if (c === '“' || c === '《' || c === '(' || c === '（') depth++;
    else if ((c === '”' || c === '》' || c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0 && (c === '；' || c === ';' || c === ',' || c === '，' || c === ':' || c === '：')) {
      pieces.push({ start: from, end: i + 1 });
      from = i + 1;
    }
  }
  pieces.push({ start: from, end: sentence.end });

  const clauses: Span[] = [];
  let current: Span | null = null;
  let framing = false;
  for (const piece of pieces) {
    // A line end inside a block (a paragraph a page break or a hard wrap cut, rejoined by the structure stage)
    // must not hide the verb it cuts (投|资项目).
    const head = m.slice(piece.start, piece.start + 40).replace(/\n/g, '');
    const previousEnd = current ? m[current.end - 1] : '';
    const startsAction = opensAction(head) || (claims && opensClaim(m.slice(piece.start, piece.end).replace(/\n/g, '')));
    const hardBreak = previousEnd === '；' || previousEnd === ';';
    if (current && (framing || (!hardBreak && !startsAction))) {
      current.end = piece.end;
    } else {
      if (current) clauses.push(current);
      current = { ...piece };
    }
    // A framing phrase ("围绕…,") joins the clause that follows it.
    framing = FRAME_OPENERS.test(head) && !startsAction && piece.end - piece.start < 30;
  }
  if (current) clauses.push(current);
  const out: Span[] = [];
  for (const c of clauses) pushTrimmed(out, m, c.start, c.end);
  return out;
}

/** True when `head` (match text) starts with an action verb, after adverbs and time phrases. */
export function opensAction(head: string): boolean {
  const prefix = CLAUSE_PREFIX.exec(head);
  const rest = head.slice(prefix ? prefix[0].length : 0);
  return ACTION_VERBS.has(rest.slice(0, 2)) || (prefix !== null && prefix[0].length > 0 && /^[建办抓保促增新开推引育招改修扩]/.test(rest));
}

// How far into a comma piece a subject of its own may reach before its verb (中国电研获评…, 陈李济中医药文化园获评…).
const SUBJECT_REACH = 10;
// A name has at least three characters (双鱼体育, 中国电研); two are more often an adverb (同比, 分别).
const MIN_SUBJECT = 3;
const COMPARISON_OPENING = /^(?:同比|环比|其中|分别|比|较|共|约|达|占|均|总计|合计)/;
// The frames of FRAME_OPENERS that cannot open a result: not 在, 通过, 以 or 为 alone, which also open one
// (在全市率先建成…, 通过…考评); only 以…为…, 以…方式 and 在…中 are frames among those.
const CLAIM_FRAME = /^(?:围绕|面对|按照|根据|随着|依托|借助|结合|对标|对照|立足|站在|基于|针对)|^以[^,，]{1,24}(?:为|方式|契机)|^在[^,，]{1,24}[中下][,，]?$/;

/** True when `head` names a subject and then its own action (双鱼体育获评省级工业设计中心): in a review each such
 * piece is a result of its own, which its own promise may have asked for, not a detail of the piece before. */
function opensClaim(head: string): boolean {
  // An adverb or a comparison before the verb (同比提升0.28个百分点, 累计达18家) goes on with the piece before.
  // A frame (围绕琶洲试验区建设,…) names where the next clause stands, not a subject of its own.
  if (CLAUSE_PREFIX.exec(head)![0] !== '' || COMPARISON_OPENING.test(head) || CLAIM_FRAME.test(head)) return false;
  for (let i = MIN_SUBJECT; i <= SUBJECT_REACH; i++) {
    const verb = head.slice(i, i + 2);
    // A subject becoming something (南华西派出所成为全国首批…) is a claim of its own too, though 成为 acts on nothing.
    if (ACTION_VERBS.has(verb) || verb === '成为') return !/[，,、；;：:“”《》()（）\d]/.test(head.slice(0, i));
  }
  return false;
}

/**
 * Index of the first action verb within the first `window` characters, or -1. A clause that opens with a
 * frame (以市场为导向、以应用为目标,推动…) has its verb after a comma, so each comma starts another window.
 */
export function findVerb(m: string, start: number, end: number, window = 16): number {
  for (let from = start; from !== -1; from = nextPieceStart(m, from, end)) {
    const limit = Math.min(end - 1, from + window);
    for (let i = from; i < limit; i++) {
      if (ACTION_VERBS.has(m.slice(i, i + 2))) return i;
    }
  }
  // A long subject may put its verb at the very end (三和智慧农业产业园一期、茴香羊产业园项目当年建成).
  const closing = CLOSING_VERB.exec(m.slice(start, end));
  return closing === null ? -1 : start + closing.index;
}

/** Verbs of completion that end a clause after its subject. */
const CLOSING_VERB = /(?:建成|完工|竣工|投产|投用|开工|通车|开通|开业)(?=[。；;，,]?$)/;

/** Where the next comma-separated piece of m[from, end) starts, or -1. */
function nextPieceStart(m: string, from: number, end: number): number {
  for (let i = from; i < end - 1; i++) if (m[i] === ',' || m[i] === '，') return i + 1;
  return -1;
}

// What opens a span without being its words: spaces, stray separators, and the marks and numbers of a list item
// (- ◆ , ✓ , 5. , (3) ), which are the item's place in a list, not what it says. A number followed by a digit or
// a percent sign is a figure (2.5万人), never a marker.
const LEADING_NOISE = /^(?:[\s\u3000,，、；;:：]|[-–•◆◇○◎✓√·★■●▲](?=\s|[\u4e00-\u9fff“])|\d{1,2}\s*[.、．](?![\d%])|[(（]\d{1,2}[)）])+/;

function pushTrimmed(out: Span[], m: string, start: number, end: number): void {
  const slice = m.slice(start, end);
  const rest = slice.replace(LEADING_NOISE, '');
  const lead = slice.length - rest.length;
  const trimmed = rest.replace(EDGE, '');
  if (trimmed === '') return;
  out.push({ start: start + lead, end: start + lead + trimmed.length });
}
