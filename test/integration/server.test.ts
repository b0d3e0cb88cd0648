// The real HTTP server: GraphQL over a socket and the viewer page, driven in headless Chromium.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Database } from '../../graph/database.js';
import { startHttpServer, type RunningServer } from '../../src/server/httpServer.js';
import { launchBrowser } from './browser.js';
import { connectTestDatabase } from './helpers.js';

let db: Database;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  db = await connectTestDatabase();
  server = await startHttpServer({ db, host: '127.0.0.1', port: 0, production: true, corsOrigins: [] });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

describe('HTTP server', () => {
  it('answers GraphQL over HTTP', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ documents { title year } }' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { documents: { title: string; year: number }[] } };
    expect(body.data.documents.map((d) => d.year).sort()).toEqual([2020, 2021, 2022, 2024, 2024]);
  });

  it('serves the viewer, which draws one node per report', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => (window as any).pledgegraph?.cy?.nodes().length > 0, null, { timeout: 20_000 });
    const nodeCount = await page.evaluate(() => (window as any).pledgegraph.cy.nodes().length);
    expect(nodeCount).toBe(5);
    await expect(page.textContent('#status')).resolves.toContain('5');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps CORS closed unless origins are configured', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses request bodies over the size limit with 413', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ documents { id } }${' '.repeat(100_000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses a GraphQL body of undeclared length (chunked) with 411, and still answers a declared one', async () => {
    const { hostname, port } = new URL(server.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ hostname, port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      // Two writes and no Content-Length: Node sends the body chunked.
      req.write('{"query": "{ documents');
      req.end(' { id } }"}');
    });
    expect(status).toBe(411);
    const declared = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ documents { id } }${' '.repeat(30_000)}` }),
    });
    expect(declared.status).toBe(200);
  });

  it('answers unknown paths with 404', async () => {
    const response = await fetch(`${server.url}/no-such-page`);
    expect(response.status).toBe(404);
  });
});
