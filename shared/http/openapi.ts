import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import * as z from 'zod';
import { rolesWith } from '../domain/access';
import { PROBLEM_CODES } from '../domain/errors';
import type { RouteSpec } from './route';

const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          code: z
            .enum(PROBLEM_CODES)
            .meta({ description: 'Why, as a code a client can act on or word itself.' }),
          params: z
            .record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))
            .optional()
            .meta({
              description: "The numbers, dates and names the code's words place, e.g. `{ max: 300 }`.",
            }),
        }),
      )
      .optional()
      .meta({ description: 'Each field at fault, at most 100.' }),
    moreErrors: z.int().optional().meta({ description: 'How many more fields were at fault than listed.' }),
    code: z.string().optional().meta({
      description: 'A finer reason to act on, e.g. `concurrent_change`: send the same request again.',
    }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

const problemStatuses: Record<number, string> = {
  400: 'Malformed request (not JSON, bad encoding)',
  401: 'Missing, unknown or revoked key',
  403: "The key's role may not do this",
  404: 'Not found, or not in the scope of the key',
  409: 'Conflicts with what is stored',
  413: 'The body is larger than this route takes',
  415: 'Unsupported content type',
  422: 'Validation failed: `errors` names each field and reason',
};

/** The OpenAPI 3.1 document, generated from the routes' own zod schemas. */
export function openApiDocument(
  routes: readonly RouteSpec[],
  info: { title: string; version: string; description: string },
) {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key, shown once when created. Roles: admin, coordinator, partner.',
  });
  for (const route of routes) {
    const body = route.bodyDoc ?? route.body;
    const errors = Object.fromEntries(
      Object.entries(problemStatuses)
        .filter(([status]) => route.right || !['401', '403'].includes(status))
        .map(([status, description]) => [
          status,
          { description, content: { 'application/problem+json': { schema: Problem } } },
        ]),
    );
    registry.registerPath({
      method: route.method.toLowerCase() as 'get',
      path: route.path,
      operationId: route.operationId,
      summary: route.summary,
      description: [
        route.description,
        route.right ? `Roles: ${rolesWith(route.right).join(', ')}.` : 'No key needed.',
      ]
        .filter(Boolean)
        .join('\n\n'),
      tags: [route.tag],
      // An open endpoint says so (an empty requirement), rather than leaving a reader to guess.
      security: route.right ? [{ [bearer.name]: [] }] : [],
      request: {
        ...(route.params ? { params: route.params as z.ZodObject } : {}),
        ...(route.query ? { query: route.query as z.ZodObject } : {}),
        ...(body
          ? {
              body: {
                content: Object.fromEntries(
                  (route.bodyTypes ?? ['application/json']).map((type) => [type, { schema: body }]),
                ),
              },
            }
          : {}),
      },
      responses: {
        ...Object.fromEntries(
          Object.entries(route.responses).map(([status, r]) => [
            status,
            {
              description: r.description,
              ...(r.schema
                ? { content: { [r.contentType ?? 'application/json']: { schema: r.schema } } }
                : {}),
            },
          ]),
        ),
        ...errors,
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { ...info, license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' } },
    servers: [{ url: '/' }],
  });
}
