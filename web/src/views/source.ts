// Source: where a commitment's words stand. A snippet (its paragraph, the sentence shaded, the exact words
// start..end marked) for the detail panel, and the source view: the whole report text (Document.text) with the
// span marked and scrolled into view. All of it is text nodes: report text is never parsed as HTML.
import { COMMITMENT_QUERY, DOCUMENT_QUERY, documentText, graphql, type CommitmentDetail, type DocumentSummary } from '../api.js';
import { navigate, setStatus, type App } from '../app.js';
import { byId, el, highlighted, type Highlight } from '../dom.js';
import { KIND_LABEL, label } from '../labels.js';

/** Paragraphs are runs between line breaks; very long ones are cut around the sentence so the panel stays short. */
const PARAGRAPH_CONTEXT = 600;

export interface SourceSpan {
  documentId: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

export function paragraphAround(text: string, span: SourceSpan): { start: number; end: number } {
  let start = text.lastIndexOf('\n', span.sentenceStart - 1) + 1;
  let end = text.indexOf('\n', span.sentenceEnd);
  if (end < 0) end = text.length;
  start = Math.max(start, span.sentenceStart - PARAGRAPH_CONTEXT);
  end = Math.min(end, span.sentenceEnd + PARAGRAPH_CONTEXT);
  return { start, end };
}

function spanMarks(span: SourceSpan, offset: number): Highlight[] {
  return [
    { start: span.sentenceStart - offset, end: span.start - offset, class: 'sentence' },
    { start: span.start - offset, end: span.end - offset, class: 'clause' },
    { start: span.end - offset, end: span.sentenceEnd - offset, class: 'sentence' },
  ];
}

/** The commitment's paragraph with the sentence and the exact words marked; falls back to the sentence alone. */
export async function sourceSnippet(c: CommitmentDetail): Promise<HTMLElement> {
  const box = el('blockquote', { class: 'source-paragraph', attrs: { 'data-start': String(c.start), 'data-end': String(c.end) } });
  const doc = await documentText(c.document.id).catch(() => null);
  const span = { documentId: c.document.id, start: c.start, end: c.end, sentenceStart: c.sentenceStart, sentenceEnd: c.sentenceEnd };
  if (doc && doc.text.slice(c.start, c.end) === c.text) {
    const p = paragraphAround(doc.text, span);
    box.append(p.start > 0 && doc.text[p.start - 1] !== '\n' ? '…' : '', highlighted(doc.text.slice(p.start, p.end), spanMarks(span, p.start)));
  } else {
    const at = c.sentence.indexOf(c.text);
    box.append(highlighted(c.sentence, at >= 0 ? [{ start: at, end: at + c.text.length, class: 'clause' }] : []));
  }
  return box;
}

/** The source view: view=source&id=<commitment or document id>. */
export async function renderSource(app: App, panel: HTMLElement): Promise<void> {
  const id = app.state.id;
  panel.replaceChildren();
  if (!id) {
    panel.append(el('p', { class: 'muted' }, 'Choose a commitment, then “Open in document”, to read its report here.'));
    return;
  }
  const { commitment } = await graphql<{ commitment: CommitmentDetail | null }>(COMMITMENT_QUERY, { id });
  const documentId = commitment ? commitment.document.id : id;
  const [doc, meta] = await Promise.all([
    documentText(documentId),
    graphql<{ document: DocumentSummary | null }>(DOCUMENT_QUERY, { id: documentId }).then((d) => d.document),
  ]);
  if (!doc || !meta) {
    panel.append(el('p', {}, `No commitment or report has the id ${id}.`));
    return;
  }
  const heading = el('h2', {}, doc.title);
  const facts = el('p', { class: 'muted' }, `${meta.district ?? '—'} · ${meta.year ?? '—'} · ${label(KIND_LABEL, meta.kind)} · ${doc.text.length} characters`);
  const body = el('div', { class: 'doc-text', attrs: { id: 'doc-text', 'data-document-id': doc.id } });
  const children: Node[] = [heading, facts];
  if (commitment) {
    const where = el(
      'p',
      {},
      `Section: ${commitment.sectionPath.join(' › ') || '—'} · line ${commitment.line} · characters ${commitment.start}–${commitment.end} `,
      el('button', { class: 'inline', attrs: { type: 'button' }, on: { click: () => navigate(app, { view: 'explore', id: commitment.id }) } }, 'back to graph'),
    );
    children.push(where);
    body.append(highlighted(doc.text, spanMarks({ ...commitment, documentId }, 0)));
  } else {
    body.append(doc.text);
  }
  panel.append(...children, body);
  setStatus(`Source: ${doc.title}`);
  const mark = body.querySelector('mark.clause');
  if (mark) mark.scrollIntoView({ block: 'center' });
}

export const sourcePanel = (): HTMLElement => byId('view-panel');
