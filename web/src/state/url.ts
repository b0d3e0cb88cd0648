// The shareable state of the viewer lives in the URL's hash: which view, which node it is about, which node is
// selected, the search words and the filters. Reloading or sharing the URL restores exactly this.
export type ViewName = 'explore' | 'lineage' | 'place' | 'source';

export const VIEWS: readonly ViewName[] = ['explore', 'lineage', 'place', 'source'];

export interface Filters {
  /** Node types hidden from the graph. */
  hiddenTypes: string[];
  yearFrom: number | null;
  yearTo: number | null;
  district: string | null;
  /** A commitment mode (promise, achievement, goal): other commitments are hidden. */
  mode: string | null;
}

export interface ViewState {
  view: ViewName;
  /** What the view is about: the explored node, the lineage's commitment, the place, the source's commitment or document. */
  id: string | null;
  /** The selected node whose detail the panel shows. */
  sel: string | null;
  q: string;
  filters: Filters;
}

export const NO_FILTERS: Filters = { hiddenTypes: [], yearFrom: null, yearTo: null, district: null, mode: null };

const intOrNull = (value: string | null): number | null => (value && /^\d{4}$/.test(value) ? Number(value) : null);

export function parseHash(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  return {
    view: VIEWS.includes(view as ViewName) ? (view as ViewName) : 'explore',
    id: params.get('id') || null,
    sel: params.get('sel') || null,
    q: params.get('q') ?? '',
    filters: {
      hiddenTypes: (params.get('hide') ?? '').split(',').filter(Boolean),
      yearFrom: intOrNull(params.get('from')),
      yearTo: intOrNull(params.get('to')),
      district: params.get('district') || null,
      mode: params.get('mode') || null,
    },
  };
}

export function formatHash(state: ViewState): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.id) params.set('id', state.id);
  if (state.sel && state.sel !== state.id) params.set('sel', state.sel);
  if (state.q) params.set('q', state.q);
  const f = state.filters;
  if (f.hiddenTypes.length) params.set('hide', f.hiddenTypes.join(','));
  if (f.yearFrom !== null) params.set('from', String(f.yearFrom));
  if (f.yearTo !== null) params.set('to', String(f.yearTo));
  if (f.district) params.set('district', f.district);
  if (f.mode) params.set('mode', f.mode);
  return `#${params.toString()}`;
}

/** Which node the panel shows: the selection, else what the view is about. */
export const selectedId = (state: ViewState): string | null => state.sel ?? state.id;
