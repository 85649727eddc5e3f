import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import {
  coreFromConfig,
  courierFromConfig,
  reportSenderFromConfig,
  sendersFromConfig,
} from '../../shared/adapters/clients';
import { loadConfig } from '../../shared/config';
import { createWeb } from './app';

let lambdaWeb: ReturnType<typeof createWeb> | undefined;

/** The web function's Lambda entry: API Gateway's $default route (everything but /v1/…). */
export const handler = (event: APIGatewayProxyEventV2) => {
  if (!lambdaWeb) {
    const config = loadConfig(process.env, ['MAIL_FROM', 'WEB_ORIGIN', 'REPORTS_FUNCTION_NAME']);
    const logger = new Logger({ serviceName: 'iop-web' });
    const deps = {
      ...coreFromConfig(config, logger),
      ...sendersFromConfig(config),
      ...courierFromConfig(config),
      ...reportSenderFromConfig(config),
    };
    lambdaWeb = createWeb(deps, logger, {
      origin: () => config.WEB_ORIGIN,
      contactEmail: config.CONTACT_EMAIL,
      checkSchedule: { minute: config.COLD_NIGHT_MINUTE, hour: config.COLD_NIGHT_HOUR },
    });
  }
  return lambdaWeb(event);
};
