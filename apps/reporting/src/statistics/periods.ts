import { financialQuarter, financialQuarterOf } from '@redress/policy';
import type { Period } from '@redress/policy';

/** Reporting periods: calendar months, or the policy's financial-year quarters (year 2026 = April 2026 to March 2027). */

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

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
  let { year, quarter } = financialQuarterOf(from);
  for (;;) {
    const p = financialQuarter(year, quarter);
    if (p.from > to) return out;
    out.push(p);
    [year, quarter] = quarter === 4 ? [year + 1, 1] : [year, quarter + 1];
  }
}
