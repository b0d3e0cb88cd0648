// Resolvers: translate GraphQL fields to the named queries in graph/queries. No Cypher lives here.
import type { IResolvers } from '@graphql-tools/utils';
import type { DocumentRow } from '../../graph/queries/documents.js';
import { documentsByIds, documentText, listDocuments } from '../../graph/queries/documents.js';
import type { RequestContext } from './context.js';

const KIND_TO_ENUM: Record<string, string> = {
  'five-year-plan': 'FIVE_YEAR_PLAN',
  'plan-report': 'PLAN_REPORT',
  'plan-report-interpretation': 'PLAN_REPORT_INTERPRETATION',
  'work-report': 'WORK_REPORT',
  other: 'OTHER',
};

export const resolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    documents: (_root, _args, ctx) => listDocuments(ctx.db),
    document: async (_root, args: { id: string }, ctx) => (await documentsByIds(ctx.db, [args.id]))[0] ?? null,
  },
  Document: {
    kind: (doc: DocumentRow) => KIND_TO_ENUM[doc.kind] ?? 'OTHER',
    period: (doc: DocumentRow) => (doc.periodFrom !== null && doc.periodTo !== null ? { from: doc.periodFrom, to: doc.periodTo } : null),
    text: async (doc: DocumentRow, _args, ctx) => (await documentText(ctx.db, doc.id)) ?? '',
  },
};
