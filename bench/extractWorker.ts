// One extraction measured in its own process, so its peak RSS is its own and a run that takes too long can be
// killed from outside. Usage: tsx bench/extractWorker.ts <corpus folder> [--dump FILE]; prints one JSON line
// (ExtractSample). --dump writes the extract (graph and texts) for the load and linking benchmarks, after the
// figures are taken, so writing it never counts.
import { writeFileSync } from 'node:fs';
import { extractGraphInWorkers } from '../ingest/pipeline.js';
import { collectSourceFiles } from '../ingest/sourceFiles.js';
import { SAMPLE_PREFIX, type ExtractDump, type ExtractSample } from './protocol.js';

async function main(dir: string, dumpFile: string | undefined): Promise<void> {
  const readStarted = performance.now();
  const collected = await collectSourceFiles([dir]);
  const readMs = performance.now() - readStarted;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await extractGraphInWorkers(collected.sources);
  const cpu = process.cpuUsage(cpuBefore);
  const extractMs = performance.now() - started;
  const { graph } = result;
  const districtOfDocument = new Map(graph.documents.map((d) => [d.id, d.district]));
  const districtOfCommitment = new Map(graph.commitments.map((c) => [c.id, districtOfDocument.get(c.documentId)]));
  const sample: ExtractSample = {
    files: collected.sources.length,
    bytes: collected.sources.reduce((sum, s) => sum + s.bytes.length, 0),
    readMs,
    extractMs,
    extractCpuMs: (cpu.user + cpu.system) / 1000,
    timings: result.timings,
    // resourceUsage reports kilobytes.
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    documents: graph.documents.length,
    commitments: graph.commitments.length,
    entities: graph.entities.length,
    links: graph.links.length,
    crossDistrictLinks: graph.links.filter((l) => districtOfCommitment.get(l.from) !== districtOfCommitment.get(l.to)).length,
    failures: collected.failures.length + result.failures.length,
  };
  if (dumpFile) {
    const dump: ExtractDump = { graph, texts: [...result.texts].map(([id, d]) => [id, { text: d.text, matchText: d.matchText }]) };
    writeFileSync(dumpFile, JSON.stringify(dump));
  }
  process.stdout.write(`${SAMPLE_PREFIX}${JSON.stringify(sample)}\n`);
}

const [dir, flag, dumpFile] = process.argv.slice(2);
if (!dir || (flag !== undefined && (flag !== '--dump' || !dumpFile))) {
  process.stderr.write('usage: tsx bench/extractWorker.ts <corpus folder> [--dump FILE]\n');
  process.exit(2);
}
await main(dir, dumpFile);
