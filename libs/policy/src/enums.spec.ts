import { Channel, Matter } from './enums';

describe('contract enums', () => {
  it('spell each value as its name, as the GraphQL contract does', () => {
    for (const e of [Channel, Matter]) for (const [k, v] of Object.entries(e)) expect(v).toBe(k);
  });
});
