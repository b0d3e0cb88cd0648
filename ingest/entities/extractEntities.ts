// Entry of the entity stage: every Project, Place, Agency and Organization mentioned in the documents' bodies,
// resolved to canonical entities across documents with each place's parent place, and the entities each commitment
// concerns. Pure and deterministic for its input (jieba's dictionaries are loaded once, from the lexicon files);
// never reads the commitments' own fields beyond their document, span and id.
import type { Commitment, Entity } from '../../src/model.js';
import type { ReadDocument } from '../readDocument.js';
import { defaultLexicon } from './lexicon.js';
import { ensureJieba } from './jiebaTokens.js';
import { expandAgencyName } from './levelPrefix.js';
import { SUFFIX_WORDS } from './nameRules.js';
import { findMentions } from './findMentions.js';
import { entityId, issuingGovernment, resolveEntities, type DocumentFindings } from './resolveEntities.js';
import { linkPlaceParents } from './placeHierarchy.js';

export interface EntityInput {
  doc: ReadDocument;
  commitments: Commitment[];
}

/** Index of the first of `mentions` (sorted by start) that starts at or after `offset`. */
function firstStartingAtOrAfter(mentions: { start: number }[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (mentions[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function extractEntities(inputs: EntityInput[]): { entities: Entity[]; entityIdsByCommitment: Map<string, string[]> } {
  const lexicon = defaultLexicon();
  ensureJieba(lexicon, SUFFIX_WORDS);
  const findings: DocumentFindings[] = inputs.map(({ doc }) => {
    const found = findMentions(doc, lexicon);
    // 省委 in a report that never says which province: no entity rather than a guessed one (levelPrefix.ts).
    const mentions = found.mentions.filter((c) => c.type !== 'Agency' || expandAgencyName(c.canonical, doc, lexicon) !== null);
    return { doc, ...found, mentions };
  });
  const { entities, entityIdOfMention } = resolveEntities(findings, lexicon);

  // The issuing government answers for every commitment of its report, named in it or not.
  const byId = new Map(entities.map((e) => [e.id, e]));
  const governmentOf = new Map<string, string>();
  for (const { doc } of inputs) {
    const government = issuingGovernment(doc, lexicon);
    if (!government) continue;
    const { name, district } = government;
    const id = entityId('Agency', district, name);
    if (!byId.has(id)) {
      const unnamed: Entity = { id, type: 'Agency', name, aliases: [], district, mentions: [] };
      byId.set(id, unnamed);
      entities.push(unnamed);
    }
    governmentOf.set(doc.record.id, id);
  }
  linkPlaceParents(entities, inputs.map(({ doc }) => doc.record), lexicon);

  const entityIdsByCommitment = new Map<string, string[]>();
  inputs.forEach(({ doc, commitments }, d) => {
    const { mentions } = findings[d]!;
    const ids = entityIdOfMention.get(doc.record.id) ?? [];
    for (const c of commitments) {
      // In order of first mention, each once (a commitment names a handful: a list beats a set).
      const concerned: string[] = [];
      // Mentions are in order of their starts: those inside the commitment are among the run that starts within it.
      for (let i = firstStartingAtOrAfter(mentions, c.start); i < mentions.length && mentions[i]!.start <= c.end; i++) {
        if (mentions[i]!.end <= c.end && !concerned.includes(ids[i]!)) concerned.push(ids[i]!);
      }
      const government = governmentOf.get(doc.record.id);
      if (government && !concerned.includes(government)) concerned.push(government);
      // Kept as an exact-size copy: an array grown by push keeps room for about sixteen more, which over every
      // commitment of a large corpus (kept to the end, in the graph) came to more than the ids themselves.
      entityIdsByCommitment.set(c.id, concerned.slice());
    }
  });
  entities.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { entities, entityIdsByCommitment };
}
