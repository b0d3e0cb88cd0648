// The linker on several cores: jurisdictions never share a link (jurisdictions.ts), so each is linked in a worker
// thread (linkWorker.ts) with the same function the single-threaded linker runs (linkJurisdiction.ts), and the
// results are merged in the same order. The output is the same as linkCommitments' (test/unit/linkInWorkers.test.ts).
// Linking is most of the time of a large extraction (43 of 63 s at 100× in one thread), and a province's
// reports are hundreds of jurisdictions.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Entity, Mention } from '../../src/model.js';
import { linkPlanned, mergeLinking, planLinking, type LinkInput, type LinkOutput } from './linkCommitments.js';
import type { JurisdictionLinks, JurisdictionTask, LinkOptions } from './linkJurisdiction.js';
import type { WorkerReply, WorkerRequest } from './linkWorkerProtocol.js';

/**
 * Below this many commitments one thread is as fast: a worker takes about 0.3 s to start (TypeScript loader,
 * modules, segmenter tables), as long as linking some 3,000 commitments, and a small corpus is one or two
 * jurisdictions of very unequal size anyway.
 */
export const MIN_COMMITMENTS_FOR_WORKERS = 10_000;

// Worker threads start with no TypeScript loader, whether this module runs under tsx, vitest or the CLI bundle
// (bin/pledgegraph.js): each registers tsx itself, found through tsx's own package exports, then loads the worker.
const WORKER_MODULE = new URL('./linkWorker.js', import.meta.url).href;
function tsxApiUrl(): string {
  const packageFile = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(packageFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(path.join(path.dirname(packageFile), exports['./esm/api']!.import.default)).href;
}

function startWorker(workerModule: string): Worker {
  const bootstrap = `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerModule)}); });`;
  // No inherited flags: a parent started with --import tsx would register the loader twice.
  return new Worker(bootstrap, { eval: true, execArgv: [] });
}

/** The entities a task may meet, each with only its mentions in the task's documents, in the corpus' order. */
function entitiesOfTask(task: JurisdictionTask, entities: readonly Entity[], position: ReadonlyMap<string, number>, mentionsIn: ReadonlyMap<string, [Entity, Mention][]>): Entity[] {
  const picked = new Map<string, Entity>();
  const take = (e: Entity): Entity => {
    let own = picked.get(e.id);
    if (own === undefined) picked.set(e.id, (own = { ...e, mentions: [] }));
    return own;
  };
  for (const d of task.documents) for (const [e, mention] of mentionsIn.get(d.id) ?? []) take(e).mentions.push(mention);
  for (const c of task.commitments) {
    for (const id of c.entityIds) {
      const at = position.get(id);
      if (at !== undefined) take(entities[at]!);
    }
  }
  // indexEntityMentions orders mentions of equal span by the entities' order: kept as in the whole corpus.
  return [...picked.values()].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/**
 * Worker threads for linking. Start them before the stages that come first, so their own start (loader, modules,
 * segmenter tables) runs beside those stages instead of before linking; close them when done.
 */
export class LinkWorkers {
  private readonly workers: Worker[];
  /** Why a worker stopped, if one did: at start, a broken install (no tsx, a module that fails to load). */
  private failure: string | null = null;
  /** Jurisdictions the workers have linked so far (the tests check that they did). */
  tasksLinked = 0;

  /** `workerModule` is linkWorker.ts unless a test wants a worker that cannot start. */
  constructor(threads: number, workerModule = WORKER_MODULE) {
    this.workers = Array.from({ length: Math.max(0, threads) }, () => startWorker(workerModule));
    // A failure is reported by link(), not hidden by linking in one thread: it would only show as slowness.
    for (const worker of this.workers) {
      worker.on('error', (e) => (this.failure ??= e.message)).on('exit', (code) => (this.failure ??= `it stopped with exit code ${code}`));
    }
  }

  /**
   * linkCommitments on these workers, with the same result. In this thread instead for a corpus too small to gain
   * (MIN_COMMITMENTS_FOR_WORKERS) or of one jurisdiction. A task that throws in a worker rejects the whole call.
   */
  async link(input: LinkInput, options: LinkOptions = {}): Promise<LinkOutput> {
    const plan = planLinking(input);
    const workers = this.workers.slice(0, plan.tasks.length);
    if (workers.length < 2 || plan.ordered.length < MIN_COMMITMENTS_FOR_WORKERS) return linkPlanned(input, plan, options);
    if (this.failure !== null) throw new Error(`a linking worker thread failed: ${this.failure}`);
    const position = new Map(input.entities.map((e, i) => [e.id, i]));
    const mentionsIn = new Map<string, [Entity, Mention][]>();
    for (const e of input.entities) {
      for (const m of e.mentions) {
        const list = mentionsIn.get(m.documentId);
        if (list === undefined) mentionsIn.set(m.documentId, [[e, m]]);
        else list.push([e, m]);
      }
    }
    // Largest first, so that no worker is left with a long task at the end while the others idle.
    const queue = plan.tasks.map((task, index) => ({ task, index })).sort((a, b) => b.task.commitments.length - a.task.commitments.length || a.index - b.index);
    const results = new Array<JurisdictionLinks>(plan.tasks.length);
    const listening: (() => void)[] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        let pending = plan.tasks.length;
        const send = (worker: Worker) => {
          const next = queue.shift();
          if (next === undefined) return;
          const request: WorkerRequest = { index: next.index, task: next.task, entities: entitiesOfTask(next.task, input.entities, position, mentionsIn), options };
          worker.postMessage(request);
        };
        for (const worker of workers) {
          const onMessage = (reply: WorkerReply) => {
            if ('error' in reply) {
              reject(new Error(`linking a jurisdiction in a worker thread failed: ${reply.error}`));
              return;
            }
            results[reply.index] = reply.result;
            this.tasksLinked++;
            if (--pending === 0) resolve();
            else send(worker);
          };
          const onError = (e: Error) => reject(new Error(`a linking worker thread failed: ${e.message}`));
          const onExit = (code: number) => reject(new Error(`a linking worker thread stopped (exit code ${code}) with jurisdictions left to link`));
          worker.on('message', onMessage).on('error', onError).on('exit', onExit);
          listening.push(() => worker.off('message', onMessage).off('error', onError).off('exit', onExit));
          send(worker);
        }
      });
    } finally {
      for (const stop of listening) stop();
    }
    return mergeLinking(input, plan, results);
  }

  async close(): Promise<void> {
    this.failure ??= 'the workers were closed';
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
