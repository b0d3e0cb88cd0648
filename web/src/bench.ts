// A measurement hook, not a feature: draws n synthetic elements with the viewer's own style and layout policy
// and times the first render and the settled layout. bench/viewerBench.ts drives it in Chromium.
import type { Core, ElementDefinition } from 'cytoscape';
import { nodeElement } from './graph/elements.js';
import { runLayout } from './graph/layout.js';
import { styleForSize } from './graph/style.js';

export interface BenchResult {
  elements: number;
  nodes: number;
  edges: number;
  firstRenderMs: number;
  settledMs: number;
  layout: string;
}

const TYPES = ['Commitment', 'Commitment', 'Commitment', 'Project', 'Place', 'Agency', 'Document', 'Year'];

/** Deterministic: the same n always gives the same graph (a small linear congruential generator). */
export function syntheticElements(n: number): ElementDefinition[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const nodeCount = Math.max(1, Math.round(n * 0.45));
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const type = TYPES[i % TYPES.length]!;
    elements.push(nodeElement({ id: `n${i}`, type, label: `海珠区第${i}号合成节点示例文字超过十六个字符的标签`, year: 2019 + (i % 6), district: '海珠区', mode: type === 'Commitment' ? 'promise' : null, documentId: null }));
  }
  for (let j = 0; elements.length < n; j++) {
    const source = `n${Math.floor(random() * nodeCount)}`;
    const target = `n${Math.floor(random() * nodeCount)}`;
    if (source !== target) elements.push({ group: 'edges', data: { id: `e${j}`, source, target, type: 'CONCERNS', label: 'CONCERNS' } });
  }
  return elements;
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

export async function benchRender(cy: Core, n: number): Promise<BenchResult> {
  const elements = syntheticElements(n);
  cy.elements().remove();
  await frame();
  const t0 = performance.now();
  cy.add(elements);
  styleForSize(cy);
  // Positions are unset until the layout runs; the first paint after adding is what the person sees first.
  await frame();
  const firstRender = (await frame()) - t0;
  await runLayout(cy, 'auto');
  const settled = (await frame()) - t0;
  const nodes = cy.nodes().length;
  return {
    elements: cy.elements().length,
    nodes,
    edges: cy.edges().length,
    firstRenderMs: Math.round(firstRender),
    settledMs: Math.round(settled),
    layout: nodes <= 200 ? 'cose' : nodes <= 3000 ? 'concentric' : 'grid',
  };
}
