// Resolvers: translate GraphQL fields to the named queries in graph/queries, through the request's loaders
// for anything per-row. No Cypher lives here.
import type { IResolvers } from '@graphql-tools/utils';
import { pageCommitments, type CommitmentFilter, type CommitmentRow, type LinkRow } from '../../graph/queries/commitments.js';
import { listDocuments, documentText, type DocumentRow } from '../../graph/queries/documents.js';
import { listEntities, type EntityRow } from '../../graph/queries/entities.js';
import { neighborhood, shortestPath } from '../../graph/queries/graphSlice.js';
import { lineage } from '../../graph/queries/lineage.js';
import { searchIndexes, type SearchRow } from '../../graph/queries/search.js';
import { listYears } from '../../graph/queries/years.js';
import { toMatchText } from '../../ingest/normalize/matchText.js';
import type { TargetComparison } from '../model.js';
import type { RequestContext } from './context.js';
import { badInput, checkRange } from './errors.js';

const KIND_TO_ENUM: Record<string, string> = {
  'five-year-plan': 'FIVE_YEAR_PLAN',
  'plan-report': 'PLAN_REPORT',
  'plan-report-interpretation': 'PLAN_REPORT_INTERPRETATION',
  'work-report': 'WORK_REPORT',
  other: 'OTHER',
};

/** 'reported-done' ↔ 'REPORTED_DONE', 'Project' ↔ 'PROJECT': stored values are lower or title case. */
const toEnum = (value: string) => value.toUpperCase().replace(/-/g, '_');
const fromEnum = (value: string) => value.toLowerCase().replace(/_/g, '-');
const entityTypeFromEnum = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();

const MAX_TEXT = 200;

function checkText(name: string, text: string): string {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_TEXT) throw badInput(`Argument "${name}" must be 1 to ${MAX_TEXT} characters.`);
  return toMatchText(trimmed);
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('Argument "after" is not a cursor this API gave out.');
  return Number(match[1]) + 1;
}

function linkView(link: LinkRow) {
  return {
    type: link.type,
    otherId: link.otherId,
    score: link.score,
    rank: link.rank,
    evidence: { sharedEntities: link.sharedEntities, sharedTerms: link.sharedTerms, sharedIndicators: link.sharedIndicators, via: link.via, targets: link.targets },
  };
}

async function entitiesOfType(ctx: RequestContext, commitmentId: string, type: string) {
  const concerns = await ctx.loaders.concerns.load(commitmentId);
  return ctx.loaders.entity.loadMany(concerns.filter((c) => c.type === type).map((c) => c.entityId));
}

function entityList(type: string) {
  return (_root: unknown, args: { district?: string | null; first: number }, ctx: RequestContext) =>
    listEntities(ctx.db, type, { district: args.district ?? null, first: checkRange('first', args.first, 1, 500) });
}

const DIRECTION_ORDER: Record<string, number> = { ORIGIN: 0, SELF: 1, FOLLOW_UP: 2 };

