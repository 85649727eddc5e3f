import { DateTime } from 'luxon';
import { submitFigures } from '../../../shared/app/figures';
import { systemPrincipal } from '../../../shared/app/keys';
import type { Deps } from '../../../shared/app/ports';
import { createActivity, createOrganisation, setCapacity } from '../../../shared/app/registry';
import { capacityOn } from '../../../shared/domain/capacity';
import { datesOfMonth, TIME_ZONE } from '../../../shared/domain/periods';
import { DEMO_ACTIVITIES, DEMO_ORGANISATIONS } from './registry';
import { SEED_DAY_CENTRES, SEED_NIGHT_SHELTERS } from './seed-report-2017-18';

/** Splits `total` into whole parts proportional to `weights` (largest remainder): the parts sum to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum === 0 ? 0 : (total * w) / sum));
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

/** Fridays and Saturdays are a little fuller: weekend tickets are handed out on Fridays. */
const nightWeight = (date: string) =>
  [5, 6].includes(DateTime.fromISO(date, { zone: TIME_ZONE }).weekday) ? 1.06 : 0.98;

/** Loads the registry and the seed report's figures through the use cases, as `system:demo`, audited. */
export async function loadDemoData(deps: Deps): Promise<{ rows: number }> {
  const demo = systemPrincipal('demo');
  for (const organisation of DEMO_ORGANISATIONS) await createOrganisation(deps, demo, organisation);
  for (const { capacity = [], ...activity } of DEMO_ACTIVITIES) {
    await createActivity(deps, demo, activity);
    for (const entry of capacity) await setCapacity(deps, demo, activity.id, entry);
  }

  const rows: { activityId: string; period: string; figures: unknown }[] = [];
  const shelters = DEMO_ACTIVITIES.filter((a) => a.kind === 'night_shelter');
  for (const { month, women, men } of SEED_NIGHT_SHELTERS) {
    const dates = datesOfMonth(month);
    // Each shelter's share of the month follows its capacity nights; each night's share follows its weight.
    const placesOf = (shelter: (typeof shelters)[number], date: string) =>
      capacityOn(shelter.capacity ?? [], date)?.places ?? 0;
    const shelterWeights = shelters.map((s) => dates.reduce((n, d) => n + placesOf(s, d), 0));
    const womenByShelter = apportion(women, shelterWeights);
    const menByShelter = apportion(men, shelterWeights);
    shelters.forEach((shelter, s) => {
      const weights = dates.map((d) => placesOf(shelter, d) * nightWeight(d));
      const womenByNight = apportion(womenByShelter[s] ?? 0, weights);
      const menByNight = apportion(menByShelter[s] ?? 0, weights);
      dates.forEach((date, n) => {
        if (weights[n] === 0) return;
        rows.push({
          activityId: shelter.id,
          period: date,
          figures: { women: womenByNight[n], men: menByNight[n] },
        });
      });
    });
  }
  const centres = DEMO_ACTIVITIES.filter((a) => a.kind === 'day_centre');
  for (const { month, women, men } of SEED_DAY_CENTRES) {
    const even = centres.map(() => 1);
    const womenByCentre = apportion(women, even);
    const menByCentre = apportion(men, even);
    centres.forEach((centre, c) => {
      rows.push({
        activityId: centre.id,
        period: month,
        figures: { women: womenByCentre[c], men: menByCentre[c] },
      });
    });
  }
  const { problems } = await submitFigures(deps, demo, rows);
  if (problems.length > 0) throw new Error(`Demo data refused: ${JSON.stringify(problems.slice(0, 3))}`);
  return { rows: rows.length };
}
