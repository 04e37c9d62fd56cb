import type { CouncilPolicy } from '../types';
import { HAMPSHIRE_POLICY } from './hampshire.policy';
import { HART_POLICY } from './hart.policy';

/** The councils this deployment hosts, each with its own published policy. */
export const COUNCIL_POLICIES: readonly CouncilPolicy[] = [HART_POLICY, HAMPSHIRE_POLICY];

export const findCouncilPolicy = (councilId: string): CouncilPolicy | undefined => COUNCIL_POLICIES.find((p) => p.councilId === councilId);
