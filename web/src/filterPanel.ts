// The filter controls and the legend (the legend's entries are the type checkboxes): every change re-applies
// the filters to the graph and records them in the URL.
import { record, type App } from './app.js';
import { byId, el } from './dom.js';
import { applyFilters } from './graph/filters.js';
import { TYPE_LOOKS } from './graph/style.js';
import type { Filters } from './state/url.js';
import { summarizeGraph } from './views/explore.js';

const yearOf = (input: HTMLInputElement) => (/^\d{4}$/.test(input.value) ? Number(input.value) : null);

function readControls(): Filters {
  const hiddenTypes = [...document.querySelectorAll<HTMLInputElement>('#type-filter input[type=checkbox]')].filter((c) => !c.checked).map((c) => c.value);
  return {
    hiddenTypes,
    yearFrom: yearOf(byId<HTMLInputElement>('year-from')),
    yearTo: yearOf(byId<HTMLInputElement>('year-to')),
    district: byId<HTMLSelectElement>('district-filter').value || null,
    mode: byId<HTMLSelectElement>('mode-filter').value || null,
  };
}

/** Puts the URL's filters into the controls (after a reload or a shared link). */
export function showFilters(filters: Filters): void {
  for (const box of document.querySelectorAll<HTMLInputElement>('#type-filter input[type=checkbox]')) box.checked = !filters.hiddenTypes.includes(box.value);
  byId<HTMLInputElement>('year-from').value = filters.yearFrom === null ? '' : String(filters.yearFrom);
  byId<HTMLInputElement>('year-to').value = filters.yearTo === null ? '' : String(filters.yearTo);
  byId<HTMLSelectElement>('district-filter').value = filters.district ?? '';
  byId<HTMLSelectElement>('mode-filter').value = filters.mode ?? '';
}

export function setDistricts(districts: string[]): void {
  const select = byId<HTMLSelectElement>('district-filter');
  const current = select.value;
  select.replaceChildren(el('option', { attrs: { value: '' } }, 'all'), ...districts.map((d) => el('option', { attrs: { value: d } }, d)));
  select.value = current;
}

export function wireFilters(app: App): void {
  const legend = byId('type-filter');
  for (const [type, look] of Object.entries(TYPE_LOOKS)) {
    legend.append(
      el(
        'label',
        {},
        el('input', { attrs: { type: 'checkbox', value: type, checked: '' } }),
        el('span', { class: 'swatch', attrs: { style: `background:${look.color}`, 'aria-hidden': 'true' } }),
        look.name,
      ),
    );
  }
  const onChange = () => {
    const filters = readControls();
    record(app, { filters });
    applyFilters(app.cy, filters);
    summarizeGraph(app);
  };
  byId('sidebar').addEventListener('change', onChange);
  byId('clear-filters').addEventListener('click', () => {
    showFilters({ hiddenTypes: [], yearFrom: null, yearTo: null, district: null, mode: null });
    onChange();
  });
  showFilters(app.state.filters);
  // On a phone the legend would push the graph off the first screen; it stays one tap away.
  if (window.matchMedia('(max-width: 800px)').matches) byId<HTMLDetailsElement>('filters').open = false;
}
