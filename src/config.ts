// The one place that reads the environment. Everything else receives a Config; library code never reads
// process.env, so tests can build any configuration they need without touching global state.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jExternal {
  kind: 'external';
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface Neo4jEmbedded {
  kind: 'embedded';
  /** Folder the embedded DBMS keeps its store in. */
  dataDir: string;
  boltPort: number;
  /** Bytes of heap for the launcher JVM, passed as -Xmx. */
  heap: string;
}

export interface Config {
  neo4j: Neo4jExternal | Neo4jEmbedded;
  http: { host: string; port: number };
  production: boolean;
  /** Milliseconds a Cypher query may run before it is cancelled. */
  queryTimeoutMs: number;
  /** Origins allowed by CORS; empty means CORS stays closed. */
  corsOrigins: string[];
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid ${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function readPort(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(name, `expected a port number 0-65535, got "${raw}"`);
  }
  return value;
}

function readPositiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(name, `expected a positive whole number, got "${raw}"`);
  }
  return value;
}

function readNeo4j(env: Env): Neo4jExternal | Neo4jEmbedded {
  const uri = env.NEO4J_URI;
  if (uri) {
    if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) {
      throw new ConfigError('NEO4J_URI', `expected bolt://host:port or neo4j://host:port, got "${uri}"`);
    }
    return {
      kind: 'external',
      uri,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    };
  }
  const heap = env.PLEDGEGRAPH_NEO4J_HEAP ?? '1g';
  if (!/^\d+[mg]$/i.test(heap)) {
    throw new ConfigError('PLEDGEGRAPH_NEO4J_HEAP', `expected a JVM size such as 512m or 1g, got "${heap}"`);
  }
  return {
    kind: 'embedded',
    dataDir: path.resolve(PROJECT_ROOT, env.PLEDGEGRAPH_DATA_DIR ?? '.data/neo4j'),
    boltPort: readPort(env, 'PLEDGEGRAPH_BOLT_PORT', 7687),
    heap,
  };
}

/** Parses and validates the environment once; an invalid value is a ConfigError naming the variable. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `expected development, production or test, got "${nodeEnv}"`);
  }
  return {
    neo4j: readNeo4j(env),
    http: {
      host: env.PLEDGEGRAPH_HOST ?? '127.0.0.1',
      port: readPort(env, 'PLEDGEGRAPH_PORT', 4000),
    },
    production: nodeEnv === 'production',
    queryTimeoutMs: readPositiveInt(env, 'PLEDGEGRAPH_QUERY_TIMEOUT_MS', 5000),
    corsOrigins: (env.PLEDGEGRAPH_CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
