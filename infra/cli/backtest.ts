import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseForecast, parseObservations } from '../../shared/adapters/smhi';
import { DEFAULT_ALERT_SETTINGS, rulesOf } from '../../shared/app/cold-night-check';
import { backtest, forecastMinima } from '../../shared/domain/backtest';
import { fitDemand, heldOutErrors, type VenueNight } from '../../shared/domain/demand';
import { type ObservedNight, observedNights } from '../../shared/domain/observations';
import { verify } from '../../shared/domain/verification';
import { importDocument } from '../../shared/http/request';
import { commandArgs, usageError } from './args';

/**
 * `npm run backtest -- --forecasts DIR --observations FILE [--guests FILE]`: replays a folder of forecasts in SMHI's
 * format (as the check records them: `forecasts/<date>/<run>.json.gz`, or plain `.json`) in time order against
 * SMHI's observations (a metobs `data.json`), and prints the verification table; with the night shelters' nights,
 * also both demand forecasts' errors per held-out half-year. Sends nothing, writes nothing.
 */
const command = {
  name: 'backtest',
  usage: `
Usage: npm run backtest -- --forecasts DIR --observations FILE [--guests FILE]

Replays a folder of SMHI forecasts (as the check records them: forecasts/<date>/<run>.json.gz, or plain .json, at
any depth) in the order SMHI made them, through the check's own decisions, against SMHI's observations, and prints
the verification table: cold nights alerted early, late and never, false alarms, the median lead time.

With --guests, also the expected guests: each night shelter's half-years held out in turn, fitted on the nights
before, each night predicted from the last recorded forecast before its evening (else its observed minimum), and
both forecasts' mean absolute errors (the baseline: the same weekday over four weeks; the model: the baseline and
the guests per degree colder), the interval's coverage, and which one the shelter would use. Sends nothing, writes
nothing.

Options:
  --forecasts DIR       the recorded forecasts
  --observations FILE   SMHI's observed hourly temperatures (a metobs data.json)
  --guests FILE         the shelters' nights as the import takes them: a CSV with the columns activityId, period
                        (YYYY-MM-DD), women and men (others are ignored), commas or semicolons
  -h, --help            this text`,
  options: {
    forecasts: { type: 'string' },
    observations: { type: 'string' },
    guests: { type: 'string' },
  },
} as const;
const { values } = commandArgs(command);
if (!values.forecasts) usageError(command, '--forecasts DIR is required.');
if (!values.observations) usageError(command, '--observations FILE is required.');

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.json(\.gz)?$/.test(name) ? [path] : [];
  });
const text = (path: string) => {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
};

try {
  const settings = DEFAULT_ALERT_SETTINGS;
  const forecasts = files(values.forecasts).map((path) => parseForecast(text(path), path));
  const observed = observedNights(
    parseObservations(text(values.observations), values.observations),
    settings.night,
  );
  if (forecasts.length === 0 || observed.length === 0)
    throw new Error(`No ${forecasts.length === 0 ? 'forecasts' : 'whole observed night'} to replay.`);
  const alerts = backtest(forecasts, rulesOf(settings), settings);
  const runs = forecasts.map((f) => f.createdTime).sort();
  const result = verify({
    from: observed[0]?.night as string,
    to: observed.at(-1)?.night as string,
    thresholdC: settings.thresholdC,
    window: settings.night,
    observed,
    alerts,
    decisions: [],
  });
  const kinds = (kind: string) => alerts.filter((a) => a.kind === kind).length;
  console.log(
    `Backtest: ${forecasts.length} forecasts (${runs[0]} – ${runs.at(-1)}), nights observed ${result.from} – ${result.to}.`,
  );
  console.log(
    `Alerts that would have been sent: ${alerts.length} (cold ${kinds('cold')}, update ${kinds('update')}, all-clear ${kinds('all_clear')}); nothing was sent.`,
  );
  console.log('');
  console.log('night        observed   verdict      first alert');
  for (const n of result.nights.filter((x) => x.cold || x.verdict === 'false_alarm')) {
    const min = `${(n.observedMin as number).toFixed(1)} ${n.quality ?? ''}`.padEnd(10);
    const lead = n.leadHours === undefined ? '–' : `${n.leadHours} h before`;
    console.log(`${n.night}   ${min} ${n.verdict.padEnd(12)} ${lead}`);
  }
  console.log('');
  console.log(`Cold nights observed (≤ ${settings.thresholdC} °C): ${result.coldNights}`);
  console.log(`  alerted ≥ 36 h ahead: ${result.alertedEarly}`);
  console.log(`  alerted later:        ${result.alertedLate}`);
  console.log(`  never alerted:        ${result.missed}`);
  console.log(`False alarms: ${result.falseAlarms}`);
  console.log(`Median lead time: ${result.medianLeadHours === null ? '–' : `${result.medianLeadHours} h`}`);
  if (values.guests) printDemand(values.guests, observed, forecastMinima(forecasts, rulesOf(settings)));
} catch (error) {
  console.error(`The backtest failed: ${(error as Error).message}`);
  process.exitCode = 1;
}

