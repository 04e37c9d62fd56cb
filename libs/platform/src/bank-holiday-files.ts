import { readFileSync } from 'node:fs';
import { addBankHolidays } from '@redress/policy';
import type { BankHoliday } from '@redress/policy';
import type { PlatformConfig } from './config';

/**
 * Adds the one-off bank holidays named by EXTRA_BANK_HOLIDAYS_FILE (a JSON list of `{ "date": "YYYY-MM-DD", "name" }`)
 * to the calendar every deadline is counted with, for a holiday announced after this release was built. Every
 * process of the deployment reads the same file; the casework worker's reconciler then moves the running deadlines
 * it affects. A file that is missing, not JSON, or names a weekend day stops the process at start.
 */
export function addConfiguredBankHolidays(config: Pick<PlatformConfig, 'extraBankHolidaysFile'>): BankHoliday[] {
  if (!config.extraBankHolidaysFile) return [];
  const file = config.extraBankHolidaysFile;
  const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(list))
    throw new Error(`EXTRA_BANK_HOLIDAYS_FILE ${file} must hold a JSON list of { "date": "YYYY-MM-DD", "name": "…" }`);
  return addBankHolidays(list as { date: string; name: string }[]);
}
