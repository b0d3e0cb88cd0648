#!/usr/bin/env node
// The command line: start, ingest, extract. Thin: parses arguments, calls the stages, prints progress and
// errors for people. Exit codes: 0 ok, 1 some input failed, 2 usage or configuration error.
import { ConfigError, loadConfig, type Config } from '../config.js';
import { extractGraphInWorkers } from '../../ingest/pipeline.js';
import { collectSourceFiles } from '../../ingest/sourceFiles.js';
import { writeGraphJson } from './writeGraphJson.js';

// The database driver, the GraphQL server and the viewer's bundler are imported by the commands that use them:
// loading them took a second, which `extract` and `--help` never need.
const loadGraph = () => import('../../graph/openGraph.js');
const loadIngest = () => import('../ingestPaths.js');
const loadServer = () => import('../server/httpServer.js');

const HELP = `pledgegraph: a commitment-tracking knowledge graph for Chinese local-government reports

Usage:
  pledgegraph start [paths…]                 start Neo4j (embedded unless NEO4J_URI is set), ingest the
                                             given files or folders (default: corpus/), serve GraphQL and
                                             the viewer
  pledgegraph ingest <paths…>                load files or folders into Neo4j
  pledgegraph extract <paths…> --out FILE    run the extractor only (no database) and write graph JSON
  pledgegraph --help                         this text

Environment: see README.md (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, PLEDGEGRAPH_PORT …).`;

const log = (message: string) => console.error(message);

function reportFailures(failures: { message: string }[]): void {
  for (const f of failures) log(`error: ${f.message}`);
}

async function extractCommand(args: string[]): Promise<number> {
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
  const paths = args.filter((_, i) => i !== outIndex && i !== outIndex + 1);
  if (!out || paths.length === 0) {
    log('usage: pledgegraph extract <paths…> --out graph.json');
    return 2;
  }
  const collected = await collectSourceFiles(paths);
  const result = await extractGraphInWorkers(collected.sources);
  await writeGraphJson(out, result.graph);
  const failures = [...collected.failures, ...result.failures];
  reportFailures(failures);
  const g = result.graph;
  const stages = Object.entries(result.timings)
    .map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`)
    .join(', ');
  log(`wrote ${out}: ${g.documents.length} documents, ${g.commitments.length} commitments, ${g.entities.length} entities, ${g.links.length} links (${stages})`);
  return failures.length > 0 ? 1 : 0;
}

async function ingestCommand(config: Config, paths: string[]): Promise<number> {
  if (paths.length === 0) {
    log('usage: pledgegraph ingest <paths…>');
    return 2;
  }
  const [{ openGraph }, { ingestPaths }] = await Promise.all([loadGraph(), loadIngest()]);
  const graph = await openGraph(config, log);
  try {
    const summary = await ingestPaths(graph.db, paths, { progress: log });
    reportFailures(summary.failures);
    log(`ingested ${summary.loaded.length} documents; ${summary.failures.length} failed`);
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    await graph.close();
  }
}

async function startCommand(config: Config, paths: string[]): Promise<number> {
  const started = Date.now();
  const [{ openGraph }, { ingestPaths }, { startHttpServer }] = await Promise.all([loadGraph(), loadIngest(), loadServer()]);
  const graph = await openGraph(config, log);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`\n${signal}: stopping…`);
    await server?.close();
    await graph.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  let server: Awaited<ReturnType<typeof startHttpServer>> | undefined;
  try {
    if (paths.length > 0) {
      log(`Ingesting ${paths.join(', ')}…`);
      const summary = await ingestPaths(graph.db, paths, { skipStored: true, progress: log });
      reportFailures(summary.failures);
      log(`  ${summary.loaded.length} loaded, ${summary.unchanged.length} already stored, ${summary.failures.length} failed`);
    }
    server = await startHttpServer({ db: graph.db, ...config.http, production: config.production, corsOrigins: config.corsOrigins });
  } catch (e) {
    await graph.close();
    throw e;
  }
  log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  log(`GraphQL: ${server.url}/graphql`);
  log(`Viewer:  ${server.url}/`);
  log('Press Ctrl-C to stop.');
  return new Promise<number>(() => {}); // runs until a signal
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command ? 0 : 2;
  }
  if (command === 'extract') return extractCommand(rest);
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      log(`error: ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (command === 'ingest') return ingestCommand(config, rest);
  if (command === 'start') return startCommand(config, rest);
  log(`unknown command "${command}"\n\n${HELP}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    const err = e as Error & { code?: string };
    log(`error: ${err.message}`);
    process.exit(err.code ? 1 : 3);
  },
);
