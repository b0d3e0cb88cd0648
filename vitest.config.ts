// Two tiers, as folders and projects: unit (pure, no I/O beyond reading fixtures) and integration (real
// Neo4j started by test/integration/globalSetup.ts, real HTTP, real browser). `npm test` runs both.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build for our sources while yoga, loaded by Node, gets the CommonJS one:
    // two copies of graphql's classes, and "Cannot use GraphQLObjectType from another module or realm".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/integration/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // One Neo4j for the whole run; files share it, so they run one after another in one process.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
