import { DateTime } from 'luxon';
import type { NightDemand } from './demand';
import { addDays, DEFAULT_NIGHT_WINDOW, type NightWindow, nightSpan, TIME_ZONE } from './periods';

/** One forecast step: the instant and the air temperature there (null where SMHI sent 9999, "missing"). */
export interface ForecastStep {
  time: string;
  airTemperature: number | null;
}

export interface Forecast {
  createdTime: string;
  steps: ForecastStep[];
}

/** One area of an SMHI impact-based warning, reduced to what the rule reads. */
export interface WarningArea {
  level: string;
  event: string;
  areaIds: number[];
  start: string;
  end?: string;
}

export interface ColdRules {
  /** A night is cold when its forecast minimum is at or below this (°C). */
  thresholdC: number;
  window: NightWindow;
  /** Warning levels that make a night cold when they cover part of it. */
  warningLevels: string[];
  /** Warning events that count; empty: every event. */
  warningEvents: string[];
  /** SMHI warning area of the location (Stockholm county is 1). */
  warningAreaId: number;
  /**
   * A night is firm when at least this share of its hours lie in the forecast's hourly part (SMHI's first ~2.5
   * days); otherwise it is an outlook, read from 3-, 6- and 12-hour steps.
   */
  firmShare: number;
}

export const DEFAULT_COLD_RULES: ColdRules = {
  thresholdC: -7,
  window: DEFAULT_NIGHT_WINDOW,
  warningLevels: ['ORANGE', 'RED'],
  warningEvents: [],
  warningAreaId: 1,
  firmShare: 0.5,
};

export type ColdReason = 'temperature' | 'warning';

export interface NightAssessment {
  /** The date the night begins on (its evening), Stockholm time. */
  night: string;
  minTemperature: number | null;
  minAt: string | null;
  cold: boolean;
  reasons: ColdReason[];
  warnings: { level: string; event: string }[];
  /** Beyond the hourly part of the forecast: read from coarser steps, less certain. */
  outlook: boolean;
  forecastCreatedTime: string;
  /** The partnership's expected guests that night against its places (issue 27), where the venues have a fit. */
  demand?: NightDemand;
}

const HOUR = 3_600_000;

/** The night that is under way or next at `now`: before the morning's end, it is still last evening's night. */
export function currentNight(now: Date, window: NightWindow = DEFAULT_NIGHT_WINDOW): string {
  const local = DateTime.fromJSDate(now, { zone: TIME_ZONE });
  const date = local.hour < window.endHour ? local.minus({ days: 1 }) : local;
  return date.toISODate() as string;
}

/**
 * Every night the forecast reaches, from the current one: its minimum, whether it is cold and why.
 * A night is firm when at least `rules.firmShare` of its hours lie in the forecast's hourly steps; otherwise it is
 * an outlook from the coarser steps.
 */