export const resolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    documents: (_root, _args, ctx) => listDocuments(ctx.db),
    document: (_root, args: { id: string }, ctx) => ctx.loaders.document.load(args.id),
    commitment: (_root, args: { id: string }, ctx) => ctx.loaders.commitment.load(args.id),
    commitments: async (_root, args: { filter?: CommitmentFilter | null; first: number; after?: string | null }, ctx) => {
      const first = checkRange('first', args.first, 1, 100);
      const offset = decodeCursor(args.after);
      const f = args.filter ?? {};
      const { rows, totalCount } = await pageCommitments(
        ctx.db,
        {
          text: f.text ? checkText('filter.text', f.text) : null,
          year: f.year ?? null,
          district: f.district ?? null,
          mode: f.mode ? fromEnum(f.mode) : null,
          documentId: f.documentId ?? null,
          status: f.status ? fromEnum(f.status) : null,
        },
        offset,
        first,
      );
      for (const row of rows) ctx.loaders.commitment.prime(row.id, row);
      const edges = rows.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
      return {
        edges,
        totalCount,
        pageInfo: { hasNextPage: offset + rows.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
    search: (_root, args: { text: string; types?: string[] | null; first: number }, ctx) => {
      const first = checkRange('first', args.first, 1, 100);
      const types = args.types ?? ['COMMITMENT', 'PROJECT', 'PLACE', 'AGENCY', 'ORGANIZATION'];
      return searchIndexes(ctx.db, checkText('text', args.text), {
        commitments: types.includes('COMMITMENT'),
        entityTypes: types.filter((t) => t !== 'COMMITMENT').map(entityTypeFromEnum),
        first,
      });
    },
    entity: (_root, args: { id: string }, ctx) => ctx.loaders.entity.load(args.id),
    places: entityList('Place'),
    projects: entityList('Project'),
    agencies: entityList('Agency'),
    organizations: entityList('Organization'),
    years: (_root, _args, ctx) => listYears(ctx.db),
    lineage: async (_root, args: { commitmentId: string }, ctx) => {
      const found = await lineage(ctx.db, args.commitmentId);
      if (!found) return null;
      // The statement brought every step's commitment: later fields (document, origins …) batch on these.
      ctx.loaders.commitment.prime(found.self.id, found.self);
      for (const row of found.steps) ctx.loaders.commitment.prime(row.commitmentId, row.commitment);
      const steps = [
        { direction: 'SELF', depth: 0, commitment: found.self, link: null },
        ...found.steps.map((r) => ({
          direction: r.direction,
          depth: r.depth,
          commitment: r.commitment,
          link: { type: r.type, fromId: r.linkFrom, toId: r.linkTo, score: r.score, rank: r.rank, evidence: r },
        })),
      ];
      steps.sort(
        (a, b) =>
          (a.commitment.year ?? 0) - (b.commitment.year ?? 0) ||
          (DIRECTION_ORDER[a.direction] ?? 0) - (DIRECTION_ORDER[b.direction] ?? 0) ||
          a.depth - b.depth,
      );
      return { commitment: found.self, steps: steps.map((s) => ({ ...s, year: s.commitment.year })) };
    },
    path: (_root, args: { from: string; to: string; maxLength: number }, ctx) =>
      shortestPath(ctx.db, args.from, args.to, checkRange('maxLength', args.maxLength, 1, 8)),
    neighborhood: (_root, args: { id: string; depth: number; limit: number }, ctx) =>
      neighborhood(ctx.db, args.id, checkRange('depth', args.depth, 1, 3), checkRange('limit', args.limit, 1, 500)),
  },
  Document: {
    kind: (doc: DocumentRow) => KIND_TO_ENUM[doc.kind] ?? 'OTHER',
    period: (doc: DocumentRow) => (doc.periodFrom !== null && doc.periodTo !== null ? { from: doc.periodFrom, to: doc.periodTo } : null),
    text: async (doc: DocumentRow, _args, ctx) => (await documentText(ctx.db, doc.id)) ?? '',
  },
  Commitment: {
    document: (c: CommitmentRow, _args, ctx) => ctx.loaders.document.load(c.documentId),
    mode: (c: CommitmentRow) => toEnum(c.mode),
    targets: (c: CommitmentRow, _args, ctx) => ctx.loaders.targets.load(c.id),
    projects: (c: CommitmentRow, _args, ctx) => entitiesOfType(ctx, c.id, 'Project'),
    places: (c: CommitmentRow, _args, ctx) => entitiesOfType(ctx, c.id, 'Place'),
    agencies: (c: CommitmentRow, _args, ctx) => entitiesOfType(ctx, c.id, 'Agency'),
    organizations: (c: CommitmentRow, _args, ctx) => entitiesOfType(ctx, c.id, 'Organization'),
    origins: async (c: CommitmentRow, _args, ctx) =>
      (await ctx.loaders.linksFrom.load(c.id)).filter((l) => l.type === 'ORIGINATES_FROM').map(linkView),
    reportsOn: async (c: CommitmentRow, _args, ctx) =>
      (await ctx.loaders.linksFrom.load(c.id)).filter((l) => l.type === 'REPORTS_ON').map(linkView),
    followUps: async (c: CommitmentRow, _args, ctx) => (await ctx.loaders.linksTo.load(c.id)).map(linkView),
    status: (c: CommitmentRow) => (c.status ? { status: toEnum(c.status), evidenceIds: c.statusEvidenceIds ?? [] } : null),
  },
  CommitmentLink: {
    commitment: (link: { otherId: string }, _args, ctx) => ctx.loaders.commitment.load(link.otherId),
  },
  LinkEvidence: {
    via: (evidence: { via: string | null }, _args, ctx) => (evidence.via ? ctx.loaders.commitment.load(evidence.via) : null),
  },
  TargetComparison: {
    change: (t: TargetComparison) => toEnum(t.change),
  },
  StatusInfo: {
    evidence: async (info: { evidenceIds: string[] }, _args, ctx) =>
      (await ctx.loaders.commitment.loadMany(info.evidenceIds)).filter((c) => c && !(c instanceof Error)),
  },
  Entity: {
    type: (e: EntityRow) => toEnum(e.type),
    mentions: (e: EntityRow, _args, ctx) => ctx.loaders.mentions.load(e.id),
    commitments: async (e: EntityRow, args: { first: number }, ctx) =>
      ctx.loaders.commitment.loadMany(await ctx.loaders.entityCommitments(checkRange('first', args.first, 1, 200)).load(e.id)),
    partOf: async (e: EntityRow, _args, ctx) =>
      ctx.loaders.entity.loadMany((await ctx.loaders.relations.load(e.id)).filter((r) => r.relation === 'PART_OF').map((r) => r.otherId)),
    parts: async (e: EntityRow, _args, ctx) =>
      ctx.loaders.entity.loadMany((await ctx.loaders.relations.load(e.id)).filter((r) => r.relation === 'HAS_PART').map((r) => r.otherId)),
    located: async (e: EntityRow, _args, ctx) =>
      ctx.loaders.entity.loadMany(
        (await ctx.loaders.relations.load(e.id)).filter((r) => r.relation === 'PROJECT_AT' || r.relation === 'LOCATED_AT').map((r) => r.otherId),
      ),
  },
  Mention: {
    document: (m: { documentId: string }, _args, ctx) => ctx.loaders.document.load(m.documentId),
  },
  SearchHit: {
    // The search statement brings label and type along: a result list costs no further statement.
    type: (hit: SearchRow) => (hit.kind === 'Commitment' ? 'COMMITMENT' : toEnum(hit.entityType ?? 'Project')),
    label: (hit: SearchRow) => hit.label ?? '',
    commitment: (hit: SearchRow, _args, ctx) => (hit.kind === 'Commitment' ? ctx.loaders.commitment.load(hit.id) : null),
    entity: (hit: SearchRow, _args, ctx) => (hit.kind === 'Entity' ? ctx.loaders.entity.load(hit.id) : null),
  },
};
