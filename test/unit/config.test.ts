import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j and port 4000 on loopback', () => {
    const config = loadConfig({});
    expect(config.neo4j).toMatchObject({ kind: 'embedded', boltPort: 7687 });
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.production).toBe(false);
    expect(config.corsOrigins).toEqual([]);
  });

  it('uses the server NEO4J_URI names, with its credentials', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j://db:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toEqual({ kind: 'external', uri: 'neo4j://db:7687', user: 'u', password: 'p', database: 'graph' });
  });

  it.each([
    [{ PLEDGEGRAPH_PORT: 'http' }, 'PLEDGEGRAPH_PORT'],
    [{ PLEDGEGRAPH_PORT: '70000' }, 'PLEDGEGRAPH_PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ PLEDGEGRAPH_BOLT_PORT: '-1' }, 'PLEDGEGRAPH_BOLT_PORT'],
    [{ PLEDGEGRAPH_QUERY_TIMEOUT_MS: '0' }, 'PLEDGEGRAPH_QUERY_TIMEOUT_MS'],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV'],
    [{ PLEDGEGRAPH_NEO4J_HEAP: 'lots' }, 'PLEDGEGRAPH_NEO4J_HEAP'],
  ])('rejects %o naming the variable', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});
