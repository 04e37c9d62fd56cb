import { documentErrors, enumValues } from '@redress/platform/testing';
import { ALL_OPERATIONS } from './operations';
import {
  CATEGORY_WORDS,
  COMPLAINANT_TYPE_WORDS,
  CONSENT_WORDS,
  CONTACT_WORDS,
  MATTER_WORDS,
  OUTCOME_WORDS,
  REMEDY_WORDS,
  STATUS_WORDS,
} from '../complaint/words';

// The portal's documents against what the gateway serves (the API schema of the checked-in supergraph).

describe("the portal's GraphQL documents", () => {
  it.each(Object.entries(ALL_OPERATIONS))('%s is valid against the supergraph', (_name, op) => {
    expect(documentErrors(op.document)).toEqual([]);
  });
});

describe('the words the portal shows for the contract’s enums', () => {
  // Every value the gateway can answer with (or take) has words, and no words are kept for a value it does not have.
  it.each([
    ['ComplaintCategory', CATEGORY_WORDS],
    ['ComplainantType', COMPLAINANT_TYPE_WORDS],
    ['CaseStatus', STATUS_WORDS],
    ['Outcome', OUTCOME_WORDS],
    ['Remedy', REMEDY_WORDS],
    ['Matter', MATTER_WORDS],
    ['ConsentEvidence', CONSENT_WORDS],
    ['ContactPreference', CONTACT_WORDS],
  ])('%s', (name, words) => {
    expect(Object.keys(words).sort()).toEqual(enumValues(name));
  });
});
