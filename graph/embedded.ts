// Starts and stops the embedded Neo4j (graph/neo4j, a Maven-built Java launcher) as a child process.
// It must never leave a JVM behind: the child is stopped when we exit, on errors too, and the launcher
// itself exits when our end of its stdin closes (covers kill -9 of this process).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT, type Neo4jEmbedded } from '../src/config.js';
import { EmbeddedNeo4jError } from '../src/errors.js';

const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'graph', 'neo4j');
const CLASSES = path.join(LAUNCHER_DIR, 'target', 'classes');
const LIB = path.join(LAUNCHER_DIR, 'target', 'lib');
const LAUNCHER_CLASS = path.join(CLASSES, 'pledgegraph', 'neo4j', 'Launcher.class');
const READY = 'PLEDGEGRAPH_NEO4J_READY';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

const NO_JAVA_HINT =
  'Install a Java 17+ JDK and Apache Maven (e.g. `apt-get install openjdk-17-jdk maven`), ' +
  'or point NEO4J_URI at your own Neo4j 5, or run `docker compose up`.';

export interface EmbeddedNeo4j {
  uri: string;
  /** Process id of the JVM, so benchmarks can read its CPU time. */
  pid: number;
  stop(): Promise<void>;
}

type Progress = (message: string) => void;

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.status === 0;
}

/** Builds the launcher with Maven unless its classes and jars are already there (later starts skip this). */
export function ensureLauncherBuilt(progress: Progress): void {
  if (existsSync(LAUNCHER_CLASS) && existsSync(LIB)) return;
  if (!commandWorks('java', ['-version'])) throw new EmbeddedNeo4jError(`Java was not found. ${NO_JAVA_HINT}`);
  if (!commandWorks('mvn', ['-v'])) throw new EmbeddedNeo4jError(`Maven (mvn) was not found. ${NO_JAVA_HINT}`);
  progress('Building the embedded Neo4j launcher with Maven (first run downloads Neo4j from Maven Central)…');
  const build = spawnSync('mvn', ['-B', 'package', '-DskipTests', '-f', path.join(LAUNCHER_DIR, 'pom.xml')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0 || !existsSync(LAUNCHER_CLASS)) {
    throw new EmbeddedNeo4jError(`Building the Neo4j launcher failed (mvn exit ${build.status}). See Maven's output above.`);
  }
}

/** A port the OS says is free right now; used when the configured port is 0 (tests). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function waitForReady(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderrTail = '';
    let stdoutBuffer = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(`Neo4j did not become ready within ${START_TIMEOUT_MS / 1000} s.\n${stderrTail}`));
    }, START_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-4000);
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdoutBuffer += chunk.toString();
      if (stdoutBuffer.includes(READY)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const locked = /lock/i.test(stderrTail) ? ' The data folder may be in use by another Neo4j.' : '';
      const bound = /bind|address already in use/i.test(stderrTail) ? ` Port ${port} may be taken: set PLEDGEGRAPH_BOLT_PORT.` : '';
      reject(new EmbeddedNeo4jError(`Neo4j exited during start-up (code ${code}).${locked}${bound}\n${stderrTail.trim()}`));
    });
  });
}

export async function startEmbeddedNeo4j(options: Neo4jEmbedded, progress: Progress = () => {}): Promise<EmbeddedNeo4j> {
  ensureLauncherBuilt(progress);
  mkdirSync(options.dataDir, { recursive: true });
  const port = options.boltPort === 0 ? await freePort() : options.boltPort;
  progress(`Starting embedded Neo4j on bolt://127.0.0.1:${port} (data in ${options.dataDir})…`);
  const classpath = [CLASSES, path.join(LIB, '*')].join(path.delimiter);
  // The JVM's default tiered compilation, on purpose. On a fresh JVM a load is mostly warm-up: loading the
  // five reports, the compiler threads use more CPU (about 10 s) than the Bolt worker running the statements
  // (about 7.5 s). C1 only (-XX:TieredStopAtLevel=1) halves the load's CPU but doubles what a warm
  // neighbourhood query costs (24 vs 11 ms of CPU a request), and serving is what this process does longest.
  const child = spawn(
    'java',
    [`-Xmx${options.heap}`, '-XX:+UseG1GC', '-cp', classpath, 'pledgegraph.neo4j.Launcher', options.dataDir, String(port)],
    // Our own process group would let Ctrl-C reach the JVM twice; the parent stops it instead.
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  child.once('error', () => {}); // reported through 'exit' in waitForReady
  // SIGTERM, not SIGKILL: the JVM finishes its clean shutdown on its own after we are gone.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  try {
    await waitForReady(child, port);
  } catch (e) {
    process.removeListener('exit', killOnExit);
    throw e;
  }
  child.stdout?.resume();
  child.stderr?.resume();

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      child.once('exit', () => {
        clearTimeout(force);
        process.removeListener('exit', killOnExit);
        resolve();
      });
      child.kill('SIGTERM'); // the launcher's shutdown hook closes the store cleanly
    });
    return stopping;
  };
  return { uri: `bolt://127.0.0.1:${port}`, pid: child.pid ?? NaN, stop };
}
