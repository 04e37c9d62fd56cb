import 'reflect-metadata';
import { HistoryRefused, describe, seedHistory } from './seed-history';

/** npm run seed:history [-- --scale 1 --seed 1 --workers 2]: three financial years of history for both councils. */
function option(name: string, min = Number.MIN_VALUE): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : undefined;
  if (value !== undefined && !(Number.isFinite(value) && value >= min)) {
    console.error(`--${name} takes a ${min === 0 ? 'whole number, 0 or more' : 'positive number'} (got "${process.argv[i + 1]}").`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const summary = await seedHistory({
    scale: option('scale') ?? 1,
    seed: option('seed', 0) ?? 1,
    workers: option('workers', 0),
    log: (line) => console.log(`[history] ${line}`),
  });
  for (const line of describe(summary)) console.log(`[history] ${line}`);
}

main().catch((err: Error) => {
  console.error(`[history] ${err instanceof HistoryRefused ? '' : 'failed: '}${err.message}`);
  process.exit(1);
});
