// What every resolver receives: the database handle for this server.
import type { Database } from '../../graph/database.js';

export interface RequestContext {
  db: Database;
}
