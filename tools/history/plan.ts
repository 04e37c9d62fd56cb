import {
  Channel,
  ComplainantType,
  ConsentEvidence,
  ContactPreference,
  FeedbackKind,
  Matter,
  addCalendarMonths,
  addWorkingDays,
  financialQuarterOf,
  financialYear,
  findCouncilPolicy,
  isWorkingDay,
  londonDate,
  startOfLondonDay,
} from '@redress/policy';
import type { ComplaintCategory, LocalDate } from '@redress/policy';
import type { SubmitFeedbackInput } from '@redress/intake';
import type { AreaProfile } from './catalogue';
import {
  ANNUAL_VOLUME,
  AREAS,
  COMMENT_TEXTS,
  COMPLIMENT_TEXTS,
  FIRST_NAMES,
  LATE_JUSTIFICATIONS,
  STREETS,
  SURNAMES,
  TOWNS,
  categoriesOf,
  seasonOf,
} from './catalogue';
import { Rng } from './prng';
import type { StaffBook } from './staff';

export const HISTORY_COUNCILS = ['hart', 'hampshire'] as const;

/** What the story of a case opened from a contact does beyond the ordinary: every stage, or a late complaint. */
export type Showcase = 'EVERY_STAGE' | 'LATE' | null;

/** One contact as it reaches intake: the input, who records it and when. */
export interface ContactPlan {
  /** When intake is called (submitFeedback's now): on receipt for the public, soon after for staff recording it. */
  recordedAt: Date;
  input: SubmitFeedbackInput;
  /** The member of staff recording it; null for the public (web form, email). */
  recorder: string | null;
  /** The seed of the story of the case it opens, if any (and of the case another council opens from it). */
  caseSeed: number;
  showcase: Showcase;
  /** A service request raised as a complaint later (repeated failure), by this member of staff. */
  conversion?: { at: Date; by: string; caseSeed: number };
}

export type HistoryStep =
  { kind: 'SUBMIT'; at: Date; order: number; contact: ContactPlan } | { kind: 'CONVERT'; at: Date; order: number; contact: ContactPlan };

export interface HistoryPlan {
  /** The first day of the history: 1 April two financial years before the current one. */
  from: LocalDate;
  /** The last instant anything happens: the present. */
  now: Date;
  steps: HistoryStep[];
}

const { COMPLAINT, COMPLIMENT, COMMENT, SERVICE_REQUEST } = FeedbackKind;
const KINDS: readonly FeedbackKind[] = [COMPLAINT, COMPLIMENT, COMMENT, SERVICE_REQUEST];
const PUBLIC: ReadonlySet<Channel> = new Set([Channel.WEB_FORM, Channel.EMAIL]);

const CHANNELS: Readonly<Record<FeedbackKind, readonly (readonly [Channel, number])[]>> = {
  [COMPLAINT]: [
    [Channel.WEB_FORM, 44],
    [Channel.EMAIL, 20],
    [Channel.TELEPHONE, 14],
    [Channel.LETTER, 7],
    [Channel.IN_PERSON, 3],
    [Channel.REPRESENTATIVE, 5],
    [Channel.COUNCILLOR, 4],
    [Channel.SOCIAL_MEDIA, 3],
  ],
  [COMPLIMENT]: [
    [Channel.WEB_FORM, 45],
    [Channel.EMAIL, 28],
    [Channel.TELEPHONE, 10],
    [Channel.LETTER, 6],
    [Channel.SOCIAL_MEDIA, 6],
    [Channel.IN_PERSON, 5],
  ],
  [COMMENT]: [
    [Channel.WEB_FORM, 50],
    [Channel.EMAIL, 30],
    [Channel.TELEPHONE, 10],
    [Channel.SOCIAL_MEDIA, 10],
  ],
  [SERVICE_REQUEST]: [
    [Channel.WEB_FORM, 50],
    [Channel.TELEPHONE, 30],
    [Channel.EMAIL, 15],
    [Channel.SOCIAL_MEDIA, 5],
  ],
};

const COMPLAINANT_TYPES: readonly (readonly [ComplainantType, number])[] = [
  [ComplainantType.RESIDENT, 88],
  [ComplainantType.BUSINESS, 4],
  [ComplainantType.WORKER_OR_VISITOR, 4],
  [ComplainantType.COMMUNITY_GROUP, 2],
  [ComplainantType.PROFESSIONAL_BODY, 1],
  [ComplainantType.OTHER, 1],
];

