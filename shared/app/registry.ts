import { authorise, canRead, canReadOrganisation, canWriteFigures, type Principal } from '../domain/access';
import { type CapacityEntry, withCapacityEntry } from '../domain/capacity';
import { invalid, notFound } from '../domain/errors';
import type { ActivityKind } from '../domain/figures';
import { auditEntry } from './audit';
import { newId } from './ids';
import type { Activity, Organisation } from './model';
import type { Core } from './ports';

export async function createOrganisation(
  deps: Core,
  principal: Principal,
  input: { name: string; orgNumber?: string | null; id?: string },
): Promise<Organisation> {
  authorise(principal, 'registry.write');
  const at = deps.now().toISOString();
  const organisation: Organisation = {
    id: input.id ?? newId('org'),
    name: input.name,
    orgNumber: input.orgNumber ?? null,
    createdAt: at,
  };
  await deps.store.createOrganisation(
    organisation,
    auditEntry(at, principal, {
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: organisation.id,
      after: organisation,
    }),
  );
  return organisation;
}

export async function listOrganisations(deps: Core, principal: Principal): Promise<Organisation[]> {
  authorise(principal, 'registry.read');
  return (await deps.store.listOrganisations()).filter((o) => canReadOrganisation(principal, o.id));
}

export async function getOrganisation(deps: Core, principal: Principal, id: string): Promise<Organisation> {
  authorise(principal, 'registry.read');
  const organisation = await deps.store.getOrganisation(id);
  if (!organisation || !canReadOrganisation(principal, id)) {
    throw notFound(`No organisation ${id}.`);
  }
  return organisation;
}

export async function createActivity(
  deps: Core,
  principal: Principal,
  input: { organisationId: string; name: string; kind: ActivityKind; id?: string },
): Promise<Activity> {
  authorise(principal, 'registry.write');
  if (!(await deps.store.getOrganisation(input.organisationId))) {
    throw invalid('No such organisation.', [
      {
        path: '/organisationId',
        code: 'no_such',
        params: { what: 'organisation', id: input.organisationId },
      },
    ]);
  }
  const at = deps.now().toISOString();
  const activity: Activity = {
    id: input.id ?? newId('act'),
    organisationId: input.organisationId,
    name: input.name,
    kind: input.kind,
    capacity: [],
    version: 1,
    createdAt: at,
  };
  await deps.store.createActivity(
    activity,
    auditEntry(at, principal, {
      action: 'activity.created',
      entityType: 'activity',
      entityId: activity.id,
      activityId: activity.id,
      after: activity,
    }),
  );
  return activity;
}

export async function listActivities(deps: Core, principal: Principal): Promise<Activity[]> {
  authorise(principal, 'registry.read');
  return (await deps.store.listActivities()).filter((a) => canRead(principal, a));
}

/**
 * The activities a person reads, each with whether they may enter its figures: the pages offer an activity's form,
 * its file's template or a link to fix it by this, never by a rule of their own.
 */
export async function activitiesWithRights(
  deps: Core,
  principal: Principal,
): Promise<(Activity & { mayEnterFigures: boolean })[]> {
  return (await listActivities(deps, principal)).map((a) => ({
    ...a,
    mayEnterFigures: canWriteFigures(principal, a),
  }));
}

/**
 * The registry as those who keep it see it (the administrator's pages): every organisation and activity. Only for
 * who may change the registry; a partner reads their own organisation's through listOrganisations/listActivities.
 */
export async function registryToKeep(deps: Core, principal: Principal) {
  authorise(principal, 'registry.write');
  const [organisations, activities] = await Promise.all([
    deps.store.listOrganisations(),
    deps.store.listActivities(),
  ]);
  return { organisations, activities };
}

/** One organisation to keep, with its activities (as registryToKeep). */
export async function organisationToKeep(deps: Core, principal: Principal, id: string) {
  authorise(principal, 'registry.write');
  const [organisation, activities] = await Promise.all([
    deps.store.getOrganisation(id),
    deps.store.listActivities(),
  ]);
  if (!organisation) throw notFound(`No organisation ${id}.`);
  return { organisation, activities: activities.filter((a) => a.organisationId === id) };
}

