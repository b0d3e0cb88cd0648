// The lineage view: a commitment's chain across reports, left to right by year (five-year plan → annual plans →
// reviews → later promises). Each step shows its sentence with the clause and the shared entities and terms
// marked, its report, the link's type, score and evidence, and the derived status with its supporting sentences.
// The same chain is drawn in the graph above, one column per year, so it can be exported as a picture.
import type { ElementDefinition } from 'cytoscape';
import { graphql, LINEAGE_QUERY, type EntityRef, type Lineage, type LineageStep } from '../api.js';
import { navigate, setStatus, type App } from '../app.js';
import { el, findAll, highlighted, truncate, type Highlight } from '../dom.js';
import { nodeElement } from '../graph/elements.js';
import { runLayout } from '../graph/layout.js';
import { DIRECTION_LABEL, KIND_LABEL, LINK_LABEL, MODE_LABEL, STATUS_LABEL, TARGET_CHANGE_LABEL, label } from '../labels.js';
import { summarizeGraph } from './explore.js';
import { selectNode } from './detail.js';

interface Evidence {
  entities: Set<string>;
  terms: Set<string>;
}

/** Every link touching a step lends its evidence to that step's sentence. */
function evidenceByCommitment(lineage: Lineage): Map<string, Evidence> {
  const out = new Map<string, Evidence>();
  const of = (id: string) => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { entities: new Set(), terms: new Set() }));
    return e;
  };
  for (const step of lineage.steps) {
    if (!step.link) continue;
    for (const id of [step.link.fromId, step.link.toId]) {
      const e = of(id);
      step.link.evidence.sharedEntities.forEach((x) => e.entities.add(x));
      step.link.evidence.sharedTerms.forEach((x) => e.terms.add(x));
    }
  }
  return out;
}

/** Entities are shared by canonical (simplified) name; a traditional report writes an alias, so both are looked for. */
function entityNeedles(step: LineageStep, shared: Set<string>): string[] {
  const c = step.commitment;
  const entities: EntityRef[] = [...c.projects, ...c.places, ...c.agencies, ...c.organizations];
  const needles = new Set(shared);
  for (const e of entities) if (shared.has(e.name)) e.aliases.forEach((a) => needles.add(a));
  return [...needles].sort((a, b) => b.length - a.length);
}

export function sentenceMarks(step: LineageStep, evidence: Evidence | undefined): Highlight[] {
  const { sentence, text } = step.commitment;
  const marks: Highlight[] = [];
  if (evidence) {
    marks.push(...findAll(sentence, entityNeedles(step, evidence.entities), 'shared'));
    marks.push(...findAll(sentence, [...evidence.terms], 'term'));
  }
  const at = sentence.indexOf(text);
  // The clause is underlined by its own class only where no shared entity is marked, so both stay visible.
  if (at >= 0) {
    let cursor = at;
    for (const m of [...marks].filter((m) => m.start < at + text.length && m.end > at).sort((a, b) => a.start - b.start)) {
      if (m.start > cursor) marks.push({ start: cursor, end: m.start, class: 'clause' });
      cursor = Math.max(cursor, m.end);
    }
    if (cursor < at + text.length) marks.push({ start: cursor, end: at + text.length, class: 'clause' });
  }
  return marks;
}

function stepCard(app: App, step: LineageStep, evidence: Evidence | undefined): HTMLElement {
  const c = step.commitment;
  const card = el('article', {
    class: `lineage-step${step.direction === 'SELF' ? ' self' : ''}`,
    attrs: { 'data-id': c.id, 'data-year': String(step.year ?? ''), 'data-kind': c.document.kind, 'data-direction': step.direction },
  });
  card.append(
    el('p', { class: 'muted' }, `${label(DIRECTION_LABEL, step.direction)}${step.depth ? ` (${step.depth} hop${step.depth > 1 ? 's' : ''})` : ''} · ${label(MODE_LABEL, c.mode)}`),
    el('p', { class: 'step-doc' }, el('strong', {}, c.document.title), ` (${label(KIND_LABEL, c.document.kind)})`),
    el('p', { class: 'step-sentence' }, highlighted(c.sentence, sentenceMarks(step, evidence))),
  );
  if (step.link) {
    const ev = step.link.evidence;
    card.append(
      el(
        'p',
        { class: 'link', attrs: { 'data-score': step.link.score.toFixed(3) } },
        `${label(LINK_LABEL, step.link.type)} · score ${step.link.score.toFixed(2)} · rank ${step.link.rank}`,
        ev.sharedEntities.length ? ` · shared: ${ev.sharedEntities.join('、')}` : '',
        ev.sharedTerms.length ? ` · terms: ${ev.sharedTerms.join('、')}` : '',
        ev.sharedIndicators.length ? ` · indicators: ${ev.sharedIndicators.join('、')}` : '',
        ev.targets.length ? ` · targets: ${ev.targets.map(targetComparison).join('; ')}` : '',
        ev.via ? ` · through ${ev.via.document.title}${ev.via.year ? ` (${ev.via.year})` : ''}, which this promise continues` : '',
      ),
    );
  }
  if (c.status) {
    card.append(
      el('p', { class: 'status', attrs: { 'data-status': c.status.status } }, `Status: ${label(STATUS_LABEL, c.status.status)}`),
      el(
        'ul',
        { class: 'linklist' },
        ...c.status.evidence.map((e) => el('li', {}, e.sentence || e.text, el('span', { class: 'muted' }, ` — ${e.year ?? '—'}, ${e.document.title}`))),
      ),
    );
  }
  card.append(
    el(
      'div',
      { class: 'actions' },
      el('button', { attrs: { type: 'button' }, on: { click: () => selectNode(app, c.id) } }, 'Detail'),
      step.direction === 'SELF' ? null : el('button', { attrs: { type: 'button' }, on: { click: () => navigate(app, { view: 'lineage', id: c.id }) } }, 'Its lineage'),
      el('button', { attrs: { type: 'button' }, on: { click: () => navigate(app, { view: 'source', id: c.id }) } }, 'Source'),
    ),
  );
  return card;
}

