// Layouts that never freeze the page: force-directed (cose) only for small graphs, with animation off and a
// bounded number of iterations; concentric or grid above that, which cost one pass. Every layout starts after
// the browser has painted once, so the page shows something before any layout work.
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { styleForSize } from './style.js';

/** Above this many visible nodes, cose's quadratic iterations would take seconds. */
export const COSE_MAX_NODES = 200;
/** Above this, even concentric's sorting and label measuring is more than a grid. */
export const CONCENTRIC_MAX_NODES = 3000;

export type LayoutKind = 'auto' | 'tree' | 'rings' | 'concentric' | 'preset';

export function layoutOptions(cy: Core, kind: LayoutKind, rootId?: string): LayoutOptions {
  const n = cy.nodes(':visible').length;
  if (kind === 'preset') return { name: 'preset', fit: true, padding: 30 };
  if (kind === 'tree' && rootId) {
    return { name: 'breadthfirst', roots: `[id = "${cssId(rootId)}"]`, directed: false, spacingFactor: 1.1, fit: true, padding: 30, animate: false } as LayoutOptions;
  }
  if (kind === 'rings') {
    // Nodes carry their ring in data('ring'), highest in the centre: a place, then its projects, then the rest.
    return {
      name: 'concentric',
      animate: false,
      fit: true,
      padding: 20,
      // Wide gaps: ring nodes carry labels of up to 16 characters below them.
      minNodeSpacing: 24,
      avoidOverlap: n <= 800,
      concentric: (node: NodeSingular) => Number(node.data('ring') ?? 0),
      levelWidth: () => 1,
    } as LayoutOptions;
  }
  if (kind === 'auto' && n <= COSE_MAX_NODES) {
    return {
      name: 'cose',
      animate: false,
      randomize: true,
      numIter: 600,
      fit: true,
      padding: 30,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 70,
      componentSpacing: 60,
    } as LayoutOptions;
  }
  if (n <= CONCENTRIC_MAX_NODES) {
    return {
      name: 'concentric',
      animate: false,
      fit: true,
      padding: 20,
      minNodeSpacing: 6,
      avoidOverlap: n <= 800,
      concentric: (node: NodeSingular) => (node.hasClass('focus') ? 1e6 : node.degree(false)),
      levelWidth: () => 2,
    } as LayoutOptions;
  }
  return { name: 'grid', animate: false, fit: true, padding: 10, avoidOverlap: false } as LayoutOptions;
}

/** Escapes an id for a Cytoscape selector string (ids hold ':' and '-'). */
export function cssId(id: string): string {
  return id.replace(/["\\]/g, '\\$&');
}

export const nextPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Runs a layout of the visible elements after the next paint and resolves when it has stopped. */
export async function runLayout(cy: Core, kind: LayoutKind, rootId?: string): Promise<void> {
  styleForSize(cy);
  await nextPaint();
  const layout = cy.elements(':visible').layout(layoutOptions(cy, kind, rootId));
  const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  await stopped;
  // A fit on a handful of nodes zooms in until labels are huge; cap it so small graphs look like big ones.
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

const MAX_FIT_ZOOM = 1.4;

/** New neighbours of an expanded node go on a ring around it: no global re-layout, nothing else moves. */
export function ringAround(cy: Core, centerId: string, newIds: string[]): void {
  const center = cy.getElementById(centerId);
  if (center.empty() || newIds.length === 0) return;
  const { x, y } = center.position();
  const radius = 60 + newIds.length * 6;
  newIds.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / newIds.length;
    cy.getElementById(id).position({ x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
  });
}
