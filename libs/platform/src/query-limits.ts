import { GraphQLError, Kind } from 'graphql';
import type { ASTVisitor, FragmentDefinitionNode, SelectionNode, SelectionSetNode, ValidationContext } from 'graphql';

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
