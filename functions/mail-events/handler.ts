import { Logger } from '@aws-lambda-powertools/logger';
import type { SNSEvent } from 'aws-lambda';
import { coreFromConfig } from '../../shared/adapters/clients';
import { undeliverableIn } from '../../shared/adapters/ses-events';
import { recordUndeliverable } from '../../shared/app/mail';
import { type Config, loadConfig } from '../../shared/config';

/**
 * SES's bounces and complaints, from its configuration set through SNS: each address that cannot be mailed is
 * marked, shown to the administrators beside it, and mailed no more until one of them confirms it again.
 */
export function createMailEvents(config: Config, logger = new Logger({ serviceName: 'iop-mail-events' })) {
  const core = coreFromConfig(config, logger);
  return async (event: SNSEvent) => {
    let marked = 0;
    for (const record of event.Records) {
      const notices = undeliverableIn(record.Sns.Message);
      // Not SES's format: logged and dropped (SNS would only deliver it again).
      if (notices === 'unread') {
        logger.error('not an SES event: dropped', { messageId: record.Sns.MessageId });
        continue;
      }
      await recordUndeliverable(core, notices);
      marked += notices.length;
    }
    return { marked };
  };
}

let lambdaRun: ReturnType<typeof createMailEvents> | undefined;

/** SNS's target. Throws when the table cannot be reached: SNS retries, then the alarm on its errors fires. */
export const handler = async (event: SNSEvent) => {
  lambdaRun ??= createMailEvents(loadConfig(process.env));
  return lambdaRun(event);
};
