// The viewer's entry: loads the reports and draws them as a Cytoscape graph. Report text is only ever set
// through textContent, never as HTML.
import cytoscape from 'cytoscape';
import { graphql } from './api.js';

interface DocumentSummary {
  id: string;
  title: string;
  district: string | null;
  year: number | null;
  kind: string;
  paragraphCount: number;
}

const DOCUMENTS_QUERY = `{ documents { id title district year kind paragraphCount } }`;

function showDetail(doc: DocumentSummary): void {
  const panel = document.getElementById('detail');
  if (!panel) return;
  panel.replaceChildren();
  const title = document.createElement('h2');
  title.textContent = doc.title;
  const facts = document.createElement('p');
  facts.textContent = `${doc.district ?? '—'} · ${doc.year ?? '—'} · ${doc.kind} · ${doc.paragraphCount} paragraphs`;
  panel.append(title, facts);
}

async function main(): Promise<void> {
  const status = document.getElementById('status');
  const container = document.getElementById('graph');
  if (!container || !status) return;
  try {
    const { documents } = await graphql<{ documents: DocumentSummary[] }>(DOCUMENTS_QUERY);
    const cy = cytoscape({
      container,
      elements: documents.map((d) => ({ data: { id: d.id, label: `${d.district ?? ''} ${d.year ?? ''}\n${d.kind}`, doc: d } })),
      style: [
        {
          selector: 'node',
          style: { label: 'data(label)', 'text-wrap': 'wrap', 'font-size': 10, 'background-color': '#3b6ea5', 'text-valign': 'bottom' },
        },
      ],
      layout: { name: 'grid' },
    });
    cy.on('tap', 'node', (event) => showDetail(event.target.data('doc') as DocumentSummary));
    status.textContent = `${documents.length} reports`;
    (window as unknown as { pledgegraph: unknown }).pledgegraph = { cy, documents };
  } catch (e) {
    status.textContent = `Could not load the graph: ${(e as Error).message}`;
  }
}

void main();
