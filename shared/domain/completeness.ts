import { type CapacityEntry, capacityOn } from './capacity';
import { type ActivityKind, reportsNightly } from './figures';
import { datesOfMonth, halfYearOf, halfYearPeriod } from './periods';

/**
 * What is expected of an activity, and what is missing: the one rule the completeness endpoint, the report's
 * section, the web app's pages and the reminders all use.
 *
 * - Night shelters and cold-night venues report every night they had places in force (a shelter whose places are
 *   not yet on record is expected every night; a cold-night venue only when it opened).
 * - The others report a month total, or — in a month where they report days — every day they were open. Outreach
 *   and the social emergency service may instead count the whole half-year once: that covers each of its months.
 * - A period is expected once it is over: a night or day once its date has passed (Stockholm), a month once the
 *   next has begun. Tonight is not yet missing.
 * - Nothing is expected of an activity before the first or after the last day it runs, where those are known.
 * - Nothing is expected of an organisation on a day an agreement was in force without it as a party (it had left,
 *   or not yet joined): such a period is `outside`, flagged rather than missing.
 */
export type PeriodStatus = 'reported' | 'missing' | 'not_expected' | 'not_over' | 'outside';

export interface ExpectingActivity {
  kind: ActivityKind;
  capacity: readonly CapacityEntry[];
  /** The days it runs, where known: nothing is expected before or after them. */
  startsOn?: string;
  endsOn?: string;
}

export interface MonthCompleteness {
  /** How the month is kept: night by night, day by day, or one month total. */
  granularity: 'night' | 'day' | 'month';
  periods: { period: string; status: PeriodStatus }[];
  missing: string[];
}

/**
 * Whether the activity was open on `date`: inside the days it runs, and by its places — a closed night (0 places)
 * is expected of no one.
 */
export function openOn(activity: ExpectingActivity, date: string): boolean {
  if ((activity.startsOn && date < activity.startsOn) || (activity.endsOn && date > activity.endsOn))
    return false;
  if (activity.capacity.length === 0) return activity.kind !== 'cold_night_venue';
  return (capacityOn(activity.capacity, date)?.places ?? 0) > 0;
}

/**
 * One activity's month: each period expected of it and whether it was reported. `reported` holds the periods
 * stored in the month (days and the month total alike) and its half-year's, if counted; `today` is the Stockholm date of the moment asked about.
 */
export function monthCompleteness(
  activity: ExpectingActivity,
  month: string,
  reported: ReadonlySet<string>,
  today: string,
  dates: readonly string[] = datesOfMonth(month),
  outside: (date: string) => boolean = () => false,
): MonthCompleteness {
  const nightly = reportsNightly(activity.kind);
  const byDays = nightly || [...reported].some((p) => p.length === 10 && p.startsWith(month));
  const periods = byDays
    ? dates.map((date) => ({
        period: date,
        status: statusOf(reported.has(date), openOn(activity, date), date < today, outside(date)),
      }))
    : [
        {
          period: month,
          status: statusOf(
            reported.has(month) || reported.has(halfYearPeriod(halfYearOf(month))),
            dates.some((d) => openOn(activity, d)),
            month < today.slice(0, 7),
            dates.every(outside),
          ),
        },
      ];
  return {
    granularity: nightly ? 'night' : byDays ? 'day' : 'month',
    periods,
    missing: periods.filter((p) => p.status === 'missing').map((p) => p.period),
  };
}

function statusOf(reported: boolean, expected: boolean, over: boolean, outside: boolean): PeriodStatus {
  if (reported) return 'reported';
  if (outside) return 'outside';
  if (!expected) return 'not_expected';
  return over ? 'missing' : 'not_over';
}
