// The viewer workbench in a real Chromium against the real server and Neo4j: search → commitment → lineage back
// to the five-year plan, expanding a place to its projects, a shared URL restoring the same view, a PNG export
// with real pixels, and hostile report text shown as text with nothing run. Tests assert on page state
// (window.pledgegraph and the DOM), not only that pages load. They need the extractor's commitments in the
// graph and fail loudly, never skip, when the graph holds none.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../graph/database.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { ingestPaths } from '../../src/ingestPaths.js';
import { startHttpServer, type RunningServer } from '../../src/server/httpServer.js';
import { launchBrowser } from './browser.js';
import { connectTestDatabase, loadCorpus } from './helpers.js';

let db: Database;
let server: RunningServer;
let browser: Browser;

/** Set PLEDGEGRAPH_SCREENSHOTS=1 to refresh docs/search.png, docs/lineage.png and docs/place.png from this run. */
const SCREENSHOTS = process.env.PLEDGEGRAPH_SCREENSHOTS === '1';
const DOCS = path.join(PROJECT_ROOT, 'docs');

beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCorpus(db);
  server = await startHttpServer({ db, host: '127.0.0.1', port: 0, production: true, corsOrigins: [] });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

async function graphql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

/** The extractor's output must be in the graph: without it every test below would prove nothing. */
async function requireCommitments(): Promise<void> {
  const { search } = await graphql<{ search: { type: string }[] }>('{ search(text: "海珠湿地", types: [COMMITMENT], first: 5) { type } }');
  if (search.length === 0) {
    throw new Error('The graph holds no commitments for 海珠湿地: the extractor (commitments, entities, links) is not wired into ingest yet.');
  }
}

interface Opened {
  page: Page;
  errors: string[];
}

