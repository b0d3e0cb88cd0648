// Refuses queries that would cost the database too much, before any resolver runs: too deep, too many
// aliases, or too many rows by the page sizes they ask for. Errors carry code QUERY_TOO_COMPLEX.
import {
  GraphQLError,
  GraphQLList,
  getNamedType,
  getNullableType,
  isObjectType,
  isInterfaceType,
  Kind,
  type GraphQLSchema,
  type GraphQLNamedType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from './errors.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 30, maxCost: 10_000 };

// Page-size arguments multiply the cost of everything below them; a variable counts at its allowed maximum.
const PAGE_ARGS: Record<string, number> = { first: 100, limit: 500 };
// A list field without a page size (a commitment's origins, targets, entities) holds a handful of items.
const SMALL_LIST = 5;
// Lists whose length the parent's page size already bounds (a connection's edges, a slice's nodes).
const PAGED_LISTS = new Set(['edges', 'nodes']);

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

function multiplier(field: FieldNode, isList: boolean): number {
  for (const arg of field.arguments ?? []) {
    const max = PAGE_ARGS[arg.name.value];
    if (max === undefined) continue;
    return arg.value.kind === Kind.INT ? Math.min(Number(arg.value.value), max) : max;
  }
  return isList && !PAGED_LISTS.has(field.name.value) ? SMALL_LIST : 1;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
}

function fieldType(parent: GraphQLNamedType | undefined, name: string) {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  return parent.getFields()[name]?.type;
}

function measure(set: SelectionSetNode, parent: GraphQLNamedType | undefined, walk: Walk, seen: Set<string>): Measure {
  const total: Measure = { depth: 0, aliases: 0, cost: 0 };
  for (const selection of set.selections) {
    let inner: Measure;
    if (selection.kind === Kind.FIELD) {
      const type = fieldType(parent, selection.name.value);
      const child = selection.selectionSet
        ? measure(selection.selectionSet, type ? getNamedType(type) : undefined, walk, seen)
        : { depth: 0, aliases: 0, cost: 0 };
      const isList = type !== undefined && getNullableType(type) instanceof GraphQLList;
      inner = {
        depth: child.depth + 1,
        aliases: child.aliases + (selection.alias ? 1 : 0),
        cost: 1 + multiplier(selection, isList) * child.cost,
      };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      inner = measure(selection.selectionSet, condition ?? undefined, walk, seen);
    } else {
      const fragment = walk.fragments[selection.name.value];
      // A fragment spread twice on one path is a cycle, which validation reports on its own.
      if (!fragment || seen.has(fragment.name.value)) continue;
      const condition = walk.schema.getType(fragment.typeCondition.name.value) ?? undefined;
      inner = measure(fragment.selectionSet, condition, walk, new Set([...seen, fragment.name.value]));
    }
    total.depth = Math.max(total.depth, inner.depth);
    total.aliases += inner.aliases;
    total.cost += inner.cost;
  }
  return total;
}

export function limitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    const schema = context.getSchema();
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    const refuse = (message: string) =>
      context.reportError(new GraphQLError(message, { extensions: { code: ErrorCode.tooComplex } }));
    return {
      OperationDefinition(operation) {
        const root = operation.operation === 'query' ? schema.getQueryType() : undefined;
        const m = measure(operation.selectionSet, root ?? undefined, { schema, fragments }, new Set());
        if (m.depth > limits.maxDepth) refuse(`Query depth ${m.depth} exceeds the maximum of ${limits.maxDepth}.`);
        if (m.aliases > limits.maxAliases) refuse(`Query uses ${m.aliases} aliases; the maximum is ${limits.maxAliases}.`);
        if (m.cost > limits.maxCost) refuse(`Query cost ${m.cost} exceeds the maximum of ${limits.maxCost}; ask for smaller pages.`);
      },
    };
  };
}

export function useLimits(limits: QueryLimits = DEFAULT_LIMITS): Plugin {
  const rule = limitsRule(limits);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
