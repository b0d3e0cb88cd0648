// The place view, for planners: a place, the projects located at it and their commitments by year, the
// commitments located at the place itself, and its sub-places (Entity.located, Entity.commitments,
// Entity.parts). Drawn as rings around the place in the graph, and listed by year in the panel below it.
import type { ElementDefinition } from 'cytoscape';
import { graphql, PLACE_QUERY, type CommitmentRef, type EntityRef, type PlaceEntity } from '../api.js';
import { navigate, setStatus, type App } from '../app.js';
import { append, el, truncate } from '../dom.js';
import { nodeElement } from '../graph/elements.js';
import { applyFilters } from '../graph/filters.js';
import { runLayout } from '../graph/layout.js';
import { MODE_LABEL, label } from '../labels.js';
import { lookOf } from '../graph/style.js';
import { summarizeGraph } from './explore.js';
import { selectNode } from './detail.js';

/** Commitments drawn per project: the panel lists them all, the tree stays readable. */
const DRAWN_PER_PROJECT = 12;

const titleCase = (type: string) => type.charAt(0) + type.slice(1).toLowerCase();

function entityNode(e: EntityRef, extra: Record<string, unknown> = {}): ElementDefinition {
  return nodeElement({ id: e.id, type: titleCase(e.type), label: e.name, year: null, district: e.district, mode: null, documentId: null }, extra);
}

function commitmentNode(c: CommitmentRef, ring: number): ElementDefinition {
  return nodeElement(
    { id: c.id, type: 'Commitment', label: c.text, year: c.year, district: null, mode: c.mode, documentId: c.document.id },
    { short: `${c.year ?? ''} ${truncate(c.text, 12)}`, ring },
  );
}

function edge(source: string, target: string, type: string): ElementDefinition {
  return { group: 'edges', data: { id: `${source}|${type}|${target}`, source, target, type, label: type } };
}

function placeElements(place: PlaceEntity): ElementDefinition[] {
  const elements = new Map<string, ElementDefinition>();
  const add = (e: ElementDefinition) => {
    const id = String(e.data.id);
    if (!elements.has(id)) elements.set(id, e);
  };
  // Rings, centre outwards: the place; its parents and projects; the projects' commitments; sub-places and the
  // place's own commitments.
  add({ ...entityNode(place, { ring: 4 }), classes: 'focus' });
  for (const parent of place.partOf) add(entityNode(parent, { ring: 3 })), add(edge(place.id, parent.id, 'PART_OF'));
  for (const project of place.located) {
    add(entityNode(project, { ring: 3 }));
    add(edge(project.id, place.id, 'LOCATED_AT'));
    for (const c of project.commitments.slice(0, DRAWN_PER_PROJECT)) add(commitmentNode(c, 2)), add(edge(c.id, project.id, 'CONCERNS'));
  }
  for (const part of place.parts) add(entityNode(part, { ring: 1 })), add(edge(part.id, place.id, 'PART_OF'));
  for (const c of place.commitments.slice(0, 40)) add(commitmentNode(c, 1)), add(edge(c.id, place.id, 'LOCATED_AT'));
  return [...elements.values()];
}

function byYear(app: App, commitments: CommitmentRef[]): HTMLElement {
  const years = new Map<string, CommitmentRef[]>();
  for (const c of [...commitments].sort((a, b) => (a.year ?? 0) - (b.year ?? 0))) {
    const key = c.year === null ? '—' : String(c.year);
    years.set(key, [...(years.get(key) ?? []), c]);
  }
  const list = el('dl', { class: 'facts' });
  for (const [year, items] of years) {
    list.append(
      el('dt', {}, year),
      el(
        'dd',
        {},
        el(
          'ul',
          { class: 'linklist' },
          ...items.map((c) =>
            el(
              'li',
              {},
              el('button', { class: 'inline', attrs: { type: 'button', 'data-id': c.id }, on: { click: () => selectNode(app, c.id) } }, c.text),
              el('span', { class: 'muted' }, ` — ${label(MODE_LABEL, c.mode)}, ${c.document.title}`),
            ),
          ),
        ),
      ),
    );
  }
  return list;
}

function entityButton(app: App, e: EntityRef & { commitmentCount?: number }, view: 'place' | 'explore'): HTMLButtonElement {
  return el(
    'button',
    { class: 'chip', attrs: { type: 'button', 'data-id': e.id, style: `border-color:${lookOf(titleCase(e.type)).color}` }, on: { click: () => navigate(app, { view, id: e.id }) } },
    e.name,
    e.commitmentCount === undefined ? '' : ` (${e.commitmentCount})`,
  );
}

export async function renderPlace(app: App, panel: HTMLElement): Promise<void> {
  const id = app.state.id;
  panel.replaceChildren();
  if (!id) {
    panel.append(el('p', { class: 'muted' }, 'Choose a place (search for one, e.g. 琶洲), then “Place view”.'));
    return;
  }
  const { entity: place } = await graphql<{ entity: PlaceEntity | null }>(PLACE_QUERY, { id });
  if (!place) {
    panel.append(el('p', {}, `No place or project has the id ${id}.`));
    return;
  }
  const projects = place.located.filter((e) => e.type === 'PROJECT');
  const places = place.located.filter((e) => e.type === 'PLACE');
  append(
    panel,
    el('h2', { attrs: { 'data-id': place.id } }, `${place.name}`, el('span', { class: 'muted' }, ` ${titleCase(place.type)} · ${place.district ?? '—'} · ${place.commitmentCount} commitments`)),
    place.partOf.length ? el('p', {}, 'Part of: ', ...place.partOf.map((p) => entityButton(app, p, 'place'))) : null,
    el('h3', {}, `Projects here (${projects.length})`),
    el(
      'div',
      { class: 'place-projects', attrs: { id: 'place-projects' } },
      ...(projects.length
        ? projects.map((p) => el('section', { class: 'place-project', attrs: { 'data-id': p.id } }, el('h4', {}, entityButton(app, p, 'place')), byYear(app, p.commitments)))
        : [el('p', { class: 'muted' }, 'No project is recorded at this place.')]),
    ),
    el('h3', {}, `Sub-places (${place.parts.length})`),
    place.parts.length ? el('div', { class: 'chips', attrs: { id: 'place-parts' } }, ...place.parts.map((p) => entityButton(app, p, 'place'))) : el('p', { class: 'muted' }, 'None recorded.'),
    places.length ? el('p', {}, 'Located at: ', ...places.map((p) => entityButton(app, p, 'place'))) : null,
    el('h3', {}, `Commitments at ${place.name} (${place.commitments.length})`),
    byYear(app, place.commitments),
  );
  const cy = app.cy;
  cy.elements().remove();
  cy.add(placeElements(place));
  applyFilters(cy, app.state.filters);
  await runLayout(cy, 'rings');
  summarizeGraph(app);
  setStatus(`Place: ${place.name} · ${projects.length} projects · ${place.parts.length} sub-places`);
  selectNode(app, app.state.sel ?? id);
}
