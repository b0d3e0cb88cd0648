// Turns a saved government web page into the report's text: the article only, one block element per line,
// entities decoded. Pure: bytes in, text out. It must never keep scripts, styles or the site's navigation,
// header and footer, which would otherwise read as report sentences; the page's chrome that sits inside the
// article (breadcrumbs, 发布日期, 分享到) is left to stripChrome, which skips those lines later.
import { IngestError } from '../../src/errors.js';
import { decodeBytes, decodeDeclared, type DecodedText } from './decodeBytes.js';

// Elements whose whole content is never report text.
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'form', 'select', 'button', 'textarea', 'nav', 'aside', 'map', 'audio', 'video',
]);
// Page header and footer: dropped when they belong to the page, kept when they sit inside an <article>,
// where HTML puts the article's own title and signature.
const PAGE_CHROME = new Set(['header', 'footer']);
// Class or id words that CMS templates give navigation blocks (one word of the attribute, split on - _ space).
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'sidebar', 'share',
  'toolbar', 'copyright', 'topbar', 'footer', 'skip',
]);
// Elements that end a line of text.
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'header', 'footer',
]);
const CELL = new Set(['td', 'th']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

// The named entities Chinese government pages actually use; anything else stays as written.
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·',
  bull: '•', times: '×', divide: '÷', plusmn: '±', deg: '°', permil: '‰', yen: '¥', copy: '©', reg: '®',
  trade: '™', laquo: '«', raquo: '»', sup2: '²', sup3: '³', shy: '',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // NUL, surrogates and out-of-range code points become U+FFFD, as browsers do.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const CHARSET_LABELS: Record<string, DecodedText['encoding']> = {
  'utf-8': 'utf-8', utf8: 'utf-8', gb2312: 'gb18030', gbk: 'gb18030', gb18030: 'gb18030', 'x-gbk': 'gb18030',
  'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', big5: 'big5', 'big5-hkscs': 'big5',
};

/** The charset a page declares in its first 4 KB (<meta charset> or http-equiv Content-Type), if we know it. */
export function declaredCharset(bytes: Uint8Array): DecodedText['encoding'] | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_-]+)/i.exec(head);
  return match ? (CHARSET_LABELS[(match[1] ?? '').toLowerCase()] ?? null) : null;
}

interface Element {
  name: string;
  attributes: string;
  children: (Element | string)[];
  parent: Element | null;
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** A forgiving tree: unknown closing tags are ignored, unclosed elements close with their parent. */
function parse(html: string): Element {
  const root: Element = { name: '#root', attributes: '', children: [], parent: null };
  let current = root;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    if (m.index > last) current.children.push(html.slice(last, m.index));
    last = TOKEN.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment, doctype, CDATA, processing instruction
    if (m[1]) {
      let open: Element | null = current;
      while (open && open.name !== name) open = open.parent;
      if (open?.parent) current = open.parent;
      continue;
    }
    const element: Element = { name, attributes: m[3] ?? '', children: [], parent: current };
    current.children.push(element);
    if (VOID.has(name) || (m[3] ?? '').trimEnd().endsWith('/')) continue;
    if (RAW_TEXT.has(name)) {
      // Script and style bodies may hold "<" freely: skip to their own closing tag.
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = last;
      const close = closing.exec(html)?.index ?? -1;
      const end = close === -1 ? html.length : close;
      element.children.push(html.slice(last, end));
      const gt = close === -1 ? -1 : html.indexOf('>', close);
      last = TOKEN.lastIndex = gt === -1 ? html.length : gt + 1;
      continue;
    }
    current = element;
  }
  if (last < html.length) current.children.push(html.slice(last));
  return root;
}

function attributeWords(element: Element): string[] {
  const words: string[] = [];
  for (const m of element.attributes.matchAll(/\b(?:class|id|role)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    words.push(...(m[1] ?? m[2] ?? m[3] ?? '').toLowerCase().split(/[\s_-]+/));
  }
  return words;
}

function find(element: Element, test: (e: Element) => boolean): Element | null {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (test(child)) return child;
    const inner = find(child, test);
    if (inner) return inner;
  }
  return null;
}

/** The article: <article>, else <main> or role="main", else the body, else the whole page. */
function articleRoot(root: Element): Element {
  return (
    find(root, (e) => e.name === 'article') ??
    find(root, (e) => e.name === 'main' || attributeWords(e).includes('main') && /role\s*=/i.test(e.attributes)) ??
    find(root, (e) => e.name === 'body') ??
    root
  );
}

function isDropped(element: Element, insideArticle: boolean): boolean {
  if (DROPPED.has(element.name)) return true;
  if (PAGE_CHROME.has(element.name) && !insideArticle) return true;
  return attributeWords(element).some((w) => CHROME_WORDS.has(w)) || /\bhidden\b|display\s*:\s*none/i.test(element.attributes);
}

/** Lines of text: blocks break lines, cells are separated by a tab, runs of white space become one space. */
function renderText(article: Element): string {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const trimmed = line.replace(/^[ \t]+|[ \t]+$/g, '');
    if (trimmed !== '') lines.push(trimmed);
    line = '';
  };
  const walk = (element: Element, insideArticle: boolean, pre: boolean) => {
    const inArticle = insideArticle || element.name === 'article';
    const inPre = pre || element.name === 'pre';
    for (const child of element.children) {
      if (typeof child === 'string') {
        const text = decodeEntities(child);
        if (inPre) {
          const [first, ...rest] = text.split(/\r?\n/);
          line += first ?? '';
          for (const next of rest) {
            endLine();
            line = next;
          }
        } else line += text.replace(/[\s]+/g, (space) => (/^[\u00a0\u3000]+$/.test(space) ? space : ' ')).replace(/\u00a0/g, ' ');
        continue;
      }
      if (isDropped(child, inArticle)) continue;
      if (child.name === 'br') {
        endLine();
        continue;
      }
      const block = BLOCK.has(child.name);
      if (block) endLine();
      if (CELL.has(child.name) && line.trim() !== '') line += '\t';
      walk(child, inArticle, inPre);
      if (block) endLine();
    }
  };
  walk(article, article.name === 'article', false);
  endLine();
  return lines.join('\n');
}

export function htmlToText(html: string): string {
  return renderText(articleRoot(parse(html)));
}

/** A saved web page → its article's text; the encoding is the BOM's, else the declared charset's, else detected. */
export function decodeHtml(bytes: Uint8Array, file: string): DecodedText {
  const declared = declaredCharset(bytes);
  const page = declared ? decodeDeclared(bytes, file, declared) : decodeBytes(bytes, file);
  const text = htmlToText(page.text);
  if (text.trim() === '') throw new IngestError(file, 'the web page has no article text (only markup, scripts or navigation)');
  return { text, encoding: page.encoding };
}
