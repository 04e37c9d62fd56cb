import { documentErrors } from '@redress/platform/testing';
import { CASE_OPERATIONS } from './case-operations';

// The case pages' documents against what the gateway serves (the API schema of the checked-in supergraph).

describe("the case pages' GraphQL documents", () => {
  it.each(Object.entries(CASE_OPERATIONS))('%s is valid against the supergraph', (_name, op) => {
    expect(documentErrors(op.document)).toEqual([]);
  });
});
