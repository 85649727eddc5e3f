import {
  getFinanceYear,
  getOutcome,
  setFinanceYear,
  setGrant,
  submitOutcome,
} from '../../shared/app/finances';
import type { Core } from '../../shared/app/ports';
import { json } from '../../shared/http/response';
import { type Route, route } from '../../shared/http/route';
import * as S from '../../shared/http/schemas';

/** The yearly financial outcome's endpoints: the reporting year's settings and each organisation's outcome. */
export function financeRoutes(deps: Core): Route[] {
  return [
    route({
      method: 'GET',
      path: '/v1/financial-years/{year}',
      operationId: 'getFinanceYear',
      tag: 'Financial outcome',
      summary: 'A reporting year: its dates, due date, cost lines and who reports (the defaults until set)',
      right: 'finances.read',
      params: S.FinanceYearParams,
      responses: { 200: { description: 'The year', schema: S.FinanceYear } },
      handle: async ({ principal, params }) => json(200, await getFinanceYear(deps, principal, params.year)),
    }),
    route({
      method: 'PUT',
      path: '/v1/financial-years/{year}',
      operationId: 'setFinanceYear',
      tag: 'Financial outcome',
      summary: "Set a reporting year's dates, due date, cost lines and who reports",
      description: 'A line that a stored outcome has amounts on cannot be removed (409).',
      right: 'finances.manage',
      params: S.FinanceYearParams,
      body: S.FinanceYearInput,
      responses: { 200: { description: 'Set', schema: S.FinanceYear } },
      handle: async ({ principal, params, body }) =>
        json(200, await setFinanceYear(deps, principal, params.year, body)),
    }),
    route({
      method: 'PUT',
      path: '/v1/financial-years/{year}/grants/{organisationId}',
      operationId: 'setGrant',
      tag: 'Financial outcome',
      summary: 'Enter the funds the administration granted an organisation for a year (from its decision)',
      description:
        "The administration's figure: the organisation's outcome stands against it (used, unspent, share used); what the organisation reports having received is kept apart and a difference is shown. The same amount again changes nothing.",
      right: 'finances.manage',
      params: S.OutcomeParams,
      body: S.GrantInput,
      responses: {
        200: { description: 'Changed or unchanged', schema: S.GrantResult },
        201: { description: 'Entered', schema: S.GrantResult },
      },
      handle: async ({ principal, params, body }) => {
        const result = await setGrant(deps, principal, params.year, params.organisationId, body.amount);
        return json(result.change === 'created' ? 201 : 200, result);
      },
    }),
    route({
      method: 'GET',
      path: '/v1/financial-years/{year}/outcomes/{organisationId}',
      operationId: 'getOutcome',
      tag: 'Financial outcome',
      summary: "An organisation's financial outcome for a year, with the year's lines",
      description: "Partners read their own organisation's (another's is 404).",
      right: 'finances.read',
      params: S.OutcomeParams,
      responses: { 200: { description: 'The outcome, if reported', schema: S.StoredOutcome } },
      handle: async ({ principal, params }) =>
        json(200, await getOutcome(deps, principal, params.year, params.organisationId)),
    }),
    route({
      method: 'PUT',
      path: '/v1/financial-years/{year}/outcomes/{organisationId}',
      operationId: 'submitOutcome',
      tag: 'Financial outcome',
      summary: "Report (or correct) an organisation's financial outcome for a year",
      description:
        'Whole kronor. The same figures again change nothing (`unchanged`); others are a correction, audited ' +
        "with before and after. Partners report their own organisation's.",
      right: 'finances.write',
      params: S.OutcomeParams,
      body: S.OutcomeInput,
      responses: {
        200: { description: 'Corrected or unchanged', schema: S.SubmittedOutcome },
        201: { description: 'Reported', schema: S.SubmittedOutcome },
      },
      handle: async ({ principal, params, body }) => {
        const result = await submitOutcome(deps, principal, params.year, params.organisationId, body);
        return json(result.change === 'created' ? 201 : 200, result);
      },
    }),
  ];
}
