// The viewer's shared state: the Cytoscape instance, the current URL state, and the few actions every view
// needs (navigate, select, status). Views receive this object instead of reaching for globals.
import type { Core } from 'cytoscape';
import type { DocumentSummary, Lineage } from './api.js';
import { byId } from './dom.js';
import { formatHash, parseHash, type ViewState } from './state/url.js';

export interface App {
  cy: Core;
  state: ViewState;
  documents: DocumentSummary[];
  /** The lineage the lineage view shows, kept for the CSV export. */
  lineage: Lineage | null;
  /** Counts renders in flight; tests wait for 0. */
  busy: number;
  /** Bumped when the view has finished drawing, so tests can wait for a fresh render. */
  renders: number;
  lastError: string | null;
}

export function createApp(cy: Core): App {
  return { cy, state: parseHash(location.hash), documents: [], lineage: null, busy: 0, renders: 0, lastError: null };
}

/** Moves to a new view state through the hash, so back/forward and reload work; the hashchange listener renders. */
export function navigate(app: App, patch: Partial<ViewState>): void {
  const next: ViewState = { ...app.state, ...patch };
  if (patch.id !== undefined && patch.sel === undefined) next.sel = null;
  const hash = formatHash(next);
  if (hash === location.hash) return;
  location.hash = hash;
}

/** Records a change that needs no re-render (a selection, a filter) in the URL without a history entry. */
export function record(app: App, patch: Partial<ViewState>): void {
  app.state = { ...app.state, ...patch };
  history.replaceState(null, '', formatHash(app.state));
}

export function setStatus(text: string): void {
  byId('status').textContent = text;
}

/** Runs one render step, counting it as busy and turning a failure into a visible status line. */
export async function busyWhile(app: App, work: () => Promise<void>): Promise<void> {
  app.busy++;
  try {
    await work();
    app.lastError = null;
  } catch (e) {
    app.lastError = (e as Error).message;
    setStatus(`Error: ${(e as Error).message}`);
  } finally {
    app.busy--;
    app.renders++;
  }
}
