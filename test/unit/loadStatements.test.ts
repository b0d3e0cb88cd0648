// The Cypher and parameters a load produces, without a database: order, batching, parameters only, and the
// provenance every node keeps. Their effect on a real Neo4j is in test/integration/load.test.ts.
import { describe, expect, it } from 'vitest';
import { CONCERN_BY_TYPE, derivedStatements, documentStatements, sliceByDocument, type DocumentTexts, type Statement } from '../../graph/load.js';
import * as Q from '../../graph/loadCypher.js';
import type { Commitment, GraphJson } from '../../src/model.js';

const TEXT = '海珠区2024年政府工作报告\n二、2024年工作安排\n推进海珠湿地三期建设,新增绿地10公顷。到2025年建成琶洲试验区。';
const DOC = 'doc-test';

function commitment(i: number, overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: `${DOC}:c${i}`,
    documentId: DOC,
    text: '推进海珠湿地三期建设',
    start: 28,
    end: 38,
    line: 3,
    sentence: '推进海珠湿地三期建设,新增绿地10公顷。',
    sentenceStart: 28,
    sentenceEnd: 48,
    sectionId: `${DOC}:s1`,
    sectionPath: ['2024年工作安排'],
    mode: 'promise',
    year: 2024,
    dueYear: null,
    targets: [],
    entityIds: [],
    ...overrides,
  };
}

function fixture(commitments = 3): GraphJson {
  return {
    documents: [
      {
        id: DOC,
        path: 'corpus/test.txt',
        fileName: 'test.txt',
        encoding: 'utf-8',
        length: TEXT.length,
        title: '海珠区2024年政府工作报告',
        city: '广州市',
        district: '海珠区',
        kind: 'work-report',
        year: 2024,
        reviewYear: 2023,
        period: null,
        issuer: null,
        script: 'simplified',
      },
    ],
    paragraphs: [{ id: `${DOC}:p0`, documentId: DOC, index: 0, line: 3, start: 28, end: TEXT.length, text: TEXT.slice(28) }],
    sections: [
      { id: `${DOC}:s0`, documentId: DOC, parentId: null, level: 1, number: '二、', title: '2024年工作安排', line: 2, start: 15, end: TEXT.length, role: 'plan' },
      { id: `${DOC}:s1`, documentId: DOC, parentId: `${DOC}:s0`, level: 2, number: '', title: '推进海珠湿地三期建设', line: 3, start: 28, end: TEXT.length, role: 'plan' },
    ],
    terms: [],
    commitments: [
      commitment(0, {
        targets: [{ indicator: '新增绿地', value: 10, unit: '公顷', comparator: null, text: '10公顷', start: 43, end: 47 }],
        entityIds: ['ent-wetland', 'ent-haizhu'],
      }),
      commitment(1, { text: '建成琶洲试验区', start: 55, end: 62, sectionId: null, year: null, dueYear: 2025, entityIds: ['ent-pazhou'] }),
      ...Array.from({ length: commitments - 2 }, (_, i) => commitment(i + 2, { sectionId: null, year: null })),
    ],
    entities: [
      { id: 'ent-wetland', type: 'Project', name: '海珠湿地', aliases: ['海珠湿地'], district: '海珠区', mentions: [{ documentId: DOC, start: 30, end: 34, text: '海珠湿地' }] },
      { id: 'ent-haizhu', type: 'Place', name: '海珠区', aliases: [], district: null, parentId: 'ent-guangzhou', mentions: [{ documentId: DOC, start: 0, end: 3, text: '海珠区' }] },
      { id: 'ent-pazhou', type: 'Project', name: '琶洲试验区', aliases: [], district: '海珠区', mentions: [{ documentId: DOC, start: 57, end: 62, text: '琶洲试验区' }, { documentId: 'doc-other', start: 1, end: 6, text: '琶洲试验区' }] },
    ],
    links: [{
      type: 'REPORTS_ON', from: `${DOC}:c0`, to: 'doc-older:c9', score: 0.8, rank: 1,
      evidence: { sharedEntities: ['海珠湿地'], sharedTerms: ['三期'], targets: [{ indicator: '新增绿地', later: '10公顷', earlier: '8公顷', change: 'met' }] },
    }],
    statuses: [{ commitmentId: `${DOC}:c0`, status: 're-promised', evidenceIds: [] }],
    series: [],
  };
}

