// graph/database.ts against the real Neo4j: a large statement does not stall on Nagle's algorithm, a read keeps its
// time limit, and reading without the driver's stack traces leaves the process's own setting and errors intact.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../graph/database.js';
import { QueryTimeoutError } from '../../src/errors.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('Database.read', () => {
  let db: Database;
  beforeAll(async () => {
    db = await Database.connect({ ...inject('neo4j'), queryTimeoutMs: 300 });
  });
  afterAll(() => db.close());

  it('answers a statement over 1,400 bytes without waiting for a delayed ACK', async () => {
    // The driver writes this message in three pieces; with Nagle's algorithm on, each took about 40 ms more.
    const padding = 'x'.repeat(3000);
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const started = performance.now();
      expect(await db.read('RETURN size($padding) AS n', { padding })).toEqual([{ n: 3000 }]);
      if (i >= 5) times.push(performance.now() - started); // the first exchanges of a connection are ACKed at once
    }
    expect(median(times)).toBeLessThan(25);
  });

  it('stops a read at the query time limit with QueryTimeoutError, without running it again', async () => {
    const before = db.statementCount;
    const started = Date.now();
    await expect(db.read('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n')).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(db.statementCount - before).toBe(1);
  });

  it('restores the stack trace limit after a read, and a failed read still reports the error from Neo4j', async () => {
    const limit = Error.stackTraceLimit;
    await db.read('RETURN 1 AS n');
    expect(Error.stackTraceLimit).toBe(limit);
    const failure = await db.read('RETURN $missing AS n').catch((e: unknown) => e);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/missing/);
  });
});
