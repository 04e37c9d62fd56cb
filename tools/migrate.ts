import 'reflect-metadata';
import { COUNCIL_POLICIES } from '@redress/policy';
import { createLogger, loadConfig } from '@redress/platform';
import { caseworkModule } from '@redress/casework';
import { intakeModule } from '@redress/intake';
import { reportingModule } from '@redress/reporting';
import { communicationsModule } from '@redress/communications';
import { seedHistoryAtStart } from './history/seed-history';

/** Applies every service's migrations (each service also does so at start; this makes start-up errors early and plain). */
async function main(): Promise<void> {
  for (const m of [intakeModule, caseworkModule, reportingModule, communicationsModule]) {
    const config = loadConfig(m.service);
    const orm = await m.createOrm(config, createLogger(`migrate-${m.service}`, config.logLevel));
    await orm.close();
    console.log(`[migrate] ${m.schema(config)}: up to date`);
  }
  console.log(
    `[seed] councils published from libs/policy: ${COUNCIL_POLICIES.map((p) => `${p.councilName} (${p.referencePrefix})`).join(', ')}`,
  );
  await seedHistoryAtStart(); // SEED_DEMO_DATA on and no contact yet: three financial years of history (tools/history)
}

main().catch((err: Error) => {
  console.error(`[migrate] failed: ${err.message}`);
  process.exit(1);
});
