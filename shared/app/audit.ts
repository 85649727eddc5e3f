import { authorise, canReadOrganisation, type Principal } from '../domain/access';
import { notFound, tooMany } from '../domain/errors';
import { newId } from './ids';
import type { AuditEntry } from './model';
import type { Core } from './ports';

export function auditEntry(
  at: string,
  principal: Principal,
  fields: Pick<AuditEntry, 'action' | 'entityType' | 'entityId' | 'activityId' | 'before' | 'after'>,
): AuditEntry {
  return {
    id: newId('aud'),
    at,
    keyId: principal.id,
    ...(principal.via === 'session' && principal.name ? { actorName: principal.name } : {}),
    ...fields,
  };
}

/** The next version of something kept: one more than before (or the first), when and by whom. */
export const nextVersion = (before: { version: number } | undefined, at: string, principal: Principal) => ({
  version: (before?.version ?? 0) + 1,
  updatedAt: at,
  updatedBy: principal.id,
});

/**
 * The most audit entries one answer lists, and the most bytes: an entry holds a change's before and after (a few
 * hundred bytes, a few KB with many nationalities), and Lambda answers at most 6 MB.
 */
export const MAX_AUDIT_ENTRIES = 5_000;
const MAX_AUDIT_BYTES = 4 * 1024 * 1024;

/** The audit trail between two instants, optionally for one activity. Admin only. */
export async function listAudit(
  deps: Core,
  principal: Principal,
  query: { activityId?: string; from: Date; to: Date },
): Promise<AuditEntry[]> {
  authorise(principal, 'audit.read');
  return readAudit(deps, query);
}

/**
 * What the audit trail is read by, with names to show: every organisation, activity and person (the one who acted
 * is named by id in each entry). Administrators only, as the trail.
 */
export async function auditNames(deps: Core, principal: Principal) {
  authorise(principal, 'audit.read');
  const [activities, people, organisations] = await Promise.all([
    deps.store.listActivities(),
    deps.people.listUsers(),
    deps.store.listOrganisations(),
  ]);
  return { activities, people: people.sort((a, b) => a.name.localeCompare(b.name, 'sv')), organisations };
}

/**
 * One activity's trail — its figures, places and name — for whoever may read that activity (a partner their own
 * organisation's): the history a person sees beside the figures. Bounded as the whole trail is.
 */
export async function activityAudit(
  deps: Core,
  principal: Principal,
  activity: { id: string; organisationId: string },
  query: { from: Date; to: Date },
): Promise<AuditEntry[]> {
  authorise(principal, 'figures.read');
  if (!canReadOrganisation(principal, activity.organisationId)) throw notFound(`No activity ${activity.id}.`);
  return readAudit(deps, { activityId: activity.id, ...query });
}

async function readAudit(deps: Core, query: { activityId?: string; from: Date; to: Date }) {
  const entries = await deps.store.listAudit({
    activityId: query.activityId,
    from: query.from.toISOString(),
    to: query.to.toISOString(),
    max: MAX_AUDIT_ENTRIES,
  });
  if (entries.length > MAX_AUDIT_ENTRIES || JSON.stringify(entries).length > MAX_AUDIT_BYTES)
    throw tooMany('audit entries (or 4 MB of them)', MAX_AUDIT_ENTRIES);
  return withDeletedPeopleHidden(deps, entries);
}

/**
 * The audit trail as shown: an entry made by a person who has since been deleted no longer names them (their id
 * stays; `actorDeleted`, which a page says in its reader's words), and what entries said of that person's name and
 * address is not shown (`entityDeleted`).
 */
async function withDeletedPeopleHidden(deps: Core, entries: AuditEntry[]): Promise<AuditEntry[]> {
  const ids = new Set<string>();
  for (const e of entries) {
    if (e.keyId.startsWith('usr_')) ids.add(e.keyId);
    if (e.entityType === 'user') ids.add(e.entityId);
  }
  const gone = new Set<string>();
  for (const id of ids) if (!(await deps.people.getUser(id))) gone.add(id);
  if (gone.size === 0) return entries;
  const hide = (value: unknown) =>
    value && typeof value === 'object' ? { ...(value as object), name: undefined, email: undefined } : value;
  return entries.map((e) => ({
    ...e,
    ...(gone.has(e.keyId) ? { actorName: undefined, actorDeleted: true as const } : {}),
    ...(e.entityType === 'user' && gone.has(e.entityId)
      ? { before: hide(e.before), after: hide(e.after), entityDeleted: true as const }
      : {}),
  }));
}
