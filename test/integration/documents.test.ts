// The vertical slice against the real Neo4j: corpus → ingest → Neo4j → GraphQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/database.js';
import { createPledgegraphYoga } from '../../src/server/createYoga.js';
import { connectTestDatabase, graphCounts, loadCorpus } from './helpers.js';

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

  it('loading the same corpus again changes no node or relationship count', async () => {
    const before = await graphCounts(db);
    await loadCorpus(db);
    expect(await graphCounts(db)).toEqual(before);
  });
});