/** The chain as graph elements, one column per year, rows by order within the year. */
function lineageElements(lineage: Lineage): ElementDefinition[] {
  const rows = new Map<number, number>();
  const years = [...new Set(lineage.steps.map((s) => s.year ?? 0))].sort((a, b) => a - b);
  const nodes = lineage.steps.map((s) => {
    const year = s.year ?? 0;
    const row = rows.get(year) ?? 0;
    rows.set(year, row + 1);
    const c = s.commitment;
    const node = nodeElement(
      { id: c.id, type: 'Commitment', label: c.text, year: s.year, district: null, mode: c.mode, documentId: c.document.id },
      { short: `${s.year ?? ''} ${truncate(c.text, 14)}` },
    );
    return { ...node, position: { x: years.indexOf(year) * 220, y: row * 90 }, classes: s.direction === 'SELF' ? 'focus' : '' };
  });
  const edges = lineage.steps
    .filter((s) => s.link)
    .map((s) => ({ group: 'edges' as const, data: { id: `${s.link!.fromId}|${s.link!.type}|${s.link!.toId}`, source: s.link!.fromId, target: s.link!.toId, type: s.link!.type, score: s.link!.score, label: `${s.link!.type} ${s.link!.score.toFixed(2)}` } }));
  const ids = new Set(nodes.map((n) => n.data.id));
  return [...nodes, ...edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target))];
}

export async function renderLineage(app: App, panel: HTMLElement): Promise<void> {
  const id = app.state.id;
  panel.replaceChildren();
  app.lineage = null;
  if (!id) {
    panel.append(el('p', { class: 'muted' }, 'Choose a commitment, then “Lineage”, to see where it comes from and what became of it.'));
    return;
  }
  const { lineage } = await graphql<{ lineage: Lineage | null }>(LINEAGE_QUERY, { id });
  if (!lineage) {
    panel.append(el('p', {}, `No commitment has the id ${id}.`));
    return;
  }
  app.lineage = lineage;
  const evidence = evidenceByCommitment(lineage);
  const byYear = new Map<string, LineageStep[]>();
  for (const step of lineage.steps) {
    const key = step.year === null ? '—' : String(step.year);
    byYear.set(key, [...(byYear.get(key) ?? []), step]);
  }
  const timeline = el('div', { class: 'timeline', attrs: { role: 'list', 'aria-label': 'Lineage by year' } });
  for (const [year, steps] of byYear) {
    timeline.append(
      el('section', { class: 'year-column', attrs: { role: 'listitem', 'data-year': year } }, el('h3', {}, year), ...steps.map((s) => stepCard(app, s, evidence.get(s.commitment.id)))),
    );
  }
  const origins = lineage.steps.filter((s) => s.direction === 'ORIGIN').length;
  const followUps = lineage.steps.filter((s) => s.direction === 'FOLLOW_UP').length;
  panel.append(
    el('h2', {}, 'Lineage: ', lineage.commitment.text),
    el('p', { class: 'muted' }, `${origins} earlier, ${followUps} later · marked: `, el('mark', { class: 'clause' }, 'the commitment'), ' ', el('mark', { class: 'shared' }, 'shared entities'), ' ', el('mark', { class: 'term' }, 'shared terms')),
    timeline,
  );
  const cy = app.cy;
  cy.elements().remove();
  cy.add(lineageElements(lineage));
  await runLayout(cy, 'preset');
  summarizeGraph(app);
  setStatus(`Lineage of “${truncate(lineage.commitment.text, 24)}”: ${lineage.steps.length} steps`);
  selectNode(app, app.state.sel ?? id);
}

/** 地区生产总值增长 6% ← 6%左右 (same 不变): the later figure first, as the card reads from the later commitment. */
function targetComparison(t: { indicator: string; later: string; earlier: string; change: string }): string {
  return `${t.indicator} ${t.later} ← ${t.earlier} (${label(TARGET_CHANGE_LABEL, t.change)})`;
}

/** The lineage as CSV rows (RFC 4180 quoting), for the CSV download. */
export function lineageCsv(lineage: Lineage): string {
  const header = ['year', 'direction', 'depth', 'commitment_id', 'mode', 'text', 'sentence', 'document', 'document_kind', 'link_type', 'score', 'rank', 'shared_entities', 'shared_terms', 'shared_indicators', 'targets', 'via_commitment_id', 'status'];
  const quote = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = lineage.steps.map((s) => [
    s.year,
    s.direction,
    s.depth,
    s.commitment.id,
    s.commitment.mode,
    s.commitment.text,
    s.commitment.sentence,
    s.commitment.document.title,
    s.commitment.document.kind,
    s.link?.type,
    s.link?.score,
    s.link?.rank,
    s.link?.evidence.sharedEntities.join('|'),
    s.link?.evidence.sharedTerms.join('|'),
    s.link?.evidence.sharedIndicators.join('|'),
    s.link?.evidence.targets.map(targetComparison).join('|'),
    s.link?.evidence.via?.id,
    s.commitment.status?.status,
  ]);
  return [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
