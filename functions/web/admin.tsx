import { DateTime } from 'luxon';
import type * as z from 'zod';
import type { User } from '../../shared/app/model';
import { deleteUser, getUser, inviteUser, listUsers, updateUser } from '../../shared/app/people';
import type { Core, Uses } from '../../shared/app/ports';
import {
  createActivity,
  createOrganisation,
  getActivity,
  getOrganisation,
  listActivities,
  listOrganisations,
  setCapacity,
} from '../../shared/app/registry';
import { createReportRecipient, deleteReportRecipient, listReportRecipients } from '../../shared/app/reports';
import { can, ROLES } from '../../shared/domain/access';
import { capacityOn } from '../../shared/domain/capacity';
import { AppError } from '../../shared/domain/errors';
import { ACTIVITY_KINDS } from '../../shared/domain/figures';
import { monthInWords } from '../../shared/domain/period-words';
import { datesOfMonth, isValidDate, stockholmDate, TIME_ZONE } from '../../shared/domain/periods';
import * as S from '../../shared/http/schemas';
import { type Language, wordsFor } from '../../shared/i18n';
import {
  ActivityAdminPage,
  type ActivityLine,
  OrganisationPage,
  OrganisationsPage,
  PeoplePage,
  type PersonLine,
  PersonPage,
  RecipientsPage,
} from './admin-pages';
import type { FieldErrors } from './pages';
import type { Answer, WebRequest } from './web-request';

type AdminDeps = Core & Uses<'email'>;
/** The roles as offered: the most common first. */
const ROLE_ORDER = ['partner', 'coordinator', 'admin'] as const satisfies readonly (typeof ROLES)[number][];

const ORGANISATION_PATH = /^\/organisationer\/([A-Za-z0-9_-]{1,64})$/;
const ACTIVITY_PATH = /^\/verksamheter\/([A-Za-z0-9_-]{1,64})$/;
const PERSON_PATH = /^\/personer\/([A-Za-z0-9_-]{1,64})(\/ta-bort)?$/;

/** Each failing field of a schema, in the reader's words (one message per field, whatever zod's reason). */
function errorsOf(error: z.ZodError, messages: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= messages[field] ?? messages[''] ?? issue.message;
  }
  return errors;
}

/** A whole number typed by a person: spaces (Swedish thousands) allowed; empty is `undefined`; else `NaN`. */
function countOf(raw: string | undefined): number | undefined {
  const value = (raw ?? '').replace(/[\s\u00a0]/g, '');
  if (value === '') return undefined;
  return /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
}

/** The places of each night of a month, runs of the same number as one line ("1 dec – 14 dec: 20 platser"). */
function nightsOfMonth(
  capacity: readonly { from: string; places: number }[],
  month: string,
  language: Language,
) {
  const a = wordsFor(language).admin;
  const short = (d: string) => DateTime.fromISO(d, { zone: TIME_ZONE }).setLocale(language).toFormat('d LLL');
  const runs: { from: string; to: string; places?: number }[] = [];
  for (const night of datesOfMonth(month)) {
    const places = capacityOn(capacity, night)?.places;
    const last = runs.at(-1);
    if (last && last.places === places) last.to = night;
    else runs.push({ from: night, to: night, places });
  }
  return runs.map((r) =>
    r.places === undefined
      ? a.nightsNone(short(r.from), short(r.to))
      : a.nightsRange(short(r.from), short(r.to), r.places),
  );
}

/**
 * The administrator's pages: organisations and their activities, an activity's places over time, the people who
 * sign in. Each goes through the same use cases as the API (rules, audit); anyone but an administrator gets the
 * "finns inte" page. Answers `undefined` for paths that are not these pages.
 */
