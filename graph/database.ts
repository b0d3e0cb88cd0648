// The one handle on Neo4j that the rest of the code uses: a driver, the database name, retries at connect
// time, and a counter of statements run (the API's tests use it to prove there is no N+1).
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../src/errors.js';
import { setNoDelayOnClientSockets } from './tcpNoDelay.js';

export interface DatabaseOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string | undefined;
  queryTimeoutMs?: number;
}

export type Params = Record<string, unknown>;

/** A read that failed with a retriable error is run once more: see Database.read. */
const READ_ATTEMPTS = 2;

export class Database {
  /** Statements sent since creation; read by tests and benchmarks. */
  statementCount = 0;

  private constructor(
    readonly driver: Driver,
    readonly uri: string,
    private readonly database: string | undefined,
    private readonly queryTimeoutMs: number,
  ) {}

  /** Connects and verifies, retrying with exponential backoff; the error names the URI that failed. */
  static async connect(options: DatabaseOptions, attempts = 6): Promise<Database> {
    setNoDelayOnClientSockets();
    const auth = options.user ? neo4j.auth.basic(options.user, options.password ?? '') : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      // Fail fast when Neo4j goes away: a client gets DATABASE_UNAVAILABLE in seconds, not a hung request.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 3_000,
      maxConnectionPoolSize: 50,
    });
    let delay = 250;
    for (let attempt = 1; ; attempt++) {
      try {
        await driver.verifyConnectivity(options.database ? { database: options.database } : {});
        return new Database(driver, options.uri, options.database, options.queryTimeoutMs ?? 5000);
      } catch (e) {
        if (attempt >= attempts) {
          await driver.close();
          throw new DatabaseUnavailableError(
            `Neo4j at ${options.uri} is not reachable after ${attempts} attempts: ${(e as Error).message}`,
            { cause: e },
          );
        }
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 4000);
      }
    }
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
  }

  /**
   * Runs one parameterised read query and returns its records as plain objects. It runs as an auto-commit
   * transaction: one RUN and PULL written together and one reply, where executeRead's BEGIN, RUN and COMMIT took
   * three writes and two waits for Neo4j. A read is safe to repeat, so a retriable failure (a pooled connection
   * that Neo4j closed, a transient error) is tried once more, at once; executeRead kept retrying for up to
   * maxTransactionRetryTime, which a client waiting for DATABASE_UNAVAILABLE does not need.
   */
  async read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    this.statementCount++;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.runRead<T>(cypher, params);
      } catch (e) {
        if (attempt < READ_ATTEMPTS && e instanceof Neo4jError && e.retriable) continue;
        throw translateError(e, this.uri);
      }
    }
  }

  private async runRead<T extends RecordShape>(cypher: string, params: Params): Promise<T[]> {
    const session = this.session('READ');
    try {
      const result = await withoutDriverStackTrace(() => session.run<T>(cypher, params, { timeout: this.queryTimeoutMs }));
      return result.records.map((r) => r.toObject() as T);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction; the driver may retry it, so work must be idempotent. */
  async write<T>(work: (tx: CountingTransaction) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((tx) => work(new CountingTransaction(tx, this)));
    } catch (e) {
      throw translateError(e, this.uri);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/**
 * Calls `start` with stack traces off. The driver captures one for every result it creates (an Error's stack, as a
 * string) so that a failure reported later could show where the query began; building those strings was a tenth
 * of the API server's CPU under load. A failure keeps Neo4j's code and message, and translateError still turns
 * unavailability and timeouts into our typed errors; only the driver's record of the calling frames is gone, and
 * every read is called from here anyway. Only the synchronous part of run() captures, so the limit is back before
 * anything else runs.
 */
function withoutDriverStackTrace<R>(start: () => R): R {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Neo4j's errors become the project's typed ones at this one boundary. */
export function translateError(e: unknown, uri: string): unknown {
  if (!(e instanceof Neo4jError)) return e;
  if (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired' || e.retriable) {
    return new DatabaseUnavailableError(`Neo4j at ${uri} is unavailable: ${e.message}`, { cause: e });
  }
  if (/TransactionTimedOut|Terminated/i.test(e.code)) {
    return new QueryTimeoutError(`A query ran past its time limit: ${e.message}`, { cause: e });
  }
  return e;
}

/** A write transaction that counts its statements into the owning Database. */
export class CountingTransaction {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly db: Database,
  ) {}

  run(cypher: string, params: Params = {}): Promise<QueryResult> {
    this.db.statementCount++;
    return this.tx.run(cypher, params);
  }
}
