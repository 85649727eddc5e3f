import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { coreFromConfig } from '../../shared/adapters/clients';
import type { Core } from '../../shared/app/ports';
import { loadConfig } from '../../shared/config';
import { createApi } from '../../shared/http/api';
import { apiRoutes } from './routes';

/** The partner API. Lambda calls `handler`; the local runtime calls `createHandler` with its own wiring. */
export function createHandler(deps: Omit<Core, 'logger'>, logger: Logger) {
  return createApi(apiRoutes({ ...deps, logger }), deps, logger);
}

let lambdaHandler: ReturnType<typeof createHandler> | undefined;

export const handler = (event: APIGatewayProxyEventV2, context: Context) => {
  // Built on the first invocation, once per container: clients live at module scope across invocations.
  if (!lambdaHandler) {
    const logger = new Logger({ serviceName: 'iop-api' });
    lambdaHandler = createHandler(coreFromConfig(loadConfig(), logger), logger);
  }
  return lambdaHandler(event, context);
};
