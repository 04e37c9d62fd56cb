import { dayNumber } from './london-time';
import type { LocalDate } from './london-time';

/**
 * Local authorities' financial year starts on 1 April (Local Government Finance Act 1992 s.43/s.65): year 2026 is
 * April 2026 to March 2027, Q1 = April–June, Q4 = January–March of the next calendar year.
 */
export const FINANCIAL_YEAR_START_MONTH = 4;

/** A reporting period of London dates, inclusive, with its key ("2026-Q1", "2026-05"). */
export interface Period {
  key: string;
  from: LocalDate;
  to: LocalDate;
}

export interface FinancialQuarter {
  /** The calendar year the financial year starts in (2026 for 2026-27). */
  year: number;
  /** 1 (April–June) to 4 (January–March). */
  quarter: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const SHIFT = FINANCIAL_YEAR_START_MONTH - 1;

/** First and last dates of a financial-year quarter, keyed "2026-Q1". */
export function financialQuarter(year: number, quarter: number): Period {
  const months = year * 12 + SHIFT + (quarter - 1) * 3; // months since year 0 of the quarter's first month
  const [y, m] = [Math.floor(months / 12), (months % 12) + 1];
  const [ey, em] = [Math.floor((months + 2) / 12), ((months + 2) % 12) + 1];
  return { key: `${year}-Q${quarter}`, from: `${y}-${pad(m)}-01`, to: `${ey}-${pad(em)}-${pad(lastDayOfMonth(ey, em))}` };
}

/** First and last dates of a financial year (year 2026 = 1 April 2026 to 31 March 2027), keyed "2026-27". */
export function financialYear(year: number): Period {
  return { key: `${year}-${pad((year + 1) % 100)}`, from: financialQuarter(year, 1).from, to: financialQuarter(year, 4).to };
}

/**
 * The financial year and quarter a London date falls in: the calendar quarter of the date moved back
 * `FINANCIAL_YEAR_START_MONTH - 1` months. `financialQuarterSql` is the same shift in SQL.
 */
export function financialQuarterOf(date: LocalDate): FinancialQuarter {
  dayNumber(date);
  const months = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - SHIFT;
  return { year: Math.floor(months / 12), quarter: Math.floor((months % 12) / 3) + 1 };
}

/** The key ("2026-Q1") of the financial quarter of a date column, in PostgreSQL: `financialQuarterOf` in SQL. */
export const financialQuarterSql = (column: string): string => `to_char(${column} - interval '${SHIFT} months', 'YYYY"-Q"Q')`;
