/**
 * What a job handler did with a job, logged with the job id and counted. Only infrastructure faults throw
 * (and retry); a refusal by the policy is a business outcome and completes the job.
 */
export type JobOutcome = { outcome: 'done' } | { outcome: 'skipped'; why: string } | { outcome: 'refused'; code: string; reason: string };
