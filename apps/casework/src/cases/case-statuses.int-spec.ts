import { graphql } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { CaseStatus, Role } from '@redress/policy';
import { buildSubgraph, formatError } from '@redress/platform';
import type { AuthContext } from '@redress/platform';
import { caseworkSubgraph } from '../casework.module';
import { caseworkSchema } from '../casework.orm';
import { caseworkTestbed } from '../testing/casework-testbed';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { Case, CaseStage } from './case.entity';
import { openCase } from './open-case';

jest.setTimeout(60_000);

// CaseFilter.statuses through casework's own schema (as the gateway calls it), over real PostgreSQL: "My cases"
// shows every case still being worked — open or on hold — and an empty list is refused in words a person can act on.
const bed = caseworkTestbed('case-statuses');
let schema: GraphQLSchema;
const officer: AuthContext = { staff: { sub: 'hart-officer', name: 'Amy Clarke', roles: [Role.OFFICER], council: 'hart' } };
const NOW = new Date('2027-01-15T12:00:00Z');
const byId = new Map<string, string>();

async function make(label: string, receivedAt: string, status: CaseStatus) {
  const c = await openCase(bed.orm.em.fork(), newCaseOpenJob(receivedAt), new Date(receivedAt));
  await bed.orm.em.fork().nativeUpdate(Case, { id: c.id }, { assigneeId: 'hart-officer', status });
  if (status === CaseStatus.ON_HOLD)
    await bed.orm.em.fork().nativeUpdate(CaseStage, { case: c.id }, { heldSince: new Date('2027-01-12T10:00:00Z') });
  byId.set(c.id, label);
}

const CASES = `query Q($filter: CaseFilter) { cases(filter: $filter, first: 100) { totalCount edges { node { id status } } } }`;

async function cases(filter: Record<string, unknown>) {
  const contextValue = { auth: officer, em: bed.orm.em.fork(), schema: caseworkSchema(bed.config), now: () => NOW };
  const res = await graphql({ schema, source: CASES, variableValues: { filter: { assigneeId: 'hart-officer', ...filter } }, contextValue });
  // As the edge formats them: the code in extensions, the message a person can act on.
  const error = res.errors?.map((e) => formatError(e.toJSON(), e))[0];
  const edges = (res.data?.cases as { edges: { node: { id: string; status: string } }[] } | undefined)?.edges ?? [];
  return { labels: edges.map((e) => `${byId.get(e.node.id)} ${e.node.status}`), error };
}

beforeAll(async () => {
  schema = (await buildSubgraph(caseworkSubgraph())).schema;
  await make('open', '2027-01-04T10:00:00Z', CaseStatus.OPEN);
  await make('held', '2027-01-05T10:00:00Z', CaseStatus.ON_HOLD);
  await make('responded', '2027-01-06T10:00:00Z', CaseStatus.RESPONDED);
  await make('closed', '2027-01-07T10:00:00Z', CaseStatus.CLOSED);
});

describe('CaseFilter.statuses: any of these statuses', () => {
  it('lists the cases still being worked, open or on hold, oldest first', async () => {
    expect(await cases({ statuses: ['OPEN', 'ON_HOLD'] })).toEqual({ labels: ['open OPEN', 'held ON_HOLD'], error: undefined });
    expect((await cases({ statuses: ['CLOSED', 'RESPONDED'] })).labels).toEqual(['responded RESPONDED', 'closed CLOSED']);
    // One status alone, as before: a held case is not OPEN.
    expect((await cases({ status: 'OPEN' })).labels).toEqual(['open OPEN']);
    expect((await cases({})).labels).toHaveLength(4);
  });

  it('applies status and statuses both when both are given (only what is in both)', async () => {
    expect((await cases({ status: 'ON_HOLD', statuses: ['OPEN', 'ON_HOLD'] })).labels).toEqual(['held ON_HOLD']);
    expect((await cases({ status: 'CLOSED', statuses: ['OPEN', 'ON_HOLD'] })).labels).toEqual([]);
  });

  it('refuses an empty list, saying what to give instead', async () => {
    const { error } = await cases({ statuses: [] });
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.statuses' });
    expect(error?.message).toBe(
      'filter.statuses must name at least one: e.g. [OPEN, ON_HOLD] for the cases still being worked, ' +
        'or leave statuses out for any status.',
    );
  });
});
