import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import httpRouterHandler from '@middy/http-router';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { authenticate } from '../app/keys';
import type { Core } from '../app/ports';
import { SECRET_SHAPE, SESSION_COOKIE, sessionPrincipal } from '../app/sign-in';
import { ANONYMOUS, authorise } from '../domain/access';
import { type AppError, notFound, unauthenticated } from '../domain/errors';
import { problemResponse, statusOf } from './problem';
import { cookiesOf, readInput } from './request';
import type { Route } from './route';

type Event = APIGatewayProxyEventV2;
type Result = APIGatewayProxyResultV2;

/** Puts API Gateway's request id (also in the access logs) and the route on every log line of the request. */
function requestKeys(logger: Logger): MiddlewareObj<Event, Result> {
  return {
    before: async ({ event }) => {
      logger.appendKeys({
        apiRequestId: event.requestContext?.requestId,
        method: event.requestContext?.http?.method,
        path: event.requestContext?.http?.path,
      });
    },
  };
}

/**
 * Turns every error into a problem document. Logs, as middy's error handler does, by status: a client's mistake
 * (4xx) briefly at INFO, anything of 500 and above — a bug, or SMHI down — in full at ERROR.
 */
function problemJson(logger: Logger): MiddlewareObj<Event, Result> {
  return {
    onError: async (request) => {
      const error = request.error;
      const status = statusOf(error);
      if (status < 500) {
        logger.info('request refused', { status, detail: (error as AppError).detail });
      } else {
        logger.error('request failed', { status, error: error as Error });
      }
      request.response = problemResponse(error, request.event.requestContext?.http?.path);
    },
  };
}

/**
 * Who calls: an API key (`Authorization: Bearer …`), or — for reading only (GET, HEAD) — a person signed in to the
 * web app, by the session cookie, so that the web app's pages can link a download (the report as XLSX). Writes
 * always need a key: the cookie goes with every request from the browser, and only the web app's forms carry the
 * CSRF token that makes a cookie's write safe.
 */
async function principalOf(deps: Callers, event: Event) {
  const authorization = event.headers?.authorization ?? event.headers?.Authorization;
  const method = event.requestContext?.http?.method;
  const session = cookiesOf(event)[SESSION_COOKIE];
  if (authorization === undefined && session !== undefined && (method === 'GET' || method === 'HEAD')) {
    const signedIn = SECRET_SHAPE.test(session) ? await sessionPrincipal(deps, session) : undefined;
    if (!signedIn) throw unauthenticated('The session is over: sign in again.');
    return signedIn.principal;
  }
  return authenticate(deps.store, authorization);
}

/** What the API needs to know who calls: the keys (the store), the sessions (the people) and the clock. */
export type Callers = Pick<Core, 'store' | 'people' | 'now'>;

function toHandler(route: Route, deps: Callers) {
  return async (event: Event) => {
    // The input is read first so that a prefetch can start with the key's check; its problems still come after
    // the key's, so that a caller without a valid key learns nothing about what it sent.
    let input: ReturnType<typeof readInput> | undefined;
    let invalid: unknown;
    try {
      input = readInput(route, event);
    } catch (error) {
      invalid = error;
    }
    const [principal, prefetched] = await Promise.all([
      route.right ? principalOf(deps, event) : ANONYMOUS,
      input && route.prefetch ? route.prefetch(input.params).catch(() => undefined) : undefined,
    ]);
    // Refused before the input's problems are told, by the same rule the use case applies again.
    if (route.right) authorise(principal, route.right);
    if (!input) throw invalid;
    return route.handle({ principal, ...input, event, prefetched } as Parameters<Route['handle']>[0]);
  };
}

/** The API as one Lambda handler: middy, the router, problem+json errors, request-scoped logs. */
export function createApi(routes: readonly Route[], deps: Callers, logger: Logger) {
  const router = httpRouterHandler<Event, Result>({
    routes: routes.map((route) => ({
      method: route.method,
      path: route.path,
      handler: toHandler(route, deps),
    })),
    notFoundResponse: ({ method, path }) => {
      throw notFound(`There is no ${method} ${path}. The API is described at /v1/openapi.json.`);
    },
  });
  return middy<Event, Result>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(requestKeys(logger))
    .use(problemJson(logger))
    .handler(router);
}
