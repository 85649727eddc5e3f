import * as z from 'zod';
import type { DecisionDeps } from '../../shared/app/decisions';
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
import { json } from '../../shared/http/response';
import { type Route, route } from '../../shared/http/route';
import * as S from '../../shared/http/schemas';

/** The registry: organisations, their activities and each activity's places over time. */
export function registryRoutes(deps: DecisionDeps): Route[] {
  return [
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
  ];
}
