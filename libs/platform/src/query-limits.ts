import { GraphQLError, Kind } from 'graphql';
import type {
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  SelectionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxFields: number;
}

type Size = { depth: number; fields: number };
type Fragments = Record<string, FragmentDefinitionNode>;
const NOTHING: Size = { depth: 0, fields: 0 };

/** One selection: a field counts itself and one level; a fragment counts what it selects (each named one once per path). */
function measureSelection(sel: SelectionNode, fragments: Fragments, seen: Set<string>): Size {
  if (sel.kind === Kind.FIELD) {
    if (sel.name.value.startsWith('__')) return NOTHING;
    const inner = sel.selectionSet ? measure(sel.selectionSet, fragments, seen) : NOTHING;
    return { depth: 1 + inner.depth, fields: 1 + inner.fields };
  }
  if (sel.kind === Kind.INLINE_FRAGMENT) return measure(sel.selectionSet, fragments, seen);
  const target = seen.has(sel.name.value) ? null : fragments[sel.name.value]?.selectionSet;
  return target ? measure(target, fragments, new Set([...seen, sel.name.value])) : NOTHING;
}

/**
 * Depth and size of an operation, fragments expanded (introspection fields are not counted, so tools can
 * still read the schema where introspection is on). Aliases count: 300 aliased copies cost 300 fields.
 */
function measure(set: SelectionSetNode, fragments: Fragments, seen: Set<string>): Size {
  return set.selections
    .map((sel) => measureSelection(sel, fragments, seen))
    .reduce((total, one) => ({ depth: Math.max(total.depth, one.depth), fields: total.fields + one.fields }), NOTHING);
}

/**
 * A validation rule refusing operations deeper or larger than the limits, with a message that says by how much
 * (Apollo reports it as GRAPHQL_VALIDATION_FAILED).
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    return {
      OperationDefinition(node) {
        const { depth, fields } = measure(node.selectionSet, fragments, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`This query is ${depth} levels deep; the most allowed is ${limits.maxDepth}. Ask for less nested data.`, {
              nodes: [node],
            }),
          );
        }
        if (fields > limits.maxFields) {
          context.reportError(
            new GraphQLError(
              `This query asks for ${fields} fields; the most allowed is ${limits.maxFields}. Split it into smaller queries.`,
              { nodes: [node] },
            ),
          );
        }
      },
    };
  };
}

/**
 * What an operation costs (graphql-query-complexity): each field 1, and a page of a connection (`first`) its items'
 * cost times how many it asks for: `first` as sent, or as the schema's default fills it in (`cases`: 20). A page the
 * schema leaves unsized counts as UNSIZED_PAGE items. Depth and size limits cannot see that `cases(first: 100) { … }`
 * asks for a hundred times its fields.
 */
const UNSIZED_PAGE = 100;
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [
      ({ args, childComplexity, field }) =>
        field.args.some((a) => a.name === 'first')
          ? 1 + (typeof args.first === 'number' ? args.first : UNSIZED_PAGE) * childComplexity
          : undefined,
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}

/** MAX_QUERY_COST when not set: a work queue of 100 cases with every field the workspace shows costs well under it. */
export const DEFAULT_MAX_QUERY_COST = 5000;

/** Refuses an operation costing more than `maxCost` (operationCost), before any subgraph is asked, saying by how much. */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = operationCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch {
            // Variables that do not fit the operation: its execution refuses them, saying which (BAD_USER_INPUT).
            return;
          }
          if (cost > maxCost)
            throw new GraphQLError(
              `This query would cost ${cost}; the most one query may cost is ${maxCost}. Ask for fewer items (first) or fewer fields.`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
        },
      };
    },
  };
}
