import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Logger } from '@aws-lambda-powertools/logger';
import { archiveFromConfig, checkChannelsFromConfig, coreFromConfig } from '../../shared/adapters/clients';
import { parseForecast } from '../../shared/adapters/smhi';
import type { WeatherSource } from '../../shared/app/alerts-model';
import { type CheckResult, runColdNightCheck } from '../../shared/app/cold-night-check';
import { type ConfigWith, loadConfig } from '../../shared/config';

/** The cold-night check wired to its world; `now` replays a moment (`npm run cold-night-check -- --now …`). */
export function createCheck(
  config: ConfigWith<'MAIL_FROM'>,
  logger = new Logger({ serviceName: 'iop-cold-night-check' }),
  options: { forecastFile?: string } = {},
) {
  const { alerts, people } = coreFromConfig(config, logger);
  const channels = checkChannelsFromConfig(config);
  const weather = options.forecastFile ? fromFile(channels.weather, options.forecastFile) : channels.weather;
  // Every forecast fetched is kept in the archive bucket, when there is one (a file replayed is not kept again).
  const forecastArchive = config.REPORT_BUCKET
    ? archiveFromConfig({ ...config, REPORT_BUCKET: config.REPORT_BUCKET })
    : undefined;
  return (now?: Date): Promise<CheckResult> =>
    runColdNightCheck({
      alerts,
      people,
      ...channels,
      weather,
      ...(forecastArchive ? { forecastArchive } : {}),
      now: () => now ?? new Date(),
      logger,
    });
}

/**
 * SMHI with the forecast read from a file in SMHI's format (a recorded one, `.json` or `.json.gz`): a replay. The
 * file's warnings are none; the observations are SMHI's.
 */
function fromFile(smhi: WeatherSource, path: string): WeatherSource {
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const forecast = parseForecast(text, path);
  return {
    latestForecastRun: async () => forecast.createdTime,
    forecast: async () => forecast,
    warnings: async () => [],
    observations: () => smhi.observations(),
  };
}

let lambdaCheck: ReturnType<typeof createCheck> | undefined;

/** EventBridge Scheduler's target. Throws when SMHI cannot be read: the run fails, is retried, and alarms. */
export const handler = async () => {
  lambdaCheck ??= createCheck(loadConfig(process.env, ['MAIL_FROM']));
  const result = await lambdaCheck();
  return {
    forecastCreatedTime: result.forecastCreatedTime,
    alerts: result.alerts.length,
    sent: result.sent,
    failed: result.failed,
  };
};
