// Entry of the entity stage: every Project, Place, Agency and Organization mentioned in the documents' bodies,
// resolved to canonical entities across documents with each place's parent place, and the entities each commitment
// concerns. Pure and deterministic for its input (jieba's dictionaries are loaded once, from the lexicon files);
// never reads the commitments' own fields beyond their document, span and id.
import type { Commitment, Entity } from '../../src/model.js';
import type { ReadDocument } from '../readDocument.js';
import { defaultLexicon } from './lexicon.js';
import { ensureJieba } from './jiebaTokens.js';
import { SUFFIX_WORDS } from './nameRules.js';
import { findMentions } from './findMentions.js';
import { entityId, issuingGovernment, resolveEntities, type DocumentFindings } from './resolveEntities.js';
import { linkPlaceParents } from './placeHierarchy.js';

export interface EntityInput {
  doc: ReadDocument;
  commitments: Commitment[];
}

export function extractEntities(inputs: EntityInput[]): { entities: Entity[]; entityIdsByCommitment: Map<string, string[]> } {
  const lexicon = defaultLexicon();
  ensureJieba(lexicon, SUFFIX_WORDS);
  const findings: DocumentFindings[] = inputs.map(({ doc }) => ({ doc, ...findMentions(doc, lexicon) }));
  const { entities, entityIdOfMention } = resolveEntities(findings, lexicon);

  // The issuing government answers for every commitment of its report, named in it or not.
  const byId = new Map(entities.map((e) => [e.id, e]));
  const governmentOf = new Map<string, string>();
  for (const { doc } of inputs) {
    const name = issuingGovernment(doc);
    if (!name) continue;
    const district = doc.record.district ?? null;
    const id = entityId('Agency', district, name);
    if (!byId.has(id)) {
      const government: Entity = { id, type: 'Agency', name, aliases: [], district, mentions: [] };
      byId.set(id, government);
      entities.push(government);
    }
    governmentOf.set(doc.record.id, id);
  }
  linkPlaceParents(entities, inputs.map(({ doc }) => doc.record), lexicon);

  const entityIdsByCommitment = new Map<string, string[]>();
  for (const { doc, commitments } of inputs) {
    const finding = findings.find((f) => f.doc === doc)!;
    const ids = entityIdOfMention.get(doc.record.id) ?? [];
    for (const c of commitments) {
      const concerned = new Set<string>();
      finding.mentions.forEach((m, i) => {
        if (m.start >= c.start && m.end <= c.end) concerned.add(ids[i]!);
      });
      const government = governmentOf.get(doc.record.id);
      if (government) concerned.add(government);
      entityIdsByCommitment.set(c.id, [...concerned]);
    }
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { entities, entityIdsByCommitment };
}
