// DOM helpers that only ever create text nodes from data: report text can hold `<script>` or `<img onerror>`
// and must be shown as the words it is. Nothing in the viewer sets innerHTML or outerHTML.
type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; attrs?: Record<string, string>; on?: Partial<Record<string, (event: Event) => void>> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const [name, handler] of Object.entries(props.on ?? {})) if (handler) node.addEventListener(name, handler);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page has no #${id}`);
  return node as T;
}

export interface Highlight {
  start: number;
  end: number;
  class: string;
}

/**
 * `text` as text nodes with the given ranges wrapped in <mark>; overlapping ranges are clipped so the
 * earlier-starting one wins, which keeps the output a flat, valid sequence.
 */
export function highlighted(text: string, ranges: Highlight[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > at) fragment.appendChild(document.createTextNode(text.slice(at, start)));
    fragment.appendChild(el('mark', { class: range.class }, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
  return fragment;
}

/** Every occurrence of each needle in `text`, as highlight ranges. */
export function findAll(text: string, needles: readonly string[], cls: string): Highlight[] {
  const out: Highlight[] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push({ start: i, end: i + needle.length, class: cls });
  }
  return out;
}

/** Chinese labels stay readable in a node when cut to about 16 characters; the panel shows the rest. */
export function truncate(text: string, max = 16): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