export async function adminPages(deps: AdminDeps, r: WebRequest): Promise<Answer | undefined> {
  const orgPath = ORGANISATION_PATH.exec(r.path);
  const activityPath = ACTIVITY_PATH.exec(r.path);
  const personPath = PERSON_PATH.exec(r.path);
  const recipients = r.path === '/mottagare' || r.path === '/mottagare/ta-bort';
  if (
    r.path !== '/organisationer' &&
    r.path !== '/personer' &&
    !orgPath &&
    !activityPath &&
    !personPath &&
    !recipients
  )
    return undefined;
  if (!r.signedIn) return r.signInAgain();
  const { principal } = r.signedIn;
  const right = r.path.startsWith('/personer')
    ? 'people.manage'
    : recipients
      ? 'reports.recipients'
      : 'registry.write';
  if (!can(principal, right)) return r.notFound();
  const w = wordsFor(r.language);
  const a = w.admin;
  const today = stockholmDate(deps.now());
  const form = r.form;
  const post = r.method === 'POST';
  try {
    if (recipients) return await recipientsPage(deps, r);
    if (r.path === '/organisationer') {
      const showAll = async (status: number, errors: FieldErrors = {}) => {
        const [organisations, activities] = await Promise.all([
          listOrganisations(deps, principal),
          listActivities(deps, principal),
        ]);
        return r.show(
          status,
          <OrganisationsPage
            c={r.c}
            view={{
              organisations: organisations.map((o) => ({
                id: o.id,
                name: o.name,
                orgNumber: o.orgNumber ?? undefined,
                activities: activityLines(
                  activities.filter((x) => x.organisationId === o.id),
                  today,
                  r.language,
                ),
              })),
              values: post ? form : {},
            }}
            errors={errors}
          />,
        );
      };
      if (!post) return showAll(200);
      const orgNumber = (form.orgNumber ?? '').trim();
      const input = S.NewOrganisation.safeParse({
        name: (form.name ?? '').trim(),
        ...(orgNumber ? { orgNumber } : {}),
      });
      if (!input.success || !input.data.name)
        return showAll(
          422,
          input.success
            ? { name: a.nameInvalid }
            : errorsOf(input.error, { name: a.nameInvalid, orgNumber: a.orgNumberInvalid }),
        );
      const made = await createOrganisation(deps, principal, input.data);
      return r.redirect(`/organisationer/${made.id}?ny=1`);
    }

    if (orgPath) {
      const organisation = await getOrganisation(deps, principal, orgPath[1] as string);
      const showOne = async (status: number, errors: FieldErrors = {}) => {
        const [activities, people] = await Promise.all([
          listActivities(deps, principal),
          listUsers(deps, principal),
        ]);
        return r.show(
          status,
          <OrganisationPage
            c={r.c}
            view={{
              id: organisation.id,
              name: organisation.name,
              orgNumber: organisation.orgNumber ?? undefined,
              activities: activityLines(
                activities.filter((x) => x.organisationId === organisation.id),
                today,
                r.language,
              ),
              people: people
                .filter((p) => p.organisationId === organisation.id)
                .map((p) => ({ id: p.id, name: p.name, email: p.email, disabled: p.disabled })),
              kinds: ACTIVITY_KINDS,
              values: post ? form : {},
              today,
              notice: r.query.ny === '1' ? a.organisationAdded : undefined,
            }}
            errors={errors}
          />,
        );
      };
      if (!post) return showOne(200);
      const input = S.NewActivity.safeParse({
        organisationId: organisation.id,
        name: (form.name ?? '').trim(),
        kind: form.kind ?? '',
      });
      const errors: FieldErrors = input.success
        ? input.data.name
          ? {}
          : { name: a.nameInvalid }
        : errorsOf(input.error, { name: a.nameInvalid, kind: a.kindInvalid });
      const places = countOf(form.places);
      const from = (form.from ?? '').trim();
      if (places !== undefined && !S.Capacity.safeParse({ places }).success) errors.places = a.placesInvalid;
      if (places !== undefined && !isValidDate(from)) errors.from = a.fromInvalid;
      if (!input.success || Object.keys(errors).length > 0) return showOne(422, errors);
      const made = await createActivity(deps, principal, input.data);
      if (places !== undefined) await setCapacity(deps, principal, made.id, { from, places });
      return r.redirect(`/verksamheter/${made.id}?ny=1`);
    }

    if (activityPath) {
      const activity = await getActivity(deps, principal, activityPath[1] as string);
      const showActivity = async (status: number, errors: FieldErrors = {}, notice?: string) => {
        const organisation = await getOrganisation(deps, principal, activity.organisationId);
        const month = today.slice(0, 7);
        const current = await getActivity(deps, principal, activity.id);
        return r.show(
          status,
          <ActivityAdminPage
            c={r.c}
            view={{
              id: current.id,
              name: current.name,
              kind: current.kind,
              organisation: { id: organisation.id, name: organisation.name },
              capacity: current.capacity,
              month: monthInWords(month, r.language),
              nights: nightsOfMonth(current.capacity, month, r.language),
              values: post && status !== 303 && Object.keys(errors).length > 0 ? form : {},
              today,
              notice:
                notice ??
                (r.query.ny === '1'
                  ? a.activityAdded
                  : r.query.platser === 'samma'
                    ? a.capacityUnchanged
                    : undefined),
            }}
            errors={errors}
          />,
        );
      };
      if (!post) {
        const saved = /^(\d{4}-\d{2}-\d{2})-(\d{1,7})$/.exec(r.query.platser ?? '');
        return showActivity(
          200,
          {},
          saved ? a.capacitySaved(saved[1] as string, Number(saved[2])) : undefined,
        );
      }
      const from = (form.from ?? '').trim();
      const places = countOf(form.places);
      const womenPlaces = countOf(form.womenPlaces);
      const errors: FieldErrors = {};
      if (!isValidDate(from)) errors.from = a.fromInvalid;
      const capacity = S.Capacity.safeParse({
        places,
        ...(womenPlaces === undefined ? {} : { womenPlaces }),
      });
      if (!capacity.success)
        Object.assign(
          errors,
          errorsOf(capacity.error, { places: a.placesInvalid, womenPlaces: a.placesInvalid }),
        );
      else if (capacity.data.womenPlaces !== undefined && capacity.data.womenPlaces > capacity.data.places)
        errors.womenPlaces = a.womenPlacesInvalid;
      if (!capacity.success || Object.keys(errors).length > 0) return showActivity(422, errors);
      const saved = await setCapacity(deps, principal, activity.id, { from, ...capacity.data });
      return r.redirect(
        `/verksamheter/${activity.id}?platser=${saved.result === 'unchanged' ? 'samma' : `${from}-${capacity.data.places}`}`,
      );
    }

    const [organisations, people] = await Promise.all([
      listOrganisations(deps, principal),
      listUsers(deps, principal),
    ]);
    const orgName = new Map(organisations.map((o) => [o.id, o.name]));
    const line = (p: User): PersonLine => ({
      id: p.id,
      name: p.name,
      email: p.email,
      role: p.role,
      organisation: p.organisationId ? orgName.get(p.organisationId) : undefined,
      disabled: p.disabled,
    });
    const orgs = organisations.map((o) => ({ id: o.id, name: o.name }));
    /** Role and organisation as chosen, with the rule that ties them (a partner has one, nobody else any). */
    const roleAndOrganisation = (errors: FieldErrors) => {
      const role = ROLES.find((x) => x === form.role);
      const organisationId = orgName.has(form.organisationId ?? '') ? form.organisationId : undefined;
      if (!role) errors.role = a.roleInvalid;
      else if (role === 'partner' && !organisationId) errors.organisationId = a.organisationMissing;
      else if (role !== 'partner' && organisationId) errors.organisationId = a.organisationNotAllowed;
      return { role, organisationId };
    };

    if (r.path === '/personer') {
      const showPeople = (status: number, errors: FieldErrors = {}) => {
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

    if (personPath) {
      const person = await getUser(deps, principal, personPath[1] as string);
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
                (r.query.andrad === '1'
                  ? a.personChanged
                  : r.query.andrad === '0'
                    ? a.personUnchanged
                    : undefined),
            }}
            errors={errors}
          />,
        );
      if (!post) return showPerson(200);
      // An administrator's own account is changed by another: nobody locks the last administrator out by mistake.
      if (self) return showPerson(409, {}, a.notYourself);
      if (personPath[2]) {
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
    return undefined;
  } catch (e) {
    if (e instanceof AppError && e.kind === 'not_found') return r.notFound();
    throw e;
  }
}

function activityLines(
  activities: readonly {
    id: string;
    name: string;
    kind: string;
    capacity: readonly { from: string; places: number }[];
  }[],
  today: string,
  language: Language,
): ActivityLine[] {
  const a = wordsFor(language).admin;
  return activities.map((x) => {
    const places = capacityOn(x.capacity, today)?.places;
    return {
      id: x.id,
      name: x.name,
      kind: x.kind,
      places: places === undefined ? a.noPlaces : a.placesTonight(places),
    };
  });
}

/** `/mottagare`: the report's recipients, added and removed (`/mottagare/ta-bort`). */
async function recipientsPage(deps: AdminDeps, r: WebRequest): Promise<Answer> {
  const { principal } = r.signedIn as NonNullable<WebRequest['signedIn']>;
  const a = wordsFor(r.language).admin;
  const form = r.form;
  const showAll = async (status: number, errors: FieldErrors = {}) => {
    const added = r.query.tillagd;
    return r.show(
      status,
      <RecipientsPage
        c={r.c}
        view={{
          recipients: await listReportRecipients(deps, principal),
          values: r.method === 'POST' ? form : {},
          notice: added
            ? a.recipientAdded(added.slice(0, 254))
            : r.query.borttagen === '1'
              ? a.recipientRemoved
              : undefined,
        }}
        errors={errors}
      />,
    );
  };
  if (r.method === 'GET') return r.path === '/mottagare' ? showAll(200) : r.notFound();
  if (r.path === '/mottagare/ta-bort') {
    try {
      await deleteReportRecipient(deps, principal, (form.id ?? '').slice(0, 64));
    } catch (e) {
      // Removed already (a second click): the list shows it gone either way.
      if (!(e instanceof AppError && e.kind === 'not_found')) throw e;
    }
    return r.redirect('/mottagare?borttagen=1');
  }
  const input = S.NewReportRecipient.safeParse({
    name: (form.name ?? '').trim(),
    email: (form.email ?? '').trim(),
    language: form.language === 'en' ? 'en' : 'sv',
  });
  if (!input.success)
    return showAll(422, errorsOf(input.error, { name: a.recipientNameInvalid, email: a.emailInvalid }));
  if (!input.data.name) return showAll(422, { name: a.recipientNameInvalid });
  try {
    const made = await createReportRecipient(deps, principal, input.data);
    return r.redirect(`/mottagare?tillagd=${encodeURIComponent(made.email)}`);
  } catch (e) {
    if (e instanceof AppError && e.kind === 'conflict') return showAll(409, { name: a.tooManyRecipients });
    throw e;
  }
}
