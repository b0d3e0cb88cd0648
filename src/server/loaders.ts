// Per-request DataLoaders: every field that needs the database asks a loader, and each loader answers a whole
// batch of ids with one statement. A request's statement count so depends on the shape of the query, not on
// the number of rows it touches.
import DataLoader from 'dataloader';
import type { Database } from '../../graph/database.js';
import { commitmentsByIds, entitiesOfCommitments, linksFrom, linksTo, targetsOfCommitments, type CommitmentRow, type ConcernRow, type LinkRow, type TargetRow } from '../../graph/queries/commitments.js';
import { documentsByIds, type DocumentRow } from '../../graph/queries/documents.js';
import { commitmentIdsOfEntities, entitiesByIds, mentionsOfEntities, relationsOfEntities, type EntityRelationRow, type EntityRow, type MentionRow } from '../../graph/queries/entities.js';

function byKey<T>(rows: T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((r) => [key(r), r]));
}

function groupByKey<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}

/** A loader from id to one row (or null), answering a batch with one query. */
function oneEach<T>(fetch: (ids: readonly string[]) => Promise<T[]>, key: (row: T) => string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = byKey(await fetch(ids), key);
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** A loader from id to its list of rows, answering a batch with one query. */
function manyEach<T>(fetch: (ids: readonly string[]) => Promise<T[]>, key: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const groups = groupByKey(await fetch(ids), key);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

export function createLoaders(db: Database) {
  const entityCommitments = new Map<number, DataLoader<string, string[]>>();
  return {
    /** Commitment ids concerning each entity, at most `first` each; one loader per page size. */
    entityCommitments(first: number): DataLoader<string, string[]> {
      let loader = entityCommitments.get(first);
      if (!loader) {
        loader = new DataLoader<string, string[]>(async (ids) => {
          const groups = groupByKey(await commitmentIdsOfEntities(db, ids, first), (r) => r.entityId);
          return ids.map((id) => (groups.get(id) ?? []).map((r) => r.commitmentId));
        });
        entityCommitments.set(first, loader);
      }
      return loader;
    },
    document: oneEach<DocumentRow>((ids) => documentsByIds(db, ids), (d) => d.id),
    commitment: oneEach<CommitmentRow>((ids) => commitmentsByIds(db, ids), (c) => c.id),
    entity: oneEach<EntityRow>((ids) => entitiesByIds(db, ids), (e) => e.id),
    targets: manyEach<TargetRow>((ids) => targetsOfCommitments(db, ids), (t) => t.commitmentId),
    concerns: manyEach<ConcernRow>((ids) => entitiesOfCommitments(db, ids), (r) => r.commitmentId),
    linksFrom: manyEach<LinkRow>((ids) => linksFrom(db, ids), (l) => l.anchorId),
    linksTo: manyEach<LinkRow>((ids) => linksTo(db, ids), (l) => l.anchorId),
    mentions: manyEach<MentionRow>((ids) => mentionsOfEntities(db, ids), (m) => m.entityId),
    relations: manyEach<EntityRelationRow>((ids) => relationsOfEntities(db, ids), (r) => r.entityId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
