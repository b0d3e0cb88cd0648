// The messages between linkInWorkers.ts and its worker threads (linkWorker.ts).
import type { Entity } from '../../src/model.js';
import type { JurisdictionLinks, JurisdictionTask, LinkOptions } from './linkJurisdiction.js';

export interface WorkerRequest {
  /** The task's place in the plan, echoed in the reply. */
  index: number;
  task: JurisdictionTask;
  /** Only the entities the task's commitments carry or its documents mention, with only those mentions. */
  entities: Entity[];
  options: LinkOptions;
}

export type WorkerReply = { index: number; result: JurisdictionLinks } | { index: number; error: string };
