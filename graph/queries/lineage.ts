// The chain of a commitment: back through its origins to the five-year plan, and forward to the later
// promises and reports that continue it. Each step names the link that reached it, with score and evidence.
import type { Database } from '../database.js';
import { linkFactsOf, type LinkFacts } from './commitments.js';

export interface LineageRow extends LinkFacts {
  commitmentId: string;
  direction: 'ORIGIN' | 'FOLLOW_UP';
  depth: number;
  /** The link that reached this step: from the later commitment to the earlier one. */
  linkFrom: string;
  linkTo: string;
}

const STEP_FIELDS = `${linkFactsOf('r')}, startNode(r).id AS linkFrom, endNode(r).id AS linkTo`;

/** Up to three hops each way; a step reached by several routes keeps its shortest one. */
export async function lineageSteps(db: Database, commitmentId: string): Promise<LineageRow[]> {
  return db.read<LineageRow>(
    `MATCH (x:Commitment {id: $id})
     CALL (x) {
       MATCH p = (x)-[:ORIGINATES_FROM|REPORTS_ON*1..3]->(o:Commitment)
       WITH o, p ORDER BY length(p)
       WITH o, head(collect(p)) AS p
       WITH o, p, last(relationships(p)) AS r
       RETURN o.id AS commitmentId, 'ORIGIN' AS direction, length(p) AS depth, ${STEP_FIELDS}
       UNION
       MATCH p = (x)<-[:ORIGINATES_FROM|REPORTS_ON*1..3]-(f:Commitment)
       WITH f, p ORDER BY length(p)
       WITH f, head(collect(p)) AS p
       WITH f, p, last(relationships(p)) AS r
       RETURN f.id AS commitmentId, 'FOLLOW_UP' AS direction, length(p) AS depth, ${STEP_FIELDS}
     }
     RETURN commitmentId, direction, depth, type, score, rank, sharedEntities, sharedTerms, sharedIndicators, linkFrom, linkTo`,
    { id: commitmentId },
  );
}
