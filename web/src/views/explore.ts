// The explore view: the graph around one node (Query.neighborhood), grown by expanding nodes (double-tap or
// the Expand button) and shrunk by collapsing them. Without a node it shows the reports, one node each.
import type { ElementDefinition } from 'cytoscape';
import { DOCUMENTS_QUERY, ENTITY_QUERY, graphql, neighborhoodQuery, type DocumentSummary, type EntityDetail, type GraphNode, type GraphSlice } from '../api.js';
import { setStatus, type App } from '../app.js';
import { byId, truncate } from '../dom.js';
import { nodeElement, sliceElements } from '../graph/elements.js';
import { applyFilters } from '../graph/filters.js';
import { ringAround, runLayout } from '../graph/layout.js';
import { KIND_LABEL, label } from '../labels.js';
import { selectNode } from './detail.js';

/** Nodes fetched around the focus: enough to see its context, few enough for a readable first picture. */
export const FOCUS_LIMIT = 150;
/** Nodes added per expansion. */
export const EXPAND_LIMIT = 60;

async function fetchSlice(id: string, limit: number): Promise<GraphSlice | null> {
  const { neighborhood } = await graphql<{ neighborhood: GraphSlice | null }>(neighborhoodQuery(limit), { id });
  return neighborhood;
}

export async function loadDocuments(app: App): Promise<DocumentSummary[]> {
  if (!app.documents.length) app.documents = (await graphql<{ documents: DocumentSummary[] }>(DOCUMENTS_QUERY)).documents;
  return app.documents;
}

export function summarizeGraph(app: App, truncated = false): void {
  const cy = app.cy;
  const visible = cy.nodes(':visible').length;
  const hidden = cy.nodes('.filtered').length;
  byId('graph-summary').textContent = `${visible} nodes, ${cy.edges(':visible').length} edges${hidden ? `, ${hidden} hidden by filters` : ''}${truncated ? ' (limit reached)' : ''}`;
}

/** Shows reports as nodes: the starting picture before anything is searched. */
async function renderHome(app: App): Promise<void> {
  const documents = await loadDocuments(app);
  const cy = app.cy;
  cy.elements().remove();
  cy.add(
    documents.map((d) =>
      nodeElement(
        { id: d.id, type: 'Document', label: d.title, year: d.year, district: d.district, mode: null, documentId: d.id },
        { short: truncate(`${d.district ?? ''}${d.year ?? ''} ${label(KIND_LABEL, d.kind)}`) },
      ),
    ),
  );
  applyFilters(cy, app.state.filters);
  await runLayout(cy, 'concentric');
  const commitments = documents.reduce((sum, d) => sum + d.commitmentCount, 0);
  setStatus(`${documents.length} reports · ${commitments} commitments`);
  summarizeGraph(app);
}

/** The graph around `app.state.id`, the focus marked and selected (or the URL's selection). */
export async function renderExplore(app: App): Promise<void> {
  const id = app.state.id;
  if (!id) {
    await renderHome(app);
    selectNode(app, app.state.sel);
    return;
  }
  const slice = await fetchSlice(id, FOCUS_LIMIT);
  const cy = app.cy;
  cy.elements().remove();
  if (!slice) {
    setStatus(`Nothing in the graph has the id ${id}.`);
    selectNode(app, null);
    return;
  }
  cy.add(sliceElements(slice));
  cy.getElementById(id).addClass('focus');
  applyFilters(cy, app.state.filters);
  await runLayout(cy, 'auto');
  const focus = cy.getElementById(id);
  setStatus(`Around “${truncate(String(focus.data('label') ?? id), 24)}”`);
  summarizeGraph(app, slice.truncated);
  selectNode(app, app.state.sel ?? id);
}

/**
 * A place's projects (and a project's places) must show when it is expanded, however many other neighbours
 * the slice's limit lets through first: planners expand a place to see what is built there.
 */
