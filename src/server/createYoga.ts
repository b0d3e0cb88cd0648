// Builds the GraphQL server (graphql-yoga) from the committed schema file and the resolvers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { PROJECT_ROOT } from '../config.js';
import type { Database } from '../../graph/database.js';
import type { RequestContext } from './context.js';
import { createLoaders } from './loaders.js';
import { maskError } from './maskError.js';
import { resolvers } from './resolvers.js';
import { useLimits } from './useLimits.js';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'src', 'server', 'schema.graphql');

export function buildSchema() {
  return makeExecutableSchema<RequestContext>({ typeDefs: readFileSync(SCHEMA_FILE, 'utf8'), resolvers });
}

/** No legitimate query comes near this; a larger body is refused before it is parsed. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface YogaOptions {
  db: Database;
  production: boolean;
  corsOrigins: string[];
  /**
   * Set by a front that has already refused bodies over MAX_BODY_BYTES (httpServer.ts does, from a required
   * Content-Length, which Node's parser then holds the body to). Yoga's own check re-streams every body through
   * a TransformStream, a third of its per-request work for a small query; it stays on for everyone else.
   */
  bodySizeChecked?: boolean;
}

export function createPledgegraphYoga(options: YogaOptions): YogaServerInstance<Record<string, unknown>, RequestContext> {
  return createYoga<Record<string, unknown>, RequestContext>({
    schema: buildSchema(),
    context: () => ({ db: options.db, loaders: createLoaders(options.db) }),
    graphiql: !options.production,
    // Unexpected errors are masked outside development so stack traces and Cypher never reach a client.
    maskedErrors: { maskError, isDev: !options.production },
    // graphql-jit compiles each distinct query once (cached by its text) into a function that resolves and
    // serialises it, instead of walking the query tree for every request: a seventh less server CPU a lineage.
    plugins: [useLimits(), useGraphQlJit()],
    cors: options.corsOrigins.length > 0 ? { origin: options.corsOrigins } : false,
    maxRequestBodySize: options.bodySizeChecked ? false : MAX_BODY_BYTES,
    logging: false,
  });
}
