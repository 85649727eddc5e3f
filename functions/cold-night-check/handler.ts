import { Logger } from '@aws-lambda-powertools/logger';
import { checkChannelsFromConfig, coreFromConfig } from '../../shared/adapters/clients';
import { type CheckResult, runColdNightCheck } from '../../shared/app/cold-night-check';
import { type ConfigWith, loadConfig } from '../../shared/config';

/** The cold-night check wired to its world; `now` replays a moment (`npm run cold-night-check -- --now …`). */
export function createCheck(
  config: ConfigWith<'MAIL_FROM'>,
  logger = new Logger({ serviceName: 'iop-cold-night-check' }),
) {
  const { alerts } = coreFromConfig(config, logger);
  const channels = checkChannelsFromConfig(config);
  return (now?: Date): Promise<CheckResult> =>
    runColdNightCheck({ alerts, ...channels, now: () => now ?? new Date(), logger });
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
