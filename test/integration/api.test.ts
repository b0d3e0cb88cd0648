// Every query of the API against the real Neo4j loaded with the corpus, asserting real values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/database.js';
import { DOCUMENT_LINKS } from '../../graph/queries/graphSlice.js';
import { createPledgegraphYoga } from '../../src/server/createYoga.js';
import { connectTestDatabase, graphCounts } from './helpers.js';

let db: Database;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());

type Result = { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };

async function query(source: string, variables: Record<string, unknown> = {}, production = false): Promise<Result> {
  const yoga = createPledgegraphYoga({ db, production, corsOrigins: [] });
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: source, variables }),
  });
  return (await response.json()) as Result;
}

async function data(source: string, variables: Record<string, unknown> = {}) {
  const result = await query(source, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}

/** A commitment with links both ways when the graph has one, else with links one way; picked in Cypher, not by its words. */
async function linkedCommitment(): Promise<{ id: string }> {
  const [row] = await db.read<{ id: string }>(
    `MATCH (c:Commitment)-[:ORIGINATES_FROM|REPORTS_ON]-()
     RETURN c.id AS id ORDER BY EXISTS { (c)-[:ORIGINATES_FROM|REPORTS_ON]->() } AND EXISTS { (c)<-[:ORIGINATES_FROM|REPORTS_ON]-() } DESC, c.id LIMIT 1`,
  );
  if (!row) throw new Error('the test graph has no linked commitment');
  return row;
}

const COMMITMENT_FIELDS = `id text start end line sentence mode year dueYear sectionPath
  document { id title fileName district year kind }
  targets { indicator value unit comparator text }
  projects { id name } places { id name } agencies { id name }
  origins { score rank commitment { id year document { kind district } } evidence { sharedEntities sharedTerms } }
  followUps { type commitment { id year } }
  status { status evidence { id } }`;

describe('commitments', () => {
  it('pages through a filtered connection with cursors and a total', async () => {
    const first = await data(
      `query($f: CommitmentFilter) { commitments(filter: $f, first: 5) { totalCount edges { cursor node { id year mode district } } pageInfo { hasNextPage endCursor } } }`,
      { f: { year: 2024, district: '海珠区', mode: 'PROMISE' } },
    );
    const page = first.commitments;
    expect(page.totalCount).toBeGreaterThan(50);
    expect(page.edges).toHaveLength(5);
    for (const e of page.edges) expect(e.node).toMatchObject({ year: 2024, mode: 'PROMISE', district: '海珠区' });
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await data(`query($after: String) { commitments(filter: {year: 2024, district: "海珠区", mode: PROMISE}, first: 5, after: $after) { edges { node { id } } } }`, {
      after: page.pageInfo.endCursor,
    });
    const firstIds = new Set(page.edges.map((e: any) => e.node.id));
    expect(second.commitments.edges).toHaveLength(5);
    for (const e of second.commitments.edges) expect(firstIds.has(e.node.id)).toBe(false);
  });

  it('keeps each commitment traced to its exact words in the original text', async () => {
    const page = await data(`{ commitments(filter: {text: "海珠湿地"}, first: 20) { edges { node { text start end document { id } } } } }`);
    expect(page.commitments.edges.length).toBeGreaterThan(3);
    const docs = new Map<string, string>();
    for (const { node } of page.commitments.edges) {
      if (!docs.has(node.document.id)) {
        docs.set(node.document.id, (await data('query($id: ID!) { document(id: $id) { text } }', { id: node.document.id })).document.text);
      }
      expect(docs.get(node.document.id)!.slice(node.start, node.end)).toBe(node.text);
    }
  });

  it('finds traditional-character commitments with a simplified filter', async () => {
    const page = await data(`{ commitments(filter: {text: "海珠湿地", year: 2021}, first: 5) { totalCount edges { node { text document { script } } } } }`);
    const traditional = page.commitments.edges.filter((e: any) => e.node.document.script === 'traditional');
    expect(traditional.length).toBeGreaterThan(0);
    expect(traditional[0].node.text).toContain('濕地');
  });

  it('exposes a commitment with its document, targets, entities, links and status', async () => {
    const page = await data(`{ commitments(filter: {text: "地区生产总值", year: 2024, mode: PROMISE}, first: 3) { edges { node { ${COMMITMENT_FIELDS} } } } }`);
    const withTarget = page.commitments.edges.map((e: any) => e.node).find((c: any) => c.targets.some((t: any) => t.unit === '%'));
    expect(withTarget).toBeDefined();
    expect(withTarget.document.kind).toMatch(/WORK_REPORT|PLAN_REPORT/);
    const one = await data(`query($id: ID!) { commitment(id: $id) { ${COMMITMENT_FIELDS} } }`, { id: withTarget.id });
    expect(one.commitment.id).toBe(withTarget.id);
    expect(one.commitment.line).toBeGreaterThan(1);
    expect((await data('{ commitment(id: "nope") { id } }')).commitment).toBeNull();
  });
});

describe('lineage', () => {
  it('takes a 2024 海珠湿地 promise back to a commitment of the 2021 five-year plan', async () => {
    const page = await data(`{ commitments(filter: {text: "海珠湿地", year: 2024, mode: PROMISE}, first: 20) { edges { node { id text origins { commitment { id } } } } } }`);
    const linked = page.commitments.edges.map((e: any) => e.node).filter((c: any) => c.origins.length > 0);
    expect(linked.length).toBeGreaterThan(0);
    const { lineage } = await data(
      `query($id: ID!) { lineage(commitmentId: $id) { commitment { id } steps { direction depth year
         commitment { id text sentence start end line document { kind year district } }
         link { type score fromId toId evidence { sharedEntities sharedTerms } } } } }`,
      { id: linked[0].id },
    );
    const years = lineage.steps.map((s: any) => s.year ?? 0);
    expect([...years].sort((a: number, b: number) => a - b)).toEqual(years);
    const self = lineage.steps.find((s: any) => s.direction === 'SELF');
    expect(self.commitment.id).toBe(linked[0].id);
    const plan = lineage.steps.find((s: any) => s.direction === 'ORIGIN' && s.commitment.document.kind === 'FIVE_YEAR_PLAN');
    expect(plan).toBeDefined();
    expect(plan.commitment.document.year).toBe(2021);
    expect(plan.link.score).toBeGreaterThan(0);
    expect(plan.link.score).toBeLessThanOrEqual(1);
    expect(plan.link.evidence.sharedEntities.length + plan.link.evidence.sharedTerms.length).toBeGreaterThan(0);
  });

  it("compares later figures with the plan's in the links' evidence: 6% promised and 8.6% reported on 6%左右", async () => {
    const page = await data(`{ commitments(filter: {text: "地区生产总值年均增长", year: 2021}, first: 5) { edges { node { id document { kind }
      followUps { type commitment { year } evidence { targets { indicator later earlier change } } } } } } }`);
    const plan = page.commitments.edges.map((e: any) => e.node).find((c: any) => c.document.kind === 'FIVE_YEAR_PLAN');
    expect(plan).toBeDefined();
    const compared = plan.followUps.flatMap((l: any) => l.evidence.targets.map((t: any) => ({ type: l.type, year: l.commitment.year, ...t })));
    expect(compared).toContainEqual({ type: 'ORIGINATES_FROM', year: 2024, indicator: '地区生产总值增长', later: '6%', earlier: '6%左右', change: 'SAME' });
    expect(compared).toContainEqual({ type: 'REPORTS_ON', year: 2023, indicator: '地区生产总值增长', later: '8.6%', earlier: '6%左右', change: 'MET' });
  });

  it('never gives a Liwan promise an origin outside Liwan', async () => {
    const page = await data(`{ commitments(filter: {district: "荔湾区", mode: PROMISE}, first: 100) { totalCount edges { node { origins { commitment { district } } } } } }`);
    expect(page.commitments.totalCount).toBeGreaterThan(20);
    for (const { node } of page.commitments.edges) {
      for (const origin of node.origins) expect(origin.commitment.district).toBe('荔湾区');
    }
  });

  it('derives a status for plan commitments', async () => {
    const statuses = ['REPORTED_DONE', 'REPORTED_PROGRESS', 'RE_PROMISED', 'NO_LATER_MENTION'];
    const counts: Record<string, number> = {};
    for (const status of statuses) {
      counts[status] = (await data('query($s: CommitmentStatus) { commitments(filter: {status: $s}, first: 1) { totalCount } }', { s: status })).commitments.totalCount;
    }
    expect(counts.NO_LATER_MENTION).toBeGreaterThan(0);
    expect(counts.RE_PROMISED! + counts.REPORTED_DONE! + counts.REPORTED_PROGRESS!).toBeGreaterThan(0);
  });
});

describe('search and entities', () => {
  it('finds 海珠湿地 and its traditional form 海珠濕地 alike', async () => {
    const simplified = await data('{ search(text: "海珠湿地", first: 10) { type id label score } }');
    const traditional = await data('{ search(text: "海珠濕地", first: 10) { type id label } }');
    expect(simplified.search.length).toBeGreaterThan(0);
    expect(traditional.search.map((h: any) => h.id)).toEqual(simplified.search.map((h: any) => h.id));
    const commitmentHits = await data('{ search(text: "海珠湿地", types: [COMMITMENT], first: 50) { commitment { document { script } } } }');
    expect(commitmentHits.search.some((h: any) => h.commitment.document.script === 'traditional')).toBe(true);
  });

  it('lists places, projects and agencies with counts, and opens an entity with mentions', async () => {
    const lists = await data('{ places(first: 5) { id name type commitmentCount } projects(first: 5) { id name type commitmentCount } agencies(first: 5) { id name type } }');
    expect(lists.places[0].type).toBe('PLACE');
    expect(lists.places[0].commitmentCount).toBeGreaterThanOrEqual(lists.places[1].commitmentCount);
    expect(lists.projects[0].type).toBe('PROJECT');
    expect(lists.agencies.length).toBeGreaterThan(0);
    const { entity } = await data(
      `query($id: ID!) { entity(id: $id) { id name mentions { text start end document { id } } commitments(first: 5) { id } partOf { name } parts { name } located { name } } }`,
      { id: lists.places[0].id },
    );
    expect(entity.mentions.length).toBeGreaterThan(0);
    expect(entity.commitments.length).toBeGreaterThan(0);
    const doc = await data('query($id: ID!) { document(id: $id) { text } }', { id: entity.mentions[0].document.id });
    expect(doc.document.text.slice(entity.mentions[0].start, entity.mentions[0].end)).toBe(entity.mentions[0].text);
  });

  it('puts a district in its city', async () => {
    const { places } = await data('{ places(first: 200) { name partOf { name } parts { name } } }');
    const haizhu = places.find((p: any) => p.name === '海珠区');
    expect(haizhu).toBeDefined();
    expect(haizhu.partOf.map((p: any) => p.name)).toContain('广州市');
  });

  it('counts years', async () => {
    const { years } = await data('{ years { year commitments documents } }');
    const y2024 = years.find((y: any) => y.year === 2024);
    expect(y2024.commitments).toBeGreaterThan(100);
    expect(y2024.documents).toBe(2);
  });
});

describe('graph slices for the viewer', () => {
  it('returns a neighbourhood as nodes and edges among them', async () => {
    const { documents } = await data('{ documents { id kind } }');
    const plan = documents.find((d: any) => d.kind === 'FIVE_YEAR_PLAN');
    const { neighborhood } = await data('query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 30) { nodes { id type label } edges { source target type } truncated } }', {
      id: plan.id,
    });
    expect(neighborhood.nodes.length).toBe(30);
    expect(neighborhood.truncated).toBe(true);
    const ids = new Set(neighborhood.nodes.map((n: any) => n.id));
    expect(ids.has(plan.id)).toBe(true);
    for (const e of neighborhood.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    // Links between commitments come first, then entities: a report's neighbourhood starts with what it names.
    expect(neighborhood.nodes.some((n: any) => ['Project', 'Place'].includes(n.type))).toBe(true);
    expect((await data('{ neighborhood(id: "nope") { truncated } }')).neighborhood).toBeNull();
  });

  it("holds every edge among a slice's nodes, a document's included", async () => {
    const [place] = await db.read<{ id: string }>(
      // The busiest place whose whole neighbourhood fits the limit, so its documents are in the slice too.
      'MATCH (p:Place)<-[:MENTIONS]-(:Document) WITH DISTINCT p, COUNT { (p)--() } AS degree WHERE degree < 90 RETURN p.id AS id ORDER BY degree DESC, p.id LIMIT 1',
    );
    const { neighborhood } = await data('query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { id type } edges { source target type } } }', {
      id: place!.id,
    });
    expect(neighborhood.nodes.some((n: any) => n.type === 'Document')).toBe(true);
    const ids = neighborhood.nodes.map((n: any) => n.id);
    const [truth] = await db.read<{ n: number }>('MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS n', { ids });
    expect(neighborhood.edges.length).toBe(truth!.n);
    expect(neighborhood.edges.some((e: any) => e.type === 'MENTIONS')).toBe(true);
    // The slice reads a document's edges from their other end, by type: every type a document starts must be listed.
    const types = await db.read<{ type: string }>('MATCH (:Document)-[r]->() RETURN DISTINCT type(r) AS type');
    for (const { type } of types) expect(DOCUMENT_LINKS).toContain(type);
  });

  it('finds a path between a commitment and its document', async () => {
    const page = await data('{ commitments(first: 1) { edges { node { id document { id } } } } }');
    const c = page.commitments.edges[0].node;
    const { path } = await data('query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxLength: 3) { nodes { id } edges { type } } }', { a: c.id, b: c.document.id });
    expect(path.nodes.map((n: any) => n.id)).toEqual([c.id, c.document.id]);
    expect(path.edges.map((e: any) => e.type)).toEqual(['CONTAINS']);
  });
});

describe('limits and errors', () => {
  it('refuses page sizes out of range with BAD_USER_INPUT', async () => {
    const result = await query('{ commitments(first: 1000) { totalCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('first');
  });

  it('refuses queries too deep or too costly with QUERY_TOO_COMPLEX', async () => {
    const deep = await query('{ commitments(first: 1) { edges { node { origins { commitment { origins { commitment { origins { commitment { origins { commitment { id } } } } } } } } } } } }');
    expect(deep.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const costly = await query('{ commitments(first: 100) { edges { node { followUps { commitment { followUps { commitment { followUps { commitment { id text } } } } } } } } } }');
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const aliases = await query(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: years { year }`).join(' ')} }`);
    expect(aliases.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('masks unexpected errors in production: no stack, no Cypher', async () => {
    const result = await query('{ commitments(first: 1, after: "!!") { totalCount } }', {}, true);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/stack|MATCH|neo4j/i);
  });

  it('sends injection strings through every text argument and leaves the graph unchanged', async () => {
    const before = await graphCounts(db);
    const attacks = ['"}) MATCH (n) DETACH DELETE n //', "' OR 1=1 //", '\\"}) DETACH DELETE n', '*:* OR text:*', '${x}'];
    for (const attack of attacks) {
      const v = { t: attack };
      for (const q of [
        'query($t: String!) { search(text: $t) { id } }',
        'query($t: String) { commitments(filter: {text: $t, district: $t}) { totalCount } }',
        'query($t: ID!) { commitment(id: $t) { id } entity(id: $t) { id } document(id: $t) { id } lineage(commitmentId: $t) { steps { depth } } }',
        'query($t: ID!) { neighborhood(id: $t) { truncated } path(from: $t, to: $t) { truncated } }',
        'query($t: String) { places(district: $t) { id } projects(district: $t) { id } }',
      ]) {
        const result = await query(q, v, true);
        for (const error of result.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      }
    }
    expect(await graphCounts(db)).toEqual(before);
  });
});

describe('batching', () => {
  it('costs the same number of statements for 5 commitments as for 50 (no N+1)', async () => {
    const tree = `edges { node { text document { title } targets { value } projects { name } places { name } agencies { name }
      origins { score commitment { text document { title } } } followUps { commitment { id } } status { status evidence { id } } } }`;
    const count = async (first: number) => {
      const before = db.statementCount;
      await data(`{ commitments(filter: {district: "海珠区"}, first: ${first}) { ${tree} } }`);
      return db.statementCount - before;
    };
    const small = await count(5);
    const large = await count(50);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(12);
  });

  it('answers a lineage and a search in one statement each, and a depth-1 neighbourhood in two', async () => {
    const count = async (source: string, variables: Record<string, unknown>) => {
      const before = db.statementCount;
      const result = await data(source, variables);
      return { result, statements: db.statementCount - before };
    };
    const linked = await linkedCommitment();
    const lineage = await count('query($id: ID!) { lineage(commitmentId: $id) { commitment { id text } steps { direction depth year commitment { id text sentence } link { type score fromId toId } } } }', { id: linked.id });
    expect(lineage.statements).toBe(1);
    expect(lineage.result.lineage.steps.length).toBeGreaterThan(1);
    const search = await count('query($t: String!) { search(text: $t, first: 20) { type id label score } }', { t: '海珠' });
    expect(search.statements).toBe(1);
    expect(search.result.search.length).toBeGreaterThan(0);
    const [place] = (await data('{ places(first: 1) { id } }')).places;
    const slice = await count('query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { id } edges { id } truncated } }', { id: place.id });
    expect(slice.statements).toBe(2);
    expect(slice.result.neighborhood.nodes.map((n: any) => n.id)).toContain(place.id);
  });
});

describe('answers that come with their query', () => {
  it('labels and types search hits as the commitments and entities themselves say', async () => {
    const { search } = await data('{ search(text: "海珠湿地", first: 30) { type id label commitment { id text } entity { id name type } } }');
    expect(search.some((h: any) => h.type === 'COMMITMENT')).toBe(true);
    expect(search.some((h: any) => h.type !== 'COMMITMENT')).toBe(true);
    for (const hit of search) {
      if (hit.type === 'COMMITMENT') {
        expect(hit.entity).toBeNull();
        expect(hit.commitment).toEqual({ id: hit.id, text: hit.label });
      } else {
        expect(hit.commitment).toBeNull();
        expect(hit.entity).toEqual({ id: hit.id, name: hit.label, type: hit.type });
      }
    }
    const entitiesOnly = await data('{ search(text: "海珠湿地", types: [PLACE], first: 10) { type } }');
    expect(entitiesOnly.search.length).toBeGreaterThan(0);
    for (const hit of entitiesOnly.search) expect(hit.type).toBe('PLACE');
    const commitmentsOnly = await data('{ search(text: "海珠湿地", types: [COMMITMENT], first: 5) { type } }');
    expect(commitmentsOnly.search).toHaveLength(5);
    for (const hit of commitmentsOnly.search) expect(hit.type).toBe('COMMITMENT');
  });

  it('gives each lineage step the same commitment and link the commitment and its links give', async () => {
    const linked = await linkedCommitment();
    const fields = 'id text start end line sentence sentenceStart sentenceEnd sectionPath mode year dueYear district document { id }';
    const { lineage } = await data(
      `query($id: ID!) { lineage(commitmentId: $id) { commitment { id } steps { direction depth commitment { ${fields} } link { type fromId toId score rank evidence { sharedEntities sharedTerms sharedIndicators } } } } }`,
      { id: linked.id },
    );
    for (const step of lineage.steps) {
      const { commitment } = await data(`query($id: ID!) { commitment(id: $id) { ${fields} origins { score rank commitment { id } } reportsOn { score rank commitment { id } } } }`, { id: step.commitment.id });
      const { origins, reportsOn, ...own } = commitment;
      expect(step.commitment).toEqual(own);
      if (step.direction === 'SELF') {
        expect(step.link).toBeNull();
        expect(step.depth).toBe(0);
        continue;
      }
      // The link that reached a step leaves its later end: an origin's link from the step before, a follow-up's from the step itself.
      expect(step.link.fromId === step.commitment.id || step.link.toId === step.commitment.id).toBe(true);
      if (step.link.fromId === step.commitment.id) {
        const stored = [...origins, ...reportsOn].find((l: any) => l.commitment.id === step.link.toId);
        expect(stored).toMatchObject({ score: step.link.score, rank: step.link.rank });
      }
    }
  });

  it('names the annual plan promise an origin was reached through, which continues the origin and which the commitment continues', async () => {
    const [chained] = await db.read<{ id: string; origin: string }>(
      'MATCH (c:Commitment)-[l:ORIGINATES_FROM]->(o:Commitment) WHERE l.via IS NOT NULL RETURN c.id AS id, o.id AS origin ORDER BY c.id, o.id LIMIT 1',
    );
    expect(chained).toBeDefined();
    const { commitment } = await data(
      'query($id: ID!) { commitment(id: $id) { document { year } origins { commitment { id document { kind year } } evidence { via { id document { kind year } origins { commitment { id } } } } } } }',
      { id: chained!.id },
    );
    const link = commitment.origins.find((o: any) => o.commitment.id === chained!.origin);
    const via = link.evidence.via;
    expect(link.commitment.document.kind).toBe('FIVE_YEAR_PLAN');
    expect(['PLAN_REPORT', 'PLAN_REPORT_INTERPRETATION']).toContain(via.document.kind);
    // Backwards in time at each step, and both steps are stored links.
    expect(link.commitment.document.year).toBeLessThan(via.document.year);
    expect(via.document.year).toBeLessThan(commitment.document.year);
    expect(commitment.origins.map((o: any) => o.commitment.id)).toContain(via.id);
    expect(via.origins.map((o: any) => o.commitment.id)).toContain(chained!.origin);
    // A direct origin names no intermediate promise.
    const direct = await data('query($id: ID!) { commitment(id: $id) { origins { evidence { via { id } } } } }', { id: via.id });
    for (const o of direct.commitment.origins) expect(o.evidence.via).toBeNull();
  });

  it('returns a commitment with no links as its own one-step lineage, and null for an unknown id', async () => {
    const [lonely] = await db.read<{ id: string }>('MATCH (c:Commitment) WHERE NOT (c)-[:ORIGINATES_FROM|REPORTS_ON]-() RETURN c.id AS id ORDER BY c.id LIMIT 1');
    expect(lonely).toBeDefined();
    const { lineage } = await data('query($id: ID!) { lineage(commitmentId: $id) { commitment { id } steps { direction depth link { type } commitment { id } } } }', { id: lonely!.id });
    expect(lineage.commitment.id).toBe(lonely!.id);
    expect(lineage.steps).toEqual([{ direction: 'SELF', depth: 0, link: null, commitment: { id: lonely!.id } }]);
    expect((await data('{ lineage(commitmentId: "nope") { steps { depth } } }')).lineage).toBeNull();
  });
});
