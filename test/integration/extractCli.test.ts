// `pledgegraph extract` writes the contract of ../shared/eval/README.md, and every offset in it points at
// the exact words of the decoded file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaleCorpus } from '../../bench/scaleCorpus.js';
import { extractGraph } from '../../ingest/pipeline.js';
import { collectSourceFiles } from '../../ingest/sourceFiles.js';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Link } from '../../src/model.js';
import { CORPUS_DIR } from './helpers.js';

const folder = mkdtempSync(path.join(tmpdir(), 'pledgegraph-extract-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'bin/pledgegraph.js'), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
}

describe('pledgegraph extract', () => {
  it('writes documents, commitments, entities and links whose offsets slice the original text', () => {
    const out = path.join(folder, 'graph.json');
    const run = runCli('extract', CORPUS_DIR, '--out', out);
    expect(run.status, run.stderr).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.documents).toHaveLength(5);
    const texts = new Map<string, string>();
    for (const doc of graph.documents) {
      expect(Object.keys(doc)).toEqual(expect.arrayContaining(['id', 'path', 'title', 'city', 'district', 'kind', 'year', 'reviewYear', 'period']));
      expect(path.basename(doc.path)).toMatch(/^00\d_[0-9a-f]{16}\.txt$/);
      texts.set(doc.id, readFileSync(doc.path, 'utf8').replace(/^\uFEFF/, ''));
    }
    expect(graph.commitments.length).toBeGreaterThan(1000);
    for (const c of graph.commitments) {
      expect(texts.get(c.documentId)!.slice(c.start, c.end)).toBe(c.text);
      expect(['promise', 'achievement', 'goal']).toContain(c.mode);
      for (const t of c.targets) expect(['>=', '<=', '=', '~', null]).toContain(t.comparator);
    }
    expect(graph.entities.length).toBeGreaterThan(100);
    for (const e of graph.entities) {
      expect(['Project', 'Place', 'Agency', 'Organization']).toContain(e.type);
      for (const m of e.mentions) expect(texts.get(m.documentId)!.slice(m.start, m.end)).toBe(m.text);
    }
    const ids = new Set(graph.commitments.map((c: { id: string }) => c.id));
    expect(graph.links.length).toBeGreaterThan(0);
    for (const l of graph.links) {
      expect(['ORIGINATES_FROM', 'REPORTS_ON']).toContain(l.type);
      expect(ids.has(l.from) && ids.has(l.to)).toBe(true);
      expect(l.score).toBeGreaterThanOrEqual(0);
      expect(l.score).toBeLessThanOrEqual(1);
      expect(Array.isArray(l.evidence.sharedEntities) && Array.isArray(l.evidence.sharedTerms)).toBe(true);
    }
  });

  it('reports a bad file by name, extracts the good ones, and exits non-zero', () => {
    const out = path.join(folder, 'partial.json');
    const empty = path.join(folder, 'empty.txt');
    spawnSync('touch', [empty]);
    const run = runCli('extract', path.join(CORPUS_DIR, '002_affd64f63b1a618d.txt'), empty, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${empty}: the file is empty`);
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(1);
  });

  it('extracts a corpus large enough for worker threads as one thread would (the CLI bundle starts them)', async () => {
    // 3× the corpus is 1.1 MB and 11,800 commitments in 6 jurisdictions: past both thresholds of
    // extractGraphInWorkers, so on a machine with 2+ cores the bundled CLI links on worker threads.
    const corpus = path.join(folder, 'corpus-3x');
    scaleCorpus(3, corpus);
    const out = path.join(folder, 'graph-3x.json');
    const run = runCli('extract', corpus, '--out', out);
    expect(run.status, run.stderr).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { links: Link[]; commitments: { id: string }[] };
    const { graph } = extractGraph((await collectSourceFiles([corpus])).sources);
    expect(written.commitments.map((c) => c.id)).toEqual(graph.commitments.map((c) => c.id));
    expect(written.links.length).toBeGreaterThan(3000);
    expect(written.links).toEqual(graph.links);
  });

  it('explains its usage', () => {
    const help = runCli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('pledgegraph extract <paths…> --out FILE');
  });
});
