import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from 'zod';
import type { Principal, Right } from '../domain/access';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteInput<P, Q, B> {
  principal: Principal;
  params: P;
  query: Q;
  body: B;
  event: APIGatewayProxyEventV2;
  /** What `prefetch` read, if it did (undefined when it failed: the handler reads again). */
  prefetched?: unknown;
}

/**
 * What one endpoint is, declared once: the router serves it and the OpenAPI document describes it, from the same
 * zod schemas that validate its requests. A spec without its handler can be described by one function (the API's
 * document) and served by another (the reports function), without the first carrying the second's code.
 */
export interface RouteSpec<P = unknown, Q = unknown, B = unknown> {
  method: Method;
  path: string;
  /** The operation's name in the OpenAPI document: a generated client's method name. Stable: clients use it. */
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** The right it needs (see shared/domain/access.ts); absent for an open endpoint (no key). */
  right?: Right;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** The largest body this route reads, in bytes (default 64 KB); larger ones get a 413 before any parsing. */
  maxBodyBytes?: number;
  /** Content types the body may have (default JSON); CSV bodies arrive as text. */
  bodyTypes?: readonly string[];
  /** A body schema for the documentation only, where the real one depends on stored data (figures by kind). */
  bodyDoc?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
}

/** An endpoint with its handler. */
export interface Route<P = unknown, Q = unknown, B = unknown> extends RouteSpec<P, Q, B> {
  /**
   * A read the route needs whoever is asking (the activity in its path), started together with the key's check so
   * that the two round trips to DynamoDB overlap. Nothing read is shown before the key is checked.
   */
  prefetch?(params: P): Promise<unknown>;
  handle(input: RouteInput<P, Q, B>): Promise<APIGatewayProxyStructuredResultV2>;
}

/** Declares a route with its input types inferred from its schemas. */
export const route = <P = undefined, Q = undefined, B = undefined>(r: Route<P, Q, B>) =>
  r as unknown as Route;

/** Declares an endpoint served elsewhere, with its input types inferred from its schemas. */
export const routeSpec = <P = undefined, Q = undefined, B = undefined>(spec: RouteSpec<P, Q, B>) => spec;

/** Serves an endpoint declared elsewhere with `handle`. */
export const serve = <P, Q, B>(spec: RouteSpec<P, Q, B>, handle: Route<P, Q, B>['handle']) =>
  ({ ...spec, handle }) as unknown as Route;
