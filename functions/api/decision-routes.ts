import * as z from 'zod';
import {
  changeDecision,
  type DecisionDeps,
  listDecisions,
  makeDecision,
  publicColdNights,
} from '../../shared/app/decisions';
import { addDays, dateRange, stockholmDate } from '../../shared/domain/periods';
import { json } from '../../shared/http/response';
import { type Route, route } from '../../shared/http/route';
import * as S from '../../shared/http/schemas';

/** The public page's address: the link the decision's e-mail gives. */
export const publicPageOf = (site: { origin(): string }) => `${site.origin()}/kalla-natter`;

/** The decisions to open for extra cold nights, and what the public may read of them. */
export function decisionRoutes(deps: DecisionDeps, site: { origin(): string }): Route[] {
  return [
    route({
      method: 'POST',
      path: '/v1/cold-night-decisions',
      operationId: 'makeDecision',
      tag: 'Cold-night decisions',
      summary: 'Decide to open (with the venues) or not to open, for one or more nights; sent at once',
      description:
        'Sent at once to every subscriber of the groups named, on each of their channels, in their language — exactly once per decision version. The same decision sent again is the same decision (200, `unchanged`, nothing sent).',
      right: 'decisions.write',
      body: S.NewDecision,
      responses: {
        201: { description: 'Decided and sent', schema: S.DecisionResult },
        200: { description: 'The same decision, made before', schema: S.DecisionResult },
      },
      handle: async ({ principal, body }) => {
        const made = await makeDecision(deps, principal, body, publicPageOf(site));
        return json(made.change === 'created' ? 201 : 200, made);
      },
    }),
    route({
      method: 'PATCH',
      path: '/v1/cold-night-decisions/{id}',
      operationId: 'changeDecision',
      tag: 'Cold-night decisions',
      summary: 'Change a decision, or cancel it (`{"cancelled": true}`); the change is sent at once',
      right: 'decisions.write',
      params: S.IdParams,
      body: S.DecisionPatch,
      responses: { 200: { description: 'Changed and sent', schema: S.DecisionResult } },
      handle: async ({ principal, params, body }) =>
        json(200, await changeDecision(deps, principal, params.id, body, publicPageOf(site))),
    }),
    route({
      method: 'GET',
      path: '/v1/cold-night-decisions',
      operationId: 'listDecisions',
      tag: 'Cold-night decisions',
      summary: 'The decisions about nights from–to, newest first (default: the last 14 days and the next 14)',
      right: 'alerts.read',
      query: S.NightRange,
      responses: { 200: { description: 'Decisions', schema: z.array(S.Decision) } },
      handle: async ({ principal, query }) => {
        const today = stockholmDate(deps.now());
        const range = dateRange(query, { from: addDays(today, -14), to: addDays(today, 14) });
        return json(200, await listDecisions(deps, principal, range));
      },
    }),
    route({
      method: 'GET',
      path: '/v1/public/cold-nights',
      operationId: 'publicColdNights',
      tag: 'Cold-night decisions',
      summary: "Tonight's and the coming nights' extra opening, from the decisions only (no key)",
      description: 'Where and when extra places are open. Cached for 5 minutes.',
      responses: { 200: { description: 'The nights', schema: S.PublicColdNights } },
      handle: async () => json(200, await publicColdNights(deps), { 'cache-control': 'public, max-age=300' }),
    }),
  ];
}
