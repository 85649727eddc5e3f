import { type CapacityEntry, capacityOn } from './capacity';
import { monthCompleteness } from './completeness';
import { type ActivityKind, type Figures, peopleOf } from './figures';
import { addDays, datesOfMonth, halfYearPeriod, isHalfYear } from './periods';
import { type Cell, suppress } from './suppression';

/** Whole percent of `part` in `whole`, rounded half up from the exact fraction (integers only: no float drift). */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.floor((200 * part + whole) / (2 * whole));
}

export interface ReportActivity {
  id: string;
  /** Its organisation: nothing is expected of it while it is outside the partnership. */
  organisationId?: string;
  name: string;
  kind: ActivityKind;
  capacity: CapacityEntry[];
  /** The days it runs, where known (nothing is missing outside them). */
  startsOn?: string;
  endsOn?: string;
}

export interface ReportFigures {
  period: string;
  figures: Figures;
}

interface Counts {
  women: number;
  men: number;
}

const add = (a: Counts, f: Figures): Counts => ({
  women: a.women + (f.women ?? 0),
  men: a.men + (f.men ?? 0),
});
const zero = (): Counts => ({ women: 0, men: 0 });

/** The night-shelter row of the seed report's table: guest nights, shares, capacity nights, occupancy. */
function shelterRow({ counts, capacityNights }: Totals) {
  const guestNights = counts.women + counts.men;
  return {
    women: counts.women,
    men: counts.men,
    guestNights,
    womenPct: percent(counts.women, guestNights),
    menPct: percent(counts.men, guestNights),
    capacityNights,
    occupancyPct: percent(guestNights, capacityNights),
  };
}

/** The day-centre row: visits of women and men, and their shares. */
function visitRow({ counts }: Totals) {
  const visits = counts.women + counts.men;
  return {
    women: counts.women,
    men: counts.men,
    visits,
    womenPct: percent(counts.women, visits),
    menPct: percent(counts.men, visits),
  };
}

/** One activity's month: what it reported and the capacity nights in force. */
interface MonthEntry extends Totals {
  month: string;
}

interface Totals {
  counts: Counts;
  capacityNights: number;
}

const sum = (entries: readonly Totals[]): Totals => ({
  counts: entries.reduce<Counts>(
    (c, e) => ({ women: c.women + e.counts.women, men: c.men + e.counts.men }),
    zero(),
  ),
  capacityNights: entries.reduce((n, e) => n + e.capacityNights, 0),
});

/** A table: every activity's months summed per month and in all, and each activity's own rows. */
function table<R>(
  months: readonly string[],
  perActivity: readonly { activity: ReportActivity; perMonth: MonthEntry[] }[],
  row: (totals: Totals) => R,
) {
  return {
    months: months.map((month, i) => ({
      month,
      ...row(sum(perActivity.map((a) => a.perMonth[i] as MonthEntry))),
    })),
    total: row(sum(perActivity.flatMap((a) => a.perMonth))),
    byActivity: perActivity.map(({ activity, perMonth }) => ({
      activityId: activity.id,
      name: activity.name,
      months: perMonth.map((m) => ({ month: m.month, ...row(m) })),
      total: row(sum(perMonth)),
    })),
  };
}

/**
 * The half-year report's tables from the figures as stored: night shelters night by night against the places in
 * force each night, day centres from days or month totals, and what is missing, so partial sums are never taken
 * for whole ones.
 */