async function openViewer(hash = '', viewport = { width: 1280, height: 800 }): Promise<Opened> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${server.url}/${hash}`);
  await settle(page);
  return { page, errors };
}

const WAIT = { timeout: 30_000 };

/**
 * Waits until `condition(arg)` holds in the page and the viewer has nothing loading. Conditions are functions,
 * never strings: the page's CSP (script-src 'self') forbids evaluating strings.
 */
async function settle<A>(page: Page, condition?: (arg: A) => boolean, arg?: A): Promise<void> {
  await page.waitForFunction(() => Boolean((window as any).pledgegraph?.idle()), null, WAIT);
  if (condition) await page.waitForFunction(condition as (arg: unknown) => boolean, arg as unknown, WAIT);
  await page.waitForFunction(() => Boolean((window as any).pledgegraph?.idle()), null, WAIT);
}


const pageState = (page: Page) =>
  page.evaluate(() => {
    const pg = (window as any).pledgegraph;
    return { view: pg.view as string, selection: pg.selection as string | null, focus: pg.focus as string | null, nodes: pg.cy.nodes().length as number, error: pg.lastError as string | null };
  });

/**
 * A tap as Cytoscape delivers it. Returns nothing on purpose: handing a Cytoscape collection back to the test
 * makes Playwright serialise the whole graph, which takes minutes.
 */
async function tapNode(page: Page, id: string): Promise<void> {
  await page.evaluate((nodeId) => {
    (window as any).pledgegraph.cy.getElementById(nodeId).emit('tap');
  }, id);
}

async function search(page: Page, text: string): Promise<void> {
  await page.fill('#search-input', text);
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('#result-list li button', { timeout: 30_000 });
  await settle(page);
}

describe('viewer workbench', () => {
  it('sends only queries the API accepts (schema and cost limits)', async () => {
    const api = await import('../../web/src/api.js');
    const queries = [
      ...Object.entries(api).filter(([name, value]) => name.endsWith('_QUERY') && typeof value === 'string'),
      ['neighborhoodQuery(150)', api.neighborhoodQuery(150)],
    ] as [string, string][];
    expect(queries.length).toBeGreaterThan(8);
    for (const [name, query] of queries) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { id: 'no-such-id', text: '海珠', first: 50 } }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      expect(body.errors ?? [], name).toEqual([]);
    }
  });

  it('has extracted commitments to show (fails, never skips, while the extractor is not wired in)', requireCommitments);

  it('searches 海珠湿地, opens a 2024 commitment and follows its lineage back to a 2021 plan step', async () => {
    await requireCommitments();
    const { page, errors } = await openViewer();
    await search(page, '海珠湿地');
    const hits = await page.$$eval('#result-list li button', (buttons) =>
      buttons.map((b) => ({ id: b.getAttribute('data-id')!, type: b.getAttribute('data-type'), year: b.getAttribute('data-year') })),
    );
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.type)).size).toBeGreaterThan(1); // commitments and entities both found
    const candidates = hits.filter((h) => h.type === 'COMMITMENT' && h.year === '2024');
    expect(candidates.length, 'a 2024 commitment among the results for 海珠湿地').toBeGreaterThan(0);

    let found: string | null = null;
    for (const hit of candidates) {
      await page.click(`#result-list button[data-id="${hit.id}"]`);
      await settle(
        page,
        (id) => (window as any).pledgegraph.view === 'explore' && (window as any).pledgegraph.focus === id && !!document.querySelector(`#detail h2[data-id="${id}"]`),
        hit.id,
      );
      const state = await pageState(page);
      expect(state.selection).toBe(hit.id);
      expect(state.nodes).toBeGreaterThan(1); // the graph is centred on its neighbourhood
      expect(await page.evaluate((id) => (window as any).pledgegraph.cy.getElementById(id).hasClass('focus'), hit.id)).toBe(true);
      // The source: the exact words marked in their paragraph.
      const marked = await page.textContent('#detail .source-paragraph mark.clause');
      expect(marked && marked.length).toBeGreaterThan(0);
      if (SCREENSHOTS && hit === candidates[0]) await page.screenshot({ path: path.join(DOCS, 'search.png') });

      await page.click('#detail button[data-action="lineage"]');
      await settle(page, (id) => (window as any).pledgegraph.view === 'lineage' && !!document.querySelector(`.lineage-step.self[data-id="${id}"]`), hit.id);
      expect(await page.getAttribute('.lineage-step.self', 'data-year')).toBe('2024');
      const planStep = await page.$('.lineage-step[data-year="2021"][data-kind="FIVE_YEAR_PLAN"]');
      if (planStep) {
        found = hit.id;
        const sentence = await planStep.$eval('.step-sentence', (p) => p.textContent ?? '');
        expect(sentence.length).toBeGreaterThan(4);
        expect(await planStep.$eval('.link', (p) => Number(p.getAttribute('data-score')))).toBeGreaterThan(0);
        // Timeline reads left to right by year.
        const years = await page.$$eval('.year-column', (cols) => cols.map((c) => Number(c.getAttribute('data-year'))));
        expect(years).toEqual([...years].sort((a, b) => a - b));
        expect(years[0]).toBeLessThanOrEqual(2021);
        const csv = (await page.evaluate(() => (window as any).pledgegraph.exportCsv())) as string;
        expect(csv.split('\r\n')[0]).toContain('year,direction');
        expect(csv).toMatch(/\r\n2021,ORIGIN,/);
        if (SCREENSHOTS) await page.screenshot({ path: path.join(DOCS, 'lineage.png') });
        break;
      }
      await search(page, '海珠湿地');
    }
    expect(found, 'some 2024 海珠湿地 commitment has a lineage step in the 2021 five-year plan').not.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('expands a place to show its projects, and the place view lists them', async () => {
    await requireCommitments();
    const rows = await db.read<{ place: string; name: string; projects: string[] }>(
      // A place with the most projects, short of a whole district (whose hundred streets make a poor picture).
      `MATCH (pl:Place)-[r]-(p:Project) WHERE type(r) IN ['LOCATED_AT', 'PROJECT_AT'] AND COUNT { (pl)--() } < 80
       WITH pl, collect(DISTINCT p.id) AS projects ORDER BY size(projects) DESC, pl.id LIMIT 1
       RETURN pl.id AS place, pl.name AS name, projects`,
    );
    const target = rows[0];
    expect(target, 'a place with projects located at it').toBeDefined();
    const { place, projects } = target!;
    // Start from one of its projects, then expand the place from the graph.
    const { page, errors } = await openViewer(`#view=explore&id=${encodeURIComponent(projects[0]!)}`);
    expect(await page.evaluate((id) => (window as any).pledgegraph.cy.getElementById(id).nonempty(), place)).toBe(true);
    await tapNode(page, place);
    await settle(page, (id) => (window as any).pledgegraph.selection === id && !(document.querySelector('#expand-node') as HTMLButtonElement).disabled, place);
    await page.click('#expand-node');
    await settle(page, (ids) => ids.every((id) => (window as any).pledgegraph.cy.getElementById(id).nonempty()), projects);
    const connected = await page.evaluate(
      ([placeId, ids]) => {
        const cy = (window as any).pledgegraph.cy;
        return (ids as string[]).filter((id) => cy.getElementById(id).edgesWith(cy.getElementById(placeId)).nonempty()).length;
      },
      [place, projects] as const,
    );
    expect(connected).toBe(projects.length);

    // Collapse takes back only what the expansion added.
    const before = await page.evaluate(() => (window as any).pledgegraph.cy.nodes().length);
    await page.click('#collapse-node');
    await settle(page);
    expect(await page.evaluate(() => (window as any).pledgegraph.cy.nodes().length)).toBeLessThanOrEqual(before);
    expect(await page.evaluate((id) => (window as any).pledgegraph.cy.getElementById(id).nonempty(), projects[0]!)).toBe(true);

    await page.click('#detail button[data-action="place"]');
    await settle(page, () => (window as any).pledgegraph.view === 'place' && !!document.querySelector('#place-projects'));
    const listed = await page.$$eval('#place-projects section.place-project', (s) => s.map((x) => x.getAttribute('data-id')));
    expect(listed.sort()).toEqual([...projects].sort());
    expect(await page.evaluate((id) => (window as any).pledgegraph.cy.getElementById(id).hasClass('focus'), place)).toBe(true);
    if (SCREENSHOTS) await page.screenshot({ path: path.join(DOCS, 'place.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows on a lineage card how the promise's figure stands to its origin's, and puts it in the CSV", async () => {
    await requireCommitments();
    const { commitments } = await graphql(`{ commitments(filter: {text: "地区生产总值增长6%", year: 2024, mode: PROMISE}, first: 5) {
      edges { node { id origins { commitment { id } evidence { targets { change } } } } } } }`);
    const promise = commitments.edges.map((e: any) => e.node).find((c: any) => c.origins.some((o: any) => o.evidence.targets.length > 0));
    expect(promise, 'the 2024 GDP promise has an origin whose targets are compared').toBeDefined();
    const origin = promise.origins.find((o: any) => o.evidence.targets.length > 0).commitment.id;
    const { page, errors } = await openViewer(`#view=lineage&id=${encodeURIComponent(promise.id)}`);
    await settle(page, (id) => !!document.querySelector(`.lineage-step[data-id="${id}"] .link`), origin);
    const link = await page.textContent(`.lineage-step[data-id="${origin}"] .link`);
    expect(link).toContain('targets: 地区生产总值增长 6% ← 6%左右 (same 不变)');
    const csv = (await page.evaluate(() => (window as any).pledgegraph.exportCsv())) as string;
    expect(csv.split('\r\n')[0]).toContain('shared_indicators,targets,via_commitment_id');
    expect(csv).toContain('地区生产总值增长 6% ← 6%左右 (same 不变)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('restores the same view and selection from a shared URL', async () => {
    await requireCommitments();
    const { search: hits } = await graphql<{ search: { id: string }[] }>('{ search(text: "海珠湿地", types: [COMMITMENT], first: 1) { id } }');
    const id = hits[0]!.id;
    const first = await openViewer(`#view=lineage&id=${encodeURIComponent(id)}`);
    await settle(first.page, () => !!document.querySelector('.lineage-step.self'));
    // Select another node: the selection goes into the URL too.
    const other = await first.page.evaluate(() => (window as any).pledgegraph.cy.nodes().not('.focus').map((n: any) => n.id())[0] ?? null);
    if (other) {
      await tapNode(first.page, other);
      await settle(first.page, (nodeId) => !!document.querySelector(`#detail h2[data-id="${nodeId}"]`), other);
    }
    const shared = first.page.url();
    const steps = await first.page.$$eval('.lineage-step', (cards) => cards.map((c) => c.getAttribute('data-id')));
    const stateBefore = await pageState(first.page);
    await first.page.close();

    const second = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await second.goto(shared);
    await settle(second, () => !!document.querySelector('.lineage-step.self') && !!document.querySelector('#detail h2[data-id]'));
    const stateAfter = await pageState(second);
    expect(stateAfter.view).toBe('lineage');
    expect(stateAfter.focus).toBe(id);
    expect(stateAfter.selection).toBe(stateBefore.selection);
    expect(await second.$$eval('.lineage-step', (cards) => cards.map((c) => c.getAttribute('data-id')))).toEqual(steps);
    expect(await second.getAttribute('#detail h2[data-id]', 'data-id')).toBe(stateBefore.selection);
    // A plain reload keeps it too.
    await second.reload();
    await settle(second, () => !!document.querySelector('.lineage-step.self'));
    expect((await pageState(second)).selection).toBe(stateBefore.selection);
    await second.close();
  });

  it('exports the visible graph as a PNG that is not blank, and as JSON elements', async () => {
    await requireCommitments();
    const { search: hits } = await graphql<{ search: { id: string }[] }>('{ search(text: "海珠湿地", types: [COMMITMENT], first: 1) { id } }');
    const { page } = await openViewer(`#view=explore&id=${encodeURIComponent(hits[0]!.id)}`);
    const downloadPromise = page.waitForEvent('download');
    await page.click('#export-png');
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const file = readFileSync((await download.path())!);
    expect(file.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a'); // PNG signature
    expect(file.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(file.readUInt32BE(16)).toBeGreaterThan(100); // width
    expect(file.readUInt32BE(20)).toBeGreaterThan(100); // height
    // Decode it in the page and count colours: a blank export would be one colour.
    const pixels = await page.evaluate(async () => {
      const url = (window as any).pledgegraph.exportPng() as string;
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const colours = new Set<number>();
      let nonWhite = 0;
      for (let i = 0; i < data.length; i += 4) {
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) nonWhite++;
      }
      return { colours: colours.size, nonWhiteShare: nonWhite / (data.length / 4) };
    });
    expect(pixels.colours).toBeGreaterThan(10);
    expect(pixels.nonWhiteShare).toBeGreaterThan(0.001);
    const json = JSON.parse((await page.evaluate(() => (window as any).pledgegraph.exportJson())) as string);
    const visible = await page.evaluate(() => (window as any).pledgegraph.cy.nodes(':visible').length);
    expect(json.elements.nodes).toHaveLength(visible);
    await page.close();
  });

  it('works on a narrow window', async () => {
    const { page, errors } = await openViewer('', { width: 390, height: 800 });
    const widths = await page.evaluate(() => ({ body: document.body.scrollWidth, graph: document.getElementById('graph')!.getBoundingClientRect().width }));
    expect(widths.body).toBeLessThanOrEqual(400);
    expect(widths.graph).toBeGreaterThan(300);
    expect(await page.evaluate(() => (window as any).pledgegraph.cy.nodes().length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a report containing <script> and <img onerror> as text, and runs nothing', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'pledgegraph-hostile-'));
    // A made-up district and city and no real place names: the report's entities must not touch the corpus's,
    // because loading a graph re-derives the place hierarchy of every place it names.
    const title = '测试区2025年政府工作报告<script>window.__pwned = "script"</script>';
    const payload = '<img src=x onerror="window.__pwned = \'img\'">';
    writeFileSync(
      path.join(folder, 'hostile.txt'),
      [
        title,
        '一、2024年工作回顾',
        `2024年，完成${payload}毒饵示范工程建设。`,
        '二、2025年工作安排',
        `2025年，我们将加快推进<script>window.__pwned = "inline"</script>毒饵示范项目建设，新建${payload}口袋公园5个。`,
      ].join('\n'),
    );
    writeFileSync(
      path.join(folder, 'manifest.json'),
      JSON.stringify({ documents: [{ file: 'hostile.txt', title, kind: 'work-report', city: '测试市', district: '测试区', year: 2025, reviewYear: 2024, script: 'simplified' }] }),
    );
    let documentId: string | null = null;
    try {
      const summary = await ingestPaths(db, [folder]);
      expect(summary.failures).toEqual([]);
      const { documents } = await graphql<{ documents: { id: string; title: string }[] }>('{ documents { id title } }');
      documentId = documents.find((d) => d.title === title)?.id ?? null;
      expect(documentId).not.toBeNull();

      const { page, errors } = await openViewer(`#view=explore&sel=${encodeURIComponent(documentId!)}`);
      await settle(page, () => !!document.querySelector('#detail h2[data-id]'));
      expect(await page.textContent('#detail h2')).toBe(title);

      await page.goto(`${server.url}/#view=source&id=${encodeURIComponent(documentId!)}`);
      await settle(page, () => (window as any).pledgegraph.view === 'source' && !!document.querySelector('#doc-text'));
      const shown = await page.textContent('#doc-text');
      expect(shown).toContain('<script>window.__pwned = "inline"</script>');
      expect(shown).toContain(payload);
      expect(await page.textContent('#view-panel h2')).toBe(title);

      // Commitments extracted from it show their words as text too.
      await search(page, '毒饵示范');
      const labels = await page.$$eval('#result-list .hit-label', (spans) => spans.map((s) => s.textContent ?? ''));
      const hostileHit = await page.$('#result-list button[data-type="COMMITMENT"]');
      if (hostileHit) {
        await hostileHit.click();
        await settle(page, () => !!document.querySelector('#detail .source-paragraph'));
      }
      const injected = await page.evaluate(() => ({
        pwned: (window as any).__pwned ?? null,
        images: document.querySelectorAll('img').length,
        scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
        elementsInText: document.querySelectorAll('#doc-text *:not(mark), .source-paragraph *:not(mark), #result-list .hit-label *:not(span)').length,
      }));
      expect(injected).toEqual({ pwned: null, images: 0, scripts: 0, elementsInText: 0 });
      expect(labels.join('\n')).not.toContain('undefined');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
      if (documentId) {
        // Other test files count the corpus's five reports: take this one out again.
        await db.write(async (tx) => {
          await tx.run(
            'MATCH (n) WHERE (n:Paragraph OR n:Section OR n:Term OR n:Commitment OR n:Target) AND n.documentId = $id DETACH DELETE n',
            { id: documentId },
          );
          await tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id: documentId });
          await tx.run('MATCH (e:Entity) WHERE NOT (e)<-[:MENTIONS]-() DETACH DELETE e');
          await tx.run('MATCH (s:TargetSeries) WHERE NOT (s)--() DELETE s');
        });
      }
    }
  });
});
