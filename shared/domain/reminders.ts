import { DateTime } from 'luxon';
import { addDays, daysApart, TIME_ZONE } from './periods';

/** When missing figures are due and how often a gap is reminded: the partnership's defaults, all configurable. */
export interface ReminderRules {
  /** A night (or day) is due by this hour the next day, Stockholm time. */
  nightDueHour: number;
  /** A month is due by the end of this day of the next month. */
  monthDueDay: number;
  /** A gap is reminded again at the earliest this many days after the last reminder. */
  everyDays: number;
  /** How many months back, this one included, a reminder looks for gaps. */
  lookbackMonths: number;
}

export const DEFAULT_REMINDER_RULES: ReminderRules = {
  nightDueHour: 12,
  monthDueDay: 5,
  everyDays: 3,
  lookbackMonths: 3,
};

/** The instant a period's figures are due: `2026-11-14` by 12:00 on the 15th; `2026-11` by the end of 5 December. */
export function dueAt(period: string, rules: ReminderRules = DEFAULT_REMINDER_RULES): Date {
  if (period.length === 10)
    return DateTime.fromISO(addDays(period, 1), { zone: TIME_ZONE })
      .set({ hour: rules.nightDueHour })
      .toJSDate();
  return DateTime.fromISO(`${period}-01`, { zone: TIME_ZONE })
    .plus({ months: 1 })
    .set({ day: rules.monthDueDay })
    .plus({ days: 1 })
    .toJSDate();
}

/**
 * Whether a missing period is reminded on `today` (a Stockholm date, at instant `now`): past due, and never
 * reminded, or last reminded `everyDays` or more days before (by date, so a run a minute late still counts).
 */
export function isToRemind(
  period: string,
  lastRemindedOn: string | undefined,
  now: Date,
  today: string,
  rules: ReminderRules = DEFAULT_REMINDER_RULES,
): boolean {
  return dueAt(period, rules) <= now && !remindedRecently(lastRemindedOn, today, rules);
}

/** Whether a gap was reminded less than `everyDays` days before `today` (then it waits). */
export const remindedRecently = (
  lastRemindedOn: string | undefined,
  today: string,
  rules: ReminderRules = DEFAULT_REMINDER_RULES,
) => lastRemindedOn !== undefined && daysApart(lastRemindedOn, today) < rules.everyDays;
