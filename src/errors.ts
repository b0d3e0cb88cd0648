// Typed errors crossing stage boundaries. Each carries a stable `code` so the CLI and the API can tell the
// user what happened without exposing internals.

/** A file could not be read as a report. The message always names the file and the reason. */
export class IngestError extends Error {
  readonly code = 'INGEST_FAILED';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'IngestError';
  }
}

/** The graph database could not be reached or refused the work. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** The embedded Neo4j could not be built or started (missing Java/Maven, port taken, store locked …). */
export class EmbeddedNeo4jError extends Error {
  readonly code = 'EMBEDDED_NEO4J_FAILED';
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedNeo4jError';
  }
}

/** A read query ran past the configured timeout and was cancelled. */
export class QueryTimeoutError extends Error {
  readonly code = 'QUERY_TIMEOUT';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QueryTimeoutError';
  }
}
