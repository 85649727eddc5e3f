import { mean, median, quantileSorted } from 'simple-statistics';
import { halfYearOf, type MonthRange } from './periods';

/**
 * How many guests a venue can expect on a night ahead (issue 27): simple enough to explain in one line, honest
 * against a naive forecast, and used only where it beats it.
 *
 * - The baseline (naive forecast): the mean of the same weekday over the last four weeks with figures.
 * - The model: the baseline, plus the venue's guests per degree colder than the baseline's nights were, below a
 *   knee (no effect above it): `baseline + bias + slope × (cold(night) − cold(baseline nights))`, where
 *   `cold(t) = max(0, knee − t)`. The slope and bias are a Theil–Sen fit (the median of pairwise slopes: a few
 *   odd nights do not move it) of how far each past night was from its own baseline; the knee the one of a few
 *   that fits best.
 * - The interval: the 10th and 90th percentiles of the fit's past errors, around the expected figure.
 * - Honest: every half-year of the history with an earlier one is held out in turn (fitted on the nights before it
 *   only, then predicted night by night with the night's recorded forecast minimum, or where none was kept, its
 *   observed one) and both forecasts scored; the venue
 *   uses the model only if, over those held-out half-years, its mean absolute error is below the baseline's.
 *
 * Pure: no clock, no store. Aggregate counts only.
 */

/** One night of a venue: its guests (women + men) and the night's observed minimum, °C (null: not observed). */
export interface VenueNight {
  night: string;
  guests: number;
  minTemperature: number | null;
  /**
   * What the last forecast before the night's evening said its minimum would be, where one was recorded: a
   * held-out night is predicted from it (all a prediction for the night could have read), the fit from observations.
   */
  forecastMinimum?: number;
}

export const DEMAND = {
  /** Same-weekday nights the baseline averages (four weeks); at least `minBaselineNights` of them. */
  baselineWeeks: 4,
  minBaselineNights: 2,
  /** Knees tried, °C: below its knee each degree colder may bring guests; the best-fitting one is kept. */
  knees: [5, 0, -5] as const,
  /** The interval: these percentiles of past errors. */
  interval: [0.1, 0.9] as const,
  /** Below this many nights with a temperature and a baseline, the slope is not fitted (0). */
  minFitNights: 30,
  /** Points a fit uses at most (the latest): pairwise slopes grow with the square, nightly for 2,900 venues. */
  maxFitPoints: 240,
} as const;

/** What was fitted for one venue: the parameters a person can read, and how both forecasts fared. */
export interface DemandFit {
  /** Nights with figures the fit read, first to last. */
  nights: number;
  from?: string;
  to?: string;
  knee: number;
  /** Guests per degree colder than the baseline's nights, below the knee. */
  slope: number;
  bias: number;
  /** The model's past errors (actual − expected) at the interval's percentiles. */
  modelErrors: readonly [number, number];
  baselineErrors: readonly [number, number];
  /** Each held-out half-year: nights scored, mean absolute errors, and how often the interval held the actual. */
  backtest: SeasonScore[];
  /** The model where it beat the baseline on held-out half-years; else the baseline. */
  uses: 'model' | 'baseline';
}

export interface SeasonScore {
  season: MonthRange;
  nights: number;
  modelMae: number;
  baselineMae: number;
  /** Share (0–1) of nights whose guests fell inside the model's interval. */
  coverage: number;
  /** Of the nights scored, those predicted from a recorded forecast's minimum (the rest from the observed one). */
  fromForecast: number;
}

/** A night ahead: the expected guests and the interval, by the forecast the venue uses. */
export interface Expected {
  night: string;
  expected: number;
  low: number;
  high: number;
  uses: 'model' | 'baseline';
}

const cold = (knee: number, t: number) => Math.max(0, knee - t);

/** A date as a whole number of days (UTC midnight): nights a week apart are 7 apart, with no calendar library. */
const dayOf = (night: string) => Math.round(Date.parse(`${night}T00:00:00Z`) / 86_400_000);