/** Matters each council's policy sends elsewhere (referred or not accepted), with the service areas they arise in. */
const OTHER_PROCEDURES: Readonly<Record<string, readonly (readonly [Matter, string])[]>> = {
  hart: [
    [Matter.PLANNING_DECISION, 'planning'],
    [Matter.PARKING_APPEAL, 'parking'],
    [Matter.HOUSING_BENEFIT_APPEAL, 'benefits'],
    [Matter.FREEDOM_OF_INFORMATION, 'customer-services'],
    [Matter.COUNCIL_POLICY, 'other'],
    [Matter.COUNCILLOR_CONDUCT, 'other'],
    [Matter.LAW_OR_GOVERNMENT_POLICY, 'other'],
    [Matter.OTHER_APPEAL_MECHANISM, 'licensing'],
  ],
  hampshire: [
    [Matter.CONTRACTUAL, 'highways'],
    [Matter.PREVIOUSLY_INVESTIGATED, 'transport'],
    [Matter.OMBUDSMAN_INVESTIGATED, 'schools'],
    [Matter.COURT_DETERMINATION, 'other'],
    [Matter.FREEDOM_OF_INFORMATION, 'customer-services'],
    [Matter.DATA_PROTECTION, 'customer-services'],
    [Matter.COMPENSATION_CLAIM, 'highways'],
    [Matter.SCHOOL_ADMISSION_OR_EXCLUSION, 'schools'],
    [Matter.SEN_PROVISION, 'schools'],
    [Matter.EMPLOYMENT, 'other'],
    [Matter.WHISTLEBLOWING, 'other'],
    [Matter.HEALTH_AND_SAFETY, 'countryside'],
    [Matter.LEGAL_PROCEEDINGS, 'highways'],
  ],
};

/** Hampshire's districts other than Hart, for the district services brought to the county. */
const OTHER_DISTRICTS = ['RUSHMOOR', 'BASINGSTOKE_AND_DEANE', 'WINCHESTER', 'EAST_HAMPSHIRE', 'TEST_VALLEY', 'FAREHAM'];

/** The first day of the financial year the date falls in. */
export const financialYearStart = (date: LocalDate): LocalDate => financialYear(financialQuarterOf(date).year).from;

/** Volume grows a little each year (more people know how to complain), as councils report. */
const growth = (fyIndex: number): number => 1 + 0.06 * fyIndex;

/** The words of a contact: what every submission has. */
type Text = { summary: string; details: string };

const at = (date: LocalDate, minutes: number): Date => new Date(startOfLondonDay(date).getTime() + minutes * 60_000);
const nextWorkingDay = (date: LocalDate): LocalDate => (isWorkingDay(date) ? date : addWorkingDays(date, 1));
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number): string => String(n).padStart(2, '0');

interface Draw {
  council: string;
  kind: FeedbackKind;
  area: AreaProfile;
  date: LocalDate;
  index: number;
  rng: Rng;
  showcase: Showcase;
}

class Planner {
  private readonly contacts: ContactPlan[] = [];
  private index = 0;

  constructor(
    private readonly staff: StaffBook,
    private readonly now: Date,
  ) {}

  get all(): ContactPlan[] {
    return this.contacts;
  }

  add(d: Omit<Draw, 'index'>): void {
    const contact = this.contact({ ...d, index: this.index++ });
    if (contact && contact.recordedAt.getTime() <= this.now.getTime()) this.contacts.push(contact);
  }

  private contact(d: Draw): ContactPlan | null {
    const { rng, kind } = d;
    const channel = d.showcase ? Channel.WEB_FORM : rng.weighted(CHANNELS[kind]);
    const when = this.arrival(d, channel);
    const body: Text & Partial<SubmitFeedbackInput> = kind === COMPLAINT ? this.complaint(d, channel, when.received) : this.feedback(d);
    const input: SubmitFeedbackInput = {
      councilId: d.council,
      kind,
      channel,
      serviceArea: d.area.code,
      ...body,
      ...(PUBLIC.has(channel) ? {} : { receivedAt: when.received }),
      ...this.people(d, channel),
    };
    const contact: ContactPlan = {
      recordedAt: when.recorded,
      input,
      recorder: PUBLIC.has(channel) ? null : rng.pick(this.staff.contactCentre(d.council)),
      caseSeed: rng.child('case').seed,
      showcase: d.showcase,
    };
    if (kind === SERVICE_REQUEST && (d.area.code === 'highways' || d.area.code === 'waste') && rng.chance(0.05)) {
      const day = addWorkingDays(londonDate(when.recorded), rng.int(5, 15));
      contact.conversion = {
        at: at(day, rng.int(540, 1000)),
        by: this.staff.officerFor(d.council, d.area.code),
        caseSeed: rng.child('c').seed,
      };
    }
    return contact;
  }

