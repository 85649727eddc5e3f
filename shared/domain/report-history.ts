import { DateTime } from 'luxon';
import { type MonthRange, monthsBetween, TIME_ZONE } from './periods';
import type { Report } from './report';

const shiftMonths = (month: string, months: number) =>
  DateTime.fromISO(`${month}-01`, { zone: TIME_ZONE }).plus({ months }).toFormat('yyyy-MM');

/** The `count` periods of the same length just before `range`, oldest first (the previous half-years of a half-year). */
export function previousPeriods(range: MonthRange, count: number): MonthRange[] {
  const length = monthsBetween(range.from, range.to).length;
  return Array.from({ length: count }, (_, i) => {
    const back = (count - i) * length;
    return { from: shiftMonths(range.from, -back), to: shiftMonths(range.to, -back) };
  });
}

/** The key figures of a period, as compared across half-years. */
export function keyFigures(report: Report) {
  const nights = report.nightShelters.total;
  const visits = report.dayCentres.total;
  return {
    guestNights: nights.guestNights,
    capacityNights: nights.capacityNights,
    occupancyPct: nights.occupancyPct,
    womenPct: nights.womenPct,
    visits: visits.visits,
    visitsWomenPct: visits.womenPct,
    complete: report.completeness.complete,
  };
}
export type KeyFigures = ReturnType<typeof keyFigures>;

/** One published figure, named by its table, row and column: what a reader would point at. */
export interface PublishedFigure {
  table: 'nightShelters' | 'dayCentres' | 'shelters' | 'centres' | 'extraColdNights';
  /** A month `YYYY-MM`, `total`, or an activity's name. */
  row: string;
  field: string;
  value: number | null;
}

/** The figures a report publishes in its tables, flat, so that two compilations can be compared. */
export function publishedFigures(report: Report): PublishedFigure[] {
  const rows = (
    table: PublishedFigure['table'],
    entries: readonly { row: string; values: Record<string, unknown> }[],
  ): PublishedFigure[] =>
    entries.flatMap(({ row, values }) =>
      Object.entries(values)
        .filter((e): e is [string, number | null] => typeof e[1] === 'number' || e[1] === null)
        .map(([field, value]) => ({ table, row, field, value })),
    );
  const ns = report.nightShelters;
  const dc = report.dayCentres;
  const cold = report.extraColdNights;
  return [
    ...rows('nightShelters', [
      ...ns.months.map(({ month, ...values }) => ({ row: month, values })),
      { row: 'total', values: ns.total },
    ]),
    ...rows('dayCentres', [
      ...dc.months.map(({ month, ...values }) => ({ row: month, values })),
      { row: 'total', values: dc.total },
    ]),
    ...rows(
      'shelters',
      ns.shelters.map((s) => ({ row: s.name, values: s.total })),
    ),
    ...rows(
      'centres',
      dc.centres.map((c) => ({ row: c.name, values: c.total })),
    ),
    ...rows('extraColdNights', [
      {
        row: 'total',
        values: { nightsOpened: cold.nightsOpened, guests: cold.guests, longestRun: cold.longestRun },
      },
    ]),
  ];
}

export interface PublishedChange {
  table: PublishedFigure['table'];
  row: string;
  field: string;
  before: number | null;
  after: number | null;
}

/** What differs between the figures a report was sent with and the figures compiled now. */
export function changesSince(
  before: readonly PublishedFigure[],
  after: readonly PublishedFigure[],
): PublishedChange[] {
  const key = (f: PublishedFigure) => `${f.table}\u0000${f.row}\u0000${f.field}`;
  const old = new Map(before.map((f) => [key(f), f]));
  const now = new Map(after.map((f) => [key(f), f]));
  const changes: PublishedChange[] = [];
  for (const [k, f] of now) {
    const was = old.get(k);
    if (was === undefined || was.value !== f.value)
      changes.push({
        table: f.table,
        row: f.row,
        field: f.field,
        before: was?.value ?? null,
        after: f.value,
      });
  }
  for (const [k, f] of old) {
    if (!now.has(k))
      changes.push({ table: f.table, row: f.row, field: f.field, before: f.value, after: null });
  }
  return changes;
}