/** The history as lookups by day number. */
function indexed(history: readonly VenueNight[]) {
  const guests = new Map<number, number>();
  const temperature = new Map<number, number>();
  for (const h of history) {
    const day = dayOf(h.night);
    guests.set(day, h.guests);
    if (h.minTemperature !== null) temperature.set(day, h.minTemperature);
  }
  return { guests, temperature };
}
type Index = ReturnType<typeof indexed>;

/** The same weekday's nights with figures, up to four, on or before `lastKnown` (day numbers): the baseline's. */
function baselineNights(index: Index, night: number, lastKnown: number): number[] {
  const found: number[] = [];
  // The latest same weekday on or before lastKnown, then back a week at a time, over at most twice the weeks.
  if (!Number.isFinite(night - lastKnown)) return found;
  const first = Math.max(1, Math.ceil((night - lastKnown) / 7));
  for (let week = first; week <= first + 2 * DEMAND.baselineWeeks; week++) {
    const earlier = night - 7 * week;
    if (index.guests.has(earlier)) found.push(earlier);
    if (found.length === DEMAND.baselineWeeks) break;
  }
  return found;
}

/** The naive forecast and its nights' coldness under `knee` (undefined when no night of theirs was observed). */
function baselineOf(index: Index, night: number, lastKnown: number, knee: number) {
  const nights = baselineNights(index, night, lastKnown);
  if (nights.length < DEMAND.minBaselineNights) return undefined;
  const temps = nights.map((n) => index.temperature.get(n)).filter((t): t is number => t !== undefined);
  return {
    value: mean(nights.map((n) => index.guests.get(n) as number)),
    coldness: temps.length > 0 ? mean(temps.map((t) => cold(knee, t))) : undefined,
  };
}

/** Theil–Sen: the median of the slopes between every two points, and the median intercept under it. */
function theilSen(points: readonly { x: number; y: number }[]): { slope: number; bias: number } {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const [a, b] = [points[i] as { x: number; y: number }, points[j] as { x: number; y: number }];
      if (a.x !== b.x) slopes.push((b.y - a.y) / (b.x - a.x));
    }
  const slope = slopes.length > 0 ? median(slopes) : 0;
  return { slope, bias: points.length > 0 ? median(points.map((p) => p.y - slope * p.x)) : 0 };
}

const percentiles = (errors: number[]): readonly [number, number] => {
  if (errors.length === 0) return [0, 0];
  const sorted = [...errors].sort((a, b) => a - b);
  return [quantileSorted(sorted, DEMAND.interval[0]), quantileSorted(sorted, DEMAND.interval[1])];
};

/**
 * Each night of `nights` predicted one night ahead (its baseline from the nights before it), with the truth. Ahead
 * (a held-out night), the night's temperature is its recorded forecast where there is one; a fit reads the observed.
 */
function oneStep(index: Index, nights: readonly VenueNight[], knee: number, ahead = false) {
  const rows: { guests: number; baseline: number; x?: number; fromForecast: boolean }[] = [];
  for (const h of nights) {
    const day = dayOf(h.night);
    const base = baselineOf(index, day, day - 1, knee);
    if (!base) continue;
    const fromForecast = ahead && h.forecastMinimum !== undefined;
    const temperature = fromForecast ? (h.forecastMinimum as number) : h.minTemperature;
    const x =
      temperature !== null && base.coldness !== undefined
        ? cold(knee, temperature) - base.coldness
        : undefined;
    rows.push({ guests: h.guests, baseline: base.value, ...(x === undefined ? {} : { x }), fromForecast });
  }
  return rows;
}

