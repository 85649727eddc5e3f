import { parseArgs } from 'node:util';
import { createCheck } from '../../functions/cold-night-check/handler';
import { loadConfig } from '../../shared/config';
import { nowOption, runningSystem } from './local';

const { values } = parseArgs({
  options: { now: { type: 'string' }, smhi: { type: 'string' }, forecast: { type: 'string' } },
});
const dataDir = process.env.IOP_DATA_DIR ?? '.local';
const runtime = runningSystem();
const now = nowOption(values.now, '2027-02-08T05:00:00Z');
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
