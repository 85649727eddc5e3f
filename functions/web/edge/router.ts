import httpRouterHandler from '@middy/http-router';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { PageRoute, WebRequest } from '../web-request';

const parameters = (path: string) => path.split('{').length - 1;

/** A route found for a request, with its path's parameters within their bounds. */
export interface Found<R extends WebRequest> {
  route: PageRoute<R>;
  params: Record<string, string>;
}

/**
 * Finds the page route of a method and path with the same router as the API's (middy's, `{name}` parameters),
 * then holds the parameters to the route's bounds: outside them, as for an unknown address, nothing is found.
 * A GET route answers HEAD too.
 */
export function pageRouter<R extends WebRequest>(routes: readonly PageRoute<R>[]) {
  const router = httpRouterHandler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>({
    // A path's literal segments before a parameter in the same place (`…/historik` before `…/{month}`): the router
    // takes the first that matches.
    routes: [...routes]
      .sort((a, b) => parameters(a.path) - parameters(b.path))
      .flatMap((route) =>
        (route.method === 'GET' ? (['GET', 'HEAD'] as const) : (['POST'] as const)).map((method) => ({
          method,
          path: route.path,
          // The router's handler only says which route it is: the edge answers, with the request it builds.
          handler: async (event: APIGatewayProxyEventV2) =>
            ({ route, raw: event.pathParameters ?? {} }) as unknown as APIGatewayProxyStructuredResultV2,
        })),
      ),
    notFoundResponse: () => undefined,
  });
  return async (method: string, path: string): Promise<Found<R> | undefined> => {
    const event = { version: '2.0', requestContext: { http: { method, path } } } as APIGatewayProxyEventV2;
    const found = (await router(event, {} as Context)) as unknown as
      | { route: PageRoute<R>; raw: Record<string, string> }
      | undefined;
    if (!found) return undefined;
    let decoded: Record<string, string>;
    try {
      decoded = Object.fromEntries(Object.entries(found.raw).map(([k, v]) => [k, decodeURIComponent(v)]));
    } catch {
      return undefined;
    }
    const params = found.route.params ? found.route.params.safeParse(decoded) : { data: decoded };
    return params.data ? { route: found.route, params: params.data } : undefined;
  };
}