/** One activity to keep, with its organisation (as registryToKeep). */
export async function activityToKeep(deps: Core, principal: Principal, id: string) {
  authorise(principal, 'registry.write');
  const [activity] = await deps.store.getActivities([id]);
  const organisation = activity ? await deps.store.getOrganisation(activity.organisationId) : undefined;
  if (!activity || !organisation) throw notFound(`No activity ${id}.`);
  return { activity, organisation };
}

/** An activity the caller may see; a partner asking for another organisation's gets 404, so nothing leaks. */
export async function getActivity(deps: Core, principal: Principal, id: string): Promise<Activity> {
  authorise(principal, 'registry.read');
  const [activity] = await deps.store.getActivities([id]);
  if (!activity || !canRead(principal, activity)) throw notFound(`No activity ${id}.`);
  return activity;
}

export async function setCapacity(
  deps: Core,
  principal: Principal,
  activityId: string,
  entry: CapacityEntry,
): Promise<{ result: 'created' | 'updated' | 'unchanged'; capacity: CapacityEntry[] }> {
  authorise(principal, 'registry.write');
  if (entry.womenPlaces !== undefined && entry.womenPlaces > entry.places) {
    throw invalid("Women's places are part of the places.", [
      { path: '/womenPlaces', code: 'above_total', params: { value: entry.womenPlaces, max: entry.places } },
    ]);
  }
  const activity = await getActivity(deps, principal, activityId);
  const before = activity.capacity.find((e) => e.from === entry.from);
  const clean: CapacityEntry = { from: entry.from, places: entry.places, womenPlaces: entry.womenPlaces };
  if (before && before.places === clean.places && before.womenPlaces === clean.womenPlaces) {
    return { result: 'unchanged', capacity: activity.capacity };
  }
  const at = deps.now().toISOString();
  const updated: Activity = {
    ...activity,
    capacity: withCapacityEntry(activity.capacity, clean),
    version: activity.version + 1,
  };
  await deps.store.updateActivity(
    updated,
    auditEntry(at, principal, {
      action: 'capacity.set',
      entityType: 'capacity',
      entityId: `${activityId}/${entry.from}`,
      activityId,
      before,
      after: clean,
    }),
  );
  return { result: before ? 'updated' : 'created', capacity: updated.capacity };
}

/** A patch's optional field: left out keeps what was, null removes it, a value sets it. */
const patched = <K extends string, V>(key: K, was: V | undefined, sent: V | null | undefined) => {
  const value = sent === undefined ? was : (sent ?? undefined);
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
};

/**
 * Renames an activity, gives a cold-night venue its public address and opening hours (what the public page shows
 * of a venue a decision opens), or sets the days it runs; null removes an address or a day.
 */
export async function updateActivity(
  deps: Core,
  principal: Principal,
  id: string,
  patch: {
    name?: string;
    publicInfo?: { address: string; hours: string } | null;
    startsOn?: string | null;
    endsOn?: string | null;
  },
): Promise<Activity> {
  authorise(principal, 'registry.write');
  const before = await getActivity(deps, principal, id);
  if (patch.publicInfo && before.kind !== 'cold_night_venue')
    throw invalid('Only a cold-night venue has a public address.', [
      { path: '/publicInfo', code: 'wrong_kind', params: { kind: before.kind } },
    ]);
  const { publicInfo: _, startsOn: _s, endsOn: _e, ...rest } = before;
  const after: Activity = {
    ...rest,
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...patched('publicInfo', before.publicInfo, patch.publicInfo),
    ...patched('startsOn', before.startsOn, patch.startsOn),
    ...patched('endsOn', before.endsOn, patch.endsOn),
    version: before.version + 1,
  };
  if (after.startsOn && after.endsOn && after.endsOn < after.startsOn)
    throw invalid('The activity cannot end before it starts.', [
      { path: '/endsOn', code: 'before_other', params: { other: 'startsOn', date: after.startsOn } },
    ]);
  await deps.store.updateActivity(
    after,
    auditEntry(deps.now().toISOString(), principal, {
      action: 'activity.updated',
      entityType: 'activity',
      entityId: id,
      activityId: id,
      before,
      after,
    }),
  );
  return after;
}
