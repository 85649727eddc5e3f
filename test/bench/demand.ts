import { performance } from 'node:perf_hooks';
import { fitDemand, partnershipDemand, RECENT_DAYS, type VenueDemand } from '../../shared/domain/demand';
import { addDays, datesBetween } from '../../shared/domain/periods';
import { median, ms } from './measure';

/** The national scale of issue 27: 290 municipalities, about ten venues each. */
const VENUES = 2_900;
const NIGHTS_AHEAD = 10;
/** Venues fitted in the bench (each fit is the same work at any scale): the nightly total is this times 29. */
const FITTED = 100;
const RUNS = 5;

const wobble = (i: number) => Math.sin(i * 12.9898) * 0.5 + Math.sin(i * 78.233) * 0.5;

/** Three winters of a venue: guests rising below 0 °C, a weekend bump, noise. */
function history(seed: number) {
  return ['2023', '2024', '2025'].flatMap((year) =>
    datesBetween(`${year}-11-01`, `${Number(year) + 1}-04-30`).map((night, i) => {
      const minTemperature = Math.round((-3 + 7 * wobble(i + seed * 31)) * 10) / 10;
      return {
        night,
        guests: Math.round(20 + (seed % 40) + 1.5 * Math.max(0, -minTemperature) + 3 * wobble(i * 7 + seed)),
        minTemperature,
      };
    }),
  );
}

/**
 * Issue 27's scale: the hourly check's predictions for 2,900 venues over the forecast's 10 nights (goal: under 1 s),
 * from fits kept per venue; and the nightly fit, per venue and for all of them.
 */
export function demandBench() {
  const histories = Array.from({ length: FITTED }, (_, seed) => history(seed));
  const fitStart = performance.now();
  const fits = histories.map((h) => fitDemand(h));
  const perFit = (performance.now() - fitStart) / FITTED;
  const last = '2026-04-30';
  const venues: VenueDemand[] = Array.from({ length: VENUES }, (_, v) => {
    const h = histories[v % FITTED] ?? [];
    return {
      venueId: `act_${v}`,
      fittedAt: '2026-05-01T03:00:00.000Z',
      fit: fits[v % FITTED] as VenueDemand['fit'],
      recent: h.filter((n) => n.night > addDays(last, -RECENT_DAYS)),
    };
  });
  const ahead = Array.from({ length: NIGHTS_AHEAD }, (_, i) => ({
    night: addDays(last, i + 1),
    minTemperature: -12 + i,
  }));
  const times: number[] = [];
  let nights = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    nights = partnershipDemand(venues, ahead, () => 30).size;
    times.push(performance.now() - start);
  }
  const predictMs = median(times);
  return [
    {
      measure: `demand: ${VENUES} venues × ${nights} nights predicted (the hourly check)`,
      'median ms': ms(predictMs),
      goal: '< 1000 ms',
      met: predictMs < 1000 ? 'yes' : 'NO',
    },
    {
      measure: `demand: one venue fitted on three winters (${FITTED} timed)`,
      'median ms': ms(perFit),
      goal: '',
      met: '',
    },
    {
      measure: `demand: the nightly fit of ${VENUES} venues (projected from the timed fits)`,
      'median ms': ms(perFit * VENUES),
      goal: 'nightly, not per request',
      met: '',
    },
  ];
}
