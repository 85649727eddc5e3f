import * as z from 'zod';
import { completeness } from '../../shared/app/completeness';
import type { DecisionDeps } from '../../shared/app/decisions';
import {
  deleteFigures,
  importFigures,
  listFigures,
  problemsError,
  submitFigures,
} from '../../shared/app/figures';
import type { Activity } from '../../shared/app/model';
import type { FigureContext } from '../../shared/app/ports';
import { checkMonth } from '../../shared/app/rule-check';
import { statisticsOf } from '../../shared/app/statistics';
import type { Violation } from '../../shared/domain/rules';
import { listedProblems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { type Route, route } from '../../shared/http/route';
import * as S from '../../shared/http/schemas';
import { ruleWords } from '../../shared/i18n/figure-messages';

/** The partners' figures: one period, a range, an import of many rows, and what is missing. */
/** A broken rule as the API answers it: the code and both sides to act on, the English to read. */
const warningOut = (w: Violation) => ({
  code: w.code,
  field: w.field,
  left: w.left,
  right: w.right,
  message: ruleWords(w, 'en'),
});

export function figureRoutes(deps: DecisionDeps): Route[] {
  /** The activity in the path, read while the key is checked (see `Route.prefetch`). */
  const activityOf = async (id: string) => (await deps.store.getActivities([id]))[0];
  return [
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
          warnings: outcome.warnings.map(warningOut),
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
        const warnings = outcomes.flatMap((o) => o.warnings.map((w) => ({ row: o.row, ...warningOut(w) })));
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
    route({
      method: 'GET',
      path: '/v1/statistics',
      operationId: 'getStatistics',
      tag: 'Figures',
      summary:
        "A month's statistics for every party: places, guests and occupancy night by night, visits, totals",
      description:
        "Every night shelter and cold-night venue with places or guests in the month, night by night (guests null where not reported yet), each day centre's visits, and the totals; occupancy over the nights reported. Readable by every key and person, partners included: aggregates only, shared by all parties.",
      right: 'figures.read',
      query: S.StatisticsQuery,
      responses: { 200: { description: 'The month', schema: S.Statistics } },
      handle: async ({ principal, query }) => json(200, await statisticsOf(deps, principal, query.month)),
    }),
    route({
      method: 'GET',
      path: '/v1/rule-violations',
      operationId: 'getRuleViolations',
      tag: 'Figures',
      summary: "The rules the month's stored figures break, errors and warnings",
      description:
        'Runs every rule of the table (the ones PUT checks) over the figures stored for the month, for the activities the caller reads: each broken rule with its code, severity, field, both sides and the English words. A rule added later finds what was stored before it.',
      right: 'figures.read',
      query: S.StatisticsQuery,
      responses: { 200: { description: 'The month', schema: S.RuleViolations } },
      handle: async ({ principal, query }) =>
        json(200, {
          month: query.month,
          violations: (await checkMonth(deps, principal, query.month)).map((v) => ({
            activityId: v.activityId,
            name: v.name,
            period: v.period,
            severity: v.severity,
            ...warningOut(v),
          })),
        }),
    }),
  ];
}
