import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import * as z from 'zod';
import { rolesWith } from '../domain/access';
import type { RouteSpec } from './route';

const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
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
      summary: route.summary,
      description: [
        route.description,
        route.right ? `Roles: ${rolesWith(route.right).join(', ')}.` : 'No key needed.',
      ]
        .filter(Boolean)
        .join('\n\n'),
      tags: [route.tag],
      ...(route.right ? { security: [{ [bearer.name]: [] }] } : {}),
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
    info,
    servers: [{ url: '/' }],
  });
}

/**
 * The script that draws the docs page (Scalar's API reference), pinned by package.json and served by the API
 * itself: no asset comes from a CDN. In Lambda it lies beside the bundle.
 */
export const DOCS_SCRIPT = '@scalar/api-reference/dist/browser/standalone.js';

/** What the docs page may load: its own script, its own styles (Scalar sets some inline), data: images. */
export const DOCS_SOURCES =
  "script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

/** Scalar without what would call its own services (fonts, telemetry, AI agent, MCP, developer tools). */
const DOCS_CONFIGURATION = JSON.stringify({
  withDefaultFonts: false,
  telemetry: false,
  hideClientButton: true,
  showDeveloperTools: 'never',
  agent: { disabled: true },
  mcp: { disabled: true },
});

/** A readable page for the document, drawn by the pinned script (checked by its hash) from the API's own origin. */
export const docsPage = (specUrl: string, scriptUrl: string, integrity: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>IOP EU-medborgare API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<noscript>The API is described by <a href="${specUrl}">${specUrl}</a> (OpenAPI 3.1).</noscript>
<script id="api-reference" data-url="${specUrl}" data-configuration='${DOCS_CONFIGURATION}'></script>
<script src="${scriptUrl}" integrity="${integrity}" crossorigin="anonymous"></script>
</body>
</html>
`;