export function compileReport(
  months: readonly string[],
  activities: readonly ReportActivity[],
  figuresOf: (activityId: string) => readonly ReportFigures[],
  options: {
    smallCellBelow: number;
    forecastMinimum?: (night: string) => number | null | undefined;
    /** The Stockholm date of the moment compiled: periods not yet over are not missing (default: all are over). */
    today?: string;
    /** Whether an organisation was outside the partnership on a day (not a party of the agreement in force). */
    outside?: (organisationId: string, day: string) => boolean;
  } = { smallCellBelow: 5 },
) {
  // The nights of each month, once: calendar arithmetic is the costly part (luxon), not the sums.
  const datesIn = new Map(months.map((m) => [m, datesOfMonth(m)]));
  // A half-year's own figures count for this report only when it is that half-year; months never take them in.
  const halfYear = halfYearPeriod({ from: months[0] ?? '', to: months.at(-1) ?? '' });
  const periodOf = (activityId: string) => figuresOf(activityId).find((f) => f.period === halfYear)?.figures;
  const monthlyOf = (activityId: string) => figuresOf(activityId).filter((f) => !isHalfYear(f.period));

  const shelters = activities
    .filter((a) => a.kind === 'night_shelter')
    .map((activity) => {
      const byNight = new Map(figuresOf(activity.id).map((f) => [f.period, f.figures]));
      const perMonth = months.map((month): MonthEntry => {
        const dates = datesIn.get(month) ?? [];
        return {
          month,
          counts: dates.reduce((c, d) => (byNight.has(d) ? add(c, byNight.get(d) as Figures) : c), zero()),
          capacityNights: dates.reduce((n, d) => n + (capacityOn(activity.capacity, d)?.places ?? 0), 0),
        };
      });
      return { activity, perMonth, byNight };
    });

  const centres = activities
    .filter((a) => a.kind === 'day_centre')
    .map((activity) => {
      const figures = figuresOf(activity.id);
      const perMonth = months.map((month): MonthEntry => {
        const inMonth = figures.filter((f) => f.period.startsWith(month));
        return { month, counts: inMonth.reduce((c, f) => add(c, f.figures), zero()), capacityNights: 0 };
      });
      return { activity, perMonth };
    });

  const nightShelters = table(months, shelters, shelterRow);
  const womenPlaces = womenPlacesTable(months, shelters, datesIn);
  const dayCentres = table(months, centres, visitRow);
  // Every activity, by the one rule of what is expected (shared/domain/completeness.ts).
  const today = options.today ?? '9999-12-31';
  const completeness = activities.map((activity) => {
    const reported = new Set(figuresOf(activity.id).map((f) => f.period));
    const organisationId = activity.organisationId;
    const outside = (day: string) =>
      organisationId !== undefined && (options.outside?.(organisationId, day) ?? false);
    return {
      activityId: activity.id,
      name: activity.name,
      kind: activity.kind,
      missing: months.flatMap(
        (m) => monthCompleteness(activity, m, reported, today, datesIn.get(m), outside).missing,
      ),
    };
  });
  // The places in force on the period's last night, shelter by shelter: what the report opens with.
  const lastNight = (datesIn.get(months.at(-1) as string) ?? []).at(-1) ?? '';
  const open = shelters
    .map(({ activity }) => ({
      activityId: activity.id,
      name: activity.name,
      places: capacityOn(activity.capacity, lastNight)?.places ?? 0,
    }))
    .filter((s) => s.places > 0);
  return {
    nightShelters: {
      months: nightShelters.months,
      total: nightShelters.total,
      shelters: nightShelters.byActivity,
      womenPlaces,
      places: { night: lastNight, total: open.reduce((n, s) => n + s.places, 0), shelters: open },
    },
    dayCentres: { months: dayCentres.months, total: dayCentres.total, centres: dayCentres.byActivity },
    completeness: { complete: completeness.every((c) => c.missing.length === 0), activities: completeness },
    nationalities: {
      smallCellBelow: options.smallCellBelow,
      units: NATIONALITY_UNITS.map(({ unit, kinds, halfYear: counted }) => ({
        unit,
        ...nationalityTable(
          activities
            .filter((a) => (kinds as readonly ActivityKind[]).includes(a.kind))
            .flatMap((a) => {
              if (!counted) return monthlyOf(a.id).map((f) => ({ kind: a.kind, figures: f.figures }));
              const figures = periodOf(a.id);
              return figures ? [{ kind: a.kind, figures }] : [];
            }),
          options.smallCellBelow,
        ),
      })).filter((u) => u.total > 0),
    },
    services: serviceSections(activities, monthlyOf, periodOf, options.smallCellBelow),
    extraColdNights: extraColdNights(
      activities.filter((a) => a.kind === 'cold_night_venue').flatMap((a) => figuresOf(a.id)),
      options.forecastMinimum ?? (() => undefined),
    ),
  };
}

/**
 * Places set aside for women against the women's guest nights on those nights, at the shelters that had them;
 * null when no shelter had women's places in the period.
 */
function womenPlacesTable(
  months: readonly string[],
  shelters: readonly { activity: ReportActivity; byNight: ReadonlyMap<string, Figures> }[],
  datesIn: ReadonlyMap<string, readonly string[]>,
) {
  const rows = months.map((month) => {
    let placeNights = 0;
    let women = 0;
    for (const { activity, byNight } of shelters) {
      for (const date of datesIn.get(month) ?? []) {
        const places = capacityOn(activity.capacity, date)?.womenPlaces ?? 0;
        if (places === 0) continue;
        placeNights += places;
        women += byNight.get(date)?.women ?? 0;
      }
    }
    return { month, womenPlaceNights: placeNights, women, occupancyPct: percent(women, placeNights) };
  });
  if (rows.every((r) => r.womenPlaceNights === 0)) return null;
  const placeNights = rows.reduce((n, r) => n + r.womenPlaceNights, 0);
  const women = rows.reduce((n, r) => n + r.women, 0);
  return {
    months: rows,
    total: { womenPlaceNights: placeNights, women, occupancyPct: percent(women, placeNights) },
  };
}

