import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { depsFromConfig } from '../../shared/adapters/clients';
import type { Deps } from '../../shared/app/ports';
import { loadConfig } from '../../shared/config';
import { createApi } from '../../shared/http/api';
import { apiRoutes } from './routes';

/** The partner API. Lambda calls `handler`; the local runtime calls `createHandler` with its own wiring. */
export function createHandler(deps: Deps, logger = new Logger({ serviceName: 'iop-api' })) {
  return createApi(apiRoutes(deps), deps.store, logger);
}

let lambdaHandler: ReturnType<typeof createHandler> | undefined;

export const handler = (event: APIGatewayProxyEventV2, context: Context) => {
  // Built on the first invocation, once per container: clients live at module scope across invocations.
  lambdaHandler ??= createHandler(depsFromConfig(loadConfig()));
  return lambdaHandler(event, context);
};