  /** When it arrives: the web form and email at any hour of any day; everything else in office hours on working days. */
  private arrival(d: Draw, channel: Channel): { received: Date; recorded: Date } {
    if (PUBLIC.has(channel)) {
      const received = at(d.date, d.showcase ? 600 : d.rng.int(7 * 60, 23 * 60 - 1));
      return { received, recorded: received };
    }
    const day = nextWorkingDay(d.date);
    const received = at(day, d.rng.int(9 * 60, 17 * 60 - 1));
    return { received, recorded: new Date(received.getTime() + d.rng.int(5, 90) * 60_000) };
  }

  private complaint(d: Draw, channel: Channel, received: Date): Text & Partial<SubmitFeedbackInput> {
    const { rng, area, council } = d;
    const [summary, details] = rng.pick(area.complaints ?? [['Complaint', 'The service was not delivered as promised.']]);
    return {
      summary,
      details,
      matter: d.showcase ? Matter.SERVICE_FAILURE : this.matter(rng, council, area),
      // Hart §5: most complaints start informally; the customer may ask to go straight to Stage 1.
      ...(council === 'hart' ? { skipInformal: d.showcase === null && rng.chance(0.45) } : {}),
      ...this.where(rng, council, area),
      ...this.when(d, londonDate(received)),
      // What went wrong, as the form asks it (and the contact centre records it); the handler may correct it.
      ...(rng.chance(channel === Channel.WEB_FORM ? 0.9 : 0.75) ? { categories: this.categories(rng, area) } : {}),
      ...(rng.chance(0.3) ? { desiredOutcome: rng.pick(['An apology', 'Put it right', 'An explanation', 'A refund of the charge']) } : {}),
    };
  }

  /** What it is about: mostly a service failure; sometimes a matter the council's policy sends elsewhere. */
  private matter(rng: Rng, council: string, area: AreaProfile): Matter {
    const other = OTHER_PROCEDURES[council].filter(([, a]) => a === area.code);
    if (other.length && rng.chance(0.12)) return rng.pick(other)[0];
    if (rng.chance(0.08)) return Matter.STAFF_CONDUCT;
    return rng.chance(0.02) ? Matter.APPEAL_HANDLING : Matter.SERVICE_FAILURE;
  }

  /** A district's service brought to the county: where it arose (Hart's are passed to Hart), or not said. */
  private where(rng: Rng, council: string, area: AreaProfile): Partial<SubmitFeedbackInput> {
    const byLocalArea = findCouncilPolicy(council)!.serviceAreas.find((a) => a.code === area.code)?.referral?.byLocalArea;
    if (!byLocalArea) return {};
    const r = rng.next();
    return { localArea: r < 0.55 ? 'HART' : r < 0.9 ? rng.pick(OTHER_DISTRICTS) : null };
  }

  /** When the matter arose: often said; now and then beyond the time limit, mostly with a reason for the delay. */
  private when(d: Draw, receivedDate: LocalDate): Partial<SubmitFeedbackInput> {
    const { rng } = d;
    const late = d.showcase === 'LATE' || (!d.showcase && rng.chance(0.025));
    if (!late) return rng.chance(0.5) ? { incidentDate: shiftDays(receivedDate, -rng.int(0, 40)) } : {};
    const months = findCouncilPolicy(d.council)!.timeLimitMonths + rng.int(1, 5);
    const justified = d.showcase === 'LATE' || rng.chance(0.75);
    return {
      incidentDate: addCalendarMonths(receivedDate, -months),
      ...(justified ? { lateJustification: rng.pick(LATE_JUSTIFICATIONS) } : {}),
    };
  }

  categories(rng: Rng, area: AreaProfile): ComplaintCategory[] {
    const first = rng.weighted(categoriesOf(area));
    const second = rng.chance(0.3) ? rng.weighted(categoriesOf(area)) : first;
    return [...new Set([first, second])];
  }

