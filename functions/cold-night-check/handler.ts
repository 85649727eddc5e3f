import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Logger } from '@aws-lambda-powertools/logger';
import * as z from 'zod';
import {
  archiveFromConfig,
  checkChannelsFromConfig,
  coreFromConfig,
  sendersFromConfig,
} from '../../shared/adapters/clients';
import { parseForecast } from '../../shared/adapters/smhi';
import type { WeatherSource } from '../../shared/app/alerts-model';
import { type CheckResult, directCourier, runColdNightCheck } from '../../shared/app/cold-night-check';
import { type ConfigWith, loadConfig } from '../../shared/config';

/** The cold-night check wired to its world; `now` replays a moment (`npm run cold-night-check -- --now …`). */
export function createCheck(
  config: ConfigWith<'MAIL_FROM'>,
  logger = new Logger({ serviceName: 'iop-cold-night-check' }),
  options: { forecastFile?: string } = {},
) {
  const { alerts, people, store, wording } = coreFromConfig(config, logger);
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
      store,
      wording,
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

/**
 * The courier of the other functions' decisions: the deliveries they put in the outbox, sent from here, the only
 * function that may send SMS. Each is claimed before it is sent: nothing goes twice.
 */
export function createDeliverer(
  config: ConfigWith<'MAIL_FROM'>,
  logger = new Logger({ serviceName: 'iop-cold-night-check' }),
) {
  const { alerts, people } = coreFromConfig(config, logger);
  const { email, sms } = sendersFromConfig(config);
  return directCourier({ alerts, people, email, sms, logger });
}

const text = (max: number) => z.string().max(max);
/** A `deliver` event: deliveries as the outbox holds them, bounded (a decision reaches at most a few hundred). */
const DeliverEvent = z.strictObject({
  action: z.literal('deliver'),
  deliveries: z
    .array(
      z.object({
        id: text(400),
        alertKey: text(200),
        kind: z.enum(['cold', 'update', 'all_clear', 'decided', 'changed', 'cancelled']),
        nights: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(31),
        channel: z.enum(['email', 'sms']),
        subscriberId: text(100),
        recipient: text(320),
        status: z.enum(['pending', 'sending', 'sent', 'failed']),
        attempts: z.number().int().min(0).max(100),
        at: text(40),
        forecastCreatedTime: text(40),
        message: z.object({
          subject: text(1000).optional(),
          text: text(20_000),
          html: text(200_000).optional(),
        }),
      }),
    )
    .max(2000),
});

let lambdaCheck: ReturnType<typeof createCheck> | undefined;
let lambdaDeliver: ReturnType<typeof createDeliverer> | undefined;

/**
 * EventBridge Scheduler's target (the hourly check; throws when SMHI cannot be read: retried, then alarmed), and the
 * web and API functions' courier (`{action: 'deliver', deliveries}`: a decision's messages, sent at once).
 */
export const handler = async (event?: unknown) => {
  if (event && typeof event === 'object' && 'action' in event) {
    const asked = DeliverEvent.parse(event);
    lambdaDeliver ??= createDeliverer(loadConfig(process.env, ['MAIL_FROM']));
    return { outcomes: await lambdaDeliver.deliver(asked.deliveries) };
  }
  lambdaCheck ??= createCheck(loadConfig(process.env, ['MAIL_FROM']));
  const result = await lambdaCheck();
  return {
    forecastCreatedTime: result.forecastCreatedTime,
    alerts: result.alerts.length,
    sent: result.sent,
    failed: result.failed,
  };
};
