// Killing `pledgegraph ingest` in the middle leaves every document either wholly stored or not at all:
// each document is one transaction.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { extractGraph } from '../../ingest/pipeline.js';
import { collectSourceFiles } from '../../ingest/sourceFiles.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { CORPUS_DIR, connectTestDatabase, removeDocuments } from './helpers.js';

const folder = mkdtempSync(path.join(tmpdir(), 'pledgegraph-kill-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('SIGKILL during ingest leaves no half-written document', async () => {
  // New bytes (so new document ids) for a district of its own, so nothing here is already stored.
  for (const name of ['002_affd64f63b1a618d.txt', '003_41579f78a9aee15a.txt', '004_5fb319a1fb0eca91.txt']) {
    const text = readFileSync(path.join(CORPUS_DIR, name), 'utf8').replaceAll('海珠', '测试').replaceAll('荔湾', '测验');
    writeFileSync(path.join(folder, `kill-${name}`), text);
  }
  const target = inject('neo4j');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/main.ts'), 'ingest', folder], {
    env: { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user ?? '', NEO4J_PASSWORD: target.password ?? '', NEO4J_DATABASE: target.database ?? '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Kill as soon as the first document is in: the next one is then being written.
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('loaded kill-')) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.once('exit', () => resolve());
    setTimeout(() => reject(new Error('ingest did not load a document within 90 s')), 90_000);
  });

  const { sources } = await collectSourceFiles([folder]);
  const expected = extractGraph(sources).graph;
  const db = await connectTestDatabase();
  try {
    const stored = await db.read<{ id: string; paragraphs: number; commitments: number }>(
      `MATCH (d:Document) WHERE d.id IN $ids
       RETURN d.id AS id, COUNT { (d)-[:CONTAINS]->(:Paragraph) } AS paragraphs, COUNT { (d)-[:CONTAINS]->(:Commitment) } AS commitments`,
      { ids: expected.documents.map((d) => d.id) },
    );
    expect(stored.length).toBeGreaterThan(0);
    for (const doc of stored) {
      expect(doc.paragraphs).toBe(expected.paragraphs.filter((p) => p.documentId === doc.id).length);
      expect(doc.commitments).toBe(expected.commitments.filter((c) => c.documentId === doc.id).length);
    }
  } finally {
    await removeDocuments(db, expected.documents.map((d) => d.id));
    await db.close();
  }
});
