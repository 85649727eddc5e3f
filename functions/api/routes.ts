import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import * as z from 'zod';
import { createAgreement, listAgreements, updateAgreement } from '../../shared/app/agreements';
import { listAudit } from '../../shared/app/audit';
import { completeness } from '../../shared/app/completeness';
import type { DecisionDeps } from '../../shared/app/decisions';
import {
  deleteFigures,
  importFigures,
  listFigures,
  problemsError,
  submitFigures,
} from '../../shared/app/figures';
import { createKey, listKeys, revokeKey } from '../../shared/app/keys';
import type { Activity } from '../../shared/app/model';
import type { FigureContext } from '../../shared/app/ports';
import {
  createActivity,
  createOrganisation,
  getActivity,
  getOrganisation,
  listActivities,
  listOrganisations,
  setCapacity,
  updateActivity,
} from '../../shared/app/registry';
import { createReportRecipient, deleteReportRecipient, listReportRecipients } from '../../shared/app/reports';
import { notFound } from '../../shared/domain/errors';
import { warningWords } from '../../shared/domain/figure-messages';
import { addDays, dateRange, dayBounds, stockholmDate } from '../../shared/domain/periods';
import { DOCS_SCRIPT, DOCS_SOURCES, docsPage } from '../../shared/http/docs';
import { listedProblems } from '../../shared/http/problem';
import { REPORT_ROUTES } from '../../shared/http/report-routes';
import { header } from '../../shared/http/request';
import { binary, html, json, text } from '../../shared/http/response';
import { type Route, route } from '../../shared/http/route';
import * as S from '../../shared/http/schemas';
import { readPackageFile } from '../../shared/package-files';
import { alertRoutes } from './alert-routes';
import { decisionRoutes } from './decision-routes';
import { financeRoutes } from './finance-routes';
import { peopleRoutes } from './people-routes';

const DOCS_SCRIPT_URL = '/v1/docs/api-reference.js';

/**
 * The docs script, read and hashed (for the page's integrity attribute) once per process; compressed once, when it
 * is first asked for, so that the page itself does not wait for it.
 */
let script: { file: Buffer; integrity: string; gzipped?: Uint8Array } | undefined;
function docsScript() {
  if (!script) {
    const file = readPackageFile(DOCS_SCRIPT);
    script = { file, integrity: `sha384-${createHash('sha384').update(file).digest('base64')}` };
  }
  return script;
}

/**
 * API v1: each route declares its schemas once, for validation and for the OpenAPI document. The report's own
 * routes run in the reports function and are described here too, from their declarations only.
 */
