import { readFileSync } from 'node:fs';
import { findCouncilPolicy, hostCouncilPolicy } from '@redress/policy';
import type { CouncilPolicy } from '@redress/policy';
import type { PlatformConfig } from './config';

/**
 * Hosts the councils named by COUNCIL_POLICY_FILES (each file one council's policy as JSON), so one deployment
 * serves councils beyond the two it ships with. Every process of the deployment reads the same files. A file
 * that is missing or not JSON stops the process at start.
 */
export function hostConfiguredCouncils(config: Pick<PlatformConfig, 'councilPolicyFiles'>): CouncilPolicy[] {
  return config.councilPolicyFiles.map((file) => {
    const policy = JSON.parse(readFileSync(file, 'utf8')) as CouncilPolicy;
    // The same file read again (a second start in one process) is a no-op; a different policy for a hosted council is refused.
    const hosted = findCouncilPolicy(policy.councilId);
    return hosted && JSON.stringify(hosted) === JSON.stringify(policy) ? hosted : hostCouncilPolicy(policy);
  });
}
