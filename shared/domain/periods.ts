import { DateTime } from 'luxon';
import { invalid } from './errors';

/** All human time in this system is Stockholm time; DST is the time zone's business, never a fixed offset. */
export const TIME_ZONE = 'Europe/Stockholm';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/**
 * A reporting period: one day (for a night shelter, the night that begins that evening), one month, or one of the
 * partnership's half-years (what the outreach and social emergency teams count once: distinct people over the
 * half-year are not a sum of months). `month` is what its way of reporting is counted under: the day's month, the
 * month, or the half-year itself.
 */
export type Period =
  | { granularity: 'day'; value: string; month: string }
  | { granularity: 'month'; value: string; month: string }
  | { granularity: 'halfYear'; value: string; month: string; from: string; to: string };

export interface MonthRange {
  from: string;
  to: string;
}

/**
 * The half-year that ended before `date` (a Stockholm date): on 15 November, May–October; on 15 May, the
 * November–April before it.
 */
export function halfYearEndedBefore(date: string): MonthRange {
  const [year, month] = date.split('-').map(Number) as [number, number];
  if (month >= 11) return { from: `${year}-05`, to: `${year}-10` };
  if (month >= 5) return { from: `${year - 1}-11`, to: `${year}-04` };
  return { from: `${year - 1}-05`, to: `${year - 1}-10` };
}

/** The half-year a month (YYYY-MM) belongs to: May–October, or November–April. */
export function halfYearOf(month: string): MonthRange {
  const [year, m] = month.split('-').map(Number) as [number, number];
  if (m >= 5 && m <= 10) return { from: `${year}-05`, to: `${year}-10` };
  return m >= 11
    ? { from: `${year}-11`, to: `${year + 1}-04` }
    : { from: `${year - 1}-11`, to: `${year}-04` };
}

/**
 * A half-year as a period: the ISO 8601 interval of its months with the double hyphen the standard allows where a
 * solidus cannot go (a URL's path): `2017-11--2018-04` (November–April), `2018-05--2018-10` (May–October).
 */
const HALF_YEAR = /^(\d{4})-(05|11)--(\d{4})-(10|04)$/;
export const halfYearPeriod = (range: MonthRange) => `${range.from}--${range.to}`;
/** Whether a stored period is a half-year's (cheap: a report asks it of every figure). */
export const isHalfYear = (value: string) => HALF_YEAR.test(value);

/** Whether months `from`–`to` are exactly a half-year, May–October or November–April. */
export const isHalfYearRange = (range: MonthRange) => parseHalfYear(halfYearPeriod(range)) !== undefined;

function parseHalfYear(value: string): Period | undefined {
  const [, fromYear, fromMonth, toYear, toMonth] = HALF_YEAR.exec(value) ?? [];
  const from = `${fromYear}-${fromMonth}`;
  const to = `${toYear}-${toMonth}`;
  if (!isValidMonth(from) || !isValidMonth(to) || monthsApart(from, to) !== 5) return undefined;
  return { granularity: 'halfYear', value, month: value, from, to };
}

/**
 * The calendar the system accepts: no figure, report or log is older than 2000, and nothing is planned past 2099.
 * Every date and month a client sends is inside it, checked before anything counts days or months, so that a typo
 * (0218-…, 9999-…) is refused at once instead of looping over centuries.
 */
export const CALENDAR = { first: '2000-01-01', last: '2099-12-31' } as const;

/** A real calendar date `YYYY-MM-DD` inside the calendar (rejects 2018-02-30 and 0218-01-01). */
export function isValidDate(value: string): boolean {
  return (
    DAY.test(value) &&
    value >= CALENDAR.first &&
    value <= CALENDAR.last &&
    DateTime.fromISO(value, { zone: TIME_ZONE }).isValid
  );
}

/** A real month `YYYY-MM` inside the calendar. */
export function isValidMonth(value: string): boolean {
  return (
    MONTH.test(value) &&
    value >= CALENDAR.first.slice(0, 7) &&
    value <= CALENDAR.last.slice(0, 7) &&
    DateTime.fromISO(`${value}-01`, { zone: TIME_ZONE }).isValid
  );
}

/** Days from `from` to `to` (dates), in O(1): negative when `to` is before `from`. */
export function daysApart(from: string, to: string): number {
  const utc = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Months from `from` to `to` (`YYYY-MM`), in O(1): 0 for the same month, negative when `to` is before. */
export function monthsApart(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return index(to) - index(from);
}

/** Longest run any loop over dates or months may take: the whole calendar. */
const MAX_DAYS = daysApart(CALENDAR.first, CALENDAR.last) + 1;

export function parsePeriod(value: string): Period | undefined {
  if (isValidDate(value)) return { granularity: 'day', value, month: value.slice(0, 7) };
  if (isValidMonth(value)) return { granularity: 'month', value, month: value };
  return parseHalfYear(value);
}

/** Today's date in Stockholm at the instant `now`. */
export function stockholmDate(now: Date): string {
  return DateTime.fromJSDate(now, { zone: TIME_ZONE }).toISODate() as string;
}

/** A period is in the future when it starts after today (Stockholm): tonight's figures may be entered tonight. */
export function isFuture(period: Period, now: Date): boolean {
  const today = stockholmDate(now);
  if (period.granularity === 'day') return period.value > today;
  return (period.granularity === 'halfYear' ? period.from : period.value) > today.slice(0, 7);
}

/** The Stockholm date `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: TIME_ZONE }).plus({ days }).toISODate() as string;
}

/** The longest range of dates (nights, log days) one request may ask for. */
export const MAX_RANGE_DAYS = 366;

/**
 * A range of dates as asked, with defaults for what was not given (a lone `from` or `to` keeps the default end if
 * it is on the right side, else is a range of one day), refused with a 422 when longer than `maxDays`. O(1).
 */
export function dateRange(
  asked: { from?: string; to?: string },
  defaults: { from: string; to: string },
  maxDays = MAX_RANGE_DAYS,
): { from: string; to: string } {
  const from = asked.from ?? (asked.to && asked.to < defaults.from ? asked.to : defaults.from);
  const to = asked.to ?? (from > defaults.to ? from : defaults.to);
  if (to < from)
    throw invalid('The range is not valid.', [
      { path: '/to', code: 'before_other', params: { other: 'from' } },
    ]);
  if (daysApart(from, to) >= maxDays) {
    throw invalid(`The range is too long: at most ${maxDays} days from ${from} to ${to}.`, [
      { path: asked.to ? '/to' : '/from', code: 'range_too_long', params: { max: maxDays } },
    ]);
  }
  return { from, to };
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  // Counted before the loop: dates outside the calendar would never end it.
  if (!isValidDate(from) || !isValidDate(to) || daysApart(from, to) > MAX_DAYS)
    throw new RangeError(`Not dates in the calendar: ${from.slice(0, 20)}–${to.slice(0, 20)}`);
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

/** The month `months` after `month` (`YYYY-MM`; before, when negative), in O(1). */
export function addMonths(month: string, months: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to` (`YYYY-MM`), both included. */
export function monthsBetween(from: string, to: string): string[] {
  // An invalid month would never compare past `to` ("Invalid DateTime" <= "constructor"): refuse, don't loop.
  if (!isValidMonth(from) || !isValidMonth(to))
    throw new RangeError(`Not months: ${from.slice(0, 20)}–${to.slice(0, 20)}`);
  const first = DateTime.fromISO(`${from}-01`, { zone: TIME_ZONE });
  return Array.from({ length: Math.max(0, monthsApart(from, to) + 1) }, (_, i) =>
    first.plus({ months: i }).toFormat('yyyy-MM'),
  );
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
