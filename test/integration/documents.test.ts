// The vertical slice against the real Neo4j: corpus → ingest → Neo4j → GraphQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/database.js';
import { createPledgegraphYoga } from '../../src/server/createYoga.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingestPaths } from '../../src/ingestPaths.js';
import { connectTestDatabase, graphCounts, loadCorpus, removeDocuments } from './helpers.js';

let db: Database;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());

async function query(source: string, variables: Record<string, unknown> = {}) {
  const yoga = createPledgegraphYoga({ db, production: false, corsOrigins: [] });
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: source, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string }[] };
}

describe('documents through GraphQL', () => {
  it('lists the five bundled reports with their metadata', async () => {
    const { data, errors } = await query('{ documents { title year district kind paragraphCount } }');
    expect(errors).toBeUndefined();
    expect(data.documents).toHaveLength(5);
    const byTitle = Object.fromEntries(data.documents.map((d: any) => [d.title, d]));
    expect(byTitle['海珠区2024年政府工作报告']).toMatchObject({ year: 2024, district: '海珠区', kind: 'WORK_REPORT' });
    const plan = data.documents.find((d: any) => d.kind === 'FIVE_YEAR_PLAN');
    expect(plan).toMatchObject({ year: 2021, district: '海珠区' });
    expect(data.documents.filter((d: any) => d.district === '荔湾区')).toHaveLength(1);
    for (const d of data.documents) expect(d.paragraphCount).toBeGreaterThan(50);
  });

  it('returns one document by id with its original text, and null for an unknown id', async () => {
    const { data } = await query('{ documents { id kind } }');
    const plan = data.documents.find((d: any) => d.kind === 'FIVE_YEAR_PLAN');
    const one = await query('query($id: ID!) { document(id: $id) { id script text period { from to } } }', { id: plan.id });
    expect(one.data.document).toMatchObject({ id: plan.id, script: 'traditional', period: { from: 2021, to: 2025 } });
    expect(one.data.document.text).toContain('廣州市海珠區');
    const none = await query('{ document(id: "doc-nope") { id } }');
    expect(none.data.document).toBeNull();
  });

  it('replaces the old version of a changed file, with everything it owned', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'pledgegraph-replace-'));
    const file = path.join(folder, 'changing.txt');
    const version = (n: number) =>
      `测试市测试区${2030 + n}年政府工作报告\n二、${2030 + n}年工作安排\n推进测试区第${n}号公园建设,新增绿地${n}0公顷。\n加快测试区发展建设。\n`;
    try {
      writeFileSync(file, version(1));
      await ingestPaths(db, [file]);
      const first = await db.read<{ id: string }>('MATCH (d:Document {fileName: "changing.txt"}) RETURN d.id AS id');
      writeFileSync(file, version(2));
      await ingestPaths(db, [file]);
      const docs = await db.read<{ id: string; text: string }>('MATCH (d:Document {fileName: "changing.txt"}) RETURN d.id AS id, d.text AS text');
      expect(docs).toHaveLength(1);
      expect(docs[0]!.id).not.toBe(first[0]!.id);
      expect(docs[0]!.text).toContain('第2号公园');
      const leftovers = await db.read<{ n: number }>('MATCH (c:Commitment) WHERE c.documentId = $id RETURN count(c) AS n', { id: first[0]!.id });
      expect(leftovers[0]!.n).toBe(0);
      await removeDocuments(db, docs.map((d) => d.id));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('loading the same corpus again changes no node or relationship count', async () => {
    const before = await graphCounts(db);
    await loadCorpus(db);
    expect(await graphCounts(db)).toEqual(before);
  });
});
