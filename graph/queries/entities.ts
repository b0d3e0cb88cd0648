// Read queries about entities (projects, places, agencies, organizations), batched by id.
import type { Database } from '../database.js';

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  district: string | null;
  commitmentCount: number;
}

export const ENTITY_FIELDS = `
  id: e.id, type: e.type, name: e.name, aliases: coalesce(e.aliases, []), district: e.district,
  commitmentCount: COUNT { (e)<-[:CONCERNS|LOCATED_AT|RESPONSIBILITY_OF|INVOLVES]-(:Commitment) }`;

export async function entitiesByIds(db: Database, ids: readonly string[]): Promise<EntityRow[]> {
  const rows = await db.read<{ e: EntityRow }>(`MATCH (e:Entity) WHERE e.id IN $ids RETURN e { ${ENTITY_FIELDS} } AS e`, {
    ids: [...ids],
  });
  return rows.map((r) => r.e);
}

/** Entities of one type with the number of commitments that concern each, most concerned first. */
export async function listEntities(
  db: Database,
  type: string,
  options: { district: string | null; first: number },
): Promise<EntityRow[]> {
  const rows = await db.read<{ e: EntityRow }>(
    `MATCH (e:Entity) WHERE e.type = $type AND ($district IS NULL OR e.district = $district OR e.district IS NULL)
     WITH e { ${ENTITY_FIELDS} } AS e
     RETURN e ORDER BY e.commitmentCount DESC, e.name LIMIT toInteger($first)`,
    { type, district: options.district, first: options.first },
  );
  return rows.map((r) => r.e);
}

export interface MentionRow {
  entityId: string;
  documentId: string;
  start: number;
  end: number;
  text: string;
}

export async function mentionsOfEntities(db: Database, ids: readonly string[]): Promise<MentionRow[]> {
  return db.read<MentionRow>(
    `MATCH (d:Document)-[m:MENTIONS]->(e:Entity) WHERE e.id IN $ids
     UNWIND range(0, size(m.starts) - 1) AS i
     RETURN e.id AS entityId, d.id AS documentId, m.starts[i] AS start, m.ends[i] AS end, m.texts[i] AS text
     ORDER BY d.year, start`,
    { ids: [...ids] },
  );
}

export interface EntityCommitmentRow {
  entityId: string;
  commitmentId: string;
}

/** Commitments concerning each entity, in order of year, at most `first` per entity. */
export async function commitmentIdsOfEntities(db: Database, ids: readonly string[], first: number): Promise<EntityCommitmentRow[]> {
  return db.read<EntityCommitmentRow>(
    `MATCH (e:Entity) WHERE e.id IN $ids
     CALL (e) {
       MATCH (e)<-[:CONCERNS|LOCATED_AT|RESPONSIBILITY_OF|INVOLVES]-(c:Commitment)
       RETURN c ORDER BY c.year, c.documentId, c.start LIMIT toInteger($first)
     }
     RETURN e.id AS entityId, c.id AS commitmentId`,
    { ids: [...ids], first },
  );
}

export interface EntityRelationRow {
  entityId: string;
  otherId: string;
  relation: 'PART_OF' | 'HAS_PART' | 'PROJECT_AT' | 'LOCATED_AT';
}

/** Place hierarchy and project locations around the given entities, in both directions. */
export async function relationsOfEntities(db: Database, ids: readonly string[]): Promise<EntityRelationRow[]> {
  return db.read<EntityRelationRow>(
    `MATCH (e:Entity) WHERE e.id IN $ids
     CALL (e) {
       MATCH (e)-[:PART_OF]->(o:Place) RETURN o, 'PART_OF' AS relation
       UNION
       MATCH (e)<-[:PART_OF]-(o:Place) RETURN o, 'HAS_PART' AS relation
       UNION
       MATCH (e)<-[:LOCATED_AT]-(o:Project) RETURN o, 'PROJECT_AT' AS relation
       UNION
       MATCH (e:Project)-[:LOCATED_AT]->(o:Place) RETURN o, 'LOCATED_AT' AS relation
     }
     RETURN e.id AS entityId, o.id AS otherId, relation ORDER BY o.name`,
    { ids: [...ids] },
  );
}
