// The viewer's only way to data: POST a GraphQL query to /graphql. Every query the viewer sends is a named
// constant here, next to the TypeScript shape of its answer, so the schema and the viewer meet in one file.
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new Error(`GraphQL answered ${response.status} without data`);
  return body.data;
}

export interface DocumentSummary {
  id: string;
  title: string;
  district: string | null;
  year: number | null;
  kind: string;
  paragraphCount: number;
  commitmentCount: number;
}

export interface DocumentRef {
  id: string;
  title: string;
  year: number | null;
  kind: string;
}

export interface EntityRef {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  district: string | null;
}

export interface CommitmentRef {
  id: string;
  text: string;
  year: number | null;
  mode: string;
  sentence: string;
  document: DocumentRef;
}

export interface LinkEvidence {
  sharedEntities: string[];
  sharedTerms: string[];
  sharedIndicators: string[];
  /** The intermediate annual plan's promise an origin was reached through, or null for a direct link. */
  via: { id: string; year: number | null; document: { title: string } } | null;
  /** The two commitments' targets on the same indicator, compared. */
  targets: { indicator: string; later: string; earlier: string; change: string }[];
}

export interface StatusInfo {
  status: string;
  evidence: CommitmentRef[];
}

export interface CommitmentDetail extends CommitmentRef {
  sectionPath: string[];
  start: number;
  end: number;
  line: number;
  sentenceStart: number;
  sentenceEnd: number;
  dueYear: number | null;
  district: string | null;
  targets: { text: string; indicator: string; value: number; unit: string; comparator: string | null }[];
  projects: EntityRef[];
  places: EntityRef[];
  agencies: EntityRef[];
  organizations: EntityRef[];
  origins: { type: string; score: number; commitment: CommitmentRef }[];
  reportsOn: { type: string; score: number; commitment: CommitmentRef }[];
  followUps: { type: string; score: number; commitment: CommitmentRef }[];
  status: StatusInfo | null;
}

export interface EntityDetail extends EntityRef {
  commitmentCount: number;
  partOf: EntityRef[];
  parts: EntityRef[];
  located: EntityRef[];
}

export interface GraphNode {
  id: string;
  type: string;
  label: string;
  year: number | null;
  district: string | null;
  mode: string | null;
  documentId: string | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  score: number | null;
}

export interface GraphSlice {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface SearchHit {
  type: string;
  id: string;
  label: string;
  score: number;
  commitment: { year: number | null; mode: string; document: DocumentRef } | null;
  entity: { type: string; district: string | null; commitmentCount: number } | null;
}

export interface LineageStep {
  direction: string;
  depth: number;
  year: number | null;
  commitment: CommitmentRef & { status: StatusInfo | null; projects: EntityRef[]; places: EntityRef[]; agencies: EntityRef[]; organizations: EntityRef[] };
  link: { type: string; fromId: string; toId: string; score: number; rank: number; evidence: LinkEvidence } | null;
}

export interface Lineage {
  commitment: CommitmentRef;
  steps: LineageStep[];
}

const DOC_REF = 'id title year kind';
const ENTITY_REF = 'id type name aliases district';
const COMMITMENT_REF = `id text year mode sentence document { ${DOC_REF} }`;

export const DOCUMENTS_QUERY = `{ documents { id title district year kind paragraphCount commitmentCount } }`;

export const SEARCH_QUERY = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    type id label score
    commitment { year mode document { ${DOC_REF} } }
    entity { type district commitmentCount }
  }
}`;

const SLICE_FIELDS = 'nodes { id type label year district mode documentId } edges { id source target type score } truncated';

/**
 * The API prices a page-size variable at its maximum (500 for limit), which is over its cost budget with the
 * slice's lists below it; a literal limit is priced as written. `limit` is always a number from this code.
 */
export function neighborhoodQuery(limit: number): string {
  const bounded = Math.max(1, Math.min(500, Math.trunc(limit)));
  return `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 1, limit: ${bounded}) { ${SLICE_FIELDS} } }`;
}

export const COMMITMENT_QUERY = `query Commitment($id: ID!) {
  commitment(id: $id) {
    ${COMMITMENT_REF}
    sectionPath start end line sentenceStart sentenceEnd dueYear district
    targets { text indicator value unit comparator }
    projects { ${ENTITY_REF} } places { ${ENTITY_REF} } agencies { ${ENTITY_REF} } organizations { ${ENTITY_REF} }
    origins { type score commitment { ${COMMITMENT_REF} } }
    reportsOn { type score commitment { ${COMMITMENT_REF} } }
    followUps { type score commitment { ${COMMITMENT_REF} } }
    status { status evidence { ${COMMITMENT_REF} } }
  }
}`;

export const ENTITY_QUERY = `query Entity($id: ID!) {
  entity(id: $id) {
    ${ENTITY_REF} commitmentCount
    partOf { ${ENTITY_REF} } parts { ${ENTITY_REF} } located { ${ENTITY_REF} }
  }
}`;

export const DOCUMENT_QUERY = `query Document($id: ID!) {
  document(id: $id) { id title district year kind paragraphCount commitmentCount }
}`;

export const DOCUMENT_TEXT_QUERY = `query DocumentText($id: ID!) { document(id: $id) { id title text } }`;

export const LINEAGE_QUERY = `query Lineage($id: ID!) {
  lineage(commitmentId: $id) {
    commitment { ${COMMITMENT_REF} }
    steps {
      direction depth year
      commitment {
        ${COMMITMENT_REF}
        projects { ${ENTITY_REF} } places { ${ENTITY_REF} } agencies { ${ENTITY_REF} } organizations { ${ENTITY_REF} }
        status { status evidence { ${COMMITMENT_REF} } }
      }
      link { type fromId toId score rank evidence { sharedEntities sharedTerms sharedIndicators via { id year document { title } } targets { indicator later earlier change } } }
    }
  }
}`;

export const PLACE_QUERY = `query Place($id: ID!) {
  entity(id: $id) {
    ${ENTITY_REF} commitmentCount
    partOf { ${ENTITY_REF} }
    parts { ${ENTITY_REF} commitmentCount }
    commitments(first: 100) { ${COMMITMENT_REF} }
    located {
      ${ENTITY_REF} commitmentCount
      commitments(first: 50) { ${COMMITMENT_REF} }
    }
  }
}`;

export interface PlaceEntity extends EntityDetail {
  parts: (EntityRef & { commitmentCount: number })[];
  commitments: CommitmentRef[];
  located: (EntityRef & { commitmentCount: number; commitments: CommitmentRef[] })[];
}

/** Document texts are large and never change while the page is open: fetch each once. */
const textCache = new Map<string, Promise<{ id: string; title: string; text: string } | null>>();

export function documentText(id: string): Promise<{ id: string; title: string; text: string } | null> {
  let cached = textCache.get(id);
  if (!cached) {
    cached = graphql<{ document: { id: string; title: string; text: string } | null }>(DOCUMENT_TEXT_QUERY, { id }).then((d) => d.document);
    cached.catch(() => textCache.delete(id));
    textCache.set(id, cached);
  }
  return cached;
}
