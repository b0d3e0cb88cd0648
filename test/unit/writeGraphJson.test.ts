// The CLI writes graph JSON element by element; the bytes must be exactly JSON.stringify(graph, null, 1)'s.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphJsonChunks, writeGraphJson } from '../../src/cli/writeGraphJson.js';

const sample = {
  documents: [{ id: 'd1', title: '海珠区\n2024年政府工作报告', period: null, tags: [], nested: { a: [1, { b: '"引号"' }] } }],
  paragraphs: [],
  commitments: [{ id: 'c1', targets: [{ value: 6, unit: '%' }] }, { id: 'c2', targets: [] }, null],
  statuses: [],
};

describe('writeGraphJson', () => {
  it('writes the same text as JSON.stringify(graph, null, 1), empty arrays, nulls and escapes included', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'graph-json-')), 'graph.json');
    await writeGraphJson(path, sample);
    expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(sample, null, 1));
  });

  it('writes an empty graph as JSON.stringify does', () => {
    expect([...graphJsonChunks({})].join('')).toBe(JSON.stringify({}, null, 1));
  });

  it('splits a large graph into chunks that join to the same text', () => {
    const large = { commitments: Array.from({ length: 20_000 }, (_, i) => ({ id: `c${i}`, text: '推进海珠湿地建设'.repeat(8) })) };
    const chunks = [...graphJsonChunks(large)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(JSON.stringify(large, null, 1));
  });
});
