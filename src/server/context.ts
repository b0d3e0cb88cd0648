// What every resolver receives: the database handle and this request's loaders.
import type { Database } from '../../graph/database.js';
import type { Loaders } from './loaders.js';

export interface RequestContext {
  db: Database;
  loaders: Loaders;
}
