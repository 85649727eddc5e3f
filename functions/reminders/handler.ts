import { Logger } from '@aws-lambda-powertools/logger';
import { coreFromConfig, emailFromConfig } from '../../shared/adapters/clients';
import { type ReminderResult, runReminders } from '../../shared/app/reminders';
import { type ConfigWith, loadConfig } from '../../shared/config';

/** The reminder run wired to its world; `now` replays a moment (`npm run reminders -- --now …`). */
export function createReminders(
  config: ConfigWith<'MAIL_FROM' | 'WEB_ORIGIN'>,
  logger = new Logger({ serviceName: 'iop-reminders' }),
) {
  const core = coreFromConfig(config, logger);
  const email = emailFromConfig(config);
  return (options: { now?: Date; dryRun?: boolean } = {}): Promise<ReminderResult> =>
    runReminders(
      { ...core, email, now: () => options.now ?? new Date() },
      { origin: config.WEB_ORIGIN, dryRun: options.dryRun },
    );
}

let lambdaRun: ReturnType<typeof createReminders> | undefined;

/** EventBridge Scheduler's target, daily. Throws when the table or SES cannot be reached: retried, then alarmed. */
export const handler = async () => {
  lambdaRun ??= createReminders(loadConfig(process.env, ['MAIL_FROM', 'WEB_ORIGIN']));
  const result = await lambdaRun();
  return { planned: result.planned.length, sent: result.sent, failed: result.failed };
};
