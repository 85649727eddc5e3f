import { type CapacityEntry, capacityOn } from './capacity';
import type { ActivityKind, Figures } from './figures';
import { datesOfMonth } from './periods';

/** Whole percent of `part` in `whole`, rounded half up from the exact fraction (integers only: no float drift). */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.floor((200 * part + whole) / (2 * whole));
}

export interface ReportActivity {
  id: string;
  name: string;
  kind: ActivityKind;
  capacity: CapacityEntry[];
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
function shelterRow(counts: Counts, capacityNights: number) {
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

function visitRow(counts: Counts) {
  const visits = counts.women + counts.men;
  return {
    women: counts.women,
    men: counts.men,
    visits,
    womenPct: percent(counts.women, visits),
    menPct: percent(counts.men, visits),
  };
}

/** Whether an activity is expected to report on `date`: open by its capacity history, or it has none. */
const open = (a: ReportActivity, date: string) =>
  a.capacity.length === 0 || (capacityOn(a.capacity, date)?.places ?? 0) > 0;

/**
 * The half-year report's tables from the figures as stored: night shelters night by night against the places in
 * force each night, day centres from days or month totals, and what is missing, so partial sums are never taken
 * for whole ones.
 */
export function compileReport(
  months: readonly string[],
  activities: readonly ReportActivity[],
  figuresOf: (activityId: string) => readonly ReportFigures[],
) {
  // The nights of each month, once: calendar arithmetic is the costly part (luxon), not the sums.
  const datesIn = new Map(months.map((m) => [m, datesOfMonth(m)]));
  const shelters = activities.filter((a) => a.kind === 'night_shelter');
  const centres = activities.filter((a) => a.kind === 'day_centre');

  const shelterTables = shelters.map((shelter) => {
    const byNight = new Map(figuresOf(shelter.id).map((f) => [f.period, f.figures]));
    const perMonth = months.map((month) => {
      const dates = datesIn.get(month) ?? [];
      const counts = dates.reduce((c, d) => (byNight.has(d) ? add(c, byNight.get(d) as Figures) : c), zero());
      const capacityNights = dates.reduce((n, d) => n + (capacityOn(shelter.capacity, d)?.places ?? 0), 0);
      const missing = dates.filter((d) => open(shelter, d) && !byNight.has(d));
      return { month, counts, capacityNights, missing };
    });
    return { shelter, perMonth };
  });

  const centreTables = centres.map((centre) => {
    const figures = figuresOf(centre.id);
    const perMonth = months.map((month) => {
      const inMonth = figures.filter((f) => f.period.startsWith(month));
      const counts = inMonth.reduce((c, f) => add(c, f.figures), zero());
      const missing =
        inMonth.length === 0 && (datesIn.get(month) ?? []).some((d) => open(centre, d)) ? [month] : [];
      return { month, counts, missing };
    });
    return { centre, perMonth };
  });

  const sumShelters = (i: number | 'all') => {
    const rows = shelterTables.flatMap((t) =>
      i === 'all' ? t.perMonth : [t.perMonth[i] as (typeof t.perMonth)[number]],
    );
    return shelterRow(
      rows.reduce((c, r) => ({ women: c.women + r.counts.women, men: c.men + r.counts.men }), zero()),
      rows.reduce((n, r) => n + r.capacityNights, 0),
    );
  };
  const sumCentres = (i: number | 'all') => {
    const rows = centreTables.flatMap((t) =>
      i === 'all' ? t.perMonth : [t.perMonth[i] as (typeof t.perMonth)[number]],
    );
    return visitRow(
      rows.reduce((c, r) => ({ women: c.women + r.counts.women, men: c.men + r.counts.men }), zero()),
    );
  };

  const completeness = [
    ...shelterTables.map((t) => ({
      activityId: t.shelter.id,
      name: t.shelter.name,
      kind: t.shelter.kind,
      missing: t.perMonth.flatMap((m) => m.missing),
    })),
    ...centreTables.map((t) => ({
      activityId: t.centre.id,
      name: t.centre.name,
      kind: t.centre.kind,
      missing: t.perMonth.flatMap((m) => m.missing),
    })),
  ];

  return {
    nightShelters: {
      months: months.map((month, i) => ({ month, ...sumShelters(i) })),
      total: sumShelters('all'),
      shelters: shelterTables.map((t) => ({
        activityId: t.shelter.id,
        name: t.shelter.name,
        months: t.perMonth.map((m) => ({ month: m.month, ...shelterRow(m.counts, m.capacityNights) })),
        total: shelterRow(
          t.perMonth.reduce(
            (c, m) => ({ women: c.women + m.counts.women, men: c.men + m.counts.men }),
            zero(),
          ),
          t.perMonth.reduce((n, m) => n + m.capacityNights, 0),
        ),
      })),
    },
    dayCentres: {
      months: months.map((month, i) => ({ month, ...sumCentres(i) })),
      total: sumCentres('all'),
      centres: centreTables.map((t) => ({
        activityId: t.centre.id,
        name: t.centre.name,
        months: t.perMonth.map((m) => ({ month: m.month, ...visitRow(m.counts) })),
        total: visitRow(
          t.perMonth.reduce(
            (c, m) => ({ women: c.women + m.counts.women, men: c.men + m.counts.men }),
            zero(),
          ),
        ),
      })),
    },
    completeness: {
      complete: completeness.every((c) => c.missing.length === 0),
      activities: completeness,
    },
  };
}

export type Report = ReturnType<typeof compileReport>;
