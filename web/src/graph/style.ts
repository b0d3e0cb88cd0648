// How each kind of node looks: one colour and one shape per type (also drawn in the legend), commitment mode
// as the border, and edge labels only on hover so 2,000 elements stay legible and cheap to draw.
import type { Core, StylesheetJson } from 'cytoscape';

export interface TypeLook {
  color: string;
  shape: string;
  /** The legend's words. */
  name: string;
}

export const TYPE_LOOKS: Record<string, TypeLook> = {
  Commitment: { color: '#d9822b', shape: 'ellipse', name: 'Commitment 承诺/成效' },
  Project: { color: '#2e8b57', shape: 'round-hexagon', name: 'Project 项目' },
  Place: { color: '#7b4fa0', shape: 'round-triangle', name: 'Place 地点' },
  Agency: { color: '#b03a48', shape: 'round-diamond', name: 'Agency 机构' },
  Organization: { color: '#b8941f', shape: 'round-octagon', name: 'Organization 组织' },
  Document: { color: '#3b6ea5', shape: 'round-rectangle', name: 'Document 报告' },
  Section: { color: '#7f8c8d', shape: 'rectangle', name: 'Section 章节' },
  Year: { color: '#34495e', shape: 'tag', name: 'Year 年份' },
  Target: { color: '#16a085', shape: 'diamond', name: 'Target 指标' },
  TargetSeries: { color: '#1f7a8c', shape: 'barrel', name: 'Target series 指标序列' },
  Term: { color: '#95a5a6', shape: 'star', name: 'Term 名词' },
};

export const OTHER_LOOK: TypeLook = { color: '#999999', shape: 'ellipse', name: 'Other' };

export const lookOf = (type: string): TypeLook => TYPE_LOOKS[type] ?? OTHER_LOOK;

export function graphStyle(): StylesheetJson {
  // Built as plain objects and cast once: @types/cytoscape's per-property unions reject string-typed shapes
  // that Cytoscape accepts at run time.
  const byType = Object.entries(TYPE_LOOKS).map(([type, look]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': look.color, shape: look.shape },
  }));
  const sheet: unknown[] = [
    {
      selector: 'node',
      style: {
        label: 'data(short)',
        'font-size': 10,
        'font-family': '"Noto Sans CJK SC", "Noto Sans SC", system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'none',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        width: 22,
        height: 22,
        'background-color': OTHER_LOOK.color,
        'border-width': 0,
      },
    },
    ...byType,
    { selector: 'node[mode = "achievement"]', style: { 'border-width': 3, 'border-color': '#2d6a2d' } },
    { selector: 'node[mode = "goal"]', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#555' } },
    { selector: 'node.focus', style: { width: 34, height: 34, 'font-weight': 'bold', 'font-size': 12 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1565c0', 'border-style': 'solid' } },
    { selector: '.filtered', style: { display: 'none' } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#b5b5b5',
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#b5b5b5',
        'arrow-scale': 0.7,
        'font-size': 9,
      },
    },
    { selector: 'edge[type = "ORIGINATES_FROM"], edge[type = "REPORTS_ON"]', style: { width: 2.5, 'line-color': '#c0392b', 'target-arrow-color': '#c0392b' } },
    {
      selector: 'edge.hover',
      style: {
        label: 'data(label)',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'line-color': '#1565c0',
        'target-arrow-color': '#1565c0',
        'z-index': 10,
      },
    },
  ];
  return sheet as StylesheetJson;
}

/** Above this many elements the cheaper style is used. */
export const LARGE_GRAPH_ELEMENTS = 1500;

/** For very large graphs: no arrows, no label backgrounds, haystack edges, all much cheaper to draw. */
export function largeGraphStyle(): StylesheetJson {
  const sheet: unknown[] = [
    ...(graphStyle() as unknown[]),
    { selector: 'edge', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none' } },
    { selector: 'node', style: { 'text-background-opacity': 0 } },
  ];
  return sheet as StylesheetJson;
}

let largeStyleOn = false;

/** Switches between the full and the cheap style as the graph crosses LARGE_GRAPH_ELEMENTS. */
export function styleForSize(cy: Core): void {
  const large = cy.elements().length > LARGE_GRAPH_ELEMENTS;
  if (large === largeStyleOn) return;
  largeStyleOn = large;
  cy.style(large ? largeGraphStyle() : graphStyle());
}