export function apiRoutes(deps: DecisionDeps, site: { origin(): string }): Route[] {
  /** The activity in the path, read while the key is checked (see `Route.prefetch`). */
  const activityOf = async (id: string) => (await deps.store.getActivities([id]))[0];

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
      path: '/v1/docs',
      operationId: 'getDocsPage',
      tag: 'System',
      summary: 'A readable page of this document',
      responses: { 200: { description: 'HTML', contentType: 'text/html' } },
      handle: async () =>
        html(200, docsPage('/v1/openapi.json', DOCS_SCRIPT_URL, docsScript().integrity), DOCS_SOURCES),
    }),
    route({
      method: 'GET',
      path: '/v1/docs/api-reference.js',
      operationId: 'getDocsScript',
      tag: 'System',
      summary: "The docs page's script (Scalar API reference, pinned, served from here)",
      responses: { 200: { description: 'JavaScript', contentType: 'text/javascript' } },
      handle: async ({ event }) => {
        const script = docsScript();
        const cache = { 'cache-control': 'public, max-age=86400', vary: 'accept-encoding' };
        if (!/\bgzip\b/.test(header(event, 'accept-encoding') ?? ''))
          return text(200, 'text/javascript', script.file.toString('utf8'), cache);
        script.gzipped ??= gzipSync(script.file);
        return binary(200, 'text/javascript; charset=utf-8', script.gzipped, {
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

    // --- registry ---------------------------------------------------------------------------------------
    route({
      method: 'POST',
      path: '/v1/organisations',
      operationId: 'createOrganisation',
      tag: 'Registry',
      summary: 'Register an organisation',
      right: 'registry.write',
      body: S.NewOrganisation,
      responses: { 201: { description: 'Registered', schema: S.Organisation } },
      handle: async ({ principal, body }) => {
        const organisation = await createOrganisation(deps, principal, body);
        return json(201, organisation, { location: `/v1/organisations/${organisation.id}` });
      },
    }),
    route({
      method: 'GET',
      path: '/v1/organisations',
      operationId: 'listOrganisations',
      tag: 'Registry',
      summary: 'List organisations (a partner sees its own)',
      right: 'registry.read',
      responses: { 200: { description: 'Organisations', schema: z.array(S.Organisation) } },
      handle: async ({ principal }) => json(200, await listOrganisations(deps, principal)),
    }),
    route({
      method: 'GET',
      path: '/v1/organisations/{id}',
      operationId: 'getOrganisation',
      tag: 'Registry',
      summary: 'One organisation',
      right: 'registry.read',
      params: S.IdParams,
      responses: { 200: { description: 'The organisation', schema: S.Organisation } },
      handle: async ({ principal, params }) => json(200, await getOrganisation(deps, principal, params.id)),
    }),
    route({
      method: 'POST',
      path: '/v1/activities',
      operationId: 'createActivity',
      tag: 'Registry',
      summary: 'Register an activity of an organisation',
      right: 'registry.write',
      body: S.NewActivity,
      responses: { 201: { description: 'Registered', schema: S.Activity } },
      handle: async ({ principal, body }) => {
        const activity = await createActivity(deps, principal, body);
        return json(201, activity, { location: `/v1/activities/${activity.id}` });
      },
    }),
    route({
      method: 'GET',
      path: '/v1/activities',
      operationId: 'listActivities',
      tag: 'Registry',
      summary: 'List activities (a partner sees its own)',
      right: 'registry.read',
      responses: { 200: { description: 'Activities', schema: z.array(S.Activity) } },
      handle: async ({ principal }) => json(200, await listActivities(deps, principal)),
    }),
    route({
      method: 'GET',
      path: '/v1/activities/{id}',
      operationId: 'getActivity',
      tag: 'Registry',
      summary: 'One activity',
      right: 'registry.read',
      params: S.IdParams,
      responses: { 200: { description: 'The activity', schema: S.Activity } },
      handle: async ({ principal, params }) => json(200, await getActivity(deps, principal, params.id)),
    }),
    route({
      method: 'PATCH',
      path: '/v1/activities/{id}',
      operationId: 'updateActivity',
      tag: 'Registry',
      summary: "Rename an activity, or set a cold-night venue's public address and hours",
      right: 'registry.write',
      params: S.IdParams,
      body: S.ActivityPatch,
      responses: { 200: { description: 'Changed', schema: S.Activity } },
      handle: async ({ principal, params, body }) =>
        json(200, await updateActivity(deps, principal, params.id, body)),
    }),
    route({
      method: 'PUT',
      path: '/v1/activities/{id}/capacity/{from}',
      operationId: 'setCapacity',
      tag: 'Registry',
      summary: 'Set the places in force from a night until the next entry',
      right: 'registry.write',
      params: S.CapacityParams,
      body: S.Capacity,
      responses: {
        200: {
          description: 'The dated list after the change',
          schema: z.object({
            activityId: z.string(),
            result: z.enum(['created', 'updated', 'unchanged']),
            capacity: z.array(S.CapacityEntry),
          }),
        },
      },
      handle: async ({ principal, params, body }) =>
        json(200, {
          activityId: params.id,
          ...(await setCapacity(deps, principal, params.id, { from: params.from, ...body })),
        }),
    }),
    route({
      method: 'GET',
      path: '/v1/activities/{id}/capacity',
      operationId: 'listCapacity',
      tag: 'Registry',
      summary: 'The places-in-force history',
      right: 'registry.read',
      params: S.IdParams,
      responses: { 200: { description: 'Dated entries', schema: z.array(S.CapacityEntry) } },
      handle: async ({ principal, params }) =>
        json(200, (await getActivity(deps, principal, params.id)).capacity),
    }),

    // --- figures ----------------------------------------------------------------------------------------
    route({
      method: 'PUT',
      path: '/v1/activities/{id}/figures/{period}',
      operationId: 'putFigures',
      tag: 'Figures',
      summary: 'Report the figures of one night, day or month',
      description:
        'period: YYYY-MM-DD (for a night shelter, the night that begins that evening) or YYYY-MM (not for night ' +
        'shelters or cold-night venues). The same body twice changes nothing and answers `unchanged`.',
      right: 'figures.write',
      params: S.FiguresParams,
      body: z.unknown(),
      bodyDoc: S.FiguresBody,
      // A night's figures with every nationality fit in 8 KB.
      maxBodyBytes: 16 * 1024,
      responses: { 200: { description: 'Stored (or already so)', schema: S.FiguresResult } },
      // The activity, the stored figures and the month's way are read in one BatchGetItem while the key is
      // checked; then one transaction writes: two round trips.
      prefetch: (params) => deps.store.getFigureContext(params.id, params.period),
      handle: async ({ principal, params, body, prefetched }) => {
        const { outcomes, problems } = await submitFigures(
          deps,
          principal,
          [{ activityId: params.id, period: params.period, figures: body }],
          { known: prefetched as FigureContext | undefined },
        );
        const [outcome] = outcomes;
        if (problems.length > 0 || !outcome) throw problemsError(problems, 'The figures were not stored.');
        return json(200, {
          ...outcome.stored,
          result: outcome.result,
          warnings: outcome.warnings.map((w) => warningWords(w, 'en')),
        });
      },
    }),
    route({
      method: 'GET',
      path: '/v1/activities/{id}/figures',
      operationId: 'listFigures',
      tag: 'Figures',
      summary: 'List the figures of an activity',
      right: 'figures.read',
      params: S.IdParams,
      query: S.FiguresQuery,
      responses: { 200: { description: 'Figures by period', schema: z.array(S.StoredFigures) } },
      prefetch: (params) => activityOf(params.id),
      handle: async ({ principal, params, query, prefetched }) =>
        json(200, await listFigures(deps, principal, params.id, query, prefetched as Activity | undefined)),
    }),
    route({
      method: 'DELETE',
      path: '/v1/activities/{id}/figures/{period}',
      operationId: 'deleteFigures',
      tag: 'Figures',
      summary: 'Remove the figures of a period (kept in the audit trail)',
      right: 'figures.write',
      params: S.FiguresParams,
      responses: { 204: { description: 'Removed' } },
      handle: async ({ principal, params }) => {
        await deleteFigures(deps, principal, params.id, params.period);
        return { statusCode: 204 };
      },
    }),
    route({
      method: 'POST',
      path: '/v1/imports',
      operationId: 'importFigures',
      tag: 'Figures',
      summary: 'Import many rows of figures, all or nothing',
      description:
        'One bad row and nothing is stored: every bad row is listed. `dryRun=true` checks without storing. ' +
        'Sending the same import again converges to the same state.',
      right: 'figures.write',
      query: S.ImportQuery,
      body: S.ImportBody,
      bodyTypes: ['application/json', 'text/csv'],
      // 5,000 rows with their nationalities; Lambda itself takes at most 6 MB.
      maxBodyBytes: 4 * 1024 * 1024,
      responses: { 200: { description: 'Stored (or checked)', schema: S.ImportResult } },
      handle: async ({ principal, query, body }) => {
        const dryRun = query.dryRun === 'true';
        const { outcomes, problems, counts } = await importFigures(deps, principal, body.rows, { dryRun });
        const conflicts = listedProblems(problems).map(({ row, path, message }) => ({ row, path, message }));
        const warnings = outcomes.flatMap((o) =>
          o.warnings.map((w) => ({ row: o.row, message: warningWords(w, 'en') })),
        );
        if (problems.length > 0) {
          const error = problemsError(problems, `${problems.length} problem(s); nothing was stored.`, true);
          Object.assign(error.extensions, { dryRun, created: 0, updated: 0, unchanged: 0, conflicts });
          throw error;
        }
        return json(200, { dryRun, ...counts, conflicts, warnings });
      },
    }),

    route({
      method: 'GET',
      path: '/v1/completeness',
      operationId: 'getCompleteness',
      tag: 'Figures',
      summary: 'What each activity was expected to report in a month, and what is missing',
      description:
        'Night shelters and cold-night venues: every night with places in force. Others: the month total, or every open day where the month is kept by days. A period is expected once it is over (Stockholm time). Partners see their own activities.',
      right: 'figures.read',
      query: S.CompletenessQuery,
      responses: { 200: { description: 'Each activity, by name', schema: S.Completeness } },
      handle: async ({ principal, query }) =>
        json(200, {
          month: query.month,
          activities: await completeness(deps, principal, { from: query.month, to: query.month }),
        }),
    }),

    // --- agreements ---------------------------------------------------------------------------------------
    route({
      method: 'POST',
      path: '/v1/agreements',
      operationId: 'createAgreement',
      tag: 'Agreements',
      summary: 'Record an agreement period, how it may be extended, its notice rule and its parties',
      right: 'agreements.write',
      body: S.NewAgreement,
      responses: { 201: { description: 'Recorded', schema: S.Agreement } },
      handle: async ({ principal, body }) => json(201, await createAgreement(deps, principal, body)),
    }),
    route({
      method: 'GET',
      path: '/v1/agreements',
      operationId: 'listAgreements',
      tag: 'Agreements',
      summary: 'Every agreement period, oldest first, with its next notice deadline',
      right: 'registry.read',
      responses: { 200: { description: 'Agreements', schema: z.array(S.Agreement) } },
      handle: async ({ principal }) => json(200, await listAgreements(deps, principal)),
    }),
    route({
      method: 'PATCH',
      path: '/v1/agreements/{id}',
      operationId: 'updateAgreement',
      tag: 'Agreements',
      summary: 'Change an agreement, its parties (who joined or left, when), or record an extension',
      right: 'agreements.write',
      params: S.IdParams,
      body: S.AgreementPatch,
      responses: { 200: { description: 'Changed', schema: S.Agreement } },
      handle: async ({ principal, params, body }) =>
        json(200, await updateAgreement(deps, principal, params.id, body)),
    }),

    // --- audit ------------------------------------------------------------------------------------------
    route({
      method: 'GET',
      path: '/v1/audit',
      operationId: 'listAudit',
      tag: 'Audit',
      summary: 'The audit trail: every change, by whom, before and after',
      description: 'from/to are Stockholm dates, both included; default the last 30 days; at most 366 days.',
      right: 'audit.read',
      query: S.AuditQuery,
      responses: { 200: { description: 'Entries, oldest first', schema: z.array(S.AuditEntry) } },
      handle: async ({ principal, query }) => {
        const today = stockholmDate(deps.now());
        const { from, to } = dateRange(query, { from: addDays(today, -30), to: today });
        return json(
          200,
          await listAudit(deps, principal, {
            activityId: query.activityId,
            from: dayBounds(from).start,
            to: dayBounds(to).end,
          }),
        );
      },
    }),
    ...alertRoutes(deps),
    ...peopleRoutes(deps),
    ...financeRoutes(deps),
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
