import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { coreFromConfig, courierFromConfig, sendersFromConfig } from '../../shared/adapters/clients';
import type { Core, Uses } from '../../shared/app/ports';
import { loadConfig } from '../../shared/config';
import { createApi } from '../../shared/http/api';
import { apiRoutes } from './routes';

/** The partner API. Lambda calls `handler`; the local runtime calls `createHandler` with its own wiring. */
export function createHandler(
  deps: Omit<Core, 'logger'> & Uses<'email' | 'sms' | 'courier'>,
  logger: Logger,
  site: { origin(): string },
) {
  return createApi(apiRoutes({ ...deps, logger }, site), deps, logger);
}

let lambdaHandler: ReturnType<typeof createHandler> | undefined;

export const handler = (event: APIGatewayProxyEventV2, context: Context) => {
  // Built on the first invocation, once per container: clients live at module scope across invocations.
  if (!lambdaHandler) {
    const logger = new Logger({ serviceName: 'iop-api' });
    const config = loadConfig(process.env, ['MAIL_FROM', 'WEB_ORIGIN']);
    lambdaHandler = createHandler(
      { ...coreFromConfig(config, logger), ...sendersFromConfig(config), ...courierFromConfig(config) },
      logger,
      { origin: () => config.WEB_ORIGIN },
    );
  }
  return lambdaHandler(event, context);
};
