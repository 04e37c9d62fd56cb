import { readFileSync, readdirSync } from 'node:fs';
import { PLATFORM_PROCESSES } from '../processes';
import type { RunningPlatform } from '../testing';

/*
 * Where an operation's time goes between processes: CPU milliseconds per operation of each platform process, of
 * PostgreSQL (every backend together) and of the bench itself, read from /proc over a phase of the bench. A ratio says
 * how far off a goal is; this says which process to look at first.
 */

const TICK_MS = 10; // USER_HZ is 100 on Linux

function ticks(pid: number): number {
  try {
    // utime and stime, the 14th and 15th fields (after the command in parentheses, which may hold spaces).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function postgresPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

type Sample = Map<string, number>;

function sample(platform: RunningPlatform): Sample {
  const at: Sample = new Map();
  for (const p of PLATFORM_PROCESSES) {
    let pid: number | undefined;
    try {
      pid = platform.pid(p.name);
    } catch {
      continue; // not started by this platform (the web apps)
    }
    if (pid) at.set(p.name, ticks(pid));
  }
  at.set(
    'postgres',
    postgresPids().reduce((sum, pid) => sum + ticks(pid), 0),
  );
  const self = process.cpuUsage();
  at.set('bench', (self.user + self.system) / 1000 / TICK_MS);
  return at;
}

/**
 * Runs `phase` (`operations` of one kind) and answers the CPU milliseconds per operation of each process that used
 * any, largest first, as one line: `casework 1.80, postgres 0.44, bench 0.33`.
 */
export async function cpuPerOperation(platform: RunningPlatform, operations: number, phase: () => Promise<unknown>): Promise<string> {
  const before = sample(platform);
  await phase();
  const after = sample(platform);
  return [...after]
    .map(([name, t]) => [name, ((t - (before.get(name) ?? t)) * TICK_MS) / operations] as const)
    .filter(([, ms]) => ms >= 0.01)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
    .join(', ');
}
