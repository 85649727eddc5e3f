import { DateTime } from 'luxon';

/** All human time in this system is Stockholm time; DST is the time zone's business, never a fixed offset. */
export const TIME_ZONE = 'Europe/Stockholm';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** A reporting period: one day (for a night shelter, the night that begins that evening) or one month. */
export type Period =
  | { granularity: 'day'; value: string; month: string }
  | { granularity: 'month'; value: string; month: string };

/** A real calendar date `YYYY-MM-DD` (rejects 2018-02-30). */
export function isValidDate(value: string): boolean {
  return DAY.test(value) && DateTime.fromISO(value, { zone: TIME_ZONE }).isValid;
}

/** A real month `YYYY-MM`. */
export function isValidMonth(value: string): boolean {
  return MONTH.test(value) && DateTime.fromISO(`${value}-01`, { zone: TIME_ZONE }).isValid;
}

export function parsePeriod(value: string): Period | undefined {
  if (isValidDate(value)) return { granularity: 'day', value, month: value.slice(0, 7) };
  if (isValidMonth(value)) return { granularity: 'month', value, month: value };
  return undefined;
}

/** Today's date in Stockholm at the instant `now`. */
export function stockholmDate(now: Date): string {
  return DateTime.fromJSDate(now, { zone: TIME_ZONE }).toISODate() as string;
}

/** A period is in the future when it starts after today (Stockholm): tonight's figures may be entered tonight. */
export function isFuture(period: Period, now: Date): boolean {
  const today = stockholmDate(now);
  return period.granularity === 'day' ? period.value > today : period.value > today.slice(0, 7);
}

/** The Stockholm date `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: TIME_ZONE }).plus({ days }).toISODate() as string;
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  const end = DateTime.fromISO(to, { zone: TIME_ZONE });
  for (let d = DateTime.fromISO(from, { zone: TIME_ZONE }); d <= end; d = d.plus({ days: 1 })) {
    dates.push(d.toISODate() as string);
  }
  return dates;
}

/** Every date of a month `YYYY-MM`. */
export function datesOfMonth(month: string): string[] {
  const first = DateTime.fromISO(`${month}-01`, { zone: TIME_ZONE });
  return datesBetween(first.toISODate() as string, first.endOf('month').toISODate() as string);
}

/** Every month from `from` to `to` (`YYYY-MM`), both included. */
export function monthsBetween(from: string, to: string): string[] {
  // An invalid month would never compare past `to` ("Invalid DateTime" <= "constructor"): refuse, don't loop.
  if (!isValidMonth(from) || !isValidMonth(to))
    throw new RangeError(`Not months: ${from.slice(0, 20)}–${to.slice(0, 20)}`);
  const months: string[] = [];
  for (
    let m = DateTime.fromISO(`${from}-01`, { zone: TIME_ZONE });
    (m.toFormat('yyyy-MM') as string) <= to;
    m = m.plus({ months: 1 })
  ) {
    months.push(m.toFormat('yyyy-MM'));
  }
  return months;
}

export interface NightWindow {
  /** Hour the night starts on its date, local time (default 18). */
  startHour: number;
  /** Hour the night ends on the next date, local time (default 8). */
  endHour: number;
}

export const DEFAULT_NIGHT_WINDOW: NightWindow = { startHour: 18, endHour: 8 };

/**
 * The instants a night covers: from `startHour` on `date` to `endHour` on the next date, Stockholm time.
 * Across a DST switch the night is an hour shorter or longer; the time zone decides, not an offset.
 */
export function nightSpan(
  date: string,
  window: NightWindow = DEFAULT_NIGHT_WINDOW,
): { start: Date; end: Date } {
  const day = DateTime.fromISO(date, { zone: TIME_ZONE });
  return {
    start: day.set({ hour: window.startHour }).toJSDate(),
    end: day.plus({ days: 1 }).set({ hour: window.endHour }).toJSDate(),
  };
}

/** The start of a Stockholm date as an instant, and the start of the next day. */
export function dayBounds(date: string): { start: Date; end: Date } {
  const day = DateTime.fromISO(date, { zone: TIME_ZONE });
  return { start: day.toJSDate(), end: day.plus({ days: 1 }).toJSDate() };
}
