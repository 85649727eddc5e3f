import { loadConfig } from '../../shared/config';
import { commandArgs, usageError } from './args';
import { nowOption, runningSystem } from './local';

const command = {
  name: 'cold-night-check',
  usage: `
Usage: npm run cold-night-check -- [--now TIME] [--smhi live|replay] [--forecast FILE]

Runs the hourly cold-night check once against the system \`npm start\` runs, as the schedule does on AWS: reads
SMHI's forecast and warnings, decides, and alerts the subscribers (locally: the SES emulator's inbox and the SMS
outbox). Prints each night of the forecast and what was sent.

Options:
  --now TIME          the check's clock, ISO 8601, e.g. 2027-02-08T05:00:00Z (default: now, against the real SMHI)
  --smhi live|replay  the real SMHI, or the running system's replay of a cold spell (default: replay with --now)
  --forecast FILE     a recorded forecast in SMHI's format (.json or .json.gz), as if SMHI had just sent it
  -h, --help          this text

Environment: IOP_DATA_DIR, the local system's folder (default .local).`,
  options: { now: { type: 'string' }, smhi: { type: 'string' }, forecast: { type: 'string' } },
} as const;
const { values } = commandArgs(command);
if (values.smhi !== undefined && values.smhi !== 'live' && values.smhi !== 'replay')
  usageError(command, `--smhi ${values.smhi}: use live or replay.`);
const now = nowOption(command, values.now, '2027-02-08T05:00:00Z');
const dataDir = process.env.IOP_DATA_DIR ?? '.local';
const runtime = runningSystem();
// The check's modules load once the arguments are known to be good: --help and mistakes answer at once.
const { createCheck } = await import('../../functions/cold-night-check/handler');
const live = values.smhi === 'live' || (!now && values.smhi !== 'replay');
const config = loadConfig(
  {
    ...runtime,
    ...(live ? { SMHI_FORECAST_URL: undefined, SMHI_WARNINGS_URL: undefined } : {}),
    LOG_LEVEL: 'INFO',
  },
  ['MAIL_FROM'],
);

try {
  const result = await createCheck(config, undefined, { forecastFile: values.forecast })(now);
  console.log(
    `\nSMHI forecast of ${result.forecastCreatedTime}${result.fetchedForecast ? '' : ' (unchanged since the last run)'}:`,
  );
  for (const n of result.nights) {
    const min = n.minTemperature === null ? '?' : `${n.minTemperature.toFixed(1)} °C`;
    console.log(
      `  ${n.night}  ${min.padStart(8)}  ${n.cold ? `COLD (${n.reasons.join(', ')})` : ''}${n.outlook ? ' outlook' : ''}`,
    );
  }
  console.log(
    `Alerts: ${result.alerts.map((a) => a.kind).join(', ') || 'none'}; sent ${result.sent}, failed ${result.failed}.`,
  );
  console.log(`Mail: the SES emulator's inbox; SMS: ${config.SMS_OUTBOX}; log: GET /v1/alerts.`);
} catch (error) {
  const message = (error as Error).message;
  const stopped =
    message.includes('ECONNREFUSED') &&
    message.includes(String(new URL(config.DYNAMODB_ENDPOINT ?? 'http://x').port));
  console.error(
    stopped
      ? `The local system in ${dataDir}/ is not running (nothing answers at ${config.DYNAMODB_ENDPOINT}). Start it with \`npm start\`.`
      : `The cold-night check failed: ${message}`,
  );
  process.exitCode = 1;
}