/** Each shelter's nights from an import CSV: whole numbers of women and men on dates, or the row is named. */
function sheltersNights(path: string): Map<string, { night: string; guests: number }[]> {
  const { rows } = importDocument(text(path), 'csv') as { rows: Record<string, unknown>[] };
  const byShelter = new Map<string, { night: string; guests: number }[]>();
  rows.forEach((row, i) => {
    const [id, night] = [String(row.activityId ?? ''), String(row.period ?? '')];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(night)) return; // a month's row: not a night
    const guests = Number(row.women ?? 0) + Number(row.men ?? 0);
    if (id === '' || !Number.isSafeInteger(guests) || guests < 0)
      throw new Error(`${path}, row ${i + 2}: needs an activityId and whole numbers of women and men.`);
    const nights = byShelter.get(id) ?? [];
    nights.push({ night, guests });
    byShelter.set(id, nights);
  });
  return byShelter;
}

/** Both demand forecasts' errors per shelter and held-out half-year, and the one each shelter would use. */
function printDemand(
  path: string,
  observed: readonly ObservedNight[],
  forecast: ReadonlyMap<string, number>,
) {
  const minimum = new Map(observed.map((o) => [o.night, o.minTemperature]));
  const shelters = sheltersNights(path);
  console.log('');
  console.log(
    `Expected guests: ${shelters.size} night shelters, each half-year held out in turn (fitted on the nights before it).`,
  );
  console.log(
    'shelter               half-year           nights  forecast  baseline MAE  model MAE  interval held',
  );
  for (const [id, nights] of [...shelters].sort(([a], [b]) => a.localeCompare(b))) {
    const history: VenueNight[] = nights.map(({ night, guests }) => ({
      night,
      guests,
      minTemperature: minimum.get(night) ?? null,
      ...(forecast.has(night) ? { forecastMinimum: forecast.get(night) as number } : {}),
    }));
    const fit = fitDemand(history);
    for (const s of fit.backtest)
      console.log(
        [
          id.padEnd(21),
          `${s.season.from} – ${s.season.to}`.padEnd(18),
          String(s.nights).padStart(7),
          String(s.fromForecast).padStart(9),
          s.baselineMae.toFixed(2).padStart(13),
          s.modelMae.toFixed(2).padStart(10),
          `${Math.round(s.coverage * 100)} %`.padStart(14),
        ].join(' '),
      );
    const held = heldOutErrors(fit.backtest);
    console.log(
      held === undefined
        ? `${id}: ${fit.nights} nights, no earlier half-year to hold out: uses the baseline.`
        : fit.uses === 'model'
          ? `${id}: uses the model (${held.model.toFixed(2)} against ${held.baseline.toFixed(2)} held out): ${fit.slope.toFixed(2)} guests per degree colder below ${fit.knee} °C.`
          : `${id}: uses the baseline (the model ${held.model.toFixed(2)} against ${held.baseline.toFixed(2)} held out).`,
    );
  }
}
