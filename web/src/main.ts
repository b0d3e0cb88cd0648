// The viewer's entry: builds the Cytoscape instance and the app state, wires search, filters, exports and graph
// interactions, and renders whichever view the URL's hash names (again on every hash change). Report text is
// only ever set through text nodes, never as HTML. Test hooks live on window.pledgegraph.
import cytoscape from 'cytoscape';
import { busyWhile, createApp, navigate, setStatus, type App } from './app.js';
import { benchRender } from './bench.js';
import { byId } from './dom.js';
import { exportCsv, exportJson, exportPng, wireExports } from './export.js';
import { setDistricts, showFilters, wireFilters } from './filterPanel.js';
import { graphStyle } from './graph/style.js';
import { parseHash, selectedId, type ViewName } from './state/url.js';
import { collapseNode, expandNode, loadDocuments, renderExplore, wireGraph } from './views/explore.js';
import { renderLineage } from './views/lineage.js';
import { renderPlace } from './views/place.js';
import { showResults, wireSearch } from './views/search.js';
import { renderSource } from './views/source.js';

/** How each view uses the stage: the graph alone, the graph above a panel, or the panel alone. */
const STAGE_LAYOUT: Record<ViewName, '' | 'split' | 'split wide' | 'panel-only'> = {
  explore: '',
  lineage: 'split wide',
  place: 'split',
  source: 'panel-only',
};

let renderToken = 0;

async function render(app: App): Promise<void> {
  const token = ++renderToken;
  app.state = parseHash(location.hash);
  const { view } = app.state;
  const stage = byId('stage');
  const panel = byId('view-panel');
  stage.className = STAGE_LAYOUT[view];
  panel.hidden = STAGE_LAYOUT[view] === '';
  for (const button of document.querySelectorAll<HTMLButtonElement>('#views button')) {
    button.setAttribute('aria-pressed', String(button.dataset.view === view));
  }
  showFilters(app.state.filters);
  void showResults(app, app.state.q);
  await busyWhile(app, async () => {
    app.cy.resize();
    if (view === 'explore') await renderExplore(app);
    else if (view === 'lineage') await renderLineage(app, panel);
    else if (view === 'place') await renderPlace(app, panel);
    else await renderSource(app, panel);
    if (token === renderToken) app.cy.resize();
  });
  byId<HTMLButtonElement>('export-csv').disabled = app.lineage === null || view !== 'lineage';
}

function wireViewTabs(app: App): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('#views button')) {
    button.addEventListener('click', () => {
      const view = button.dataset.view as ViewName;
      const id = selectedId(app.state);
      navigate(app, { view, id: view === 'explore' ? app.state.id : id, sel: view === 'explore' ? app.state.sel : null });
    });
  }
}

function exposeHooks(app: App): void {
  const hooks = {
    get cy() {
      return app.cy;
    },
    get view() {
      return app.state.view;
    },
    get selection() {
      return selectedId(app.state);
    },
    get focus() {
      return app.state.id;
    },
    get state() {
      return app.state;
    },
    get busy() {
      return app.busy;
    },
    get renders() {
      return app.renders;
    },
    get lastError() {
      return app.lastError;
    },
    get documents() {
      return app.documents;
    },
    /** True when nothing is loading: tests wait for this after every action. */
    idle: () => app.busy === 0,
    expand: (id: string) => expandNode(app, id),
    collapse: (id: string) => collapseNode(app, id),
    exportPng: (save = false) => exportPng(app, save),
    exportJson: (save = false) => exportJson(app, save),
    exportCsv: (save = false) => exportCsv(app, save),
    benchRender: (n: number) => benchRender(app.cy, n),
  };
  (window as unknown as { pledgegraph: typeof hooks }).pledgegraph = hooks;
}

function main(): void {
  const cy = cytoscape({
    container: byId('graph'),
    style: graphStyle(),
    minZoom: 0.05,
    maxZoom: 4,
    // Cheaper frames while panning and zooming large graphs.
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    motionBlur: false,
  });
  const app = createApp(cy);
  exposeHooks(app);
  wireGraph(app);
  wireSearch(app);
  wireFilters(app);
  wireExports(app);
  wireViewTabs(app);
  window.addEventListener('hashchange', () => void render(app));
  void loadDocuments(app)
    .then((documents) => setDistricts([...new Set(documents.map((d) => d.district).filter((d): d is string => Boolean(d)))].sort()))
    .catch((e: Error) => setStatus(`Could not load the reports: ${e.message}`));
  void render(app);
}

main();