  private feedback(d: Draw): Text & Partial<SubmitFeedbackInput> {
    const { rng, area, kind } = d;
    if (kind === SERVICE_REQUEST) {
      const [summary, details] = rng.pick(area.requests ?? [['Request', 'Please arrange a visit.']]);
      return { summary, details };
    }
    const [summary, details] = rng.pick(kind === COMPLIMENT ? COMPLIMENT_TEXTS : COMMENT_TEXTS);
    const praised = kind === COMPLIMENT && area.praised && rng.chance(0.9) ? rng.pick(area.praised) : null;
    return { summary, details, ...(praised ? { praised } : {}) };
  }

  /** The person (or nobody: anonymous), and anyone acting for them. */
  private people(d: Draw, channel: Channel): Partial<SubmitFeedbackInput> {
    const { rng, council, kind } = d;
    const anonymousRate = kind === COMPLAINT ? (council === 'hart' ? 0.03 : 0.015) : 0.12;
    if (!d.showcase && channel === Channel.WEB_FORM && rng.chance(anonymousRate)) {
      return kind === COMPLAINT && council === 'hampshire' && rng.chance(0.5) ? { safeguardingConcern: true } : {};
    }
    return { complainant: this.complainant(d, channel), ...this.representative(d, channel) };
  }

  /** A fictional person: a name, an address at example.org (or a postal address for those who write). */
  private complainant(d: Draw, channel: Channel): NonNullable<SubmitFeedbackInput['complainant']> {
    const { rng, council, kind } = d;
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(SURNAMES);
    const town = rng.pick(TOWNS[council]);
    const noEmail = channel === Channel.LETTER || rng.chance(0.06) || (channel === Channel.TELEPHONE && rng.chance(0.4));
    const phone = `0${council === 'hart' ? '1252' : '1962'} ${String(100000 + d.index).slice(-6)}`;
    const email = `${first}.${last}.${d.index}@example.org`.toLowerCase().replace(/'/g, '');
    return {
      type: d.showcase || kind !== COMPLAINT ? ComplainantType.RESIDENT : rng.weighted(COMPLAINANT_TYPES),
      name: `${first} ${last}`,
      email: noEmail ? null : email,
      phone: channel === Channel.TELEPHONE ? phone : null,
      postalAddress: noEmail ? `${rng.int(1, 120)} ${rng.pick(STREETS)}, ${town}` : null,
      contactPreference: noEmail ? ContactPreference.LETTER : rng.chance(0.3) ? ContactPreference.EMAIL : null,
      adjustments: rng.chance(0.02) ? 'Large print, please' : null,
    };
  }

  private representative(d: Draw, channel: Channel): Partial<SubmitFeedbackInput> {
    const { rng, council } = d;
    if (channel !== Channel.REPRESENTATIVE && channel !== Channel.COUNCILLOR) return {};
    const councillor = channel === Channel.COUNCILLOR;
    // Hart takes spoken consent; Hampshire asks for it in writing (and is told so when it is not).
    const consent =
      council === 'hart'
        ? rng.pick([ConsentEvidence.VERBAL, ConsentEvidence.WRITTEN])
        : rng.chance(0.8)
          ? ConsentEvidence.WRITTEN
          : ConsentEvidence.VERBAL;
    const name = `${councillor ? 'Cllr ' : ''}${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
    return {
      representative: {
        name,
        relationship: councillor ? 'ward councillor' : rng.pick(['daughter', 'son', 'advocate', 'neighbour', 'carer']),
        isCouncillor: councillor,
        consent,
        email: `rep.${d.index}@example.org`,
      },
    };
  }
}

const shiftDays = (date: LocalDate, days: number): LocalDate =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Every (year, month) from the first day to the present, with the month's last day to draw from. */
interface Month {
  y: number;
  m: number;
  /** The last day of the month to draw from: today, in the current month. */
  lastDay: number;
}

function months(from: LocalDate, today: LocalDate): Month[] {
  const out: Month[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  while (`${y}-${pad(m)}-01` <= today) {
    const end = `${y}-${pad(m)}-${pad(daysIn(y, m))}`;
    out.push({ y, m, lastDay: end <= today ? daysIn(y, m) : Number(today.slice(8, 10)) });
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The expected count of a kind in a service area in a month, at this scale. */
function expected(council: string, kind: FeedbackKind, area: AreaProfile, month: number, fyIndex: number, scale: number): number {
  const areas = AREAS[council];
  const total = areas.reduce((n, a) => n + (a.weight[kind] ?? 0), 0);
  const season = seasonOf(area);
  const share = (area.weight[kind] ?? 0) / total;
  return (ANNUAL_VOLUME[council][kind] / 12) * share * (season[month - 1] / mean(season)) * growth(fyIndex) * scale;
}

/**
 * Three financial years of contacts for both councils, April two years back to the present, drawn from the seed:
 * seasonal volume per service area, every kind and channel, and in each council's each year showcase
 * complaints (one going through every stage to the Ombudsman; in the first two, one made out of time), so that even a
 * tiny history has them.
 */
export function planHistory(options: { seed: number; scale: number; now: Date; staff: StaffBook }): HistoryPlan {
  const { now, scale } = options;
  const today = londonDate(now);
  const from = financialYear(financialQuarterOf(today).year - 2).from;
  const root = new Rng(options.seed);
  const planner = new Planner(options.staff, now);
  for (const council of HISTORY_COUNCILS) {
    for (const month of months(from, today)) {
      const fyIndex = month.y - Number(from.slice(0, 4));
      if (month.m === 4) addShowcases(planner, root.child(`${council}-${month.y}-showcase`), council, `${month.y}-04-01`, today, fyIndex);
      drawMonth(planner, root, council, month, Number(from.slice(0, 4)), scale);
    }
  }
  ensureEveryKind(planner, root, from, today);
  return { from, now, steps: steps(planner.all, now) };
}

/** A month's contacts of a council: for each kind and service area, a Poisson count around the expected volume. */
function drawMonth(planner: Planner, root: Rng, council: string, month: Month, firstYear: number, scale: number): void {
  const { y, m, lastDay } = month;
  const fyIndex = financialQuarterOf(`${y}-${pad(m)}-01`).year - firstYear;
  for (const kind of KINDS) {
    for (const area of AREAS[council]) {
      const rng = root.child(`${council}-${y}-${m}-${kind}-${area.code}`);
      // The current month has only had the days up to today.
      const n = rng.poisson(expected(council, kind, area, m, fyIndex, scale) * (lastDay / daysIn(y, m)));
      for (let i = 0; i < n; i++) {
        const date = `${y}-${pad(m)}-${pad(rng.int(1, lastDay))}`;
        planner.add({ council, kind, area, date, rng: rng.child(i), showcase: null });
      }
    }
  }
}

function addShowcases(planner: Planner, rng: Rng, council: string, fyStart: LocalDate, today: LocalDate, fyIndex: number): void {
  const main = AREAS[council][0];
  const first = addWorkingDays(fyStart, 8);
  const second = addWorkingDays(fyStart, 25);
  if (first <= today)
    planner.add({ council, kind: COMPLAINT, area: main, date: first, rng: rng.child('every-stage'), showcase: 'EVERY_STAGE' });
  const lateArea = AREAS[council].find((a) => a.code === (council === 'hart' ? 'planning' : 'transport'))!;
  // A late complaint in the first two years: refused in the first, considered in the second.
  if (second <= today && fyIndex < 2)
    planner.add({ council, kind: COMPLAINT, area: lateArea, date: second, rng: rng.child('late'), showcase: 'LATE' });
}

/** A tiny scale can draw no comment in a year: each kind appears at least once per council and financial year. */
function ensureEveryKind(planner: Planner, root: Rng, from: LocalDate, today: LocalDate): void {
  const firstYear = Number(from.slice(0, 4));
  for (const council of HISTORY_COUNCILS) {
    for (let year = firstYear; year <= financialQuarterOf(today).year; year++) {
      for (const kind of KINDS) {
        const fy = financialYear(year);
        const seen = planner.all.some(
          (c) => c.input.councilId === council && c.input.kind === kind && financialYearStart(londonDate(c.recordedAt)) === fy.from,
        );
        if (seen) continue;
        const rng = root.child(`${council}-${year}-${kind}-floor`);
        const areas = AREAS[council].filter((a) => (a.weight[kind] ?? 0) >= 5);
        const date = addWorkingDays(fy.from, rng.int(30, 150));
        if (date <= today) planner.add({ council, kind, area: rng.pick(areas), date, rng, showcase: null });
      }
    }
  }
}

/** In the order intake sees them: by the moment each is recorded. */
function steps(contacts: readonly ContactPlan[], now: Date): HistoryStep[] {
  const out: HistoryStep[] = [];
  contacts.forEach((contact, i) => {
    out.push({ kind: 'SUBMIT', at: contact.recordedAt, order: i, contact });
    if (contact.conversion && contact.conversion.at.getTime() <= now.getTime())
      out.push({ kind: 'CONVERT', at: contact.conversion.at, order: i, contact });
  });
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order || a.kind.localeCompare(b.kind));
}
