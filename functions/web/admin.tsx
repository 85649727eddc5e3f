import { DateTime } from 'luxon';
import * as z from 'zod';
import {
  createSubscriber,
  deleteSubscriber,
  getAlertSettings,
  listSubscribers,
  putAlertSettings,
} from '../../shared/app/alerts';
import { createKey, listKeys, revokeKey } from '../../shared/app/keys';
import { confirmAddress, undeliverableAddresses } from '../../shared/app/mail';
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
import { can, type Right, ROLES } from '../../shared/domain/access';
import { capacityOn } from '../../shared/domain/capacity';
import { GROUPS } from '../../shared/domain/decisions';
import { AppError } from '../../shared/domain/errors';
import { ACTIVITY_KINDS } from '../../shared/domain/figures';
import { instantDayInWords, monthInWords } from '../../shared/domain/period-words';
import { datesOfMonth, isValidDate, stockholmDate, TIME_ZONE } from '../../shared/domain/periods';
import * as S from '../../shared/http/schemas';
import { type Language, wordsFor } from '../../shared/i18n';
import type { BounceView } from './pages/admin/parts';
import { KeysPage } from './pages/keys/view';
import type { FieldErrors } from './pages/layout';
import { PeoplePage, type PersonLine, PersonPage } from './pages/people/view';
import { SubscribersPage } from './pages/recipients/subscribers-view';
import { RecipientsPage } from './pages/recipients/view';
import { ActivityAdminPage } from './pages/registry/activity-view';
import { type ActivityLine, OrganisationPage, OrganisationsPage } from './pages/registry/view';
import type { Answer, WebRequest } from './web-request';

/** A new key as its save left it for the page (checked: the cookie comes back from the browser). */
const NewKeyShown = z.strictObject({ label: z.string().max(100), key: z.string().regex(/^iop_[\w-]{43}$/) });
function newKeyShown(once: string | undefined) {
  try {
    return once ? NewKeyShown.safeParse(JSON.parse(once)).data : undefined;
  } catch {
    return undefined;
  }
}

type AdminDeps = Core & Uses<'email'>;
/** The roles as offered: the most common first. */
const ROLE_ORDER = ['partner', 'coordinator', 'admin'] as const satisfies readonly (typeof ROLES)[number][];

const SUBSCRIBER_PATHS = [
  '/kalla-natter-mottagare',
  '/kalla-natter-mottagare/ta-bort',
  '/kalla-natter-mottagare/installningar',
];
const ORGANISATION_PATH = /^\/organisationer\/([A-Za-z0-9_-]{1,64})$/;
const ACTIVITY_PATH = /^\/verksamheter\/([A-Za-z0-9_-]{1,64})$/;
const PERSON_PATH = /^\/personer\/([A-Za-z0-9_-]{1,64})(\/ta-bort)?$/;
/** An administrator says an address that bounced works again; the pages that show such an address lead back. */
const CONFIRM_ADDRESS_PATH = '/e-postadress/bekrafta';
const CONFIRM_BACK = /^\/(personer(\/[A-Za-z0-9_-]{1,64})?|mottagare|kalla-natter-mottagare)$/;

/** Each address that cannot be mailed, in the reader's words: what the admin's pages show beside it. */
async function bouncesOf(
  deps: AdminDeps,
  r: WebRequest,
): Promise<(address?: string) => BounceView | undefined> {
  const { principal } = r.signedIn as NonNullable<WebRequest['signedIn']>;
  const marked = await undeliverableAddresses(deps, principal);
  const a = wordsFor(r.language).admin;
  return (address) => {
    const mark = address ? marked.get(address.toLowerCase()) : undefined;
    return mark
      ? {
          address: mark.address,
          text: a.undeliverable(
            mark.reason,
            instantDayInWords(mark.since, r.language),
            mark.detail ? a.bounceDetails[mark.detail] : undefined,
          ),
        }
      : undefined;
  };
}

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

