import { DateTime } from 'luxon';
import { addDays, daysApart, TIME_ZONE } from '../../shared/domain/periods';
import { snow1g } from './snow1g';

/**
 * The nights of a cold spell by their distance from its first cold evening (°C): one mild night before, four of
 * −7 °C or colder in a row, milder after, one more cold night in the outlook a week on.
 */
const SPELL = [-4.8, -8.6, -12.4, -10.1, -8.4, -3.9, -2.5, -5.0, -6.2, -8.0, -4.1, -3.0];

/**
 * A cold spell in Stockholm as SMHI would publish it at `createdTime`, its first cold night beginning on the
 * evening of `firstColdEvening`. Prepared (not recorded: SMHI cannot be reached from here) in the structure of a
 * real snow1g response.
 */
export function coldSpellForecast(createdTime: string, firstColdEvening: string) {
  const nightlyMinima = Object.fromEntries(SPELL.map((min, i) => [addDays(firstColdEvening, i - 1), min]));
  // Coldest at 04:00, about 0.4 °C milder an hour either side of it; days 5 °C above the night before.
  const temperature = (time: Date) => {
    const local = DateTime.fromJSDate(time, { zone: TIME_ZONE });
    const evening = (local.hour <= 8 ? local.minus({ days: 1 }) : local).toISODate() as string;
    const min = nightlyMinima[evening] ?? -2;
    if (local.hour > 8 && local.hour < 18) return Math.round((min + 5) * 10) / 10;
    const hoursFrom4 = local.hour <= 8 ? Math.abs(local.hour - 4) : 28 - local.hour;
    return Math.round((min + 0.4 * hoursFrom4) * 10) / 10;
  };
  return snow1g({ createdTime, temperature });
}

/**
 * The February cold spell the tests and the bench replay: as SMHI would publish it on Monday
 * 8 February 2027 at 05:00, four cold nights from that evening (Mon–Thu), one more in the outlook on the 16th.
 */
export const FEBRUARY_COLD_SPELL = { createdTime: '2027-02-08T04:00:00Z', firstColdEvening: '2027-02-08' };
export const februaryColdSpellForecast = () =>
  coldSpellForecast(FEBRUARY_COLD_SPELL.createdTime, FEBRUARY_COLD_SPELL.firstColdEvening);

/** The demo's spell, moved to today: published at the last full hour, its first cold night two evenings ahead. */
export function coldSpellFromToday(now: Date) {
  const created = DateTime.fromJSDate(now, { zone: 'utc' }).startOf('hour').minus({ hours: 1 });
  const today = DateTime.fromJSDate(now, { zone: TIME_ZONE }).toISODate() as string;
  return {
    forecast: coldSpellForecast(created.toISO({ suppressMilliseconds: true }) as string, addDays(today, 2)),
    firstColdEvening: addDays(today, 2),
    /** The nights of −7 °C or colder, by their evenings. */
    coldEvenings: SPELL.flatMap((min, i) => (min <= -7 ? [addDays(today, 2 + i - 1)] : [])).filter(
      (night) => daysApart(today, night) < 7,
    ),
  };
}
