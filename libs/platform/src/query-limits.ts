import { GraphQLError, Kind } from 'graphql';
import type { ASTVisitor, FragmentDefinitionNode, SelectionSetNode, ValidationContext } from 'graphql';

export interface QueryLimits { maxDepth: number; maxFields: number }

/**
 * Depth and size of an operation, fragments expanded (introspection fields are not counted, so tools can
 * still read the schema where introspection is on). Aliases count: 300 aliased copies cost 300 fields.
 */
function measure(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): { depth: number; fields: number } {
  let depth = 0;
  let fields = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      const inner = sel.selectionSet ? measure(sel.selectionSet, fragments, seen) : { depth: 0, fields: 0 };
      depth = Math.max(depth, 1 + inner.depth);
      fields += 1 + inner.fields;
    } else {
      const target = sel.kind === Kind.INLINE_FRAGMENT ? sel.selectionSet : seen.has(sel.name.value) ? null : fragments[sel.name.value]?.selectionSet;
      if (!target) continue;
      const inner = measure(target, fragments, sel.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, sel.name.value]) : seen);
      depth = Math.max(depth, inner.depth);
      fields += inner.fields;
    }
  }
  return { depth, fields };
}

/** A validation rule refusing operations deeper or larger than the limits, with a message that says by how much (Apollo reports it as GRAPHQL_VALIDATION_FAILED). */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    return {
      OperationDefinition(node) {
        const { depth, fields } = measure(node.selectionSet, fragments, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(new GraphQLError(`This query is ${depth} levels deep; the most allowed is ${limits.maxDepth}. Ask for less nested data.`, { nodes: [node] }));
        }
        if (fields > limits.maxFields) {
          context.reportError(new GraphQLError(`This query asks for ${fields} fields; the most allowed is ${limits.maxFields}. Split it into smaller queries.`, { nodes: [node] }));
        }
      },
    };
  };
}
