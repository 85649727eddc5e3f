import * as z from 'zod';
import { createUser, deleteUser, getUser, listUsers, updateUser } from '../../shared/app/people';
import type { Core } from '../../shared/app/ports';
import { json } from '../../shared/http/response';
import { type Route, route } from '../../shared/http/route';
import * as S from '../../shared/http/schemas';

/** The people who sign in to the web app, managed by an administrator. */
export function peopleRoutes(deps: Core): Route[] {
  const tag = 'People';
  return [
    route({
      method: 'POST',
      path: '/v1/users',
      operationId: 'createUser',
      tag,
      summary: 'Add a person who signs in (name and e-mail only)',
      right: 'people.manage',
      body: S.NewUser,
      responses: { 201: { description: 'Added', schema: S.User } },
      handle: async ({ principal, body }) => json(201, await createUser(deps, principal, body)),
    }),
    route({
      method: 'GET',
      path: '/v1/users',
      operationId: 'listUsers',
      tag,
      summary: 'List the people who sign in',
      right: 'people.manage',
      responses: { 200: { description: 'People', schema: z.array(S.User) } },
      handle: async ({ principal }) => json(200, await listUsers(deps, principal)),
    }),
    route({
      method: 'GET',
      path: '/v1/users/{id}',
      operationId: 'getUser',
      tag,
      summary: 'One person',
      right: 'people.manage',
      params: S.IdParams,
      responses: { 200: { description: 'The person', schema: S.User } },
      handle: async ({ principal, params }) => json(200, await getUser(deps, principal, params.id)),
    }),
    route({
      method: 'PATCH',
      path: '/v1/users/{id}',
      operationId: 'updateUser',
      tag,
      summary: 'Change a person: name, role, organisation, language, disabled',
      description: 'A change of role, organisation or `disabled` ends the person’s sessions at once.',
      right: 'people.manage',
      params: S.IdParams,
      body: S.UserPatch,
      responses: { 200: { description: 'Changed', schema: S.User } },
      handle: async ({ principal, params, body }) =>
        json(200, await updateUser(deps, principal, params.id, body)),
    }),
    route({
      method: 'DELETE',
      path: '/v1/users/{id}',
      operationId: 'deleteUser',
      tag,
      summary: 'Delete a person; the audit trail keeps their id and says "borttagen användare"',
      right: 'people.manage',
      params: S.IdParams,
      responses: { 204: { description: 'Deleted' } },
      handle: async ({ principal, params }) => {
        await deleteUser(deps, principal, params.id);
        return { statusCode: 204 };
      },
    }),
  ];
}
