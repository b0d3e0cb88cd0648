// Finds the web-page chrome of a report copied from a browser (breadcrumbs, publication date, share and
// print buttons, view counters, photo credits), and the page furniture of a report printed to PDF (page
// numbers, a running header on every page), so that later stages skip those lines. It never alters the text:
// it only reports which lines are chrome, by 1-based line number, so every offset still indexes the original.

// Chrome sits at the top or bottom of a copied page; looking only there keeps a body sentence that happens to
// start with 来源 or 打印 from being dropped.
const EDGE_LINES = 25;
// Chrome lines are short labels; a long line is report text even when it starts like a label.
const MAX_CHROME_LENGTH = 120;

// Why each cue: breadcrumbs (您当前所在的位置 / 当前位置 / 首页 >), page metadata labels (发布日期, 来源, 作者,
// 浏览量, 字号), action buttons (分享到, 打印, 纠错, 关闭, 收藏, 扫一扫) that web CMSs put around an article, and the
// site's header and footer (今天是, 热门搜索, 主办单位, 版权所有, ICP备).
const CHROME_LINE = new RegExp(
  [
    '^(您当前所在的?位置|当前位置|您的位置|您现在的位置|所在位置)\\s*[:：]?',
    '首页\\s*[>＞»]',
    '^【?(发布日期|发布时间|发文日期|日期|来源|信息来源|文章来源|作者|编辑|责任编辑|浏览量|浏览次数|访问量|点击数|阅读数|字号|字体)】?\\s*[:：]',
    '^【?(分享到|分享|打印|打印本页|关闭|关闭窗口|收藏|返回顶部|扫一扫|打印此页)】?\\s*[:：]?\\s*$',
    '^【?(分享到|打印|关闭)】?\\s*[:：]',
    '^(\\s*[【\\[]?(打印|打印本页|关闭|关闭窗口|收藏|分享|分享到|纠错|返回)[】\\]]?\\s*)+$',
    // A government information-disclosure page's metadata table (索引号 …, 成文日期 2024-02-09 发布日期 …), its
    // labels followed by a space as often as by a colon, and its disclosure note ((此件公开发布)).
    '^(索引号|发布机构|发文机关|成文日期|发文字号|文号|主题分类|体裁分类|组配分类|主题词|公开方式|公开范围|有效性|生成日期|信息分类|所属机构)(\\s|[:：]|$)',
    '^[(（]此件(公开发布|主动公开|依申请公开|不予公开)[)）]$',
    // An aggregator's category label and posting date ([可行性研究报告 - 规划计划] 发表于:2022-08-11 09:23:42).
    '(^|\\s)发表于\\s*[:：]\\s*\\d{4}-\\d{1,2}-\\d{1,2}',
    // The site's own header and footer: date and search boxes, text-size buttons, who runs the site, its licence.
    '^(今天是|热门搜索|搜索)\\s*[:：]?',
    '放大字体|缩小字体',
    '^(主办单位|承办单位|协办单位|主办|承办|技术支持|网站标识码)\\s*[:：]',
    '^(版权所有|联系我们|网站地图)',
    'ICP备|公网安备|版权所有|Copyright|©',
  ].join('|'),
);

// A page number on a line of its own: - 3 -, — 3 —, －3－, 第3页, 第 3 页 共 20 页, 3/20. A bare number is not
// taken: in a PDF's tables it is as often a value.
const PAGE_NUMBER = /^(?:[-—–－~～]\s*\d{1,4}\s*[-—–－~～]|第\s*\d{1,4}\s*页(?:\s*[,，、/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4})$/;
// A running header or footer is a short line met on at least this many pages, with no sentence in it.
const MIN_RUNNING_REPEATS = 3;
const MAX_RUNNING_LENGTH = 40;
const SENTENCE_MARK = /[。，,；;！!？?\t]/;

// A photo credit under a picture of a copied page: 图/视觉中国, 摄影/张三, 图片来源:新华社.
const PHOTO_CREDIT = /^(?:(?:图|图片|摄影)\s*[/／]\s*[^\s。,，;；]{1,12}|图片来源\s*[:：].{1,20})$/;

/** Whether a document was laid out on pages (a PDF): only then is a short line repeated on many pages a running
 * header rather than a title the report uses again (名词解释 before each part's glossary). */
export function isPaged(encoding: string): boolean {
  return encoding === 'pdf';
}

/** 1-based line numbers of the chrome lines of a document, read from its match text. */
export function findChromeLines(matchText: string, paged = false): Set<number> {
  const lines = matchText.split('\n');
  const nonBlank: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim() !== '') nonBlank.push(i);
  });
  const edge = new Set([...nonBlank.slice(0, EDGE_LINES), ...nonBlank.slice(-EDGE_LINES)]);
  const chrome = new Set<number>();
  for (const i of edge) {
    const line = (lines[i] ?? '').trim();
    if (line.length <= MAX_CHROME_LENGTH && isChromeLine(line)) chrome.add(i + 1);
  }
  // Page furniture can stand anywhere; left in, a page number between the two halves of a paragraph that a
  // page break cut keeps them from being joined again.
  const repeats = new Map<string, number[]>();
  for (const i of nonBlank) {
    const line = lines[i]!.trim();
    if (PAGE_NUMBER.test(line) || PHOTO_CREDIT.test(line)) chrome.add(i + 1);
    else if (paged && line.length <= MAX_RUNNING_LENGTH && !SENTENCE_MARK.test(line)) repeats.set(line, [...(repeats.get(line) ?? []), i]);
  }
  for (const at of repeats.values()) if (at.length >= MIN_RUNNING_REPEATS) for (const i of at) chrome.add(i + 1);
  return chrome;
}

/** True for one trimmed line that reads as page chrome. */
export function isChromeLine(trimmedLine: string): boolean {
  return CHROME_LINE.test(trimmedLine);
}
