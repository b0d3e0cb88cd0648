// A worker thread of linkInWorkers.ts: links the jurisdictions it is sent, one message each, with
// linkJurisdiction, exactly as the linker does in one thread.
import { parentPort } from 'node:worker_threads';
import { jiebaTag } from '../entities/jiebaTokens.js';
import { entityContext, linkJurisdiction } from './linkJurisdiction.js';
import type { WorkerReply, WorkerRequest } from './linkWorkerProtocol.js';

const port = parentPort;
if (!port) throw new Error('linkWorker.ts runs as a worker thread of linkInWorkers.ts');

// The segmenter's tables load now, while the main thread is still reading the files, not in the first task.
jiebaTag('');

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { index: request.index, result: linkJurisdiction(request.task, entityContext(request.entities), request.options) };
  } catch (e) {
    reply = { index: request.index, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