export function assessNights(
  forecast: Forecast,
  warnings: readonly WarningArea[],
  rules: ColdRules,
  now: Date,
) {
  const steps = forecast.steps.map((s) => ({ ...s, ms: Date.parse(s.time) })).sort((a, b) => a.ms - b.ms);
  const last = steps.at(-1);
  if (!last) return [];
  const hourly = hourlyPart(steps);
  const nights: NightAssessment[] = [];
  for (
    let night = DateTime.fromISO(currentNight(now, rules.window), { zone: TIME_ZONE });
    nightSpan(night.toISODate() as string, rules.window).start.getTime() <= last.ms;
    night = night.plus({ days: 1 })
  ) {
    const date = night.toISODate() as string;
    const span = nightSpan(date, rules.window);
    const [from, to] = [Math.max(span.start.getTime(), now.getTime()), span.end.getTime()];
    const inside = steps.filter((s) => s.ms >= from && s.ms <= to);
    const known = inside.filter((s) => s.airTemperature !== null);
    const coldest = known.reduce<(typeof known)[number] | undefined>(
      (min, s) =>
        min === undefined || (s.airTemperature as number) < (min.airTemperature as number) ? s : min,
      undefined,
    );
    // The night's hours that lie in the hourly part of the forecast, as a share of the night (what is left of it).
    const hourlyHours = Math.max(0, Math.min(to, hourly.end) - Math.max(from, hourly.start));
    const firm = to > from && hourlyHours / (to - from) >= rules.firmShare;
    const matching = warnings.filter(
      (w) =>
        w.areaIds.includes(rules.warningAreaId) &&
        rules.warningLevels.includes(w.level) &&
        (rules.warningEvents.length === 0 || rules.warningEvents.includes(w.event)) &&
        Date.parse(w.start) < span.end.getTime() &&
        (w.end === undefined || Date.parse(w.end) > span.start.getTime()),
    );
    const reasons: ColdReason[] = [];
    if (coldest && (coldest.airTemperature as number) <= rules.thresholdC) reasons.push('temperature');
    if (matching.length > 0) reasons.push('warning');
    if (!coldest && matching.length === 0) continue; // Nothing known of this night: say nothing rather than "not cold".
    nights.push({
      night: date,
      minTemperature: coldest?.airTemperature ?? null,
      minAt: coldest ? new Date(coldest.ms).toISOString() : null,
      cold: reasons.length > 0,
      reasons,
      warnings: matching.map((w) => ({ level: w.level, event: w.event })),
      outlook: !firm,
      forecastCreatedTime: forecast.createdTime,
    });
  }
  return nights;
}

/** Where the forecast's hourly steps run: from its first step to the last one before a gap of over an hour. */
function hourlyPart(steps: readonly { ms: number }[]): { start: number; end: number } {
  const start = steps[0]?.ms ?? 0;
  let end = start;
  for (const step of steps) {
    if (step.ms - end > HOUR) break;
    end = step.ms;
  }
  return { start, end };
}

/** Runs of consecutive cold nights: the cold spells the coordinators must plan for. */
export function coldSpells(nights: readonly NightAssessment[]): NightAssessment[][] {
  const spells: NightAssessment[][] = [];
  let previous: string | undefined;
  for (const n of [...nights].sort((a, b) => a.night.localeCompare(b.night))) {
    if (!n.cold) {
      previous = undefined;
      continue;
    }
    const follows = previous !== undefined && addDays(previous, 1) === n.night;
    if (follows) spells.at(-1)?.push(n);
    else spells.push([n]);
    previous = n.night;
  }
  return spells;
}

/**
 * When the cold-night check runs, in Stockholm time, as the schedule's cron fields say it: minutes and hours, each
 * `*`, a number, a range `a-b`, or a list of those (`5,35`, `14-23,0-8`). The stack and the pages read the same.
 */
export interface CheckSchedule {
  minute: string;
  hour: string;
}
export const DEFAULT_CHECK_SCHEDULE: CheckSchedule = { minute: '5', hour: '*' };

/** A cron field's values within 0..max; undefined when the field is not one this project writes. */
function cronValues(field: string, max: number): Set<number> | undefined {
  if (field === '*') return new Set(Array.from({ length: max + 1 }, (_, i) => i));
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const range = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(part);
    if (!range) return undefined;
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    if (to > max || from > to) return undefined;
    for (let v = from; v <= to; v++) values.add(v);
  }
  return values;
}

/** The next run after `now` (within two days), or undefined where the schedule cannot be read. */
export function nextCheckAt(now: Date, schedule: CheckSchedule = DEFAULT_CHECK_SCHEDULE): Date | undefined {
  const minutes = cronValues(schedule.minute, 59);
  const hours = cronValues(schedule.hour, 23);
  if (!minutes || !hours) return undefined;
  let at = DateTime.fromJSDate(now, { zone: TIME_ZONE }).startOf('minute').plus({ minutes: 1 });
  for (let i = 0; i < 2 * 24 * 60; i++, at = at.plus({ minutes: 1 }))
    if (minutes.has(at.minute) && hours.has(at.hour)) return at.toJSDate();
  return undefined;
}
