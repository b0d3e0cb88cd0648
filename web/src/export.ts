// Downloads of what is on screen: the visible graph as PNG (cy.png) or as Cytoscape JSON elements, and the
// lineage as CSV. Each export returns its content too, so tests can check it without a file system.
import type { App } from './app.js';
import { byId } from './dom.js';
import { lineageCsv } from './views/lineage.js';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = (app: App) => `pledgegraph-${app.state.view}${app.state.id ? `-${app.state.id.replace(/[^\w-]+/g, '_')}` : ''}`;

/** The visible graph on a white background, at most 4000 px wide; returns the PNG's data URL. */
export function exportPng(app: App, save = true): string {
  const options = { bg: '#ffffff', full: true, scale: 2, maxWidth: 4000, maxHeight: 4000 };
  const dataUrl = app.cy.png({ ...options, output: 'base64uri' });
  if (save) download(`${stamp(app)}.png`, app.cy.png({ ...options, output: 'blob' }));
  return dataUrl;
}

/** The visible elements as Cytoscape JSON ({ elements: { nodes, edges } }), loadable with cy.json(). */
export function exportJson(app: App, save = true): string {
  const visible = app.cy.elements(':visible');
  const json = JSON.stringify({ elements: { nodes: visible.nodes().jsons(), edges: visible.edges().jsons() } }, null, 1);
  if (save) download(`${stamp(app)}.json`, new Blob([json], { type: 'application/json' }));
  return json;
}

/** The current lineage as CSV, with a BOM so spreadsheet programs read the Chinese as UTF-8; null without one. */
export function exportCsv(app: App, save = true): string | null {
  if (!app.lineage) return null;
  const csv = lineageCsv(app.lineage);
  if (save) download(`${stamp(app)}.csv`, new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  return csv;
}

export function wireExports(app: App): void {
  byId('export-png').addEventListener('click', () => exportPng(app));
  byId('export-json').addEventListener('click', () => exportJson(app));
  byId('export-csv').addEventListener('click', () => exportCsv(app));
}
