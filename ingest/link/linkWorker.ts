// A worker thread of linkInWorkers.ts: links the jurisdictions it is sent, one message each, with
// linkJurisdiction, exactly as the linker does in one thread.
import { parentPort } from 'node:worker_threads';
import { jiebaTag } from '../entities/jiebaTokens.js';
import { indexEntityMentions } from './entityMentions.js';
import { linkJurisdiction } from './linkJurisdiction.js';
import type { WorkerReply, WorkerRequest } from './linkWorkerProtocol.js';

const port = parentPort;
if (!port) throw new Error('linkWorker.ts runs as a worker thread of linkInWorkers.ts');

// The segmenter's tables load now, while the main thread is still reading the files, not in the first task.
jiebaTag('');

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const context = { entities: new Map(request.entities.map((e) => [e.id, e])), mentions: indexEntityMentions(request.entities) };
    reply = { index: request.index, result: linkJurisdiction(request.task, context, request.options) };
  } catch (e) {
    reply = { index: request.index, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
