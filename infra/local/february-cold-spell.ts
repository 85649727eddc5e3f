import { DateTime } from 'luxon';
import { TIME_ZONE } from '../../shared/domain/periods';
import { snow1g } from './snow1g';

/**
 * A February cold spell in Stockholm, as SMHI would publish it on Monday 8 February 2027 at 05:00: four nights of
 * −7 °C or colder in a row (Mon–Thu evenings), milder after, one more cold night in the outlook. Prepared (not
 * recorded: SMHI cannot be reached from here) in the structure of a real snow1g response, for `npm start` and
 * `npm run cold-night-check -- --now 2027-02-08T05:00:00Z`.
 */
export const FEBRUARY_COLD_SPELL = {
  createdTime: '2027-02-08T04:00:00Z',
  /** The lowest temperature of each night, by the date of its evening (°C). */
  nightlyMinima: {
    '2027-02-07': -4.8,
    '2027-02-08': -8.6,
    '2027-02-09': -12.4,
    '2027-02-10': -10.1,
    '2027-02-11': -8.4,
    '2027-02-12': -3.9,
    '2027-02-13': -2.5,
    '2027-02-14': -5.0,
    '2027-02-15': -6.2,
    '2027-02-16': -8.0,
    '2027-02-17': -4.1,
    '2027-02-18': -3.0,
  } as Record<string, number>,
};

/** Coldest at 04:00, about 0.4 °C milder an hour either side of it; days 5 °C above the night before. */
function temperature(time: Date): number {
  const local = DateTime.fromJSDate(time, { zone: TIME_ZONE });
  const evening = (local.hour <= 8 ? local.minus({ days: 1 }) : local).toISODate() as string;
  const min = FEBRUARY_COLD_SPELL.nightlyMinima[evening] ?? -2;
  if (local.hour > 8 && local.hour < 18) return Math.round((min + 5) * 10) / 10;
  const hoursFrom4 = local.hour <= 8 ? Math.abs(local.hour - 4) : 28 - local.hour;
  return Math.round((min + 0.4 * hoursFrom4) * 10) / 10;
}

export const februaryColdSpellForecast = () =>
  snow1g({ createdTime: FEBRUARY_COLD_SPELL.createdTime, temperature });
