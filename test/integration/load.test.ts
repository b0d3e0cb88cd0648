// Loading into a fresh, empty Neo4j of its own. Plans: per-document statements are planned once
// (replan=skip) when the graph is empty and kept while it grows, so a plan that scans (a dynamic relationship
// type in MERGE is planned as a scan of every relationship there) would make every later load quadratic;
// every statement must seek by id or by documentId, only the two once-per-load statements over the whole
// graph may scan. Effects: loading twice changes nothing, and a new extraction of the same file replaces
// what the old one wrote.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../graph/embedded.js';
import { derivedStatements, documentStatements, loadGraph, sliceByDocument } from '../../graph/load.js';
import * as Q from '../../graph/loadCypher.js';
import { applySchema } from '../../graph/schema.js';
import { extractGraph, PIPELINE_VERSION, type ExtractResult } from '../../ingest/pipeline.js';
import { collectSourceFiles } from '../../ingest/sourceFiles.js';
import type { GraphJson } from '../../src/model.js';
import { CORPUS_DIR, graphCounts } from './helpers.js';

const WHOLE_GRAPH = new Set([Q.LINK_PROJECT_PLACES, Q.REMOVE_ORPHAN_ENTITIES]);
const SCAN = /Scan/; // AllNodesScan, NodeByLabelScan, DirectedAllRelationshipsScan, DirectedRelationshipTypeScan …

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}
const operators = (plan: PlanNode): string[] => [plan.operatorType.replace(/@.*/, ''), ...plan.children.flatMap(operators)];

const dataDir = mkdtempSync(path.join(tmpdir(), 'pledgegraph-load-'));
let neo4j: EmbeddedNeo4j | undefined;
let db: Database;
let extract: ExtractResult;

