import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

type Selection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** Every field node of a selection set, fragments and inline fragments spread in. */
function fieldsOf(set: SelectionSetNode | undefined, fragments: Selection['fragments']): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((s) => {
    if (s.kind === 'Field') return [s];
    if (s.kind === 'InlineFragment') return fieldsOf(s.selectionSet, fragments);
    const fragment = fragments[s.name.value];
    return fragment ? fieldsOf(fragment.selectionSet, fragments) : [];
  });
}

/**
 * The names of the fields a query selects below the field being resolved, at a path below it (`['edges', 'node']`
 * for a connection's nodes). Lets a resolver load only what was asked for.
 */
export function selectedFields(info: Selection, path: readonly string[] = []): Set<string> {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path)
    level = level.flatMap((node) => fieldsOf(node.selectionSet, info.fragments).filter((f) => f.name.value === name));
  return new Set(level.flatMap((node) => fieldsOf(node.selectionSet, info.fragments).map((f) => f.name.value)));
}
