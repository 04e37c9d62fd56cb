import { resolveInfoOf } from '@redress/platform/testing';
import { CASE_POPULATE, casePopulateFor } from './case-command';

describe('what a read of cases loads', () => {
  it('loads the stages only, for a query asking for none of the rest (the bench read, a work queue)', () => {
    expect(casePopulateFor(resolveInfoOf('{ case(reference: "x") { reference status stage { number respondBy } } }'))).toEqual(['stages']);
    const queue = resolveInfoOf('{ cases { totalCount edges { node { reference overdue stage { respondBy } } } } }');
    expect(casePopulateFor(queue, ['edges', 'node'])).toEqual(['stages']);
  });
  it('loads the breaches, timeline and complainant when they are asked for, in the current stage or any', () => {
    const page = resolveInfoOf(`{ case(reference: "x") { ...Page } }
      fragment Page on Case { timeline { at } complainant { name } stages { breaches { kind } } }`);
    expect([...casePopulateFor(page)].sort()).toEqual([...CASE_POPULATE].sort());
    expect(casePopulateFor(resolveInfoOf('{ case(reference: "x") { stage { breaches { kind } } } }'))).toEqual([
      'stages',
      'stages.breaches',
    ]);
    const queue = resolveInfoOf('{ cases { edges { node { complainant { name } } } } }');
    expect(casePopulateFor(queue, ['edges', 'node'])).toEqual(['stages', 'complainant']);
  });
});