const texts: DocumentTexts = new Map([[DOC, { text: TEXT, matchText: TEXT }]]);
const statementsOf = (graph: GraphJson, batchSize?: number) => documentStatements(sliceByDocument(graph)[0]!, texts, 'test-version', batchSize);
const batchOf = (s: Statement) => s.params.batch ?? {};
const find = (statements: Statement[], pattern: RegExp) => statements.find((s) => pattern.test(s.cypher))!.cypher;
const rowsOf = (statements: Statement[], cypher: string) => statements.filter((s) => s.cypher === cypher).flatMap((s) => batchOf(s).rows as unknown[]);
/** Rows sent as lists, read back as maps by their layout. */
const rowObjects = <K extends string>(statements: Statement[], cypher: string, layout: Q.RowLayout<K>) =>
  rowsOf(statements, cypher).map((row) => layout.toObject(row as unknown[]));
/** A commitment row with its targets and concerns read back as maps too. */
const commitmentObjects = (statements: Statement[], cypher: string) =>
  rowObjects(statements, cypher, Q.COMMITMENT_ROW).map((row) => ({
    ...row,
    targets: (row.targets as unknown[][]).map((t) => Q.TARGET_ROW.toObject(t)),
    concerns: Object.fromEntries(Object.values(CONCERN_BY_TYPE).map((type, i) => [type, (row.concerns as string[][])[i]])),
  }));
const indexOf = (statements: Statement[], cypher: string) => statements.findIndex((s) => s.cypher === cypher);

