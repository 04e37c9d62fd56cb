import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HART_POLICY, findCouncilPolicy } from '@redress/policy';
import { hostConfiguredCouncils } from './council-files';

const file = (name: string, policy: object): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'redress-council-')), `${name}.json`);
  writeFileSync(path, JSON.stringify(policy));
  return path;
};

describe('councils hosted from COUNCIL_POLICY_FILES', () => {
  const capshire = { ...HART_POLICY, councilId: 'capshire', councilName: 'Capshire Borough Council', referencePrefix: 'CAP' };

  it('hosts the council in each file, and reading the same file again changes nothing', () => {
    const path = file('capshire', capshire);
    const [hosted] = hostConfiguredCouncils({ councilPolicyFiles: [path] });
    expect(findCouncilPolicy('capshire')).toBe(hosted);
    expect(hostConfiguredCouncils({ councilPolicyFiles: [path] })).toEqual([hosted]);
  });

  it('refuses a file that would change the rules of a council already hosted', () => {
    const path = file('hart', { ...HART_POLICY, timeLimitMonths: 24 });
    expect(() => hostConfiguredCouncils({ councilPolicyFiles: [path] })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(findCouncilPolicy('hart')!.timeLimitMonths).toBe(6);
  });
});
