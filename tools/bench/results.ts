import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';

/**
 * The figures `npm run bench` prints as `ratio <name> <value> (goal <op> <target>)`, and writes to bench/results.json
 * (git-ignored) with the machine they were measured on. Other parts of the bench add theirs the same way; a figure
 * already in the file from an earlier run and not measured this time is kept, with its own date.
 */
export type GoalOp = '<=' | '>=';

export interface RatioResult {
  value: number;
  goal: `${GoalOp} ${number}`;
  met: boolean;
  /** The figures the ratio was made from, and anything else worth keeping beside it. */
  detail: Record<string, number | string>;
  measuredAt: string;
}

const ratios: Record<string, RatioResult> = {};

export function ratio(name: string, value: number, op: GoalOp, target: number, detail: Record<string, number | string> = {}): RatioResult {
  const rounded = Math.round(value * 1000) / 1000;
  const result: RatioResult = {
    value: rounded,
    goal: `${op} ${target}`,
    met: op === '<=' ? value <= target : value >= target,
    detail,
    measuredAt: new Date().toISOString(),
  };
  ratios[name] = result;
  const extra = Object.entries(detail)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  console.log(`ratio ${name} ${rounded} (goal ${op} ${target})${result.met ? '' : '  MISSED'}${extra ? `   ${extra}` : ''}`);
  return result;
}

export const RESULTS_FILE = join(__dirname, '..', '..', 'bench', 'results.json');

export function machine() {
  const cpu = cpus();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1e8) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
  };
}

/** Writes every ratio measured (merged over an earlier file's) to bench/results.json. */
export function writeResults(file = RESULTS_FILE): void {
  let earlier: { ratios?: Record<string, RatioResult> } = {};
  try {
    earlier = JSON.parse(readFileSync(file, 'utf8')) as typeof earlier;
  } catch {
    earlier = {};
  }
  mkdirSync(join(file, '..'), { recursive: true });
  const body = { machine: machine(), writtenAt: new Date().toISOString(), ratios: { ...earlier.ratios, ...ratios } };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  console.log(`\nresults written to ${file}`);
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
