import { resolveInfoOf as infoOf } from './testing/resolve-info';
import { selectedFields } from './graphql-selection';

describe('selectedFields', () => {
  it('names the fields selected below the field, through fragments and inline fragments', () => {
    const info = infoOf(`
      query { case(reference: "HDC-2026-000001") { reference ...Parts ... on Case { timeline { at } } } }
      fragment Parts on Case { stage { number breaches { kind } } }`);
    expect([...selectedFields(info)].sort()).toEqual(['reference', 'stage', 'timeline']);
    expect([...selectedFields(info, ['stage'])].sort()).toEqual(['breaches', 'number']);
  });
  it('follows a path into a connection, and finds nothing on a path not selected', () => {
    const info = infoOf('{ cases { totalCount edges { node { reference complainant { name } } } } }');
    expect([...selectedFields(info, ['edges', 'node'])].sort()).toEqual(['complainant', 'reference']);
    expect(selectedFields(info, ['pageInfo']).size).toBe(0);
  });
  it('merges a field selected twice (aliases included)', () => {
    const info = infoOf('{ case(reference: "x") { a: stage { number } b: stage { respondBy } } }');
    expect([...selectedFields(info, ['stage'])].sort()).toEqual(['number', 'respondBy']);
  });
});
