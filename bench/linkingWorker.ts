// The linking stage alone at a scale no full extraction reaches in the time budget: the 1× extract, cloned k
// times into k jurisdictions (new document, commitment and entity ids, district "海珠区#k"), handed to
// linkCommitments. District-scoped entities are cloned per jurisdiction; entities without a district (广州市,
// 珠江) stay one entity mentioned in every clone, as a real multi-district corpus has them.
// Usage: tsx bench/linkingWorker.ts <1× dump> <k>; prints one JSON line (LinkingSample).
import { readFileSync } from 'node:fs';
import { linkCommitments } from '../ingest/link/linkCommitments.js';
import type { Commitment, DocumentRecord, Entity } from '../src/model.js';
import { LINKING_PREFIX, type ExtractDump, type LinkingSample } from './protocol.js';

function cloneExtract(dump: ExtractDump, copies: number) {
  const documents: DocumentRecord[] = [];
  const commitments: Commitment[] = [];
  const matchTexts = new Map<string, string>();
  const shared = new Map<string, Entity>();
  const scoped: Entity[] = [];
  const texts = new Map(dump.texts);
  for (let k = 0; k < copies; k++) {
    const id = (original: string) => (k === 0 ? original : `${original}~${k}`);
    const district = (d: string | null) => (d === null || k === 0 ? d : `${d}#${k}`);
    const entityId = new Map<string, string>();
    for (const e of dump.graph.entities) {
      const mentions = e.mentions.map((m) => ({ ...m, documentId: id(m.documentId) }));
      if (e.district === null) {
        const one = shared.get(e.id) ?? { ...e, mentions: [] };
        one.mentions.push(...mentions);
        shared.set(e.id, one);
        entityId.set(e.id, e.id);
      } else {
        scoped.push({ ...e, id: id(e.id), district: district(e.district), mentions });
        entityId.set(e.id, id(e.id));
      }
    }
    for (const d of dump.graph.documents) {
      documents.push({ ...d, id: id(d.id), district: district(d.district) });
      matchTexts.set(id(d.id), texts.get(d.id)?.matchText ?? '');
    }
    for (const c of dump.graph.commitments) {
      commitments.push({
        ...c,
        id: id(c.id),
        documentId: id(c.documentId),
        sectionId: c.sectionId === null ? null : id(c.sectionId),
        entityIds: c.entityIds.map((e) => entityId.get(e) ?? e),
      });
    }
  }
  return { documents, commitments, entities: [...shared.values(), ...scoped], matchTexts };
}

const [dumpFile, copiesArg] = process.argv.slice(2);
const copies = Number(copiesArg);
if (!dumpFile || !Number.isInteger(copies) || copies < 1) {
  process.stderr.write('usage: tsx bench/linkingWorker.ts <1× dump> <copies>\n');
  process.exit(2);
}
const input = cloneExtract(JSON.parse(readFileSync(dumpFile, 'utf8')) as ExtractDump, copies);
const started = performance.now();
const output = linkCommitments(input);
const sample: LinkingSample = {
  copies,
  commitments: input.commitments.length,
  linkingMs: performance.now() - started,
  links: output.links.length,
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
};
process.stdout.write(`${LINKING_PREFIX}${JSON.stringify(sample)}\n`);
