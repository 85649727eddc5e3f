import { DateTime } from 'luxon';
import { addDays, DEFAULT_NIGHT_WINDOW, type NightWindow, nightSpan, TIME_ZONE } from './periods';

/**
 * What the night really was: SMHI's hourly air temperature observed at Stockholm-Observatoriekullen A (metobs
 * parameter 1, station 98230), read over the same night window the forecasts use. The measure every alert is
 * checked against.
 */

/** SMHI's quality codes: G checked and approved, Y suspect or aggregated. Anything else is unreadable. */
export const QUALITIES = ['G', 'Y'] as const;
export type Quality = (typeof QUALITIES)[number];

export interface Observation {
  /** The hour observed, as an instant. */
  time: string;
  /** °C; null where SMHI gives an empty value. */
  value: number | null;
  quality: Quality;
}

export interface ObservedNight {
  night: string;
  /** The lowest observed in the window; null when no hour of it has a value. */
  minTemperature: number | null;
  /** G when every hour used was approved; Y when any was suspect. */
  quality: Quality;
  /** How many hours of the window had a value (a whole 18–08 night has 15, one hour less or more across DST). */
  hours: number;
  /** How many hours the window has. */
  expectedHours: number;
}

/**
 * Each night the observations cover whole, with its minimum over the night window (both ends included, as the
 * forecast is read). A night the observations end inside is not yet observed, and left out.
 */
export function observedNights(
  observations: readonly Observation[],
  window: NightWindow = DEFAULT_NIGHT_WINDOW,
): ObservedNight[] {
  const known = observations
    .map((o) => ({ ...o, ms: Date.parse(o.time) }))
    .filter((o) => Number.isFinite(o.ms))
    .sort((a, b) => a.ms - b.ms);
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return [];
  const nights: ObservedNight[] = [];
  // From the evening before the first observation's Stockholm date to the last's.
  const from = addDays(DateTime.fromMillis(first.ms, { zone: TIME_ZONE }).toISODate() as string, -1);
  const to = DateTime.fromMillis(last.ms, { zone: TIME_ZONE }).toISODate() as string;
  for (let night = from; night <= to; night = addDays(night, 1)) {
    const span = nightSpan(night, window);
    const [start, end] = [span.start.getTime(), span.end.getTime()];
    if (start < first.ms || end > last.ms) continue;
    const inside = known.filter((o) => o.ms >= start && o.ms <= end && o.value !== null);
    const min = inside.reduce<number | null>(
      (low, o) => (low === null || (o.value as number) < low ? (o.value as number) : low),
      null,
    );
    nights.push({
      night,
      minTemperature: min,
      quality: inside.every((o) => o.quality === 'G') ? 'G' : 'Y',
      hours: inside.length,
      expectedHours: Math.round((end - start) / 3_600_000) + 1,
    });
  }
  return nights;
}
