import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import * as z from 'zod';
import type { DecisionDeps } from '../../shared/app/decisions';
import { createKey, listKeys, revokeKey } from '../../shared/app/keys';
import { createReportRecipient, deleteReportRecipient, listReportRecipients } from '../../shared/app/reports';
import { notFound } from '../../shared/domain/errors';
import { DOCS_FILES, DOCS_SOURCES, type DocsFile, docsPage, docsStart } from '../../shared/http/docs';
import { REPORT_ROUTES } from '../../shared/http/report-routes';
import { header } from '../../shared/http/request';
import { binary, html, json, text } from '../../shared/http/response';
import { type Route, route } from '../../shared/http/route';
import * as S from '../../shared/http/schemas';
import { readPackageFile } from '../../shared/package-files';
import { agreementRoutes } from './agreement-routes';
import { alertRoutes } from './alert-routes';
import { decisionRoutes } from './decision-routes';
import { figureRoutes } from './figure-routes';
import { financeRoutes } from './finance-routes';
import { jointReportRoutes } from './joint-report-routes';
import { peopleRoutes } from './people-routes';
import { registryRoutes } from './registry-routes';

const DOCS_BASE = '/v1/docs';
const SPEC_URL = '/v1/openapi.json';
const DocsFileParams = z.strictObject({
  file: z.enum(['api-reference.js', 'api-reference.css', 'start.js']),
});

/**
 * The docs page's files, each read and hashed (for the page's integrity attributes) once per process; compressed
 * once, when first asked for, so that the page itself does not wait for it.
 */
const docsFiles = new Map<
  DocsFile,
  { body: Buffer; mediaType: string; integrity: string; gzipped?: Uint8Array }
>();
function docsFile(name: DocsFile) {
  let file = docsFiles.get(name);
  if (!file) {
    const [body, mediaType] =
      name === 'start.js'
        ? [Buffer.from(docsStart(SPEC_URL)), 'text/javascript']
        : [readPackageFile(DOCS_FILES[name].packagePath), DOCS_FILES[name].mediaType];
    file = { body, mediaType, integrity: `sha384-${createHash('sha384').update(body).digest('base64')}` };
    docsFiles.set(name, file);
  }
  return file;
}

/**
 * API v1: each route declares its schemas once, for validation and for the OpenAPI document. The report's own
 * routes run in the reports function and are described here too, from their declarations only.
 */
