// Filters hide graph nodes (and with them their edges) by a class, never by removing them, so clearing a
// filter brings back exactly what was there and expansions are not lost.
import type { Core, NodeSingular } from 'cytoscape';
import type { Filters } from '../state/url.js';

export function passes(node: NodeSingular, filters: Filters): boolean {
  if (node.hasClass('focus')) return true; // what the view is about never disappears
  const type = node.data('type') as string;
  if (filters.hiddenTypes.includes(type)) return false;
  const year = node.data('year') as number | null;
  if (year !== null && year !== undefined) {
    if (filters.yearFrom !== null && year < filters.yearFrom) return false;
    if (filters.yearTo !== null && year > filters.yearTo) return false;
  }
  const district = node.data('district') as string | null;
  if (filters.district && district && district !== filters.district) return false;
  if (filters.mode && type === 'Commitment' && node.data('mode') !== filters.mode.toLowerCase()) return false;
  return true;
}

export function applyFilters(cy: Core, filters: Filters): number {
  let hidden = 0;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const keep = passes(node, filters);
      node.toggleClass('filtered', !keep);
      if (!keep) hidden++;
    });
  });
  return hidden;
}
