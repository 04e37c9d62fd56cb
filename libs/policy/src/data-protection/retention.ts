import { CaseStatus } from '../enums';
import { addCalendarMonths, dayNumber, fromDayNumber, londonDate, startOfLondonDay } from '../calendar/london-time';
import type { LocalDate } from '../calendar/london-time';

/** What stands where personal data or free text was, once anonymised. */
export const ANONYMISED = 'Anonymised';

/**
 * The instant from which personal data last touched at `lastActivity` is past its retention period: the start of
 * the London day `months` calendar months later (a case closed on 31 August, kept 6 months, goes on 28 February).
 */
export const anonymiseFrom = (lastActivity: Date, months: number): Date =>
  startOfLondonDay(addCalendarMonths(londonDate(lastActivity), months));

export const isPastRetention = (lastActivity: Date, months: number, now: Date): boolean =>
  now.getTime() >= anonymiseFrom(lastActivity, months).getTime();

const nextDay = (d: LocalDate): LocalDate => fromDayNumber(dayNumber(d) + 1);

/**
 * Activity before this instant is past retention at `now`, activity from it is not: the exact bound for a database
 * query. Month ends make it more than "today minus the period": on 28 February, six months covers 29–31 August too.
 */
export function retentionCutoff(months: number, now: Date): Date {
  const today = londonDate(now);
  let last = addCalendarMonths(today, -months);
  while (addCalendarMonths(nextDay(last), months) <= today) last = nextDay(last);
  return startOfLondonDay(nextDay(last));
}

export interface ErasureCase {
  reference: string;
  status: CaseStatus;
}

export type ErasureDecision = { allowed: true } | { allowed: false; reason: string; references: string[] };

/**
 * Whether a person's data may be erased on request (UK GDPR art. 17(3)(b) and (e): not while the council still
 * needs it to deal with the complaint or to answer the Ombudsman). Closed cases and contacts with no case may go.
 */
export function erasureDecision(cases: readonly ErasureCase[]): ErasureDecision {
  const withOmbudsman = cases.filter((c) => c.status === CaseStatus.WITH_OMBUDSMAN).map((c) => c.reference);
  const open = cases.filter((c) => c.status !== CaseStatus.CLOSED && c.status !== CaseStatus.WITH_OMBUDSMAN).map((c) => c.reference);
  if (!open.length && !withOmbudsman.length) return { allowed: true };
  const reasons = [
    ...(open.length
      ? [`${open.join(', ')} ${open.length === 1 ? 'is' : 'are'} still being dealt with, and the council needs the record to do so`]
      : []),
    ...(withOmbudsman.length
      ? [
          `${withOmbudsman.join(', ')} ${withOmbudsman.length === 1 ? 'is' : 'are'} ` +
            "with the Ombudsman, who may ask for the council's records",
        ]
      : []),
  ];
  return {
    allowed: false,
    references: [...open, ...withOmbudsman],
    reason:
      `The personal data cannot be erased yet: ${reasons.join('; ')}. Ask again once ` +
      `${open.length + withOmbudsman.length === 1 ? 'it is' : 'they are'} closed.`,
  };
}