export function apiRoutes(deps: DecisionDeps, site: { origin(): string }): Route[] {
  const routes: Route[] = [
    route({
      method: 'GET',
      path: '/v1/health',
      operationId: 'getHealth',
      tag: 'System',
      summary: 'Health check',
      responses: { 200: { description: 'The API answers', schema: z.object({ status: z.literal('ok') }) } },
      handle: async () => json(200, { status: 'ok' }),
    }),
    route({
      method: 'GET',
      path: '/v1/openapi.json',
      operationId: 'getOpenApiDocument',
      tag: 'System',
      summary: 'This document (OpenAPI 3.1)',
      responses: { 200: { description: 'The OpenAPI document' } },
      handle: async () => json(200, await document()),
    }),
    route({
      method: 'GET',
      path: DOCS_BASE,
      operationId: 'getDocsPage',
      tag: 'System',
      summary: 'A readable page of this document',
      responses: { 200: { description: 'HTML', contentType: 'text/html' } },
      handle: async () =>
        html(
          200,
          docsPage(SPEC_URL, DOCS_BASE, (name) => docsFile(name).integrity),
          DOCS_SOURCES,
        ),
    }),
    route({
      method: 'GET',
      path: `${DOCS_BASE}/{file}`,
      operationId: 'getDocsFile',
      tag: 'System',
      summary: "The docs page's script and style (Swagger UI, pinned, served from here)",
      params: DocsFileParams,
      responses: { 200: { description: 'JavaScript or CSS', contentType: 'text/javascript' } },
      handle: async ({ event, params }) => {
        const file = docsFile(params.file);
        const cache = { 'cache-control': 'public, max-age=86400', vary: 'accept-encoding' };
        if (!/\bgzip\b/.test(header(event, 'accept-encoding') ?? ''))
          return text(200, file.mediaType, file.body.toString('utf8'), cache);
        file.gzipped ??= gzipSync(file.body);
        return binary(200, `${file.mediaType}; charset=utf-8`, file.gzipped, {
          'content-encoding': 'gzip',
          ...cache,
        });
      },
    }),

    // --- keys -------------------------------------------------------------------------------------------
    route({
      method: 'POST',
      path: '/v1/keys',
      operationId: 'createKey',
      tag: 'Keys',
      summary: 'Create an API key (shown once)',
      right: 'keys.manage',
      body: S.NewKey,
      responses: { 201: { description: 'The key, with its secret shown this once', schema: S.CreatedKey } },
      handle: async ({ principal, body }) => json(201, await createKey(deps, principal, body)),
    }),
    route({
      method: 'GET',
      path: '/v1/keys',
      operationId: 'listKeys',
      tag: 'Keys',
      summary: 'List keys (no secrets)',
      right: 'keys.manage',
      responses: { 200: { description: 'All keys, revoked ones included', schema: z.array(S.Key) } },
      handle: async ({ principal }) => json(200, await listKeys(deps, principal)),
    }),
    route({
      method: 'DELETE',
      path: '/v1/keys/{id}',
      operationId: 'revokeKey',
      tag: 'Keys',
      summary: 'Revoke a key at once',
      right: 'keys.manage',
      params: S.IdParams,
      responses: { 200: { description: 'The revoked key', schema: S.Key } },
      handle: async ({ principal, params }) => {
        const revoked = await revokeKey(deps, principal, params.id);
        if (!revoked) throw notFound(`No key ${params.id}.`);
        return json(200, revoked);
      },
    }),

    ...registryRoutes(deps),
    ...figureRoutes(deps),
    ...agreementRoutes(deps),
    ...alertRoutes(deps),
    ...peopleRoutes(deps),
    ...financeRoutes(deps),
    ...jointReportRoutes(deps),
    ...decisionRoutes(deps, site),

    // --- reports (served by the reports function; recipients here) ---------------------------------------
    route({
      method: 'POST',
      path: '/v1/report-recipients',
      operationId: 'createReportRecipient',
      tag: 'Reports',
      summary: 'Add an administrator who receives the half-year report by e-mail',
      right: 'reports.recipients',
      body: S.NewReportRecipient,
      responses: { 201: { description: 'Added', schema: S.ReportRecipient } },
      handle: async ({ principal, body }) => json(201, await createReportRecipient(deps, principal, body)),
    }),
    route({
      method: 'GET',
      path: '/v1/report-recipients',
      operationId: 'listReportRecipients',
      tag: 'Reports',
      summary: 'List the report recipients',
      right: 'reports.recipients',
      responses: { 200: { description: 'Recipients', schema: z.array(S.ReportRecipient) } },
      handle: async ({ principal }) => json(200, await listReportRecipients(deps, principal)),
    }),
    route({
      method: 'DELETE',
      path: '/v1/report-recipients/{id}',
      operationId: 'deleteReportRecipient',
      tag: 'Reports',
      summary: 'Remove a report recipient',
      right: 'reports.recipients',
      params: S.IdParams,
      responses: { 204: { description: 'Removed' } },
      handle: async ({ principal, params }) => {
        await deleteReportRecipient(deps, principal, params.id);
        return { statusCode: 204 };
      },
    }),
  ];

  // Built on the first request for it, from a module loaded only then: the generator and its descriptions stay
  // out of the API's cold start.
  let cached: Promise<unknown> | undefined;
  const document = () =>
    (cached ??= import('../../shared/http/openapi').then(({ openApiDocument }) =>
      openApiDocument([...routes, ...Object.values(REPORT_ROUTES)], {
        title: 'IOP EU-medborgare Stockholm — partner API',
        version: '1.0.0',
        description:
          "Figures of the night shelters, day centres, outreach, intake, social emergency service and extra cold nights of Stockholm's partnership for EU citizens in vulnerable situations. Aggregate counts only: no personal data.",
      }),
    ));
  return routes;
}
