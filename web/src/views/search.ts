// Search: full-text over commitments and entities (traditional is matched as simplified by the API). Each
// result shows its type, year and report; choosing one centres the graph on it.
import { graphql, SEARCH_QUERY, type SearchHit } from '../api.js';
import { navigate, record, type App } from '../app.js';
import { byId, el } from '../dom.js';
import { KIND_LABEL, MODE_LABEL, label } from '../labels.js';
import { lookOf } from '../graph/style.js';

const TYPE_OF_HIT: Record<string, string> = {
  COMMITMENT: 'Commitment',
  PROJECT: 'Project',
  PLACE: 'Place',
  AGENCY: 'Agency',
  ORGANIZATION: 'Organization',
};

let lastQuery: string | null = null;

export function wireSearch(app: App): void {
  const form = byId<HTMLFormElement>('search');
  const input = byId<HTMLInputElement>('search-input');
  input.value = app.state.q;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    record(app, { q });
    void showResults(app, q);
  });
}

function hitMeta(hit: SearchHit): string {
  if (hit.commitment) {
    const c = hit.commitment;
    return `${c.year ?? '—'} · ${label(MODE_LABEL, c.mode)} · ${c.document.title} (${label(KIND_LABEL, c.document.kind)})`;
  }
  if (hit.entity) return `${hit.entity.district ?? '—'} · ${hit.entity.commitmentCount} commitments`;
  return '';
}

function hitItem(app: App, hit: SearchHit): HTMLLIElement {
  const type = TYPE_OF_HIT[hit.type] ?? hit.type;
  const look = lookOf(type);
  const badge = el('span', { class: 'badge', attrs: { style: `background:${look.color}` } }, type);
  const button = el(
    'button',
    {
      attrs: { type: 'button', 'data-id': hit.id, 'data-type': hit.type, 'data-year': String(hit.commitment?.year ?? '') },
      on: { click: () => navigate(app, { view: 'explore', id: hit.id }) },
    },
    el('span', { class: 'hit-label' }, badge, hit.label),
    el('span', { class: 'hit-meta' }, hitMeta(hit)),
  );
  return el('li', {}, button);
}

/** Runs the search for `q` (once per distinct query) and lists the hits. */
export async function showResults(app: App, q: string): Promise<void> {
  const input = byId<HTMLInputElement>('search-input');
  if (input.value !== q) input.value = q;
  if (q === lastQuery) return;
  lastQuery = q;
  const list = byId('result-list');
  const summary = byId('result-summary');
  list.replaceChildren();
  if (!q) {
    summary.textContent = 'Search for a commitment, project, place or agency.';
    return;
  }
  summary.textContent = `Searching “${q}”…`;
  app.busy++;
  try {
    const { search } = await graphql<{ search: SearchHit[] }>(SEARCH_QUERY, { text: q, first: 50 });
    if (lastQuery !== q) return;
    summary.textContent = search.length ? `${search.length} results for “${q}”` : `Nothing found for “${q}”.`;
    list.replaceChildren(...search.map((hit) => hitItem(app, hit)));
  } catch (e) {
    summary.textContent = `Search failed: ${(e as Error).message}`;
    lastQuery = null;
  } finally {
    app.busy--;
    app.renders++;
  }
}