beforeAll(async () => {
  neo4j = await startEmbeddedNeo4j({ kind: 'embedded', dataDir, boltPort: 0, heap: '512m' });
  db = await Database.connect({ uri: neo4j.uri, queryTimeoutMs: 60_000 });
  await applySchema(db);
  extract = extractGraph((await collectSourceFiles([CORPUS_DIR])).sources);
});

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('loading into an empty graph', () => {
  it('seek by id or documentId in every per-document and derived statement', async () => {
    const statements = [
      { cypher: Q.DOCUMENT_STORED, params: { batch: { documentId: extract.graph.documents[0]!.id } } },
      ...sliceByDocument(extract.graph).flatMap((slice) =>
        (['CREATE', 'MERGE'] as const).flatMap((write) => documentStatements(slice, extract.texts, PIPELINE_VERSION, undefined, write)),
      ),
      ...derivedStatements(extract.graph),
    ];
    const shapes = new Map(statements.map((s) => [s.cypher, s.params]));
    expect(shapes.size).toBeGreaterThan(10);
    const scanning: string[] = [];
    for (const [cypher, params] of shapes) {
      const result = await db.write((tx) => tx.run(`EXPLAIN ${cypher}`, params));
      const ops = operators(result.summary.plan as unknown as PlanNode);
      if (!WHOLE_GRAPH.has(cypher) && ops.some((op) => SCAN.test(op))) scanning.push(`${ops.join(' ')}\n${cypher}`);
    }
    expect(scanning).toEqual([]);
  });

  it('loads the corpus into the empty graph, and loading it again changes no count', async () => {
    await loadGraph(db, extract.graph, extract.texts, { pipelineVersion: PIPELINE_VERSION });
    const first = await graphCounts(db);
    expect(first[':Commitment']).toBe(extract.graph.commitments.length);
    expect(first[':Paragraph']).toBe(extract.graph.paragraphs.length);
    await loadGraph(db, extract.graph, extract.texts, { pipelineVersion: PIPELINE_VERSION });
    expect(await graphCounts(db)).toEqual(first);
  });

  it('removes what a new extraction of the same file no longer has, and nothing else', async () => {
    const graph = extract.graph;
    const doc = graph.documents.find((d) => graph.commitments.some((c) => c.documentId === d.id && c.targets.length > 0))!;
    const own = graph.commitments.filter((c) => c.documentId === doc.id);
    const dropped = own.at(-1)!;
    // A link between two commitments both extractions keep, which the new one no longer makes.
    const unlinked = graph.links.find((l) => own.some((c) => c.id === l.from) && l.from !== dropped.id && l.to !== dropped.id)!;
    const untargeted = own.find((c) => c.targets.length > 0 && c.id !== dropped.id)!;
    const unmentioned = graph.entities.find((e) => e.mentions.some((m) => m.documentId === doc.id) && e.mentions.some((m) => m.documentId !== doc.id))!;
    const changed: GraphJson = {
      ...graph,
      commitments: graph.commitments.filter((c) => c.id !== dropped.id).map((c) => (c.id === untargeted.id ? { ...c, targets: [] } : c)),
      entities: graph.entities.map((e) => (e.id === unmentioned.id ? { ...e, mentions: e.mentions.filter((m) => m.documentId !== doc.id) } : e)),
      links: graph.links.filter((l) => l.from !== dropped.id && l.to !== dropped.id && l !== unlinked),
      statuses: graph.statuses.filter((s) => s.commitmentId !== dropped.id && !s.evidenceIds.includes(dropped.id)),
      // A series this extraction builds differently (another kind of unit) replaces the stored one.
      series: graph.series
        .map((s, i) => ({ ...s, measure: i === 0 ? 'another measure' : s.measure, points: s.points.filter((p) => p.commitmentId !== dropped.id) }))
        .filter((s) => s.points.length > 0),
    };
    const rebuilt = graph.series[0]!;
    const before = await graphCounts(db);
    await loadGraph(db, changed, extract.texts, { pipelineVersion: PIPELINE_VERSION });
    const count = async (cypher: string, params: Record<string, unknown>) => (await db.read<{ n: number }>(cypher, params))[0]!.n;
    expect(await count('MATCH (c:Commitment {id: $id}) RETURN count(c) AS n', { id: dropped.id })).toBe(0);
    expect(await count('MATCH (:Commitment {id: $from})-[l]->(:Commitment {id: $to}) RETURN count(l) AS n', { from: unlinked.from, to: unlinked.to })).toBe(0);
    expect(await count('MATCH (t:Target) WHERE t.commitmentId IN $ids RETURN count(t) AS n', { ids: [dropped.id, untargeted.id] })).toBe(0);
    expect(await count('MATCH (:Document {id: $doc})-[:CONTAINS]->(c:Commitment) RETURN count(c) AS n', { doc: doc.id })).toBe(own.length - 1);
    expect(await count('MATCH (:Document {id: $doc})-[m:MENTIONS]->(:Entity {id: $e}) RETURN count(m) AS n', { doc: doc.id, e: unmentioned.id })).toBe(0);
    expect(await count('MATCH (e:Entity {id: $e}) RETURN count(e) AS n', { e: unmentioned.id })).toBe(1);
    expect((await graphCounts(db))[':Commitment']).toBe(before[':Commitment']! - 1);
    const seriesCount = (measure: string) =>
      count('MATCH (s:TargetSeries {indicator: $indicator, measure: $measure}) RETURN count(s) AS n', { indicator: rebuilt.indicator, measure });
    expect(await seriesCount(rebuilt.measure)).toBe(0);
    expect(await seriesCount('another measure')).toBe(1);
    expect(await count('MATCH (s:TargetSeries) RETURN count(s) AS n', {})).toBe(changed.series.length);

    await loadGraph(db, graph, extract.texts, { pipelineVersion: PIPELINE_VERSION });
    expect(await graphCounts(db)).toEqual(before);
  });

  it('gives a plan loaded after the reports that continue it their links to it, as `start` loads a new file', async () => {
    const graph = extract.graph;
    const full = await graphCounts(db);
    const plan = graph.documents.find((d) => d.kind === 'five-year-plan')!;
    const planCommitments = new Set(graph.commitments.filter((c) => c.documentId === plan.id).map((c) => c.id));
    const intoPlan = graph.links.filter((l) => planCommitments.has(l.to) && !planCommitments.has(l.from)).length;
    expect(intoPlan).toBeGreaterThan(0);
    await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    // The reports first, then the plan alone from the same extraction (its other documents stored already).
    await loadGraph(db, { ...graph, documents: graph.documents.filter((d) => d.id !== plan.id) }, extract.texts, { pipelineVersion: PIPELINE_VERSION });
    const intoPlanStored = () =>
      db.read<{ n: number }>('MATCH (:Commitment)-[l:ORIGINATES_FROM|REPORTS_ON]->(c:Commitment {documentId: $plan}) RETURN count(l) AS n', { plan: plan.id });
    await loadGraph(db, { ...graph, documents: [plan] }, extract.texts, { pipelineVersion: PIPELINE_VERSION });
    expect((await intoPlanStored())[0]!.n).toBe(intoPlan);
    expect(await graphCounts(db)).toEqual(full);
  });
});

describe('applying the schema to a store of an earlier version', () => {
  it('replaces the full-text index on both commitment texts with the one on the match text', async () => {
    await db.write((tx) => tx.run('DROP INDEX commitment_match_text IF EXISTS'));
    await db.write((tx) =>
      tx.run("CREATE FULLTEXT INDEX commitment_text FOR (n:Commitment) ON EACH [n.text, n.matchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }"),
    );
    await applySchema(db);
    const indexes = await db.read<{ name: string; properties: string[] }>("SHOW FULLTEXT INDEXES YIELD name, properties WHERE name STARTS WITH 'commitment'");
    expect(indexes).toEqual([{ name: 'commitment_match_text', properties: ['matchText'] }]);
    const hits = await db.read<{ n: number }>(
      "CALL db.index.fulltext.queryNodes('commitment_match_text', '\"海珠湿地\"') YIELD node RETURN count(node) AS n",
    );
    expect(hits[0]!.n).toBeGreaterThan(0);
  });
});
