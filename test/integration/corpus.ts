// Loads the bundled corpus; free of vitest imports so that globalSetup, which runs outside the test
// context, can use it too.
import path from 'node:path';
import type { Database } from '../../graph/database.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { ingestPaths } from '../../src/ingestPaths.js';

export const CORPUS_DIR = path.join(PROJECT_ROOT, 'corpus');

export async function loadCorpus(db: Database): Promise<void> {
  const summary = await ingestPaths(db, [CORPUS_DIR]);
  if (summary.failures.length > 0) throw new Error(summary.failures.map((f) => f.message).join('\n'));
}