/** The fit on `nights` alone (their baselines may read `index`'s earlier nights): knee, slope, bias, errors. */
function fitOn(index: Index, nights: readonly VenueNight[]) {
  let best:
    | {
        knee: number;
        slope: number;
        bias: number;
        spread: number;
        modelErrors: number[];
        baselineErrors: number[];
      }
    | undefined;
  for (const knee of DEMAND.knees) {
    const rows = oneStep(index, nights, knee);
    const points = rows
      .filter((r) => r.x !== undefined)
      .slice(-DEMAND.maxFitPoints)
      .map((r) => ({ x: r.x as number, y: r.guests - r.baseline }));
    const { slope, bias } = points.length >= DEMAND.minFitNights ? theilSen(points) : { slope: 0, bias: 0 };
    const modelErrors = rows.map((r) => r.guests - (r.baseline + bias + slope * (r.x ?? 0)));
    const spread = modelErrors.length > 0 ? median(modelErrors.map(Math.abs)) : 0;
    if (!best || spread < best.spread)
      best = {
        knee,
        slope,
        bias,
        spread,
        modelErrors,
        baselineErrors: rows.map((r) => r.guests - r.baseline),
      };
  }
  return best as NonNullable<typeof best>;
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;
const roundBoth = ([low, high]: readonly [number, number]) => [round(low), round(high)] as const;

/** Both forecasts' mean absolute errors over the held-out half-years (weighted by nights); none when none. */
export function heldOutErrors(
  backtest: readonly SeasonScore[],
): { model: number; baseline: number } | undefined {
  const scored = backtest.reduce((sum, s) => sum + s.nights, 0);
  if (scored === 0) return undefined;
  const weighted = (pick: (s: SeasonScore) => number) =>
    backtest.reduce((sum, s) => sum + pick(s) * s.nights, 0) / scored;
  return { model: weighted((s) => s.modelMae), baseline: weighted((s) => s.baselineMae) };
}

/** A venue's fit from its history (nights in any order): parameters, errors, backtest and the forecast it uses. */
export function fitDemand(history: readonly VenueNight[]): DemandFit {
  const nights = [...history].sort((a, b) => a.night.localeCompare(b.night));
  const index = indexed(nights);
  const fit = fitOn(index, nights);
  // The half-years the nights fall in, in order, each once (named by its first month).
  const seasons = [
    ...new Map(nights.map((n) => halfYearOf(n.night.slice(0, 7))).map((h) => [h.from, h])).values(),
  ];
  const backtest: SeasonScore[] = [];
  for (const season of seasons.slice(1)) {
    const before = nights.filter((n) => n.night.slice(0, 7) < season.from);
    const inside = nights.filter(
      (n) => n.night.slice(0, 7) >= season.from && n.night.slice(0, 7) <= season.to,
    );
    const held = fitOn(indexed(before), before);
    const rows = oneStep(index, inside, held.knee, true);
    if (rows.length === 0) continue;
    const [low, high] = percentiles(held.modelErrors);
    const predicted = rows.map((r) => r.baseline + held.bias + held.slope * (r.x ?? 0));
    backtest.push({
      season,
      nights: rows.length,
      modelMae: round(mean(rows.map((r, i) => Math.abs(r.guests - (predicted[i] as number))))),
      baselineMae: round(mean(rows.map((r) => Math.abs(r.guests - r.baseline)))),
      coverage: round(
        rows.filter(
          (r, i) => r.guests >= (predicted[i] as number) + low && r.guests <= (predicted[i] as number) + high,
        ).length / rows.length,
      ),
      fromForecast: rows.filter((r) => r.fromForecast).length,
    });
  }
  const held = heldOutErrors(backtest);
  const uses = held && held.model < held.baseline ? 'model' : 'baseline';
  return {
    nights: nights.length,
    ...(nights[0] ? { from: nights[0].night, to: (nights.at(-1) as VenueNight).night } : {}),
    knee: fit.knee,
    slope: round(fit.slope),
    bias: round(fit.bias),
    modelErrors: roundBoth(percentiles(fit.modelErrors)),
    baselineErrors: roundBoth(percentiles(fit.baselineErrors)),
    backtest,
    uses,
  };
}

/**
 * The nights ahead for a venue: its expected guests and interval, from its recent nights (`recent`: at least the
 * last five weeks, with their observed minimums) and each night's forecast minimum. Undefined for a night with too
 * few recent nights to have a baseline.
 */
export function expectedGuests(
  fit: DemandFit,
  recent: readonly VenueNight[],
  ahead: readonly { night: string; minTemperature: number }[],
): (Expected | undefined)[] {
  const index = indexed(recent);
  if (recent.length === 0) return ahead.map(() => undefined);
  const lastKnown = recent.reduce((last, r) => Math.max(last, dayOf(r.night)), dayOf(recent[0]?.night ?? ''));
  return ahead.map(({ night, minTemperature }) => {
    const base = baselineOf(index, dayOf(night), lastKnown, fit.knee);
    if (!base) return undefined;
    const useModel = fit.uses === 'model';
    const adjustment =
      useModel && base.coldness !== undefined
        ? fit.bias + fit.slope * (cold(fit.knee, minTemperature) - base.coldness)
        : 0;
    const expected = Math.max(0, base.value + adjustment);
    const [low, high] = useModel ? fit.modelErrors : fit.baselineErrors;
    return {
      night,
      expected: Math.round(expected),
      low: Math.max(0, Math.floor(expected + low)),
      high: Math.max(0, Math.ceil(expected + high)),
      uses: fit.uses,
    };
  });
}

/** What the nightly fit keeps for a venue: its fit, and the recent nights its baselines read (five weeks). */
export interface VenueDemand {
  venueId: string;
  fittedAt: string;
  fit: DemandFit;
  recent: VenueNight[];
}

/** Days of recent nights a venue's fit keeps for its baselines: four weeks back from a night up to ten ahead. */
export const RECENT_DAYS = 7 * DEMAND.baselineWeeks + 14;

/** The partnership's night: expected guests of every venue with a forecast, against the places that night. */
export interface NightDemand {
  expected: number;
  low: number;
  high: number;
  places: number;
  /** Venues counted (those with enough recent nights). */
  venues: number;
  /** The venues whose upper end passes their own places that night: the coordinator's plain warning. */
  short: { venueId: string; expected: number; low: number; high: number; places: number }[];
}

/**
 * Each night ahead for the partnership: the venues' expected guests and intervals added up (an interval of a sum
 * of venues is at most the sum of theirs: wide rather than falsely narrow), against `placesOn` the night.
 */
export function partnershipDemand(
  venues: readonly VenueDemand[],
  ahead: readonly { night: string; minTemperature: number }[],
  placesOn: (venueId: string, night: string) => number,
): Map<string, NightDemand> {
  const nights = new Map<string, NightDemand>();
  for (const venue of venues) {
    const expected = expectedGuests(venue.fit, venue.recent, ahead);
    for (const e of expected) {
      if (!e) continue;
      const sum = nights.get(e.night) ?? { expected: 0, low: 0, high: 0, places: 0, venues: 0, short: [] };
      const places = placesOn(venue.venueId, e.night);
      const { expected: mid, low, high } = e;
      nights.set(e.night, {
        expected: sum.expected + mid,
        low: sum.low + low,
        high: sum.high + high,
        places: sum.places + places,
        venues: sum.venues + 1,
        short:
          high > places
            ? [...sum.short, { venueId: venue.venueId, expected: mid, low, high, places }]
            : sum.short,
      });
    }
  }
  return nights;
}

/** A night gone by: what was last expected for it, and the guests the counted shelters reported. */
export interface ExpectedAndCame {
  expected: number;
  low: number;
  high: number;
  places: number;
  guests: number;
}

/** How the expected guests fared over a period: the half-year report's check beside the alerts' (issue 27, 4). */
export interface DemandScore {
  nights: number;
  meanAbsError: number;
  /** Share (0–1) of nights whose guests fell inside the interval. */
  inside: number;
  /** Nights whose guests passed the places, and of them those whose expected upper end had passed them too. */
  overPlaces: number;
  warned: number;
}

/** The expected guests against what came, over the nights scored; none when none was. */
export function scoreExpected(nights: readonly ExpectedAndCame[]): DemandScore | undefined {
  if (nights.length === 0) return undefined;
  const over = nights.filter((n) => n.guests > n.places);
  return {
    nights: nights.length,
    meanAbsError: round(mean(nights.map((n) => Math.abs(n.guests - n.expected))), 1),
    inside: round(nights.filter((n) => n.guests >= n.low && n.guests <= n.high).length / nights.length),
    overPlaces: over.length,
    warned: over.filter((n) => n.high > n.places).length,
  };
}
