import { defaultFieldResolver } from 'graphql';
import type { GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { Role } from '@redress/policy';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { AuthContext } from './auth';
import { requireStaff } from './auth';

/**
 * Who may resolve one field. PUBLIC: anyone, the public included (the resolver may still treat staff and the
 * public differently, as submitFeedback does with channels). STAFF: staff holding one of the roles (ADMIN holds
 * them all); with `councilArg`, only staff of the council that argument names.
 */
export type Access = { kind: 'PUBLIC' } | { kind: 'STAFF'; roles: readonly Role[]; councilArg?: string };

export const PUBLIC: Access = { kind: 'PUBLIC' };

export const staffWith = (roles: readonly Role[], options: { councilArg?: string } = {}): Access => ({ kind: 'STAFF', roles, ...options });

/**
 * One subgraph's access rules, keyed `Type.field`: every root Query and Mutation field must have one (a subgraph
 * with an unguarded operation refuses to start); other fields and `Type.__resolveReference` may have one.
 */
export type AccessRules = Readonly<Record<string, Access>>;

const ROOT_TYPES = ['Query', 'Mutation'] as const;
const FEDERATION_FIELDS = new Set(['_entities', '_service']);

function argument(args: Record<string, unknown>, path: string): string | null {
  let value: unknown = args;
  for (const key of path.split('.'))
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : null;
}

/** Throws UNAUTHENTICATED or FORBIDDEN (with nothing of the record in the message) unless the rule lets the caller in. */
export function checkAccess(rule: Access, auth: AuthContext, args: Record<string, unknown>): void {
  if (rule.kind === 'PUBLIC') return;
  // A missing council argument is a validation matter for the resolver; the role is still checked here.
  requireStaff(auth, rule.councilArg ? argument(args, rule.councilArg) : null, rule.roles);
}

/**
 * Why a subgraph's rules cannot be used: root fields with no rule (served to anybody) and rules for a field or
 * reference resolver the subgraph does not have (a typo guards nothing). Empty when they can.
 */
export function accessRuleProblems(schema: GraphQLSchema, rules: AccessRules, referenceTypes: readonly string[]): string[] {
  const missing: string[] = [];
  for (const typeName of ROOT_TYPES) {
    const type = typeName === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.keys(type?.getFields() ?? {})) {
      if (!FEDERATION_FIELDS.has(field) && !rules[`${typeName}.${field}`]) missing.push(`${typeName}.${field}`);
    }
  }
  const stale = Object.keys(rules).filter((key) => {
    const [typeName, field] = key.split('.');
    const type = schema.getType(typeName);
    return field === '__resolveReference' ? !referenceTypes.includes(typeName) : !(type && 'getFields' in type && type.getFields()[field]);
  });
  return [
    ...(missing.length ? [`No access rule for ${missing.join(', ')}: add one to the subgraph's access rules.`] : []),
    ...stale.map((key) => `Access rule for ${key}, which this subgraph does not have.`),
  ];
}

type Resolvers = GraphQLResolverMap<unknown>;
type ReferenceResolver = (reference: unknown, context: { auth: AuthContext }, info: GraphQLResolveInfo) => unknown;

/** Wraps every resolver that has a rule with its check, in place (rules already checked by accessRuleProblems). */
export function applyAccessRules(resolvers: Resolvers, rules: AccessRules): void {
  for (const [key, rule] of Object.entries(rules)) {
    const [typeName, fieldName] = key.split('.');
    const fields = (resolvers[typeName] ??= {}) as Record<string, unknown>;
    if (fieldName === '__resolveReference') {
      const resolve = fields[fieldName] as ReferenceResolver;
      fields[fieldName] = (reference: unknown, context: { auth: AuthContext }, info: GraphQLResolveInfo) => {
        checkAccess(rule, context.auth, {});
        return resolve(reference, context, info);
      };
      continue;
    }
    const resolve = (fields[fieldName] as GraphQLFieldResolver<unknown, { auth: AuthContext }> | undefined) ?? defaultFieldResolver;
    fields[fieldName] = (source: unknown, args: Record<string, unknown>, context: { auth: AuthContext }, info: GraphQLResolveInfo) => {
      checkAccess(rule, context.auth, args);
      return resolve(source, args, context, info);
    };
  }
}
