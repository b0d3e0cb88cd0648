// Refuses queries that would cost the database too much, before any resolver runs: too deep, too many
// aliases, or too many rows by the page sizes they ask for. Errors carry code QUERY_TOO_COMPLEX.
import {
  GraphQLError,
  Kind,
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

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 30, maxCost: 50_000 };

// Page-size arguments multiply the cost of everything below them; a variable counts at its allowed maximum.
const PAGE_ARGS: Record<string, number> = { first: 100, limit: 500 };
const UNBOUNDED_LIST = 10;

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

function multiplier(field: FieldNode): number {
  for (const arg of field.arguments ?? []) {
    const max = PAGE_ARGS[arg.name.value];
    if (max === undefined) continue;
    return arg.value.kind === Kind.INT ? Math.min(Number(arg.value.value), max) : max;
  }
  return field.selectionSet ? UNBOUNDED_LIST : 1;
}

function measure(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): Measure {
  const total: Measure = { depth: 0, aliases: 0, cost: 0 };
  for (const selection of set.selections) {
    let inner: Measure;
    if (selection.kind === Kind.FIELD) {
      const child = selection.selectionSet ? measure(selection.selectionSet, fragments, seen) : { depth: 0, aliases: 0, cost: 0 };
      inner = {
        depth: child.depth + 1,
        aliases: child.aliases + (selection.alias ? 1 : 0),
        cost: 1 + multiplier(selection) * child.cost,
      };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, seen);
    } else {
      const fragment = fragments[selection.name.value];
      // A fragment spread twice on one path is a cycle, which validation reports on its own.
      if (!fragment || seen.has(fragment.name.value)) continue;
      inner = measure(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
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
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    const refuse = (message: string) =>
      context.reportError(new GraphQLError(message, { extensions: { code: ErrorCode.tooComplex } }));
    return {
      OperationDefinition(operation) {
        const m = measure(operation.selectionSet, fragments, new Set());
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