/**
 * How each figure of outreach, social emergency and intake adds up over a period. Contacts, applications and
 * tickets are events and add up; vulnerable people, sleeping sites and rough sleepers are counts of what is there
 * at one time, so adding months would count the same people again: the report gives their highest and latest.
 */
export const SERVICE_FIGURES = {
  outreach: {
    sums: ['women', 'men'],
    levels: ['vulnerablePeople', 'sleepingSites', 'estimatedRoughSleepers'],
  },
  social_emergency: { sums: ['women', 'men', 'homeTripApplications', 'lvmReports'], levels: [] },
  intake: { sums: ['applicants', 'ticketsIssued', 'women', 'men'], levels: [] },
} as const satisfies Partial<Record<ActivityKind, { sums: readonly string[]; levels: readonly string[] }>>;
export type ServiceKind = keyof typeof SERVICE_FIGURES;
export const SERVICE_KINDS = Object.keys(SERVICE_FIGURES) as ServiceKind[];

export interface Level {
  highest: number;
  latest: number;
  latestPeriod: string;
}

/**
 * What a team counted once for the whole half-year: distinct people and their split, where it gave one, the largest
 * nationality (unless so few that it would point at people), and its other figures of the period.
 */
function halfYearCounts(figures: Figures | undefined, smallCellBelow: number) {
  if (!figures || typeof figures.people !== 'number') return null;
  const people = figures.people;
  const [largest] = Object.entries(figures.nationalities ?? {})
    .map(([code, n]) => ({ code, count: n ?? 0 }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const split = figures.women !== undefined && figures.men !== undefined;
  const other = (field: string) => (typeof figures[field] === 'number' ? (figures[field] as number) : null);
  return {
    people,
    women: figures.women ?? null,
    men: figures.men ?? null,
    womenPct: split ? percent(figures.women ?? 0, people) : null,
    menPct: split ? percent(figures.men ?? 0, people) : null,
    largestNationality:
      largest && largest.count >= smallCellBelow
        ? { code: largest.code, sharePct: percent(largest.count, people) }
        : null,
    sleepingSites: other('sleepingSites'),
    estimatedRoughSleepers: other('estimatedRoughSleepers'),
    homeTripApplications: other('homeTripApplications'),
    lvmReports: other('lvmReports'),
  };
}
export type HalfYearCounts = NonNullable<ReturnType<typeof halfYearCounts>>;

/**
 * Each outreach, social emergency and intake activity: its sums and levels of months, intake's share given a place,
 * and what the team counted for the half-year as a whole.
 */
function serviceSections(
  activities: readonly ReportActivity[],
  figuresOf: (activityId: string) => readonly ReportFigures[],
  periodOf: (activityId: string) => Figures | undefined,
  smallCellBelow: number,
) {
  return activities
    .filter((a): a is ReportActivity & { kind: ServiceKind } => a.kind in SERVICE_FIGURES)
    .map((activity) => {
      const figures = [...figuresOf(activity.id)].sort((a, b) => a.period.localeCompare(b.period));
      const { sums, levels } = SERVICE_FIGURES[activity.kind];
      const valuesOf = (field: string) =>
        figures.flatMap((f) =>
          typeof f.figures[field] === 'number' ? [{ period: f.period, value: f.figures[field] }] : [],
        );
      const sumOf = (field: string) => {
        const values = valuesOf(field);
        return values.length === 0 ? null : values.reduce((n, v) => n + v.value, 0);
      };
      const levelOf = (field: string): Level | null => {
        const values = valuesOf(field);
        const last = values.at(-1);
        return last === undefined
          ? null
          : {
              highest: values.reduce((max, v) => Math.max(max, v.value), Number.NEGATIVE_INFINITY),
              latest: last.value,
              latestPeriod: last.period,
            };
      };
      const totals = Object.fromEntries(sums.map((field) => [field, sumOf(field)])) as Record<
        string,
        number | null
      >;
      return {
        activityId: activity.id,
        name: activity.name,
        kind: activity.kind,
        periodsReported: figures.length,
        sums: totals,
        levels: Object.fromEntries(levels.map((field) => [field, levelOf(field)])) as Record<
          string,
          Level | null
        >,
        placedPct:
          activity.kind === 'intake' && totals.applicants != null && totals.ticketsIssued != null
            ? percent(totals.ticketsIssued, totals.applicants)
            : null,
        halfYear: halfYearCounts(periodOf(activity.id), smallCellBelow),
      };
    });
}

/**
 * Extra cold nights: the nights any venue opened, guests in all and per night, the longest run of consecutive
 * nights (what strains the volunteers), and each night's forecast minimum where the cold-night check saw it.
 */
function extraColdNights(
  figures: readonly ReportFigures[],
  forecastMinimum: (night: string) => number | null | undefined,
) {
  const guestsByNight = new Map<string, number>();
  for (const { period, figures: f } of figures) {
    guestsByNight.set(period, (guestsByNight.get(period) ?? 0) + (f.women ?? 0) + (f.men ?? 0));
  }
  const nights = [...guestsByNight.keys()].sort();
  const guests = [...guestsByNight.values()].reduce((a, b) => a + b, 0);
  let longestRun = 0;
  let run = 0;
  for (const [i, night] of nights.entries()) {
    const previous = nights[i - 1];
    run = previous !== undefined && addDays(previous, 1) === night ? run + 1 : 1;
    longestRun = Math.max(longestRun, run);
  }
  return {
    nightsOpened: nights.length,
    guests,
    guestsPerNight: nights.length === 0 ? null : Math.round((10 * guests) / nights.length) / 10,
    longestRun,
    nights: nights.map((night) => ({
      night,
      guests: guestsByNight.get(night) ?? 0,
      forecastMinimum: forecastMinimum(night) ?? null,
    })),
  };
}

/**
 * Nationality is counted in each kind's own unit, never added across them: guest nights at the night shelters and
 * extra cold nights, visits at the day centres, people reached by outreach, people met by the social emergency
 * team, applicants at intake (seed 003: "beläggning, antal besök, nationalitet … från dag- och nattverksamheter").
 */
export const NATIONALITY_UNITS = [
  { unit: 'night', kinds: ['night_shelter', 'cold_night_venue'], halfYear: false },
  { unit: 'day', kinds: ['day_centre'], halfYear: false },
  { unit: 'outreach', kinds: ['outreach'], halfYear: false },
  { unit: 'socialEmergency', kinds: ['social_emergency'], halfYear: false },
  { unit: 'intake', kinds: ['intake'], halfYear: false },
  /** Distinct people over the half-year, as the teams count them once (never the months' contacts added up). */
  { unit: 'outreachPeople', kinds: ['outreach'], halfYear: true },
  { unit: 'socialEmergencyPeople', kinds: ['social_emergency'], halfYear: true },
] as const satisfies readonly { unit: string; kinds: readonly ActivityKind[]; halfYear: boolean }[];
export type NationalityUnit = (typeof NATIONALITY_UNITS)[number]['unit'];

/** A share in per cent to one decimal; none for a hidden cell (it would give the count away). */
const shareOf = (cell: Cell, total: number) =>
  cell.suppressed || total === 0 ? null : Math.round((cell.count / total) * 1000) / 10;

/**
 * Nationality in one unit: a count and a share per country, with the total and the unknown rest. Small cells are
 * suppressed so that no person can be singled out; a single column means no hidden cell can be worked out from
 * another.
 */
function nationalityTable(
  figures: readonly { kind: ActivityKind; figures: Figures }[],
  smallCellBelow: number,
) {
  const byCode = new Map<string, number>();
  let people = 0;
  for (const { kind, figures: f } of figures) {
    people += peopleOf(kind, f);
    for (const [code, n] of Object.entries(f.nationalities ?? {}))
      byCode.set(code, (byCode.get(code) ?? 0) + (n ?? 0));
  }
  const known = [...byCode.values()].reduce((a, b) => a + b, 0);
  const codes = [...byCode.keys()];
  const cells = suppress([...codes.map((c) => byCode.get(c) ?? 0), people - known], smallCellBelow);
  const rows: ({ code: string } & Cell)[] = codes.map((code, i) => ({ code, ...(cells[i] as Cell) }));
  // Shown counts largest first; hidden ones after, by code, so that their order says nothing of their size.
  rows.sort((a, b) =>
    a.suppressed !== b.suppressed
      ? a.suppressed
        ? 1
        : -1
      : (b.count ?? 0) - (a.count ?? 0) || a.code.localeCompare(b.code),
  );
  const unknown = cells.at(-1) as Cell;
  return {
    total: people,
    rows: rows.map((r) => ({ ...r, sharePct: shareOf(r, people) })),
    unknown: { ...unknown, sharePct: shareOf(unknown, people) },
  };
}

export type Report = ReturnType<typeof compileReport>;
