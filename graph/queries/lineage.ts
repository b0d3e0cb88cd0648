// The chain of a commitment: back through its origins to the five-year plan, and forward to the later
// promises and reports that continue it. Each step names the link that reached it, with score and evidence.
// One statement answers the whole chain, the commitments of its steps included, so a lineage costs one round
// trip to Neo4j however long it is.
import type { Database } from '../database.js';
import { COMMITMENT_FIELDS, linkFactsOf, type CommitmentRow, type LinkFacts } from './commitments.js';

export interface LineageRow extends LinkFacts {
  commitmentId: string;
  direction: 'ORIGIN' | 'FOLLOW_UP';
  depth: number;
  /** The link that reached this step: from the later commitment to the earlier one. */
  linkFrom: string;
  linkTo: string;
  /** The step's commitment, as commitmentsByIds returns it. */
  commitment: CommitmentRow;
}

export interface LineageResult {
  /** The commitment asked about. */
  self: CommitmentRow;
  /** Every other step, in no particular order. */
  steps: LineageRow[];
}

const LINKS = 'ORIGINATES_FROM|REPORTS_ON';

type StepRecord = Omit<LineageRow, 'direction'> & { direction: LineageRow['direction'] | 'SELF' };

/**
 * Up to three hops each way; a step reached by several routes keeps its shortest one. Null for an unknown id.
 * The commitment itself comes back as a SELF row with no link, so a commitment without links is told apart
 * from an unknown id without a second statement.
 */
export async function lineage(db: Database, commitmentId: string): Promise<LineageResult | null> {
  const records = await db.read<StepRecord>(
    `MATCH (x:Commitment {id: $id})
CALL (x) {
  RETURN x AS c, 'SELF' AS direction, 0 AS depth, null AS r
  UNION
  MATCH p = (x)-[:${LINKS}*1..3]->(c:Commitment)
  WITH c, p ORDER BY length(p)
  WITH c, head(collect(p)) AS p
  RETURN c, 'ORIGIN' AS direction, length(p) AS depth, last(relationships(p)) AS r
  UNION
  MATCH p = (x)<-[:${LINKS}*1..3]-(c:Commitment)
  WITH c, p ORDER BY length(p)
  WITH c, head(collect(p)) AS p
  RETURN c, 'FOLLOW_UP' AS direction, length(p) AS depth, last(relationships(p)) AS r
}
RETURN c.id AS commitmentId, direction, depth, ${linkFactsOf('r')},
  startNode(r).id AS linkFrom, endNode(r).id AS linkTo, c { ${COMMITMENT_FIELDS} } AS commitment`,
    { id: commitmentId },
  );
  const self = records.find((r) => r.direction === 'SELF');
  if (!self) return null;
  const steps = records.filter((r): r is LineageRow => r.direction !== 'SELF');
  return { self: self.commitment, steps };
}
