import type { VenueNight } from '../../shared/domain/demand';
import { datesBetween } from '../../shared/domain/periods';

/** A repeatable wobble in [-1, 1]: the same history every run. */
export const wobble = (i: number) => Math.sin(i * 12.9898) * 0.5 + Math.sin(i * 78.233) * 0.5;

/** A winter night's minimum (°C): a winter's curve, coldest mid-season, with weather on top. */
export const winterMinimum = (dayOfSeason: number, season: number) =>
  Math.round((-4 * Math.sin((Math.PI * dayOfSeason) / 181) + 6 * wobble(dayOfSeason + season * 500)) * 10) /
  10;

/**
 * Winters (Nov–Apr, by their first year) of a venue where every degree below 0 °C brings `perDegree` guests more,
 * Fridays and Saturdays a few more, and some noise.
 */
export function winters(seasons: readonly string[], perDegree: number): VenueNight[] {
  return seasons.flatMap((startYear, s) =>
    datesBetween(`${startYear}-11-01`, `${Number(startYear) + 1}-04-30`).map((night, i) => {
      const minTemperature = winterMinimum(i, s);
      const weekday = new Date(`${night}T12:00:00Z`).getUTCDay();
      const guests = Math.round(
        40 +
          ([5, 6].includes(weekday) ? 4 : 0) +
          perDegree * Math.max(0, -minTemperature) +
          3 * wobble(i * 7 + s),
      );
      return { night, guests, minTemperature };
    }),
  );
}