/** The right each of these pages needs, or undefined for a path that is none of them. */
function rightFor(path: string): Right | undefined {
  if (path === '/organisationer' || ORGANISATION_PATH.test(path) || ACTIVITY_PATH.test(path))
    return 'registry.write';
  if (path === '/personer' || PERSON_PATH.test(path) || path === CONFIRM_ADDRESS_PATH) return 'people.manage';
  if (path === '/mottagare' || path === '/mottagare/ta-bort') return 'reports.recipients';
  if (path === '/nycklar' || path === '/nycklar/aterkalla') return 'keys.manage';
  if (SUBSCRIBER_PATHS.includes(path)) return 'alerts.manage';
  return undefined;
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
  const right = rightFor(r.path);
  if (!right) return undefined;
  const recipients = right === 'reports.recipients';
  const keys = right === 'keys.manage';
  const subscribers = right === 'alerts.manage';
  if (!r.signedIn) return r.signInAgain();
  const { principal } = r.signedIn;
  if (!can(principal, right)) return r.notFound();
  const w = wordsFor(r.language);
  const a = w.admin;
  const today = stockholmDate(deps.now());
  const form = r.form;
  const post = r.method === 'POST';
  try {
    if (r.path === CONFIRM_ADDRESS_PATH) {
      if (!post) return r.notFound();
      const back = CONFIRM_BACK.test(form.back ?? '') ? (form.back as string) : '/personer';
      try {
        await confirmAddress(deps, principal, (form.address ?? '').slice(0, 320));
      } catch (e) {
        // Confirmed already (a second click): the page shows it clear either way.
        if (!(e instanceof AppError && e.kind === 'not_found')) throw e;
      }
      return r.redirect(`${back}?bekraftad=1`);
    }
    if (recipients) return await recipientsPage(deps, r);
    if (subscribers) return await subscribersPage(deps, r);
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
        return r.show(
          status,
          <ActivityAdminPage
            c={r.c}
            view={{
              id: activity.id,
              name: activity.name,
              kind: activity.kind,
              organisation: { id: organisation.id, name: organisation.name },
              capacity: activity.capacity,
              month: monthInWords(month, r.language),
              nights: nightsOfMonth(activity.capacity, month, r.language),
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

    const [organisations, bounces] = await Promise.all([
      listOrganisations(deps, principal),
      keys ? undefined : bouncesOf(deps, r),
    ]);
    const orgName = new Map(organisations.map((o) => [o.id, o.name]));
    const line = (p: User): PersonLine => ({
      id: p.id,
      name: p.name,
      email: p.email,
      role: p.role,
      organisation: p.organisationId ? orgName.get(p.organisationId) : undefined,
      disabled: p.disabled,
      bounce: bounces?.(p.email),
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

    if (keys) {
      const showKeys = async (
        status: number,
        errors: FieldErrors = {},
        created?: { label: string; key: string },
      ) => {
        const when = (iso: string) => instantDayInWords(iso, r.language);
        return r.show(
          status,
          <KeysPage
            c={r.c}
            view={{
              keys: (await listKeys(deps, principal))
                .sort((x, y) => y.createdAt.localeCompare(x.createdAt))
                .map((k) => ({
                  id: k.id,
                  label: k.label,
                  line: a.keyLine(
                    w.web.roles[k.role] ?? k.role,
                    k.organisationId ? orgName.get(k.organisationId) : undefined,
                    when(k.createdAt),
                  ),
                  revoked: k.revokedAt ? a.keyRevoked(when(k.revokedAt)) : undefined,
                })),
              organisations: orgs,
              roles: ROLE_ORDER,
              values: post && !created ? form : {},
              created,
              notice: r.query.aterkallad === '1' ? a.keyRevokedNotice : undefined,
            }}
            errors={errors}
          />,
        );
      };
      if (!post) {
        if (r.path !== '/nycklar') return r.notFound();
        return showKeys(200, {}, newKeyShown(r.once));
      }
      if (r.path === '/nycklar/aterkalla') {
        const id = (form.id ?? '').slice(0, 64);
        if (form.bekrafta !== 'ja') return showKeys(422, { [`aterkalla-${id}`]: a.revokeConfirmMissing });
        await revokeKey(deps, principal, id);
        return r.redirect('/nycklar?aterkallad=1');
      }
      const errors: FieldErrors = {};
      const { role, organisationId } = roleAndOrganisation(errors);
      const input = S.NewKey.safeParse({
        label: (form.label ?? '').trim(),
        role: role ?? 'partner',
        ...(organisationId ? { organisationId } : {}),
      });
      if (!input.success || !input.data.label) errors.label = a.keyLabelInvalid;
      if (!input.success || !role || Object.keys(errors).length > 0) return showKeys(422, errors);
      // Shown once, on the page the save leads to: the key travels there in a two-minute cookie, never in a URL,
      // and is not stored to show again. Reload and Back never make a second key.
      const made = await createKey(deps, principal, { ...input.data, role });
      return r.redirect('/nycklar?ny=1', JSON.stringify({ label: made.label, key: made.key }));
    }

    if (r.path === '/personer') {
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
                    : r.query.bekraftad === '1'
                      ? a.addressConfirmed
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
    const [recipients, bounce] = await Promise.all([
      listReportRecipients(deps, principal),
      bouncesOf(deps, r),
    ]);
    return r.show(
      status,
      <RecipientsPage
        c={r.c}
        view={{
          recipients: recipients.map((x) => ({ ...x, bounce: bounce(x.email) })),
          values: r.method === 'POST' ? form : {},
          notice: added
            ? a.recipientAdded(added.slice(0, 254))
            : r.query.borttagen === '1'
              ? a.recipientRemoved
              : r.query.bekraftad === '1'
                ? a.addressConfirmed
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

/** `/kalla-natter-mottagare`: who gets the cold-night alerts and decisions (added, removed), and the alert settings. */
async function subscribersPage(deps: AdminDeps, r: WebRequest): Promise<Answer> {
  const { principal } = r.signedIn as NonNullable<WebRequest['signedIn']>;
  const w = wordsFor(r.language);
  const a = w.admin;
  const form = r.form;
  const post = r.method === 'POST';
  const levels = ['YELLOW', 'ORANGE', 'RED'] as const;
  const decimal = new Intl.NumberFormat(w.locale, { maximumFractionDigits: 4 });
  const show = async (
    status: number,
    errors: FieldErrors = {},
    which: 'subscriber' | 'settings' = 'subscriber',
  ) => {
    const [subscribers, settings, bounce] = await Promise.all([
      listSubscribers(deps, principal),
      getAlertSettings(deps, principal),
      bouncesOf(deps, r),
    ]);
    const said = r.query.sparat;
    return r.show(
      status,
      <SubscribersPage
        c={r.c}
        view={{
          subscribers: subscribers.map((x) => ({
            id: x.id,
            name: x.name,
            bounce: bounce(x.email),
            line: a.subscriberLine(
              [x.email, x.phone].filter(Boolean).join(', '),
              x.channels.map((c) => (c === 'sms' ? 'SMS' : w.web.channelEmail)).join(' + '),
              (x.groups ?? ['coordinators']).map((g) => w.decision.groups[g] ?? g).join(', '),
              a.languageNames[x.language] ?? x.language,
            ),
          })),
          channels: [
            { value: 'email', label: w.web.channelEmail },
            { value: 'sms', label: 'SMS' },
          ],
          groups: GROUPS.map((g) => ({ value: g, label: w.decision.groups[g] ?? g })),
          values: post && which === 'subscriber' ? form : { 'grupp-coordinators': 'ja' },
          settings: {
            lead: a.settingsLead(
              decimal.format(settings.location.lat),
              decimal.format(settings.location.lon),
              settings.night.startHour,
              settings.night.endHour,
            ),
            levels: levels.map((l) => ({ value: l, label: a.levelNames[l] ?? l })),
            values:
              post && which === 'settings'
                ? form
                : {
                    threshold: decimal.format(settings.thresholdC),
                    outlook: String(settings.outlookAloneDays ?? 5),
                    ...Object.fromEntries(settings.warningLevels.map((l) => [`niva-${l}`, 'ja'])),
                  },
          },
          notice:
            said === 'mottagare'
              ? a.subscriberAdded((r.query.namn ?? '').slice(0, 100))
              : said === 'borttagen'
                ? a.subscriberRemoved
                : said === 'installningar'
                  ? a.settingsSaved
                  : r.query.bekraftad === '1'
                    ? a.addressConfirmed
                    : undefined,
        }}
        errors={errors}
      />,
    );
  };
  if (!post) return r.path === '/kalla-natter-mottagare' ? show(200) : r.notFound();
  if (r.path === '/kalla-natter-mottagare/ta-bort') {
    try {
      await deleteSubscriber(deps, principal, (form.id ?? '').slice(0, 64));
    } catch (e) {
      if (!(e instanceof AppError && e.kind === 'not_found')) throw e;
    }
    return r.redirect('/kalla-natter-mottagare?sparat=borttagen');
  }
  if (r.path === '/kalla-natter-mottagare/installningar') {
    const settings = await getAlertSettings(deps, principal);
    // Swedish writes −7,5: a comma, and perhaps a true minus sign.
    const raw = (form.threshold ?? '').trim().replace(',', '.').replace('\u2212', '-');
    const threshold = /^-?\d{1,2}(\.\d{1,2})?$/.test(raw) ? Number(raw) : Number.NaN;
    const next = S.AlertSettings.safeParse({
      ...settings,
      thresholdC: threshold,
      warningLevels: levels.filter((l) => form[`niva-${l}`] === 'ja'),
      outlookAloneDays: countOf(form.outlook),
    });
    if (!next.success) {
      const errors = errorsOf(next.error, {
        thresholdC: a.thresholdInvalid,
        outlookAloneDays: a.outlookInvalid,
      });
      return show(422, { threshold: errors.thresholdC, outlook: errors.outlookAloneDays }, 'settings');
    }
    await putAlertSettings(deps, principal, next.data);
    return r.redirect('/kalla-natter-mottagare?sparat=installningar');
  }
  const email = (form.email ?? '').trim();
  const phone = (form.phone ?? '').trim();
  const channels = (['email', 'sms'] as const).filter((c) => form[`kanal-${c}`] === 'ja');
  // Said at once with the rest (zod checks the pairing only once every field is right).
  const unpaired: FieldErrors = {
    email: channels.includes('email') && !email ? a.emailNeeded : undefined,
    phone: channels.includes('sms') && !phone ? a.phoneNeeded : undefined,
  };
  const input = S.NewSubscriber.safeParse({
    name: (form.name ?? '').trim(),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    channels,
    groups: GROUPS.filter((g) => form[`grupp-${g}`] === 'ja'),
    language: form.language === 'en' ? 'en' : 'sv',
  });
  if (!input.success) {
    const errors = errorsOf(input.error, {
      name: a.nameInvalid,
      email: email ? a.emailInvalid : a.emailNeeded,
      phone: phone ? a.phoneInvalid : a.phoneNeeded,
      channels: a.channelsInvalid,
      groups: a.groupsInvalid,
    });
    return show(422, {
      name: errors.name,
      email: unpaired.email ?? errors.email,
      phone: unpaired.phone ?? errors.phone,
      kanal: errors.channels,
      grupp: errors.groups,
    });
  }
  if (!input.data.name) return show(422, { name: a.nameInvalid });
  const made = await createSubscriber(deps, principal, input.data);
  return r.redirect(`/kalla-natter-mottagare?sparat=mottagare&namn=${encodeURIComponent(made.name)}`);
}
