// Extraction figures: each run in a child process (its own peak RSS, a hard time limit), and the command line
// end to end, start-up included, as a user runs it.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../src/config.js';
import { LINKING_PREFIX, SAMPLE_PREFIX, type ExtractSample, type LinkingSample } from './protocol.js';
import { median } from './stats.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORKER = path.join(HERE, 'extractWorker.ts');
const LINKING_WORKER = path.join(HERE, 'linkingWorker.ts');

export type ExtractOutcome =
  | { ok: true; sample: ExtractSample; wallMs: number }
  | { ok: false; reason: string; wallMs: number; /** Peak RSS seen from outside before it ended. */ peakRssBytes: number };

interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  timedOut: boolean;
  /** Highest VmHWM read from /proc while it ran (0 where /proc is missing): a peak even for a killed child. */
  peakRssBytes: number;
}

const RSS_POLL_MS = 250;

function readHighWaterMark(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // the child has just exited, or this is not Linux
  }
}

function runChild(command: string, args: string[], timeoutMs: number): Promise<ChildResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let peakRssBytes = 0;
    const poll = setInterval(() => {
      if (child.pid !== undefined) peakRssBytes = Math.max(peakRssBytes, readHighWaterMark(child.pid));
    }, RSS_POLL_MS);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      clearInterval(poll);
      resolve({ code, stdout, stderr, wallMs: performance.now() - started, timedOut, peakRssBytes });
    });
  });
}

/** One extraction of `dir` in a child process; never waits longer than `timeoutMs`. */
export async function extractInChild(dir: string, timeoutMs: number, dumpFile?: string): Promise<ExtractOutcome> {
  // node --import tsx rather than npx: npx start-up is not what this figure is about.
  const args = ['--import', 'tsx', WORKER, dir, ...(dumpFile ? ['--dump', dumpFile] : [])];
  const result = await runChild(process.execPath, args, timeoutMs);
  const failed = { ok: false as const, wallMs: result.wallMs, peakRssBytes: result.peakRssBytes };
  if (result.timedOut) return { ...failed, reason: `did not finish in ${Math.round(timeoutMs / 1000)} s` };
  const line = result.stdout.split('\n').find((l) => l.startsWith(SAMPLE_PREFIX));
  if (result.code !== 0 || !line) {
    const tail = result.stderr.trim().split('\n').slice(-3).join(' / ');
    return { ...failed, reason: `failed (exit ${result.code}): ${tail}` };
  }
  return { ok: true, sample: JSON.parse(line.slice(SAMPLE_PREFIX.length)) as ExtractSample, wallMs: result.wallMs };
}

export interface ExtractFigure {
  scale: number;
  runs: number;
  outcome: ExtractOutcome;
  /** Medians over the successful runs. */
  extractMs: number;
  extractCpuMs: number;
  stages: Record<string, number>;
  maxRssBytes: number;
}

/**
 * `runs` extractions of `dir`, the first one dumping its extract to `dumpFile` when given; stops after the first
 * failure or time-out (a second one would only repeat it).
 */
/**
 * Up to `runs` extractions, each in its own process. With `stopBy` (a Date.now() deadline), a run after the first
 * starts only when one more as long as the last (with a margin) would end before it: a long scale then gets
 * as many runs as the budget allows, and never loses its finished ones to a run cut short.
 */
export async function measureExtraction(scale: number, dir: string, runs: number, timeoutMs: number, dumpFile?: string, stopBy?: number): Promise<ExtractFigure> {
  const samples: ExtractSample[] = [];
  let outcome: ExtractOutcome | null = null;
  for (let i = 0; i < runs; i++) {
    if (i > 0 && stopBy !== undefined && outcome?.ok && Date.now() + outcome.wallMs * 1.3 > stopBy) break;
    outcome = await extractInChild(dir, timeoutMs, i === 0 ? dumpFile : undefined);
    if (!outcome.ok) break;
    samples.push(outcome.sample);
  }
  const stageNames = [...new Set(samples.flatMap((s) => Object.keys(s.timings)))];
  return {
    scale,
    runs: samples.length,
    outcome: outcome!,
    extractMs: median(samples.map((s) => s.extractMs)),
    extractCpuMs: median(samples.map((s) => s.extractCpuMs)),
    stages: Object.fromEntries(stageNames.map((n) => [n, median(samples.map((s) => s.timings[n] ?? 0))])),
    maxRssBytes: samples.length > 0 ? median(samples.map((s) => s.maxRssBytes)) : outcome?.ok === false ? outcome.peakRssBytes : NaN,
  };
}

export interface EndToEndFigure {
  runs: number[];
  medianMs: number;
  failure: string | null;
  /** The untimed first start, which bundles the CLI when its sources changed since the last start (bin/pledgegraph.js). */
  firstStartMs?: number;
}

const CLI = path.join(PROJECT_ROOT, 'bin', 'pledgegraph.js');

/**
 * `pledgegraph extract corpus --out …`, the command the package installs (bin/pledgegraph.js), run by Node; wall
 * time includes Node's and the CLI's start-up. Not through npx, whose own start (npm's, about a second) is the
 * same for any command. One untimed `--help` first, so that the runs time the command rather than the one-off
 * bundling after a source change.
 */
export async function measureEndToEnd(corpusDir: string, outFile: string, runs: number, timeoutMs: number): Promise<EndToEndFigure> {
  const times: number[] = [];
  let failure: string | null = null;
  const first = await runChild(process.execPath, [CLI, '--help'], timeoutMs);
  for (let i = 0; i < runs; i++) {
    const result = await runChild(process.execPath, [CLI, 'extract', corpusDir, '--out', outFile], timeoutMs);
    if (result.timedOut || result.code !== 0) {
      failure = result.timedOut ? `did not finish in ${Math.round(timeoutMs / 1000)} s` : `exit ${result.code}: ${result.stderr.trim().split('\n').at(-1)}`;
      break;
    }
    times.push(result.wallMs);
  }
  rmSync(outFile, { force: true });
  return { runs: times, medianMs: median(times), failure, firstStartMs: first.wallMs };
}

export type LinkingOutcome = { ok: true; sample: LinkingSample } | { ok: false; reason: string };

/** linkCommitments alone over `copies` clones of the 1× extract in `dumpFile`, in a child process. */
export async function linkingInChild(dumpFile: string, copies: number, timeoutMs: number): Promise<LinkingOutcome> {
  const result = await runChild(process.execPath, ['--import', 'tsx', LINKING_WORKER, dumpFile, String(copies)], timeoutMs);
  if (result.timedOut) return { ok: false, reason: `did not finish in ${Math.round(timeoutMs / 1000)} s` };
  const line = result.stdout.split('\n').find((l) => l.startsWith(LINKING_PREFIX));
  if (result.code !== 0 || !line) return { ok: false, reason: `failed (exit ${result.code}): ${result.stderr.trim().split('\n').at(-1)}` };
  return { ok: true, sample: JSON.parse(line.slice(LINKING_PREFIX.length)) as LinkingSample };
}
