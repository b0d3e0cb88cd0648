// Viewer rendering benchmark (a figure, not a test): serves the production viewer bundle, opens it in Debian's
// Chromium at 1280×800, and asks window.pledgegraph.benchRender(n) to draw n synthetic elements with the
// viewer's own style and layout policy. Prints the median of 3 runs of first render and settled layout for
// 500, 2,000 and 5,000 elements. Needs no database: /graphql answers 503 and the page still loads.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { bundleViewer } from '../src/server/viewerAssets.js';
import { launchBrowser } from '../test/integration/browser.js';

export const BENCH_SIZES = [500, 2000, 5000] as const;
export const BENCH_RUNS = 3;

export interface ViewerBenchRow {
  elements: number;
  layout: string;
  firstRenderMs: number;
  settledMs: number;
}

interface BenchResult {
  elements: number;
  layout: string;
  firstRenderMs: number;
  settledMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function runViewerBench(sizes: readonly number[] = BENCH_SIZES, runs = BENCH_RUNS): Promise<ViewerBenchRow[]> {
  const viewer = await bundleViewer(true);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const asset = viewer.files.get(url.pathname);
    if (url.pathname.startsWith('/graphql') || !asset) return void res.writeHead(503, { 'content-type': 'application/json' }).end('{"errors":[{"message":"no database in the bench"}]}');
    res.writeHead(200, { 'content-type': asset.type }).end(asset.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => (window as any).pledgegraph?.idle());
    const rows: ViewerBenchRow[] = [];
    for (const n of sizes) {
      const results: BenchResult[] = [];
      for (let i = 0; i < runs; i++) results.push(await page.evaluate((count) => (window as any).pledgegraph.benchRender(count) as Promise<BenchResult>, n));
      rows.push({
        elements: results[0]!.elements,
        layout: results[0]!.layout,
        firstRenderMs: median(results.map((r) => r.firstRenderMs)),
        settledMs: median(results.map((r) => r.settledMs)),
      });
    }
    return rows;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export function formatViewerBench(rows: ViewerBenchRow[]): string {
  const lines = ['viewer render (Chromium, 1280×800, median of 3)', 'elements  layout      first render  settled layout'];
  for (const r of rows) lines.push(`${String(r.elements).padStart(8)}  ${r.layout.padEnd(10)}  ${`${r.firstRenderMs} ms`.padStart(12)}  ${`${r.settledMs} ms`.padStart(14)}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatViewerBench(await runViewerBench()));
}