describe('documentStatements', () => {
  const statements = statementsOf(fixture());
  const MERGE_ENTITIES = find(statements, /MERGE \(e:Entity \{id: row\[/);
  const MERGE_COMMITMENTS = find(statements, /MERGE \(c:Commitment/);
  const MERGE_DOCUMENT = Q.storeDocument('MERGE');

  it('removes stale nodes first, then writes each thing after what it links to', () => {
    expect(statements[0]!.cypher).toBe(Q.REMOVE_STALE);
    const order = [Q.MERGE_YEARS, MERGE_DOCUMENT, Q.storeSections('MERGE'), Q.linkSubsections('MERGE'), MERGE_ENTITIES, MERGE_COMMITMENTS];
    const positions = order.map((cypher) => indexOf(statements, cypher));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(indexOf(statements, Q.REMOVE_STALE_MENTIONS)).toBeLessThan(indexOf(statements, MERGE_ENTITIES));
    expect(statements.at(-1)!.cypher).toBe(Q.storeLinks('MERGE'));
  });

  it('passes every value as a parameter: no text of the document is in any Cypher', () => {
    for (const s of statements) {
      for (const words of ['海珠', '琶洲', 'doc-test', 'test.txt', '2024']) expect(s.cypher).not.toContain(words);
    }
  });

  it('keeps the ids of everything the document still owns, targets included, and the years it points at', () => {
    expect(batchOf(statements[0]!)).toMatchObject({ documentId: DOC, fileName: 'test.txt', district: '海珠区' });
    expect(batchOf(statements[0]!).keep).toEqual([`${DOC}:p0`, `${DOC}:s0`, `${DOC}:s1`, `${DOC}:c0`, `${DOC}:c1`, `${DOC}:c2`, `${DOC}:c0:t0`]);
    expect(rowsOf(statements, Q.MERGE_YEARS)).toEqual([2024, 2023, 2025]);
  });

  it('keeps provenance on every row: document, offsets, line, sentence', () => {
    const [c0] = commitmentObjects(statements, MERGE_COMMITMENTS);
    expect(batchOf(statements.find((s) => s.cypher === MERGE_COMMITMENTS)!).documentId).toBe(DOC);
    expect(c0).toMatchObject({ start: 28, end: 38, line: 3, sentence: '推进海珠湿地三期建设,新增绿地10公顷。', sentenceStart: 28, sentenceEnd: 48, matchText: TEXT.slice(28, 38), sectionPath: ['2024年工作安排'] });
    expect(c0!.targets).toEqual([{ indicator: '新增绿地', value: 10, unit: '公顷', comparator: null, text: '10公顷', start: 43, end: 47, id: `${DOC}:c0:t0` }]);
    const paragraphs = statements.filter((s) => s.cypher === Q.storeParagraphs('MERGE'));
    expect(paragraphs.map((s) => batchOf(s).documentId)).toEqual([DOC]);
    expect(rowObjects(statements, Q.storeParagraphs('MERGE'), Q.PARAGRAPH_ROW)[0]).toMatchObject({ start: 28, line: 3, text: TEXT.slice(28) });
    const doc = batchOf(statements.find((s) => s.cypher === MERGE_DOCUMENT)!);
    expect(doc).toMatchObject({ id: DOC, text: TEXT, pipelineVersion: 'test-version', periodFrom: null, periodTo: null });
  });

  it("gives an entity only this document's mentions", () => {
    const pazhou = rowObjects(statements, MERGE_ENTITIES, Q.ENTITY_ROW).find((r) => r.id === 'ent-pazhou');
    expect(pazhou).toMatchObject({ type: 'Project', starts: [57], ends: [62], texts: ['琶洲试验区'] });
  });

  it('links only what has something to link to, by the relationship of its entity type', () => {
    expect(rowObjects(statements, Q.linkSubsections('MERGE'), Q.CHILD_ROW)).toEqual([{ id: `${DOC}:s1`, parentId: `${DOC}:s0` }]);
    const commitments = commitmentObjects(statements, MERGE_COMMITMENTS).map(({ id, sectionId, year, dueYear, concerns }) => ({ id, sectionId, year, dueYear, concerns }));
    const none = { RESPONSIBILITY_OF: [], INVOLVES: [] };
    expect(commitments).toEqual([
      { id: `${DOC}:c0`, sectionId: `${DOC}:s1`, year: 2024, dueYear: null, concerns: { CONCERNS: ['ent-wetland'], LOCATED_AT: ['ent-haizhu'], ...none } },
      { id: `${DOC}:c1`, sectionId: null, year: null, dueYear: 2025, concerns: { CONCERNS: ['ent-pazhou'], LOCATED_AT: [], ...none } },
      { id: `${DOC}:c2`, sectionId: null, year: null, dueYear: null, concerns: { CONCERNS: [], LOCATED_AT: [], ...none } },
    ]);
    expect(rowObjects(statements, Q.storeLinks('MERGE'), Q.LINK_ROW)).toEqual([
      {
        from: `${DOC}:c0`, to: 'doc-older:c9', type: 'REPORTS_ON', score: 0.8, rank: 1, sharedEntities: ['海珠湿地'], sharedTerms: ['三期'], sharedIndicators: [], via: null,
        // A comparison is stored as one entry in each of four lists (a relationship holds no maps).
        targetIndicators: ['新增绿地'], laterTargets: ['10公顷'], earlierTargets: ['8公顷'], targetChanges: ['met'],
      },
    ]);
  });

  it('cuts rows into batches of the given size and sends none for no rows', () => {
    const batched = statementsOf(fixture(25), 10);
    const commitmentBatches = batched.filter((s) => /MERGE \(c:Commitment/.test(s.cypher));
    expect(commitmentBatches.map((s) => (batchOf(s).rows as unknown[]).length)).toEqual([10, 10, 5]);
    expect(batched.some((s) => s.cypher === Q.storeTerms('MERGE'))).toBe(false);
  });

  it('creates what a document new to the store owns, with the same rows, and still merges shared nodes', () => {
    const created = documentStatements(sliceByDocument(fixture())[0]!, texts, 'test-version', undefined, 'CREATE');
    // A new document has no mentions and no links of an earlier extraction to remove.
    const removals = new Set([Q.REMOVE_STALE_MENTIONS, Q.REMOVE_STALE_LINKS]);
    const merged = statements.filter((s) => !removals.has(s.cypher));
    expect(created.map((s) => s.params)).toEqual(merged.map((s) => s.params));
    for (const [i, s] of created.entries()) expect(s.cypher).toBe(merged[i]!.cypher.replace(/MERGE (?!\((y:Year|d:Document|e:Entity) )/g, 'CREATE '));
    expect(created.some((s) => removals.has(s.cypher))).toBe(false);
    expect(statements.some((s) => s.cypher === Q.REMOVE_STALE_LINKS)).toBe(true);
  });

  it('refuses an entity type outside the closed set instead of writing a label from data', () => {
    const graph = fixture();
    graph.entities[0]!.type = 'Person`) DETACH DELETE (x' as never;
    expect(() => statementsOf(graph)).toThrow(/unknown type/);
  });

  it('plans every per-document statement once: replan=skip, one map parameter, few shapes', () => {
    for (const s of statements) {
      expect(s.cypher.trimStart().startsWith('CYPHER replan=skip')).toBe(true);
      expect(Object.keys(s.params)).toEqual(['batch']);
      expect(s.cypher.match(/\$\w+/g)?.every((p) => p === '$batch')).toBe(true);
    }
    const shapes = new Set([...statements, ...derivedStatements(fixture())].map((s) => s.cypher));
    expect(shapes.size).toBeLessThanOrEqual(20);
  });
});
