import * as z from 'zod';
import { deleteUser, getUser, inviteUser, listUsers, updateUser } from '../../../../shared/app/people';
import { AppError } from '../../../../shared/domain/errors';
import * as S from '../../../../shared/http/schemas';
import type { Answer, PageRoute } from '../../web-request';
import { type AdminRequest, admin, errorsOf, formPage, peopleContext, ROLE_ORDER } from '../admin/common';
import { type FieldErrors, noticeOf } from '../layout';
import { PeoplePage, PersonPage } from './view';

/** The people who sign in, and one invited. */
async function peopleList(x: AdminRequest): Promise<Answer> {
  const { deps, r, principal, a, form, post } = x;
  const { orgName, line, orgs, roleAndOrganisation } = await peopleContext(x, true);
  const showPeople = async (status: number, errors: FieldErrors = {}) => {
    const people = await listUsers(deps, principal);
    const asked = r.query.organisation;
    const values = post
      ? form
      : asked && orgName.has(asked)
        ? { role: 'partner', organisationId: asked }
        : {};
    const invited = r.query.inbjuden;
    const notSent = r.query.ejskickad;
    return r.show(
      status,
      <PeoplePage
        c={r.c}
        view={{
          people: people.map(line),
          organisations: orgs,
          roles: ROLE_ORDER,
          values,
          notice:
            r.query.borttagen === '1'
              ? a.removed
              : r.query.bekraftad === '1'
                ? a.addressConfirmed
                : invited
                  ? a.invited(invited.slice(0, 254))
                  : notSent
                    ? a.invitedNotSent(notSent.slice(0, 254))
                    : undefined,
        }}
        errors={errors}
      />,
    );
  };
  if (!post) return showPeople(200);
  const errors: FieldErrors = {};
  const { role, organisationId } = roleAndOrganisation(errors);
  const input = S.NewUser.safeParse({
    email: (form.email ?? '').trim(),
    name: (form.name ?? '').trim(),
    role: role ?? 'partner',
    ...(organisationId ? { organisationId } : {}),
    language: form.language === 'en' ? 'en' : 'sv',
  });
  if (!input.success)
    Object.assign(errors, errorsOf(input.error, { email: a.emailInvalid, name: a.personNameInvalid }));
  else if (!input.data.name) errors.name = a.personNameInvalid;
  if (!input.success || !role || Object.keys(errors).length > 0) return showPeople(422, errors);
  try {
    const { user, mailed } = await inviteUser(
      deps,
      principal,
      { ...input.data, role },
      `${r.origin}/logga-in`,
    );
    return r.redirect(`/personer?${mailed ? 'inbjuden' : 'ejskickad'}=${encodeURIComponent(user.email)}`);
  } catch (e) {
    if (e instanceof AppError && e.kind === 'conflict') return showPeople(409, { email: a.emailTaken });
    throw e;
  }
}

/** One person: changed, or (`remove`) removed after the box is ticked. */
async function personPage(x: AdminRequest, remove: boolean): Promise<Answer> {
  const { deps, r, principal, a, form, post } = x;
  const { line, orgs, roleAndOrganisation } = await peopleContext(x, true);
  const person = await getUser(deps, principal, r.params.userId as string);
  const self = person.id === principal.id;
  const showPerson = (status: number, errors: FieldErrors = {}, notice?: string) =>
    r.show(
      status,
      <PersonPage
        c={r.c}
        view={{
          person: line(person),
          self,
          organisations: orgs,
          roles: ROLE_ORDER,
          values:
            post && Object.keys(errors).length > 0
              ? form
              : {
                  role: person.role,
                  organisationId: person.organisationId ?? '',
                  disabled: person.disabled ? 'ja' : '',
                },
          notice:
            notice ??
            noticeOf(r.query, {
              andrad: { '1': a.personChanged, '0': a.personUnchanged },
              bekraftad: { '1': a.addressConfirmed },
            }),
        }}
        errors={errors}
      />,
    );
  if (!post) return showPerson(200);
  // An administrator's own account is changed by another: nobody locks the last administrator out by mistake.
  if (self) return showPerson(409, {}, a.notYourself);
  if (remove) {
    if (form.confirm !== 'ja') return showPerson(422, { confirm: a.removeConfirmMissing });
    await deleteUser(deps, principal, person.id);
    return r.redirect('/personer?borttagen=1');
  }
  const errors: FieldErrors = {};
  const { role, organisationId } = roleAndOrganisation(errors);
  if (!role || Object.keys(errors).length > 0) return showPerson(422, errors);
  const after = await updateUser(deps, principal, person.id, {
    role,
    organisationId,
    disabled: form.disabled === 'ja',
  });
  return r.redirect(`/personer/${person.id}?andrad=${after.version === person.version ? '0' : '1'}`);
}

const PersonParams = z.strictObject({ userId: S.Id });

/** The people who sign in: invited, listed, changed and removed. */
export const peopleRoutes: PageRoute[] = [
  ...formPage('/personer', admin(peopleList)),
  ...formPage(
    '/personer/{userId}',
    admin((x) => personPage(x, false)),
    PersonParams,
  ),
  ...formPage(
    '/personer/{userId}/ta-bort',
    admin((x) => personPage(x, true)),
    PersonParams,
  ),
];
