// Turns errors that reach the client into safe ones: known failures get their code and a plain message;
// anything else is masked outside development, so stack traces and Cypher never leave the server.
import { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError } from 'graphql-yoga';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors.js';
import { ErrorCode } from './errors.js';

function original(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? original(error.originalError) : error;
}

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const cause = original(error);
  if (cause instanceof DatabaseUnavailableError) {
    return createGraphQLError('The graph database is not reachable right now; try again shortly.', {
      extensions: { code: ErrorCode.databaseUnavailable },
    });
  }
  if (cause instanceof QueryTimeoutError) {
    return createGraphQLError('The query took too long and was stopped; narrow it down.', {
      extensions: { code: ErrorCode.timeout },
    });
  }
  return yogaMaskError(error, message, isDev);
}
