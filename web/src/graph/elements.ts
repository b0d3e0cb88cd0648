// GraphSlice (the API's Cytoscape-ready nodes and edges) → Cytoscape element definitions, with the short
// label the canvas draws; the full label stays in data for the detail panel.
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphSlice } from '../api.js';
import { truncate } from '../dom.js';

export function nodeElement(node: GraphNode, extra: Record<string, unknown> = {}): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      ...node,
      // Stored modes are lower case in slices and upper case in the API's enums: the style matches lower.
      mode: node.mode ? node.mode.toLowerCase() : null,
      short: node.type === 'Year' ? String(node.year ?? node.label) : truncate(node.label),
      ...extra,
    },
  };
}

export function edgeElement(edge: GraphEdge): ElementDefinition {
  const score = edge.score === null || edge.score === undefined ? '' : ` ${edge.score.toFixed(2)}`;
  return { group: 'edges', data: { ...edge, label: `${edge.type}${score}` } };
}

export function sliceElements(slice: GraphSlice, extra: Record<string, unknown> = {}): ElementDefinition[] {
  return [...slice.nodes.map((n) => nodeElement(n, extra)), ...slice.edges.map(edgeElement)];
}
