// The one boundary where Neo4j's errors become the project's, and where those become GraphQL error codes.
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { translateError } from '../../graph/database.js';
import { DatabaseUnavailableError, QueryTimeoutError } from '../../src/errors.js';
import { maskError } from '../../src/server/maskError.js';

const codeOf = (error: Error) => (error as GraphQLError).extensions?.code;

describe('translateError', () => {
  it('turns a server-side transaction timeout into QueryTimeoutError', () => {
    const timedOut = new Neo4jError('The transaction has been terminated', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'GQL', 'desc');
    expect(translateError(timedOut, 'bolt://x:7687')).toBeInstanceOf(QueryTimeoutError);
  });

  it('turns a lost connection into DatabaseUnavailableError naming the URI', () => {
    const lost = new Neo4jError('connection refused', 'ServiceUnavailable', 'GQL', 'desc');
    const translated = translateError(lost, 'bolt://x:7687');
    expect(translated).toBeInstanceOf(DatabaseUnavailableError);
    expect((translated as Error).message).toContain('bolt://x:7687');
  });

  it('leaves other errors alone', () => {
    const syntax = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', 'GQL', 'desc');
    expect(translateError(syntax, 'bolt://x:7687')).toBe(syntax);
  });
});

describe('maskError', () => {
  it('gives timeouts and lost databases their codes and plain messages, and masks the rest', () => {
    const wrap = (e: Error) => new GraphQLError('x', { originalError: e });
    expect(codeOf(maskError(wrap(new QueryTimeoutError('MATCH (n) …')), 'Unexpected error.', false))).toBe('QUERY_TIMEOUT');
    const down = maskError(wrap(new DatabaseUnavailableError('Neo4j at bolt://secret:7687 …')), 'Unexpected error.', false);
    expect(codeOf(down)).toBe('DATABASE_UNAVAILABLE');
    expect(down.message).not.toContain('secret');
    const other = maskError(wrap(new Error('MATCH (n) RETURN n failed')), 'Unexpected error.', false);
    expect(other.message).toBe('Unexpected error.');
  });
});
