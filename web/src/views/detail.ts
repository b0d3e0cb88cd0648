// The detail panel for whatever node is selected: a commitment (its words in their paragraph, its report,
// section and line, targets, entities, links and status), an entity, a report, or any other graph node.
import {
  COMMITMENT_QUERY,
  DOCUMENT_QUERY,
  ENTITY_QUERY,
  graphql,
  type CommitmentDetail,
  type CommitmentRef,
  type DocumentSummary,
  type EntityDetail,
  type EntityRef,
} from '../api.js';
import { navigate, record, type App } from '../app.js';
import { byId, el } from '../dom.js';
import { KIND_LABEL, LINK_LABEL, MODE_LABEL, STATUS_LABEL, label } from '../labels.js';
import { lookOf } from '../graph/style.js';
import { collapseNode, expandNode } from './explore.js';
import { sourceSnippet } from './source.js';

let shownId: string | null = null;

function facts(rows: [string, string | Node][]): HTMLDListElement {
  const dl = el('dl', { class: 'facts' });
  for (const [name, value] of rows) dl.append(el('dt', {}, name), el('dd', {}, value));
  return dl;
}

function button(text: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  return el('button', { attrs: { type: 'button', ...attrs }, on: { click: onClick } }, text);
}

/** A clickable entity name that selects it in the explore view. */
function entityChip(app: App, e: EntityRef): HTMLButtonElement {
  const type = e.type.charAt(0) + e.type.slice(1).toLowerCase();
  return el(
    'button',
    { class: 'chip', attrs: { type: 'button', style: `border-color:${lookOf(type).color}`, 'data-id': e.id }, on: { click: () => navigate(app, { view: 'explore', id: e.id }) } },
    e.name,
  );
}

function commitmentLine(app: App, c: CommitmentRef, prefix = ''): HTMLLIElement {
  return el(
    'li',
    {},
    prefix,
    el('button', { class: 'inline', attrs: { type: 'button', 'data-id': c.id }, on: { click: () => navigate(app, { view: 'explore', id: c.id }) } }, c.text),
    el('span', { class: 'muted' }, ` — ${c.year ?? '—'}, ${c.document.title}`),
  );
}

function graphButtons(app: App, id: string): HTMLButtonElement[] {
  const inGraph = !app.cy.getElementById(id).empty();
  const expand = button('Expand neighbours', () => void expandNode(app, id), { 'data-action': 'expand' });
  const collapse = button('Collapse', () => collapseNode(app, id), { 'data-action': 'collapse' });
  const centre = button('Centre graph here', () => navigate(app, { view: 'explore', id }), { 'data-action': 'centre' });
  return inGraph && app.state.view === 'explore' ? [expand, collapse, centre] : [centre];
}

async function commitmentDetail(app: App, id: string): Promise<HTMLElement[] | null> {
  const { commitment: c } = await graphql<{ commitment: CommitmentDetail | null }>(COMMITMENT_QUERY, { id });
  if (!c) return null;
  const out: HTMLElement[] = [
    el('p', { class: 'muted' }, el('span', { class: 'badge', attrs: { style: `background:${lookOf('Commitment').color}` } }, 'Commitment'), label(MODE_LABEL, c.mode)),
    el('h2', { attrs: { 'data-id': c.id } }, c.text),
    facts([
      ['Year', `${c.year ?? '—'}${c.dueYear ? ` (due ${c.dueYear})` : ''}`],
      ['District', c.district ?? '—'],
      ['Report', `${c.document.title} (${label(KIND_LABEL, c.document.kind)})`],
      ['Section', c.sectionPath.join(' › ') || '—'],
      ['Line', `${c.line} · characters ${c.start}–${c.end}`],
    ]),
    el('h3', {}, 'Source'),
    await sourceSnippet(c),
    el(
      'div',
      { class: 'actions' },
      button('Open in document', () => navigate(app, { view: 'source', id: c.id }), { 'data-action': 'source' }),
      button('Lineage', () => navigate(app, { view: 'lineage', id: c.id }), { 'data-action': 'lineage' }),
      ...graphButtons(app, c.id),
    ),
  ];
  if (c.targets.length) out.push(el('h3', {}, 'Targets'), el('ul', { class: 'linklist' }, ...c.targets.map((t) => el('li', {}, `${t.indicator}: ${t.comparator ?? ''}${t.value}${t.unit} (“${t.text}”)`))));
  const entities = [...c.projects, ...c.places, ...c.agencies, ...c.organizations];
  if (entities.length) out.push(el('h3', {}, 'Concerns'), el('div', { class: 'chips' }, ...entities.map((e) => entityChip(app, e))));
  const links: [string, CommitmentDetail['origins']][] = [
    ['Continues (origins)', c.origins],
    ['Reports on', c.reportsOn],
    ['Followed up by', c.followUps],
  ];
  for (const [title, list] of links) {
    if (!list.length) continue;
    out.push(el('h3', {}, title), el('ul', { class: 'linklist' }, ...list.map((l) => commitmentLine(app, l.commitment, `${label(LINK_LABEL, l.type)} ${l.score.toFixed(2)}: `))));
  }
  if (c.status) {
    out.push(
      el('h3', {}, 'Status'),
      el('p', { class: 'status', attrs: { 'data-status': c.status.status } }, label(STATUS_LABEL, c.status.status)),
      el('ul', { class: 'linklist' }, ...c.status.evidence.map((e) => commitmentLine(app, e))),
    );
  }
  return out;
}

