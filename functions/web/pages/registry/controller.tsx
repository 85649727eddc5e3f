import { DateTime } from 'luxon';
import * as z from 'zod';
import { listUsers } from '../../../../shared/app/people';
import {
  activityToKeep,
  createActivity,
  createOrganisation,
  organisationToKeep,
  registryToKeep,
  setCapacity,
  updateActivity,
} from '../../../../shared/app/registry';
import { capacityOn } from '../../../../shared/domain/capacity';
import { ACTIVITY_KINDS } from '../../../../shared/domain/figures';
import { datesOfMonth, isValidDate, TIME_ZONE } from '../../../../shared/domain/periods';
import * as S from '../../../../shared/http/schemas';
import { type Language, wordsFor } from '../../../../shared/i18n';
import { monthInWords } from '../../../../shared/i18n/period-words';
import type { Answer, PageRoute } from '../../web-request';
import { type AdminRequest, admin, countOf, errorsOf, formPage } from '../admin/common';
import { type FieldErrors, noticeOf } from '../layout';
import { ActivityAdminPage } from './activity-view';
import { type ActivityLine, OrganisationPage, OrganisationsPage } from './view';

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

/** The registry: the organisations, one organisation with its activities, an activity and its places. */
/** The organisations, and a new one added. */
async function organisationsPage(x: AdminRequest): Promise<Answer> {
  const { deps, r, principal, a, today, form, post } = x;
  const showAll = async (status: number, errors: FieldErrors = {}) => {
    const { organisations, activities } = await registryToKeep(deps, principal);
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

/** One organisation: its name and number, its activities, its people; a new activity added. */
async function organisationPage(x: AdminRequest): Promise<Answer> {
  const { deps, r, principal, a, today, form, post } = x;
  const { organisation, activities } = await organisationToKeep(
    deps,
    principal,
    r.params.organisationId as string,
  );
  const showOne = async (status: number, errors: FieldErrors = {}) => {
    const people = await listUsers(deps, principal);
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

/** One activity: its kind and places over time, changed from a date on. */
async function activityPage(x: AdminRequest): Promise<Answer> {
  const { deps, r, principal, a, today, form, post } = x;
  const { activity, organisation } = await activityToKeep(deps, principal, r.params.activityId as string);
  const showActivity = async (status: number, errors: FieldErrors = {}, notice?: string) => {
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
          startsOn: activity.startsOn ?? '',
          endsOn: activity.endsOn ?? '',
          notice:
            notice ??
            noticeOf(r.query, {
              ny: { '1': a.activityAdded },
              platser: { samma: a.capacityUnchanged },
              dagar: { '1': a.runsSaved },
            }),
        }}
        errors={errors}
      />,
    );
  };
  if (!post) {
    const saved = /^(\d{4}-\d{2}-\d{2})-(\d{1,7})$/.exec(r.query.platser ?? '');
    return showActivity(200, {}, saved ? a.capacitySaved(saved[1] as string, Number(saved[2])) : undefined);
  }
  if (form.dagar === 'ja') {
    // The days it runs: a blank field removes the day.
    const [startsOn, endsOn] = [(form.startsOn ?? '').trim(), (form.endsOn ?? '').trim()];
    const wrong: FieldErrors = {};
    if (startsOn && !isValidDate(startsOn)) wrong.startsOn = a.dayInvalid;
    if (endsOn && !isValidDate(endsOn)) wrong.endsOn = a.dayInvalid;
    else if (startsOn && endsOn && endsOn < startsOn) wrong.endsOn = a.runsOrder;
    if (Object.keys(wrong).length > 0) return showActivity(422, wrong);
    await updateActivity(deps, principal, activity.id, {
      startsOn: startsOn || null,
      endsOn: endsOn || null,
    });
    return r.redirect(`/verksamheter/${activity.id}?dagar=1`);
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

/** The registry: the organisations, one organisation with its activities, an activity and its places. */
export const registryRoutes: PageRoute[] = [
  ...formPage('/organisationer', admin(organisationsPage)),
  ...formPage(
    '/organisationer/{organisationId}',
    admin(organisationPage),
    z.strictObject({ organisationId: S.Id }),
  ),
  ...formPage('/verksamheter/{activityId}', admin(activityPage), z.strictObject({ activityId: S.Id })),
];

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
