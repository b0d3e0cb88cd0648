// Which canonical entities are mentioned inside a span of a document, from the entity stage's mentions. The
// entity ids a commitment carries cover only its clause; a whole sentence or paragraph needs its own lookup.
import type { Entity } from '../../src/model.js';

interface Located {
  entityId: string;
  start: number;
  end: number;
}

export interface EntityMentions {
  within(documentId: string, start: number, end: number): string[];
}

export function indexEntityMentions(entities: readonly Entity[]): EntityMentions {
  const byDocument = new Map<string, Located[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const list = byDocument.get(m.documentId);
      const located = { entityId: e.id, start: m.start, end: m.end };
      if (list === undefined) byDocument.set(m.documentId, [located]);
      else list.push(located);
    }
  }
  for (const list of byDocument.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    within(documentId, start, end) {
      const list = byDocument.get(documentId) ?? [];
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.start < start) lo = mid + 1;
        else hi = mid;
      }
      const ids: string[] = [];
      for (let i = lo; i < list.length && list[i]!.start < end; i++) if (list[i]!.end <= end) ids.push(list[i]!.entityId);
      return ids;
    },
  };
}