async function entityDetail(app: App, id: string): Promise<HTMLElement[] | null> {
  const { entity: e } = await graphql<{ entity: EntityDetail | null }>(ENTITY_QUERY, { id });
  if (!e) return null;
  const type = e.type.charAt(0) + e.type.slice(1).toLowerCase();
  const out: HTMLElement[] = [
    el('p', { class: 'muted' }, el('span', { class: 'badge', attrs: { style: `background:${lookOf(type).color}` } }, type)),
    el('h2', { attrs: { 'data-id': e.id } }, e.name),
    facts([
      ['Also', e.aliases.join('、') || '—'],
      ['District', e.district ?? '—'],
      ['Commitments', String(e.commitmentCount)],
    ]),
    el(
      'div',
      { class: 'actions' },
      e.type === 'PLACE' || e.type === 'PROJECT' ? button('Place view', () => navigate(app, { view: 'place', id: e.id }), { 'data-action': 'place' }) : null,
      ...graphButtons(app, e.id),
    ),
  ];
  const related: [string, EntityRef[]][] = [
    ['Part of', e.partOf],
    ['Parts', e.parts],
    [e.type === 'PLACE' ? 'Projects here' : 'Located at', e.located],
  ];
  for (const [title, list] of related) if (list.length) out.push(el('h3', {}, title), el('div', { class: 'chips' }, ...list.map((x) => entityChip(app, x))));
  return out;
}

async function documentDetail(app: App, id: string): Promise<HTMLElement[] | null> {
  const { document: d } = await graphql<{ document: DocumentSummary | null }>(DOCUMENT_QUERY, { id });
  if (!d) return null;
  return [
    el('p', { class: 'muted' }, el('span', { class: 'badge', attrs: { style: `background:${lookOf('Document').color}` } }, 'Document')),
    el('h2', { attrs: { 'data-id': d.id } }, d.title),
    facts([
      ['Kind', label(KIND_LABEL, d.kind)],
      ['Year', String(d.year ?? '—')],
      ['District', d.district ?? '—'],
      ['Paragraphs', String(d.paragraphCount)],
      ['Commitments', String(d.commitmentCount)],
    ]),
    el('div', { class: 'actions' }, button('Open text', () => navigate(app, { view: 'source', id: d.id }), { 'data-action': 'source' }), ...graphButtons(app, d.id)),
  ];
}

/** Nodes the API has no detail query for (sections, years, targets …): what the graph slice says. */
function sliceNodeDetail(app: App, id: string): HTMLElement[] | null {
  const node = app.cy.getElementById(id);
  if (node.empty()) return null;
  const type = node.data('type') as string;
  return [
    el('p', { class: 'muted' }, el('span', { class: 'badge', attrs: { style: `background:${lookOf(type).color}` } }, type)),
    el('h2', { attrs: { 'data-id': id } }, String(node.data('label'))),
    facts([
      ['Year', String(node.data('year') ?? '—')],
      ['District', String(node.data('district') ?? '—')],
    ]),
    el('div', { class: 'actions' }, ...graphButtons(app, id)),
  ];
}

function kindOf(app: App, id: string): string {
  const type = app.cy.getElementById(id).data('type') as string | undefined;
  if (type) return ['Project', 'Place', 'Agency', 'Organization'].includes(type) ? 'Entity' : type;
  if (id.startsWith('ent-')) return 'Entity';
  if (/^doc-[^:]+$/.test(id)) return 'Document';
  return 'Commitment';
}

/** Shows the detail of `id` in the panel and records it as the selection. */
export async function showDetail(app: App, id: string | null): Promise<void> {
  const panel = byId('detail');
  shownId = id;
  if (!id) {
    panel.replaceChildren(el('p', { class: 'muted' }, 'Tap a node or a result to see its detail here.'));
    return;
  }
  const kind = kindOf(app, id);
  let content: HTMLElement[] | null = null;
  if (kind === 'Commitment') content = await commitmentDetail(app, id);
  else if (kind === 'Entity') content = await entityDetail(app, id);
  else if (kind === 'Document') content = await documentDetail(app, id);
  content ??= sliceNodeDetail(app, id);
  if (shownId !== id) return; // a later selection won
  panel.replaceChildren(...(content ?? [el('p', {}, `Nothing is known about ${id}.`)]));
  panel.dataset.selection = id;
}

/** Selects a node: the panel, the URL and the graph's selection follow. */
export function selectNode(app: App, id: string | null): void {
  record(app, { sel: id });
  const cy = app.cy;
  cy.nodes(':selected').unselect();
  if (id) cy.getElementById(id).select();
  const hasNode = id !== null && !cy.getElementById(id).empty();
  byId<HTMLButtonElement>('expand-node').disabled = !hasNode;
  byId<HTMLButtonElement>('collapse-node').disabled = !hasNode;
  app.busy++;
  void showDetail(app, id)
    .catch((e: Error) => byId('detail').replaceChildren(el('p', {}, `Could not load the detail: ${e.message}`)))
    .finally(() => {
      app.busy--;
      app.renders++;
    });
}
