import { composeSupergraph, readCheckedInSupergraph } from './supergraph';

describe('checked-in supergraph', () => {
  it('is what the subgraphs compose to today (run `npm run compose` when this fails)', async () => {
    expect(readCheckedInSupergraph()).toBe(await composeSupergraph());
  }, 60_000);
});
