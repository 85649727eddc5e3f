import * as z from 'zod';
import { createAgreement, listAgreements, updateAgreement } from '../../shared/app/agreements';
import { listAudit } from '../../shared/app/audit';
import type { DecisionDeps } from '../../shared/app/decisions';
import { addDays, dateRange, dayBounds, stockholmDate } from '../../shared/domain/periods';
import { json } from '../../shared/http/response';
import { type Route, route } from '../../shared/http/route';
import * as S from '../../shared/http/schemas';

/** The agreements and the audit log: the partnership's periods and deadlines, and who changed what. */
export function agreementRoutes(deps: DecisionDeps): Route[] {
  return [
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
  ];
}
