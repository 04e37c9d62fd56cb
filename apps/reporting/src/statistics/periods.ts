/** Reporting periods. Financial years start on 1 April: year 2026 = April 2026 to March 2027, Q1 = April–June. */

export interface Period { key: string; from: string; to: string }

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** First and last dates of a financial-year quarter. */
export function financialQuarter(year: number, quarter: number): Period {
  const startMonth = 4 + (quarter - 1) * 3; // 4, 7, 10, 13 (= January of the next calendar year)
  const y = startMonth > 12 ? year + 1 : year;
  const m = ((startMonth - 1) % 12) + 1;
  return { key: `${year}-Q${quarter}`, from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m + 2)}-${pad(lastDayOfMonth(y, m + 2))}` };
}

/** The financial year and quarter a date falls in. */
export function quarterOf(date: string): { year: number; quarter: number } {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return { year: m >= 4 ? y : y - 1, quarter: Math.floor(((m + 8) % 12) / 3) + 1 };
}

/** Every month or financial quarter touching [from, to], in order. */
export function periodsBetween(from: string, to: string, interval: 'MONTH' | 'QUARTER'): Period[] {
  const out: Period[] = [];
  if (interval === 'MONTH') {
    let y = Number(from.slice(0, 4));
    let m = Number(from.slice(5, 7));
    while (`${y}-${pad(m)}` <= to.slice(0, 7)) {
      out.push({ key: `${y}-${pad(m)}`, from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDayOfMonth(y, m))}` });
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
    return out;
  }
  let { year, quarter } = quarterOf(from);
  for (;;) {
    const p = financialQuarter(year, quarter);
    if (p.from > to) return out;
    out.push(p);
    [year, quarter] = quarter === 4 ? [year + 1, 1] : [year, quarter + 1];
  }
}
