// Years the graph knows, with how many commitments and documents concern each.
import type { Database } from '../database.js';

export interface YearRow {
  year: number;
  commitments: number;
  documents: number;
}

export async function listYears(db: Database): Promise<YearRow[]> {
  return db.read<YearRow>(
    `MATCH (y:Year)
     RETURN y.value AS year,
            COUNT { (y)<-[:FOR_YEAR|DUE_BY]-(:Commitment) } AS commitments,
            COUNT { (y)<-[:PLANS_FOR|REVIEWS]-(:Document) } AS documents
     ORDER BY year`,
  );
}
