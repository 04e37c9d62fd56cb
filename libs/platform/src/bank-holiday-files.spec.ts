import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBankHoliday } from '@redress/policy';
import { addConfiguredBankHolidays } from './bank-holiday-files';
import { loadConfig } from './config';

const file = (content: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'redress-holidays-')), 'extra.json');
  writeFileSync(path, content);
  return path;
};

describe('bank holidays added from EXTRA_BANK_HOLIDAYS_FILE', () => {
  it('is read from the configuration; unset, nothing is added', () => {
    expect(loadConfig('casework', {}).extraBankHolidaysFile).toBeNull();
    expect(loadConfig('casework', { EXTRA_BANK_HOLIDAYS_FILE: ' /etc/holidays.json ' }).extraBankHolidaysFile).toBe('/etc/holidays.json');
    expect(addConfiguredBankHolidays({ extraBankHolidaysFile: null })).toEqual([]);
  });

  it('adds each holiday in the file; reading it again adds nothing', () => {
    const path = file(JSON.stringify([{ date: '2032-06-08', name: 'Jubilee bank holiday' }]));
    expect(isBankHoliday('2032-06-08')).toBe(false);
    expect(addConfiguredBankHolidays({ extraBankHolidaysFile: path })).toEqual([
      { date: '2032-06-08', name: 'Jubilee bank holiday', provisional: false },
    ]);
    expect(isBankHoliday('2032-06-08')).toBe(true);
    expect(addConfiguredBankHolidays({ extraBankHolidaysFile: path })).toEqual([]);
  });

  it('stops at start on a file that is not a list, or names a weekend day', () => {
    expect(() => addConfiguredBankHolidays({ extraBankHolidaysFile: file('{"date":"2032-06-09"}') })).toThrow('must hold a JSON list');
    expect(() => addConfiguredBankHolidays({ extraBankHolidaysFile: file('[{"date":"2032-06-12","name":"Sat"}]') })).toThrow('weekend');
    expect(() => addConfiguredBankHolidays({ extraBankHolidaysFile: file('not json') })).toThrow();
  });
});