async function withLocated(app: App, id: string, slice: GraphSlice): Promise<GraphSlice> {
  const type = app.cy.getElementById(id).data('type') as string | undefined;
  if (type !== 'Place' && type !== 'Project') return slice;
  const { entity } = await graphql<{ entity: EntityDetail | null }>(ENTITY_QUERY, { id });
  if (!entity) return slice;
  const present = new Set(slice.nodes.map((n) => n.id));
  const extra: GraphNode[] = entity.located
    .filter((e) => !present.has(e.id))
    .map((e) => ({ id: e.id, type: e.type.charAt(0) + e.type.slice(1).toLowerCase(), label: e.name, year: null, district: e.district, mode: null, documentId: null }));
  const edges = entity.located.map((e) => {
    const [source, target] = type === 'Place' ? [e.id, id] : [id, e.id];
    return { id: `${source}|LOCATED_AT|${target}`, source, target, type: 'LOCATED_AT', score: null };
  });
  const edgeIds = new Set(slice.edges.map((e) => `${e.source}|${e.target}`));
  return {
    nodes: [...slice.nodes, ...extra],
    edges: [...slice.edges, ...edges.filter((e) => !edgeIds.has(`${e.source}|${e.target}`) && !edgeIds.has(`${e.target}|${e.source}`))],
    truncated: slice.truncated,
  };
}

/** Adds a node's neighbours around it (depth 1); remembers who added them so collapse can take them back. */
export async function expandNode(app: App, id: string): Promise<void> {
  app.busy++;
  try {
    const fetched = await fetchSlice(id, EXPAND_LIMIT);
    if (!fetched) return;
    const slice = await withLocated(app, id, fetched);
    const cy = app.cy;
    const fresh = slice.nodes.filter((n) => cy.getElementById(n.id).empty());
    const additions: ElementDefinition[] = [
      ...fresh.map((n) => nodeElement(n, { addedBy: id })),
      ...sliceElements({ nodes: [], edges: slice.edges, truncated: false }).filter((e) => cy.getElementById(String(e.data.id)).empty()),
    ];
    cy.add(additions);
    ringAround(cy, id, fresh.map((n) => n.id));
    cy.getElementById(id).data('expanded', true);
    applyFilters(cy, app.state.filters);
    summarizeGraph(app, slice.truncated);
    setStatus(`Expanded: ${fresh.length} new nodes`);
  } catch (e) {
    setStatus(`Could not expand: ${(e as Error).message}`);
  } finally {
    app.busy--;
    app.renders++;
  }
}

/** Removes the nodes an expansion of `id` added, and recursively those their own expansions added. */
export function collapseNode(app: App, id: string): void {
  const cy = app.cy;
  const remove = new Set<string>();
  const queue = [id];
  while (queue.length) {
    const parent = queue.pop()!;
    cy.nodes().forEach((n) => {
      if (n.data('addedBy') === parent && !remove.has(n.id()) && !n.hasClass('focus') && n.id() !== id) {
        remove.add(n.id());
        queue.push(n.id());
      }
    });
  }
  cy.getElementById(id).data('expanded', false);
  cy.remove(cy.nodes().filter((n) => remove.has(n.id())));
  summarizeGraph(app);
  setStatus(`Collapsed: ${remove.size} nodes removed`);
  app.renders++;
}

/** Graph interactions: tap selects, double-tap expands, hovering an edge shows its type and score. */
export function wireGraph(app: App): void {
  const cy = app.cy;
  cy.on('tap', 'node', (event) => selectNode(app, event.target.id() as string));
  cy.on('dbltap', 'node', (event) => void expandNode(app, event.target.id() as string));
  cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
  cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
  byId('expand-node').addEventListener('click', () => {
    const id = app.state.sel ?? app.state.id;
    if (id) void expandNode(app, id);
  });
  byId('collapse-node').addEventListener('click', () => {
    const id = app.state.sel ?? app.state.id;
    if (id) collapseNode(app, id);
  });
  byId('relayout').addEventListener('click', () => void runLayout(cy, 'auto'));
  byId('fit').addEventListener('click', () => cy.fit(undefined, 30));
}
