import { getVariableValues, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { documentErrors, enumValues, gatewayApiSchema } from '@redress/platform/testing';
import { DEFAULT_MAX_QUERY_COST, operationCost } from '@redress/platform';
import { Role } from '@redress/policy';
import { filterOf, queuesFor, readChoice } from '../queues/work-queues';
import { ALL_OPERATIONS, CASES } from './operations';
import {
  ALERT_GROUPS,
  ALERT_KIND_WORDS,
  CHANNEL_WORDS,
  COMPLAINANT_TYPE_WORDS,
  CONTACT_WORDS,
  KIND_WORDS,
  ROLE_WORDS,
  STATUS_WORDS,
} from './words';

// The workspace's documents against what the gateway serves (the API schema of the checked-in supergraph).
const api = gatewayApiSchema();

const CASES_DEF = parse(CASES.document).definitions[0] as OperationDefinitionNode;

describe("the workspace's GraphQL documents", () => {
  it.each(Object.entries(ALL_OPERATIONS))('%s is valid against the supergraph', (_name, op) => {
    expect(documentErrors(op.document)).toEqual([]);
  });
  // Those asking for a page: what the others cost is bounded by the depth and size limits.
  const paged = Object.entries(ALL_OPERATIONS).filter(([, op]) => op.document.includes('$first'));
  it.each(paged)('%s costs less than the gateway allows, even a page of 100', (_name, op) => {
    expect(operationCost(api, parse(op.document), { first: 100 })).toBeLessThanOrEqual(DEFAULT_MAX_QUERY_COST);
  });
});

describe('the filters the work queues send', () => {
  // Each queue's filter, with each status choice, as the gateway would read the variables of the queue's document.
  const variables = (CASES_DEF.variableDefinitions ?? []).slice();
  const officer = { id: 'hart-officer', name: 'Amy Clarke', roles: [Role.OFFICER], councilId: 'hart' };
  const coordinator = { ...officer, id: 'hart-coordinator', roles: [Role.COMPLAINTS_COORDINATOR] };
  const queues = [officer, coordinator].flatMap((staff) =>
    queuesFor({ staff, serviceAreas: ['waste'], signOffRoles: [Role.COMPLAINTS_COORDINATOR] }),
  );
  const options = { stages: [1], serviceAreas: ['waste'], assignees: ['hart-officer'] };
  it.each(['', 'BEING_WORKED', 'OPEN', 'ON_HOLD', 'ANY'])('are CaseFilter values the API accepts (status=%s)', (status) => {
    for (const queue of queues) {
      const filter = filterOf(queue, readChoice({ status, stage: '1', late: 'yes' }, queue, options));
      const coerced = getVariableValues(api, variables, { filter, first: 20, after: null, orderBy: 'DUE_FIRST' });
      expect({ queue: queue.id, errors: (coerced.errors ?? []).map((e) => e.message) }).toEqual({ queue: queue.id, errors: [] });
    }
  });
  it('"My cases" asks for the cases open or on hold', () => {
    const [mine] = queuesFor({ staff: officer, serviceAreas: [], signOffRoles: [] });
    const { coerced } = getVariableValues(api, variables, { filter: filterOf(mine, readChoice({}, mine, options)) }) as {
      coerced: Record<string, unknown>;
    };
    expect(coerced.filter).toEqual({ assigneeId: 'hart-officer', statuses: ['OPEN', 'ON_HOLD'] });
  });
});

describe('the words the workspace shows for the contract’s enums', () => {
  // Every value the gateway can answer with has words, and no words are kept for a value it does not have.
  it.each([
    ['CaseStatus', STATUS_WORDS],
    ['FeedbackKind', KIND_WORDS],
    ['Channel', CHANNEL_WORDS],
    ['Role', ROLE_WORDS],
    ['AlertKind', ALERT_KIND_WORDS],
    ['AlertKind', ALERT_GROUPS],
    ['ComplainantType', COMPLAINANT_TYPE_WORDS],
    ['ContactPreference', CONTACT_WORDS],
  ])('%s', (name, words) => {
    expect(Object.keys(words).sort()).toEqual(enumValues(name));
  });
});
