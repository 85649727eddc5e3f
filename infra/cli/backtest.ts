import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseForecast, parseObservations } from '../../shared/adapters/smhi';
import { DEFAULT_ALERT_SETTINGS, rulesOf } from '../../shared/app/cold-night-check';
import { backtest } from '../../shared/domain/backtest';
import { observedNights } from '../../shared/domain/observations';
import { verify } from '../../shared/domain/verification';
import { commandArgs, usageError } from './args';

/**
 * `npm run backtest -- --forecasts DIR --observations FILE`: replays a folder of forecasts in SMHI's format (as the
 * check records them: `forecasts/<date>/<run>.json.gz`, or plain `.json`) in time order against SMHI's observations
 * (a metobs `data.json`), and prints the verification table. Sends nothing, writes nothing.
 */
const command = {
  name: 'backtest',
  usage: `
Usage: npm run backtest -- --forecasts DIR --observations FILE

Replays a folder of SMHI forecasts (as the check records them: forecasts/<date>/<run>.json.gz, or plain .json, at
any depth) in the order SMHI made them, through the check's own decisions, against SMHI's observations, and prints
the verification table: cold nights alerted early, late and never, false alarms, the median lead time. Sends
nothing, writes nothing.

Options:
  --forecasts DIR       the recorded forecasts
  --observations FILE   SMHI's observed hourly temperatures (a metobs data.json)
  -h, --help            this text`,
  options: { forecasts: { type: 'string' }, observations: { type: 'string' } },
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
} catch (error) {
  console.error(`The backtest failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
