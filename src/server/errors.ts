// GraphQL errors with codes a client can act on. Anything not built here is unexpected and gets masked in
// production by yoga.
import { createGraphQLError } from 'graphql-yoga';

export const ErrorCode = {
  badInput: 'BAD_USER_INPUT',
  tooComplex: 'QUERY_TOO_COMPLEX',
  databaseUnavailable: 'DATABASE_UNAVAILABLE',
  timeout: 'QUERY_TIMEOUT',
} as const;

export function badInput(message: string) {
  return createGraphQLError(message, { extensions: { code: ErrorCode.badInput } });
}

/** Checks an integer argument lies in [min, max]; the error names the argument. */
export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`Argument "${name}" must be a whole number from ${min} to ${max}, got ${value}.`);
  }
  return value;
}
